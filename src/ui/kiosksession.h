// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openinghours.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>

namespace stadtlabor {

// One visitor's time at the terminal, from the first touch to the moment they walk away.
//
//   attract --touch--> active --idle--> warning --countdown ends--> (end) --> attract | closed
//                        ^                 |
//                        +-----touch-------+
//
// Ending a session (after the countdown, or when a visitor finishes a flow) runs every reset
// step registered with onEnd() (controllers cleared, language back to the default, ...) and
// then announces sessionEnded(), on which the screens go back to their start. Outside the
// opening hours the terminal is "closed" and collects nothing; a visitor who is still busy at
// closing time finishes first. In staff mode (street surveys) and while the admin pages are
// unlocked nobody is timed out.
//
// Until showAttract() or setTimings() is called the session is simply "active" and never
// times out: pages opened on their own (tests, screenshots) behave as before.
class KioskSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int warningSeconds READ warningSeconds NOTIFY timingsChanged)
    Q_PROPERTY(int idleSeconds READ idleSeconds NOTIFY timingsChanged)
    Q_PROPERTY(bool staffMode READ staffMode WRITE setStaffMode NOTIFY staffModeChanged)
    Q_PROPERTY(bool suspended READ suspended WRITE setSuspended NOTIFY suspendedChanged)
    Q_PROPERTY(QString reopens READ reopens NOTIFY stateChanged)
    Q_PROPERTY(QStringList openingHours READ openingHoursLines NOTIFY stateChanged)

public:
    enum class State { Attract, Active, Warning, Closed };
    using Clock = std::function<QDateTime()>; // the kiosk's local time

    explicit KioskSession(QObject *parent = nullptr);
    ~KioskSession() override;

    // Zero idle time: nobody is ever timed out.
    void setTimings(int idleMs, int warningMs);
    void setOpeningHours(const OpeningHours &hours, const QString &text);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Every press, touch, key and wheel turn anywhere in the application counts as presence.
    void watchInput();
    // Run, in the order registered, when a session ends.
    void onEnd(std::function<void()> step) { m_endSteps.push_back(std::move(step)); }
    // Runs `action` now when nobody is in the middle of something (attract or closed screen),
    // else once the current session has ended (after the reset steps). A later call with the
    // same key replaces a waiting one: a newer catalogue supersedes an older one.
    void whenNobodyIsThere(const QString &key, std::function<void()> action);

    QString state() const;
    State stateValue() const { return m_state; }
    int secondsLeft() const { return m_secondsLeft; }
    int warningSeconds() const { return m_warningMs / 1000; }
    int idleSeconds() const { return m_idleMs / 1000; } // 0: nobody is timed out
    bool staffMode() const { return m_staffMode; }
    void setStaffMode(bool staff);
    bool suspended() const { return m_suspended; }
    void setSuspended(bool suspended);
    QString reopens() const;
    QStringList openingHoursLines() const;
    // Whether a visitor may start something now (open, not in the attract or closed screen).
    bool isCollecting() const { return m_state == State::Active || m_state == State::Warning; }

    // Somebody is there: leaves the attract screen, or cancels the warning.
    Q_INVOKABLE void activity();
    // Ends the visitor's session now (countdown over, or a flow finished on purpose).
    Q_INVOKABLE void endSession();
    // Nobody is there yet: the attract screen (or the closed one, outside the hours).
    Q_INVOKABLE void showAttract();
    // A running terminal: every session that ends goes to the attract screen, even when the
    // first one began elsewhere (a page asked for at start, or the admin setting the PIN).
    void useAttract() { m_usesAttract = true; }
    // The warning now, as if the idle time had passed (screenshots, tests).
    Q_INVOKABLE void warnNow();
    // No attract screen any more: active, and ended sessions stay active (tests).
    void stayActive();
    // Compares the time with the opening hours now (also done every 15 seconds).
    Q_INVOKABLE void checkSchedule();
    // The language of reopens(): the screen reads it again.
    void setLanguage(const QString &language);

Q_SIGNALS:
    void stateChanged();
    void secondsLeftChanged();
    void timingsChanged();
    void staffModeChanged();
    void suspendedChanged();
    // After the reset steps: the screens go back to their start.
    void sessionEnded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setState(State state);
    void setSecondsLeft(int seconds);
    void idleElapsed();
    void tick();
    bool isOpenNow() const;

    State m_state = State::Active;
    int m_idleMs = 0;
    int m_warningMs = 20000;
    int m_secondsLeft = 0;
    bool m_staffMode = false;
    bool m_suspended = false;
    bool m_ending = false;
    bool m_usesAttract = false; // showAttract() was called: ended sessions go back to it
    OpeningHours m_hours;
    QString m_hoursText;
    QString m_language = QStringLiteral("de");
    Clock m_clock;
    QTimer m_idle;
    QTimer m_countdown;
    QTimer m_schedule;
    QElapsedTimer m_warningClock;
    std::vector<std::function<void()>> m_endSteps;
    QList<QPair<QString, std::function<void()>>> m_waiting;
};

struct KioskSessionForeign
{
    Q_GADGET
    QML_FOREIGN(stadtlabor::KioskSession)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Session)

public:
    static KioskSession *create(QQmlEngine *, QJSEngine *);
    inline static KioskSession *instance = nullptr;
};

} // namespace stadtlabor
