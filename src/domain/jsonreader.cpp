// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "fundrules.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <utility>

namespace stadtlabor {

JsonReader::JsonReader(QStringList languages)
    : m_languages(std::move(languages))
{
}

void JsonReader::error(const QString &path, const QString &message)
{
    if (m_errors.size() < maxErrors)
        m_errors.append(path.isEmpty() ? message : path + QStringLiteral(": ") + message);
    else if (m_errors.size() == maxErrors)
        m_errors.append(QStringLiteral("too many problems; stopped reporting"));
}

QString JsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString JsonReader::join(const QString &path, int index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString JsonReader::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool JsonReader::isValidId(const QString &id)
{
    // ^[a-z0-9][a-z0-9_-]{0,63}$, by hand: the hub checks thousands of ids per request.
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || (c != '_' && c != '-')))
            return false;
    }
    return true;
}

void JsonReader::allowKeys(const QJsonObject &object, const QString &path, std::initializer_list<const char *> keys)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        bool known = false;
        for (const char *k : keys)
            known = known || it.key() == QLatin1String(k);
        if (!known)
            error(join(path, it.key()), QStringLiteral("unknown key"));
    }
}

bool JsonReader::present(const QJsonObject &parent, const QString &path, const char *key, bool required)
{
    if (parent.contains(QLatin1String(key)))
        return true;
    if (required)
        error(join(path, QLatin1String(key)), QStringLiteral("missing"));
    return false;
}

bool JsonReader::asObject(const QJsonValue &value, const QString &path, QJsonObject *out)
{
    if (!value.isObject()) {
        error(path, QStringLiteral("expected an object, found %1").arg(typeName(value)));
        return false;
    }
    *out = value.toObject();
    return true;
}

bool JsonReader::object(const QJsonObject &parent, const QString &path, const char *key, QJsonObject *out, bool required)
{
    if (!present(parent, path, key, required))
        return false;
    return asObject(parent.value(QLatin1String(key)), join(path, QLatin1String(key)), out);
}

bool JsonReader::array(const QJsonObject &parent, const QString &path, const char *key, QJsonArray *out, bool required)
{
    if (!present(parent, path, key, required))
        return false;
    const QJsonValue v = parent.value(QLatin1String(key));
    if (!v.isArray()) {
        error(join(path, QLatin1String(key)), QStringLiteral("expected an array, found %1").arg(typeName(v)));
        return false;
    }
    *out = v.toArray();
    return true;
}

QString JsonReader::textProblem(const QString &text, int maxLength, TextShape shape)
{
    if (!text.isValidUtf16())
        return QStringLiteral("contains invalid characters (a broken UTF-16 surrogate)");
    // Zero-width and other format characters show nothing: a text of only those is empty.
    const bool visible = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return !c.isSpace() && c.category() != QChar::Other_Format;
    });
    if (!visible)
        return QStringLiteral("empty text");
    // Characters as people count them: code points, a surrogate pair being one.
    const qsizetype length = text.size() - std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLowSurrogate(); });
    if (length > maxLength)
        return QStringLiteral("too long (%1 characters, at most %2)").arg(length).arg(maxLength);
    for (const QChar c : text) {
        if ((c == u'\n' || c == u'\t') && shape == TextShape::Line)
            return QStringLiteral("line breaks and tabs are not allowed in a one-line text");
        if (c != u'\n' && c != u'\t' && c.category() == QChar::Other_Control)
            return QStringLiteral("contains control characters");
    }
    return QString();
}

bool JsonReader::checkText(const QString &text, const QString &path, int maxLength, TextShape shape)
{
    const QString problem = textProblem(text, maxLength, shape);
    if (problem.isEmpty())
        return true;
    error(path, problem);
    return false;
}

bool JsonReader::string(const QJsonObject &parent, const QString &path, const char *key, QString *out,
                        int maxLength, bool required)
{
    if (!present(parent, path, key, required))
        return false;
    const QJsonValue v = parent.value(QLatin1String(key));
    if (!v.isString()) {
        error(join(path, QLatin1String(key)), QStringLiteral("expected a string, found %1").arg(typeName(v)));
        return false;
    }
    const QString text = v.toString().trimmed();
    if (const QString problem = textProblem(text, maxLength, TextShape::Line); !problem.isEmpty()) {
        error(join(path, QLatin1String(key)), problem); // the path only when there is a problem
        return false;
    }
    *out = text;
    return true;
}

bool JsonReader::id(const QJsonObject &parent, const QString &path, const char *key, QString *out)
{
    if (!present(parent, path, key, true))
        return false;
    const QJsonValue v = parent.value(QLatin1String(key));
    if (!v.isString()) {
        error(join(path, QLatin1String(key)), QStringLiteral("expected a string, found %1").arg(typeName(v)));
        return false;
    }
    // Not trimmed: " padded " is not the id "padded", and a reference must match exactly.
    const QString value = v.toString();
    if (!isValidId(value)) {
        error(join(path, QLatin1String(key)),
              QStringLiteral("invalid id \"%1\" (lower-case letters, digits, - and _ only)").arg(value));
        return false;
    }
    *out = value;
    return true;
}

bool JsonReader::integer(const QJsonObject &parent, const QString &path, const char *key, int *out,
                         int min, int max, bool required)
{
    if (!present(parent, path, key, required))
        return false;
    const QJsonValue v = parent.value(QLatin1String(key));
    const double d = v.toDouble();
    if (v.isDouble() && d == std::floor(d) && d >= min && d <= max) {
        *out = static_cast<int>(d);
        return true;
    }
    const QString p = join(path, QLatin1String(key)); // only built when there is a problem
    if (!v.isDouble()) {
        error(p, QStringLiteral("expected a whole number, found %1").arg(typeName(v)));
        return false;
    }
    if (d != std::floor(d)) {
        error(p, QStringLiteral("expected a whole number, found %1").arg(d, 0, 'g', 12));
        return false;
    }
    if (d < min || d > max) {
        error(p, QStringLiteral("%1 is out of range (%2 to %3)").arg(d, 0, 'g', 12).arg(min).arg(max));
        return false;
    }
    *out = static_cast<int>(d);
    return true;
}

bool JsonReader::money(const QJsonObject &parent, const QString &path, const char *key, qint64 *cents,
                       qint64 minCents, bool required)
{
    if (!present(parent, path, key, required))
        return false;
    const QString p = join(path, QLatin1String(key));
    const QJsonValue v = parent.value(QLatin1String(key));
    if (!v.isDouble()) {
        error(p, QStringLiteral("expected an amount in euros, found %1").arg(typeName(v)));
        return false;
    }
    if (std::fabs(v.toDouble()) > Money::maxEuros) {
        error(p, QStringLiteral("%1 is too large (at most %2 euros)").arg(v.toDouble(), 0, 'g', 12).arg(Money::maxEuros, 0, 'f', 0));
        return false;
    }
    qint64 value = 0;
    if (!Money::eurosToCents(v.toDouble(), &value)) {
        error(p, QStringLiteral("not an amount in euros with at most two decimals"));
        return false;
    }
    if (value < minCents) {
        error(p, QStringLiteral("must be at least %1 euros").arg(Money::centsToEuros(minCents), 0, 'f', 2));
        return false;
    }
    *cents = value;
    return true;
}

bool JsonReader::percent(const QJsonObject &parent, const QString &path, const char *key, int *basisPoints)
{
    if (!present(parent, path, key, true))
        return false;
    const QString p = join(path, QLatin1String(key));
    const QJsonValue v = parent.value(QLatin1String(key));
    if (!v.isDouble()) {
        error(p, QStringLiteral("expected a percentage, found %1").arg(typeName(v)));
        return false;
    }
    if (v.toDouble() < 0 || v.toDouble() > 100) {
        error(p, QStringLiteral("must be between 0 and 100"));
        return false;
    }
    qint64 hundredths = 0;
    if (!Money::eurosToCents(v.toDouble(), &hundredths)) {
        error(p, QStringLiteral("expected a percentage with at most two decimals"));
        return false;
    }
    *basisPoints = static_cast<int>(hundredths);
    return true;
}

bool JsonReader::date(const QJsonObject &parent, const QString &path, const char *key, QDateTime *out)
{
    QString text;
    if (!string(parent, path, key, &text, 40))
        return false;
    QDateTime value;
    if (text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            value = QDateTime(d, QTime(0, 0), Qt::UTC);
    } else {
        // A time without a zone would mean different instants on different kiosks.
        const bool zoned = text.endsWith(u'Z') || QRegularExpression(QStringLiteral("[+-]\\d\\d:?\\d\\d$")).match(text).hasMatch();
        if (zoned)
            value = QDateTime::fromString(text, Qt::ISODateWithMs);
    }
    if (!value.isValid()) {
        error(join(path, QLatin1String(key)),
              QStringLiteral("\"%1\" is not an ISO 8601 date (2026-11-27) or time with zone (2026-11-27T10:00:00Z)").arg(text));
        return false;
    }
    *out = value.toUTC();
    return true;
}

bool JsonReader::url(const QJsonObject &parent, const QString &path, const char *key, QUrl *out, bool required,
                     UrlScheme scheme)
{
    QString text;
    if (!present(parent, path, key, required) || !string(parent, path, key, &text, 2000))
        return false;
    const QUrl value(text, QUrl::StrictMode);
    const bool https = value.scheme() == QLatin1String("https");
    const bool http = value.scheme() == QLatin1String("http");
    if (!value.isValid() || value.host().isEmpty() || !(https || (http && scheme == UrlScheme::HttpOrHttps))) {
        error(join(path, QLatin1String(key)), scheme == UrlScheme::HttpsOnly
                  ? QStringLiteral("\"%1\" is not an https:// address").arg(text)
                  : QStringLiteral("\"%1\" is not an http(s) address").arg(text));
        return false;
    }
    *out = value;
    return true;
}

bool JsonReader::localizedValue(const QJsonValue &value, const QString &path, LocalizedText *out, int maxLength,
                                TextShape shape)
{
    QJsonObject object;
    if (!asObject(value, path, &object))
        return false;
    bool ok = true;
    QMap<QString, QString> texts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString p = join(path, it.key());
        if (!m_languages.isEmpty() && !m_languages.contains(it.key())) {
            error(p, QStringLiteral("language \"%1\" is not listed in languages").arg(it.key()));
            ok = false;
            continue;
        }
        if (!it.value().isString()) {
            error(p, QStringLiteral("expected a string, found %1").arg(typeName(it.value())));
            ok = false;
            continue;
        }
        const QString text = it.value().toString().trimmed();
        if (!checkText(text, p, maxLength, shape)) {
            ok = false;
            continue;
        }
        texts.insert(it.key(), text);
    }
    if (!object.contains(LocalizedText::fallbackLanguage)) {
        error(path, QStringLiteral("German text (\"de\") missing"));
        ok = false;
    }
    if (ok)
        *out = LocalizedText(texts);
    return ok;
}

bool JsonReader::localized(const QJsonObject &parent, const QString &path, const char *key, LocalizedText *out,
                           int maxLength, TextShape shape)
{
    if (!present(parent, path, key, true))
        return false;
    return localizedValue(parent.value(QLatin1String(key)), join(path, QLatin1String(key)), out, maxLength, shape);
}

} // namespace stadtlabor
