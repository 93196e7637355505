// SPDX-License-Identifier: GPL-3.0-or-later
#include "admincontroller.h"

#include "adminpin.h"
#include "runonworker.h"

namespace stadtlabor {

AdminController::AdminController(AdminPin *pin, QObject *parent)
    : QObject(parent)
    , m_pin(pin)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    Q_ASSERT(m_pin);
    m_countdown.setInterval(200);
    connect(&m_countdown, &QTimer::timeout, this, &AdminController::updateWait);
    m_idle.setSingleShot(true);
    m_idle.setInterval(defaultIdleLockMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_unlocked)
            return;
        lock();
        setMessage(Message::AutoLocked);
    });
    connect(&m_check, &QFutureWatcher<bool>::finished, this, [this] { unlockChecked(m_check.result()); });
    connect(&m_derive, &QFutureWatcher<QString>::finished, this, [this] { pinDerived(m_derive.result()); });
    reload();
}

AdminController::~AdminController()
{
    // The worker holds no pointer to this controller, but its result must not arrive after it.
    m_check.waitForFinished();
    m_derive.waitForFinished();
}

void AdminController::setLanguage(const QString &)
{
    // message() translates when read; the screen reads it again.
    Q_EMIT messageChanged();
}

int AdminController::minDigits()
{
    return AdminPin::minDigits;
}

int AdminController::maxDigits()
{
    return AdminPin::maxDigits;
}

QString AdminController::message() const
{
    switch (m_message) {
    case Message::None:
        return QString();
    case Message::Invalid:
        return tr("A PIN has %1 to %2 digits.").arg(AdminPin::minDigits).arg(AdminPin::maxDigits);
    case Message::Mismatch:
        return tr("The two entries are not the same. Please enter the new PIN again.");
    case Message::Wrong:
        return tr("Wrong PIN.");
    case Message::Throttled:
        return tr("Too many wrong PINs. Please wait until the next try is possible.");
    case Message::Saved:
        return tr("The PIN is set.");
    case Message::NotSaved:
        return tr("The PIN could not be saved. Please try again.");
    case Message::NotAllowed:
        return tr("Unlock with the current PIN first.");
    case Message::AutoLocked:
        return tr("Locked after two minutes without use.");
    }
    return QString();
}

void AdminController::setMessage(Message message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

void AdminController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void AdminController::setUnlocked(bool unlocked)
{
    if (unlocked)
        m_idle.start();
    else
        m_idle.stop();
    if (m_unlocked == unlocked)
        return;
    m_unlocked = unlocked;
    Q_EMIT unlockedChanged();
}

void AdminController::reload()
{
    const bool isSet = m_pin->isSet();
    if (isSet != m_pinIsSet) {
        m_pinIsSet = isSet;
        Q_EMIT pinIsSetChanged();
    }
    if (!m_busy)
        startWait(m_pin->secondsToWait(now()));
}

void AdminController::startWait(int seconds)
{
    m_waitUntil = seconds > 0 ? now().addSecs(seconds) : QDateTime();
    updateWait();
}

void AdminController::updateWait()
{
    int seconds = 0;
    if (m_waitUntil.isValid()) {
        const qint64 ms = now().msecsTo(m_waitUntil);
        seconds = ms > 0 ? static_cast<int>((ms + 999) / 1000) : 0;
    }
    if (seconds > 0)
        m_countdown.start();
    else
        m_countdown.stop();
    if (seconds == 0 && m_message == Message::Throttled)
        setMessage(Message::None);
    if (seconds != m_waitSeconds) {
        m_waitSeconds = seconds;
        Q_EMIT waitSecondsChanged();
    }
}

void AdminController::setPin(const QString &pin, const QString &repeat)
{
    if (m_busy)
        return;
    touch();
    if (m_pinIsSet && !m_unlocked) {
        setMessage(Message::NotAllowed);
        Q_EMIT pinRejected();
        return;
    }
    if (!AdminPin::isValidPin(pin)) {
        setMessage(Message::Invalid);
        Q_EMIT pinRejected();
        return;
    }
    if (pin != repeat) {
        setMessage(Message::Mismatch);
        Q_EMIT pinRejected();
        return;
    }
    setMessage(Message::None);
    setBusy(true);
    m_derive.setFuture(runOnWorker([pin] { return AdminPin::makeRecord(pin); }));
}

void AdminController::pinDerived(const QString &record)
{
    QString error;
    const bool stored = m_pin->storeRecord(record, &error);
    setBusy(false);
    if (!stored) {
        qWarning("stadtlabor: the admin PIN was not stored: %s", qPrintable(error));
        setMessage(Message::NotSaved);
        Q_EMIT pinRejected();
        return;
    }
    reload();
    setMessage(Message::Saved);
    setUnlocked(true);
}

void AdminController::unlock(const QString &pin)
{
    if (m_busy || m_unlocked)
        return;
    if (!m_pinIsSet) {
        setMessage(Message::NotAllowed);
        return;
    }
    if (const int wait = m_pin->secondsToWait(now()); wait > 0) {
        startWait(wait);
        setMessage(Message::Throttled);
        Q_EMIT pinRejected();
        return;
    }
    // Not even the count of digits is checked here: a wrong-length PIN is just wrong, and
    // counted like any other.
    setMessage(Message::None);
    setBusy(true);
    const QString record = m_pin->storedRecord();
    m_check.setFuture(runOnWorker([pin, record] { return AdminPin::matches(pin, record); }));
}

void AdminController::unlockChecked(bool matched)
{
    const AdminPin::Result result = m_pin->recordAttempt(matched, now());
    setBusy(false);
    if (result.outcome == AdminPin::Outcome::Ok) {
        setMessage(Message::None);
        startWait(0);
        setUnlocked(true);
        return;
    }
    startWait(result.waitSeconds);
    setMessage(Message::Wrong);
    Q_EMIT pinRejected();
}

void AdminController::lock()
{
    setMessage(Message::None);
    setUnlocked(false);
}

void AdminController::touch()
{
    if (m_unlocked)
        m_idle.start();
}

AdminController *AdminControllerForeign::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(instance, "Admin", "main() must create the admin controller before QML uses it");
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

} // namespace stadtlabor
