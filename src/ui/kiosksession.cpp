// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosksession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

#include <utility>

namespace stadtlabor {

namespace {

constexpr int scheduleCheckMs = 15000;

} // namespace

KioskSession::KioskSession(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &KioskSession::idleElapsed);
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &KioskSession::tick);
    m_schedule.setInterval(scheduleCheckMs);
    connect(&m_schedule, &QTimer::timeout, this, &KioskSession::checkSchedule);
}

KioskSession::~KioskSession()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void KioskSession::setTimings(int idleMs, int warningMs)
{
    m_idleMs = std::max(0, idleMs);
    m_warningMs = std::max(1000, warningMs);
    Q_EMIT timingsChanged();
    if (m_state == State::Active && m_idleMs > 0)
        m_idle.start(m_idleMs);
    else if (m_idleMs == 0)
        m_idle.stop();
}

void KioskSession::setOpeningHours(const OpeningHours &hours, const QString &text)
{
    m_hours = hours;
    m_hoursText = text;
    if (m_hours.alwaysOpen())
        m_schedule.stop();
    else
        m_schedule.start();
    checkSchedule();
    Q_EMIT stateChanged(); // the hours shown on the closed screen
}

void KioskSession::watchInput()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

QString KioskSession::state() const
{
    switch (m_state) {
    case State::Attract:
        return QStringLiteral("attract");
    case State::Active:
        return QStringLiteral("active");
    case State::Warning:
        return QStringLiteral("warning");
    case State::Closed:
        return QStringLiteral("closed");
    }
    return QString();
}

void KioskSession::setState(State state)
{
    if (state == State::Active && m_idleMs > 0)
        m_idle.start(m_idleMs);
    else
        m_idle.stop();
    if (state == State::Warning) {
        m_warningClock.start();
        setSecondsLeft((m_warningMs + 999) / 1000);
        m_countdown.start();
    } else {
        m_countdown.stop();
        setSecondsLeft(0);
    }
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void KioskSession::setSecondsLeft(int seconds)
{
    if (m_secondsLeft == seconds)
        return;
    m_secondsLeft = seconds;
    Q_EMIT secondsLeftChanged();
}

void KioskSession::setStaffMode(bool staff)
{
    if (m_staffMode == staff)
        return;
    m_staffMode = staff;
    Q_EMIT staffModeChanged();
    // An interviewer is always there; the street has no opening hours.
    if (staff)
        setState(State::Active);
}

void KioskSession::setSuspended(bool suspended)
{
    if (m_suspended == suspended)
        return;
    m_suspended = suspended;
    Q_EMIT suspendedChanged();
    if (m_state == State::Warning && suspended)
        setState(State::Active);
    else if (m_state == State::Active)
        setState(State::Active); // the idle time starts again
}

void KioskSession::activity()
{
    switch (m_state) {
    case State::Closed:
        return;
    case State::Attract:
    case State::Warning:
    case State::Active:
        setState(State::Active);
        return;
    }
}

void KioskSession::idleElapsed()
{
    if (m_state != State::Active)
        return;
    if (m_staffMode || m_suspended) {
        setState(State::Active);
        return;
    }
    setState(State::Warning);
}

void KioskSession::stayActive()
{
    m_usesAttract = false;
    setState(State::Active);
}

void KioskSession::warnNow()
{
    if (m_state == State::Active || m_state == State::Warning)
        setState(State::Warning);
}

void KioskSession::tick()
{
    if (m_state != State::Warning)
        return;
    const qint64 left = m_warningMs - m_warningClock.elapsed();
    if (left <= 0) {
        endSession();
        return;
    }
    setSecondsLeft(static_cast<int>((left + 999) / 1000));
}

void KioskSession::whenNobodyIsThere(const QString &key, std::function<void()> action)
{
    if (m_state == State::Attract || m_state == State::Closed) {
        action();
        return;
    }
    for (auto &waiting : m_waiting) {
        if (waiting.first == key) {
            waiting.second = std::move(action);
            return;
        }
    }
    m_waiting.append({key, std::move(action)});
}

void KioskSession::endSession()
{
    if (m_ending)
        return;
    m_ending = true;
    for (const auto &step : m_endSteps)
        step();
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &action : waiting)
        action.second();
    m_ending = false;
    Q_EMIT sessionEnded();
    if (m_staffMode || !m_usesAttract)
        setState(State::Active);
    else
        setState(isOpenNow() ? State::Attract : State::Closed);
}

void KioskSession::showAttract()
{
    m_usesAttract = true;
    if (m_staffMode)
        return;
    setState(isOpenNow() ? State::Attract : State::Closed);
}

bool KioskSession::isOpenNow() const
{
    return m_hours.isOpen(m_clock());
}

void KioskSession::checkSchedule()
{
    if (m_staffMode)
        return;
    const bool open = isOpenNow();
    if (m_state == State::Closed && open)
        setState(State::Attract);
    else if (m_state == State::Attract && !open)
        setState(State::Closed);
    else if (m_state == State::Closed)
        Q_EMIT stateChanged(); // "opens again at" may have moved on
}

void KioskSession::setLanguage(const QString &language)
{
    m_language = language;
    Q_EMIT stateChanged();
}

QString KioskSession::reopens() const
{
    const QDateTime now = m_clock();
    const QDateTime next = m_hours.nextOpening(now);
    if (!next.isValid())
        return QString();
    const QLocale locale(m_language);
    const QString time = locale.toString(next.time(), QStringLiteral("HH:mm"));
    const qint64 days = now.date().daysTo(next.date());
    if (days == 0)
        return tr("today at %1").arg(time);
    if (days == 1)
        return tr("tomorrow at %1").arg(time);
    return tr("%1 at %2").arg(locale.dayName(next.date().dayOfWeek()), time);
}

QStringList KioskSession::openingHoursLines() const
{
    QStringList lines;
    for (const QString &rule : m_hoursText.split(u';', Qt::SkipEmptyParts))
        lines.append(rule.simplified());
    return lines;
}

bool KioskSession::eventFilter(QObject *watched, QEvent *event)
{
    // Events reach the window and then each item: count only those to a window.
    if (!watched->isWindowType())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // The touch that wakes the attract screen starts the session and goes no further:
        // it must not also press whatever lies below. During the warning the overlay takes
        // touches itself (its buttons, or anywhere to continue).
        if (m_state == State::Attract) {
            activity();
            return true;
        }
        if (m_state == State::Active)
            activity();
        break;
    case QEvent::KeyPress:
    case QEvent::Wheel:
        activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

KioskSession *KioskSessionForeign::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(instance, "Session", "main() must create the kiosk session before QML uses it");
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

} // namespace stadtlabor
