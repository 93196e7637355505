// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace stadtlabor {

class SettingsRepository;

// The admin's PIN, stored only as PBKDF2-HMAC-SHA256 with a random salt in one self-describing
// setting ("pbkdf2-sha256$600000$<salt b64>$<hash b64>"). Wrong PINs are throttled: after the
// n-th failure in a row the next attempt waits 2^(n-1) seconds (1, 2, 4, ... at most an hour);
// the count and the end of the wait are settings too, so a restart does not reset them.
//
// A derivation takes about a second. verify() and set() do everything in one call; a screen
// that must not freeze uses the steps instead: secondsToWait() and storedRecord() here,
// matches() or makeRecord() on a worker thread (both are thread-safe and touch no database),
// then recordAttempt() or storeRecord() here again.
class AdminPin
{
public:
    static constexpr int iterations = 600000;
    static constexpr int saltBytes = 16;
    static constexpr int hashBytes = 32;
    static constexpr int minDigits = 4;
    static constexpr int maxDigits = 12;
    static constexpr int maxDelaySeconds = 3600;

    static inline const QString keyPin = QStringLiteral("admin_pin");
    static inline const QString keyFailures = QStringLiteral("admin_pin_failures");
    static inline const QString keyLockedUntil = QStringLiteral("admin_pin_locked_until");

    enum class Outcome {
        Ok, // the right PIN; the failure count is back to zero
        Wrong, // counted; waitSeconds says how long the next attempt must wait
        Throttled, // refused unchecked and not counted: waitSeconds are left
        NotSet, // no PIN yet
    };
    struct Result
    {
        Outcome outcome = Outcome::NotSet;
        int waitSeconds = 0;
    };

    explicit AdminPin(SettingsRepository &settings);

    static bool isValidPin(const QString &pin); // 4 to 12 digits 0-9

    bool isSet() const;
    // Hashes and stores a new PIN and clears the failures; false with *error for an invalid
    // PIN or a storage failure.
    bool set(const QString &pin, QString *error);
    Result verify(const QString &pin, const QDateTime &now);

    // The steps of verify() and set().
    int failures() const;
    int secondsToWait(const QDateTime &now) const; // 0: an attempt may be made now
    QString storedRecord() const;
    static QString makeRecord(const QString &pin);
    static bool matches(const QString &pin, const QString &record);
    bool storeRecord(const QString &record, QString *error);
    Result recordAttempt(bool matched, const QDateTime &now);

    // The wait after `failures` wrong PINs in a row.
    static int delaySeconds(int failures);

private:
    QDateTime lockedUntil() const;

    SettingsRepository &m_settings;
};

} // namespace stadtlabor
