// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QTimer>

#include <functional>

namespace stadtlabor {

class AdminPin;

// The gate to the admin pages: sets the PIN on first use, unlocks with it, locks again on
// request or after two minutes without use. Each PIN derivation (about a second) runs on a
// worker thread, so the screen keeps moving; `busy` is true meanwhile. Wrong PINs are
// throttled by AdminPin; `waitSeconds` counts the wait down for the screen.
class AdminController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool pinIsSet READ pinIsSet NOTIFY pinIsSetChanged)
    Q_PROPERTY(bool unlocked READ isUnlocked NOTIFY unlockedChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY waitSecondsChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(int minDigits READ minDigits CONSTANT)
    Q_PROPERTY(int maxDigits READ maxDigits CONSTANT)

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int defaultIdleLockMs = 2 * 60 * 1000;

    explicit AdminController(AdminPin *pin, QObject *parent = nullptr);
    ~AdminController() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setIdleLockMs(int ms) { m_idle.setInterval(ms); }
    void setLanguage(const QString &language);

    bool pinIsSet() const { return m_pinIsSet; }
    bool isUnlocked() const { return m_unlocked; }
    bool isBusy() const { return m_busy; }
    int waitSeconds() const { return m_waitSeconds; }
    QString message() const;
    static int minDigits();
    static int maxDigits();

    // First use (or, unlocked, a change): both entries must be the same 4 to 12 digits.
    Q_INVOKABLE void setPin(const QString &pin, const QString &repeat);
    Q_INVOKABLE void unlock(const QString &pin);
    Q_INVOKABLE void lock();
    // The admin did something: the idle lock starts counting again.
    Q_INVOKABLE void touch();
    // Reads the PIN's state from storage again (another process or a test changed it).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void pinIsSetChanged();
    void unlockedChanged();
    void busyChanged();
    void waitSecondsChanged();
    void messageChanged();
    // The entry was not accepted (wrong, throttled, invalid): the screen clears it.
    void pinRejected();

private:
    enum class Message { None, Invalid, Mismatch, Wrong, Throttled, Saved, NotSaved, NotAllowed, AutoLocked };

    QDateTime now() const { return m_clock(); }
    void setMessage(Message message);
    void setBusy(bool busy);
    void setUnlocked(bool unlocked);
    void startWait(int seconds);
    void updateWait();
    void unlockChecked(bool matched);
    void pinDerived(const QString &record);

    AdminPin *m_pin;
    Clock m_clock;
    bool m_pinIsSet = false;
    bool m_unlocked = false;
    bool m_busy = false;
    int m_waitSeconds = 0;
    QDateTime m_waitUntil;
    Message m_message = Message::None;
    QTimer m_countdown;
    QTimer m_idle;
    QFutureWatcher<bool> m_check;
    QFutureWatcher<QString> m_derive;
};

struct AdminControllerForeign
{
    Q_GADGET
    QML_FOREIGN(stadtlabor::AdminController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Admin)

public:
    static AdminController *create(QQmlEngine *, QJSEngine *);
    inline static AdminController *instance = nullptr;
};

} // namespace stadtlabor
