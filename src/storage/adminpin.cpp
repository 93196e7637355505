// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminpin.h"

#include "sealedbox.h"
#include "settingsrepository.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QPasswordDigestor>
#include <QStringList>

#include <sodium.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAdmin, "stadtlabor.admin", QtInfoMsg)

namespace stadtlabor {

namespace {

const QString scheme = QStringLiteral("pbkdf2-sha256");
// A stored record names its own count; more than this would be a damaged (or planted) value
// that makes one check take minutes.
constexpr int maxIterations = 50000000;
// The value column is NOT NULL: "no wait" is stored as an empty (not a null) string.
const QString noWait = QStringLiteral("");

QByteArray derive(const QString &pin, const QByteArray &salt, int count)
{
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, pin.toUtf8(), salt, count, AdminPin::hashBytes);
}

struct Record
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

bool parse(const QString &text, Record *record)
{
    const QStringList parts = text.split(u'$');
    if (parts.size() != 4 || parts.at(0) != scheme)
        return false;
    bool ok = false;
    record->iterations = parts.at(1).toInt(&ok);
    if (!ok || record->iterations < 1 || record->iterations > maxIterations)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto hash = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.isEmpty() || hash.decoded.size() != AdminPin::hashBytes)
        return false;
    record->salt = salt.decoded;
    record->hash = hash.decoded;
    return true;
}

} // namespace

AdminPin::AdminPin(SettingsRepository &settings)
    : m_settings(settings)
{
}

bool AdminPin::isValidPin(const QString &pin)
{
    if (pin.size() < minDigits || pin.size() > maxDigits)
        return false;
    return std::all_of(pin.begin(), pin.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool AdminPin::isSet() const
{
    return !storedRecord().isEmpty();
}

bool AdminPin::set(const QString &pin, QString *error)
{
    if (!isValidPin(pin)) {
        *error = QStringLiteral("a PIN has %1 to %2 digits").arg(minDigits).arg(maxDigits);
        return false;
    }
    return storeRecord(makeRecord(pin), error);
}

AdminPin::Result AdminPin::verify(const QString &pin, const QDateTime &now)
{
    const QString record = storedRecord();
    if (record.isEmpty())
        return {Outcome::NotSet, 0};
    if (const int wait = secondsToWait(now); wait > 0)
        return {Outcome::Throttled, wait};
    return recordAttempt(matches(pin, record), now);
}

int AdminPin::failures() const
{
    return std::max(0, m_settings.value(keyFailures, QStringLiteral("0")).toInt());
}

int AdminPin::delaySeconds(int failureCount)
{
    if (failureCount <= 0)
        return 0;
    // 2^12 is already past the cap; stop before the shift overflows.
    if (failureCount > 12)
        return maxDelaySeconds;
    return std::min(1 << (failureCount - 1), maxDelaySeconds);
}

QDateTime AdminPin::lockedUntil() const
{
    return QDateTime::fromString(m_settings.value(keyLockedUntil), Qt::ISODateWithMs);
}

int AdminPin::secondsToWait(const QDateTime &now) const
{
    const QDateTime until = lockedUntil();
    if (!until.isValid())
        return 0;
    const qint64 ms = now.msecsTo(until);
    if (ms <= 0)
        return 0;
    // A clock set back must not stretch the wait beyond what the failures earned.
    const qint64 seconds = (ms + 999) / 1000;
    return static_cast<int>(std::min<qint64>(seconds, delaySeconds(failures())));
}

QString AdminPin::storedRecord() const
{
    return m_settings.value(keyPin);
}

QString AdminPin::makeRecord(const QString &pin)
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    if (!SealedBox::initialize())
        qFatal("stadtlabor: libsodium cannot be initialised");
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    const QByteArray hash = derive(pin, salt, iterations);
    return QStringList{
        scheme, QString::number(iterations), QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64())}
        .join(u'$');
}

bool AdminPin::matches(const QString &pin, const QString &recordText)
{
    Record record;
    if (!parse(recordText, &record)) {
        qCWarning(lcAdmin) << "the stored admin PIN is unreadable";
        return false;
    }
    const QByteArray hash = derive(pin, record.salt, record.iterations);
    return hash.size() == record.hash.size()
        && sodium_memcmp(hash.constData(), record.hash.constData(), static_cast<size_t>(hash.size())) == 0;
}

bool AdminPin::storeRecord(const QString &recordText, QString *error)
{
    Record record;
    if (!parse(recordText, &record)) {
        *error = QStringLiteral("not a PIN record");
        return false;
    }
    if (!m_settings.setValue(keyPin, recordText, error) || !m_settings.setValue(keyFailures, QStringLiteral("0"), error)
        || !m_settings.setValue(keyLockedUntil, noWait, error))
        return false;
    qCInfo(lcAdmin) << "the admin PIN was set";
    return true;
}

AdminPin::Result AdminPin::recordAttempt(bool matched, const QDateTime &now)
{
    QString error;
    if (matched) {
        if (failures() > 0 || lockedUntil().isValid()) {
            if (!m_settings.setValue(keyFailures, QStringLiteral("0"), &error)
                || !m_settings.setValue(keyLockedUntil, noWait, &error))
                qCWarning(lcAdmin) << "cannot reset the count of wrong admin PINs:" << error;
        }
        qCInfo(lcAdmin) << "admin PIN accepted";
        return {Outcome::Ok, 0};
    }
    const int count = failures() + 1;
    const int wait = delaySeconds(count);
    // The end of the wait first: a crash between the two writes still leaves a wait.
    const QString until = now.toUTC().addSecs(wait).toString(Qt::ISODateWithMs);
    if (!m_settings.setValue(keyLockedUntil, until, &error)
        || !m_settings.setValue(keyFailures, QString::number(count), &error))
        qCWarning(lcAdmin) << "cannot store the count of wrong admin PINs:" << error;
    qCWarning(lcAdmin).nospace() << "wrong admin PIN (" << count << " in a row); the next attempt waits " << wait
                                 << " s";
    return {Outcome::Wrong, wait};
}

} // namespace stadtlabor
