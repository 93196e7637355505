// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubtokens.h"

#include <QCryptographicHash>

#include <cstring>

#include <sodium.h>

namespace stadtlabor::hub::Tokens {

namespace {

const char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

QByteArray randomBytes(int n)
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    QByteArray bytes(n, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(n));
    return bytes;
}

} // namespace

QString newToken()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newEnrolCode()
{
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(QLatin1Char('-'));
        code.append(QLatin1Char(crockford[randombytes_uniform(32)]));
    }
    return code;
}

QString normalizeEnrolCode(const QString &typed)
{
    if (typed.size() > 40)
        return QString();
    QString out;
    for (QChar c : typed) {
        if (c == QLatin1Char('-') || c == QLatin1Char(' '))
            continue;
        c = c.toUpper();
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (c.unicode() == 0 || c.unicode() > 127 || !std::strchr(crockford, char(c.unicode())))
            return QString();
        out.append(c);
    }
    return out.size() == 12 ? out : QString();
}

QString hash(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool equal(const QString &a, const QString &b)
{
    const QByteArray x = a.toLatin1();
    const QByteArray y = b.toLatin1();
    if (x.size() != y.size() || x.isEmpty())
        return false;
    return sodium_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}

bool looksLikeToken(const QString &text)
{
    if (text.size() != 43)
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace stadtlabor::hub::Tokens
