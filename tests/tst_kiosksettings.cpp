// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's own settings and its day: every setting's bad values refused with a reason and
// nothing stored, the opening hours read like a door sign, and the visitor session's states
// (attract, active, warning, closed) on a clock the test controls.
#include "database.h"
#include "devicesettings.h"
#include "kiosksession.h"
#include "openinghours.h"
#include "settingsrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace stadtlabor;

namespace {

// Runs the event loop until a precise timer of `ms` fires. Every timer due earlier (the
// session's idle timer, even a coarse one 5 % late) has fired by then: Qt fires due timers in
// the order they are due. So "nothing happened by then" is decided by order, not by a sleep.
bool afterTimersDueWithin(int ms)
{
    QTimer sentinel;
    sentinel.setSingleShot(true);
    sentinel.setTimerType(Qt::PreciseTimer);
    QSignalSpy fired(&sentinel, &QTimer::timeout);
    sentinel.start(ms);
    return fired.wait(ms + 10000);
}

} // namespace

class TestKioskSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<SettingsRepository> m_repository;

    std::unique_ptr<DeviceSettings> makeSettings()
    {
        return std::make_unique<DeviceSettings>(*m_repository, [](const QString &id) {
            return id == QLatin1String("bochum") || id == QLatin1String("laer");
        });
    }

    // A Monday in November, at the given time.
    static QDateTime monday(int hour, int minute = 0) { return QDateTime(QDate(2026, 11, 23), QTime(hour, minute)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("kiosk.sqlite"))));
        m_repository = std::make_unique<SettingsRepository>(m_db);
    }

    void defaultsWithoutAnythingStored()
    {
        const auto settings = makeSettings();
        QCOMPARE(settings->idleSeconds(), 90);
        QCOMPARE(settings->warningSeconds(), 20);
        QCOMPARE(settings->languages(), QStringList({QStringLiteral("de"), QStringLiteral("en")}));
        QCOMPARE(settings->defaultLanguage(), QStringLiteral("de"));
        QVERIFY(settings->projectsOn() && settings->monitorOn() && settings->fondsOn());
        QVERIFY(!settings->kioskMode());
        QVERIFY(!settings->deviceName().isEmpty()); // the host name
        for (const QString &key : DeviceSettings::keys())
            QVERIFY2(settings->check(key, settings->value(key)).isEmpty(), qPrintable(key)); // defaults are valid
    }

    void badValuesRefusedWithTheirReason_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason"); // a part of the message
        const auto row = [](const char *name, const char *key, const char *value, const char *reason) {
            QTest::newRow(name) << QString::fromUtf8(key) << QString::fromUtf8(value) << QString::fromUtf8(reason);
        };
        row("name empty", "device_name", "   ", "needs a name");
        row("name too long", "device_name", QByteArray(65, 'x').constData(), "At most 64");
        row("name control character", "device_name", "Foyer\tLinks", "Letters, digits");
        row("unknown area", "default_area", "atlantis", "no area \"atlantis\"");
        row("kiosk mode maybe", "kiosk_mode", "maybe", "on or off");
        row("cursor yes", "hide_cursor", "yes", "on or off");
        row("keyboard 1", "virtual_keyboard", "1", "on or off");
        row("idle too short", "idle_seconds", "5", "from 20 to 3600");
        row("idle too long", "idle_seconds", "99999", "from 20 to 3600");
        row("idle not a number", "idle_seconds", "ninety", "whole number");
        row("idle fraction", "idle_seconds", "90.5", "whole number");
        row("warning zero", "warning_seconds", "0", "from 5 to 120");
        row("warning too long", "warning_seconds", "600", "from 5 to 120");
        row("no language", "languages", "", "at least one language");
        row("unknown language", "languages", "de,fr", "\"fr\" is not a language");
        row("language twice", "languages", "de,de", "Each language once");
        row("default not offered", "languages", "en", "default language (de) must stay");
        row("default unknown", "default_language", "fr", "one of the languages on offer");
        row("module maybe", "module_fonds", "soon", "on or off");
        row("hours unknown day", "opening_hours", "Mo-Xy 09:00-18:00", "\"Xy\" is not a day");
        row("hours no time", "opening_hours", "Mo-Fr", "give days and times");
        row("hours bad time", "opening_hours", "Mo 9-18", "not a time range");
        row("hours 25 o'clock", "opening_hours", "Mo 09:00-25:00", "not a time range");
        row("hours backwards", "opening_hours", "Mo 18:00-09:00", "closing time must come after");
        row("tls pin short", "hub_tls_pin", "abc", "SHA-256");
        row("allow http yes", "hub_allow_http", "yes", "on or off");
        row("interval too short", "sync_interval_seconds", "1", "from 10 to 86400");
        row("contact days negative", "contact_retention_days", "-1", "from 0 to 365");
        row("record days zero", "record_retention_days", "0", "from 1 to 3650");
        row("unknown key", "colour", "blue", "no setting \"colour\"");
    }

    void badValuesRefusedWithTheirReason()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        auto settings = makeSettings();
        const QString before = m_repository->value(key, QStringLiteral("<unset>"));
        const QString problem = settings->check(key, value);
        QVERIFY2(problem.contains(reason), qPrintable(problem));
        QSignalSpy changed(settings.get(), &DeviceSettings::changed);
        QVERIFY(!settings->set(key, value));
        QCOMPARE(settings->lastError(), problem);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_repository->value(key, QStringLiteral("<unset>")), before);
    }

    void goodValuesStoredAndReadBack()
    {
        auto settings = makeSettings();
        const QList<QPair<QString, QString>> good{
            {QStringLiteral("device_name"), QStringLiteral("Stadtlabor, Eingang links")},
            {QStringLiteral("default_area"), QStringLiteral("laer")},
            {QStringLiteral("kiosk_mode"), QStringLiteral("on")},
            {QStringLiteral("idle_seconds"), QStringLiteral(" 120 ")},
            {QStringLiteral("warning_seconds"), QStringLiteral("15")},
            {QStringLiteral("opening_hours"), QStringLiteral("Mo-Fr 09:00-18:00;  Sa 10:00-14:00")},
            {QStringLiteral("hub_tls_pin"), QString::fromLatin1(QByteArray(32, 'k').toBase64())},
            {QStringLiteral("module_projects"), QStringLiteral("off")},
        };
        for (const auto &[key, value] : good)
            QVERIFY2(settings->set(key, value), qPrintable(key + QStringLiteral(": ") + settings->lastError()));
        // A second instance (the next start) reads what the first stored.
        const auto again = makeSettings();
        QCOMPARE(again->deviceName(), QStringLiteral("Stadtlabor, Eingang links"));
        QCOMPARE(again->idleSeconds(), 120);
        QCOMPARE(again->warningSeconds(), 15);
        QVERIFY(again->kioskMode());
        QVERIFY(!again->projectsOn());
        QCOMPARE(again->openingHours(), QStringLiteral("Mo-Fr 09:00-18:00; Sa 10:00-14:00"));
    }

    void rulesThatDependOnOtherSettings()
    {
        auto settings = makeSettings();
        QVERIFY(settings->set(QStringLiteral("module_projects"), QStringLiteral("off")));
        QVERIFY(settings->set(QStringLiteral("module_monitor"), QStringLiteral("off")));
        // The last module stays on.
        QVERIFY(!settings->set(QStringLiteral("module_fonds"), QStringLiteral("off")));
        QVERIFY(settings->lastError().contains(QStringLiteral("At least one module")));
        QVERIFY(settings->fondsOn());
        QVERIFY(settings->set(QStringLiteral("module_monitor"), QStringLiteral("on")));
        QVERIFY(settings->set(QStringLiteral("module_fonds"), QStringLiteral("off")));

        // English only: first make it the default, then stop offering German.
        QVERIFY(!settings->set(QStringLiteral("languages"), QStringLiteral("en")));
        QVERIFY(settings->set(QStringLiteral("default_language"), QStringLiteral("en")));
        QVERIFY(settings->set(QStringLiteral("languages"), QStringLiteral("en")));
        QVERIFY(!settings->set(QStringLiteral("default_language"), QStringLiteral("de")));
        QCOMPARE(settings->languages(), QStringList{QStringLiteral("en")});
        // Back to both, German first.
        QVERIFY(settings->set(QStringLiteral("languages"), QStringLiteral("de,en")));
        QVERIFY(settings->set(QStringLiteral("default_language"), QStringLiteral("de")));
        QVERIFY(settings->set(QStringLiteral("module_fonds"), QStringLiteral("on")));
        QVERIFY(settings->set(QStringLiteral("module_projects"), QStringLiteral("on")));
    }

    void openingHoursLikeADoorSign()
    {
        QString reason;
        const auto hours = OpeningHours::parse(QStringLiteral("Mo-Fr 09:00-18:00; Sa 10:00-13:00 14:00-16:00"), &reason);
        QVERIFY2(hours, qPrintable(reason));
        QVERIFY(!hours->alwaysOpen());
        QVERIFY(!hours->isOpen(monday(8, 59)));
        QVERIFY(hours->isOpen(monday(9, 0)));
        QVERIFY(hours->isOpen(monday(17, 59)));
        QVERIFY(!hours->isOpen(monday(18, 0)));
        const QDateTime saturday(QDate(2026, 11, 28), QTime(13, 30));
        QVERIFY(!hours->isOpen(saturday)); // the lunch break
        QCOMPARE(hours->nextOpening(saturday), QDateTime(QDate(2026, 11, 28), QTime(14, 0)));
        // Saturday evening: next is Monday morning.
        QCOMPARE(hours->nextOpening(QDateTime(QDate(2026, 11, 28), QTime(17, 0))), monday(9).addDays(7));
        QCOMPARE(hours->nextClosing(monday(12)), monday(18));

        // German and English day names, lists and ranges over the weekend, midnight.
        const auto late = OpeningHours::parse(QStringLiteral("Fr-Mo 20:00-24:00; Tu,Th 00:00-02:00"), &reason);
        QVERIFY2(late, qPrintable(reason));
        QVERIFY(late->isOpen(QDateTime(QDate(2026, 11, 29), QTime(23, 0)))); // Sunday
        QVERIFY(!late->isOpen(QDateTime(QDate(2026, 11, 25), QTime(21, 0)))); // Wednesday
        QVERIFY(late->isOpen(monday(1).addDays(1)));                         // Tuesday 01:00
        // Monday 20:00-24:00 runs on into Tuesday 00:00-02:00.
        QCOMPARE(late->nextClosing(monday(22)), monday(2).addDays(1));

        const auto always = OpeningHours::parse(QString(), &reason);
        QVERIFY(always && always->alwaysOpen() && always->isOpen(monday(3)));
        QVERIFY(!always->nextOpening(monday(3)).isValid());
    }

    void sessionAttractActiveWarningEnd()
    {
        KioskSession session;
        QStringList steps;
        session.onEnd([&] { steps << QStringLiteral("monitor"); });
        session.onEnd([&] { steps << QStringLiteral("fonds"); });
        QSignalSpy ended(&session, &KioskSession::sessionEnded);
        // Without showAttract() and timings: simply active, never timed out.
        QCOMPARE(session.state(), QStringLiteral("active"));

        session.setTimings(100, 1000);
        session.showAttract();
        QCOMPARE(session.state(), QStringLiteral("attract"));
        session.activity();
        QCOMPARE(session.state(), QStringLiteral("active"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), QStringLiteral("warning"), 2000);
        QCOMPARE(session.secondsLeft(), 1);
        session.activity(); // a touch during the countdown
        QCOMPARE(session.state(), QStringLiteral("active"));
        QCOMPARE(ended.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), QStringLiteral("warning"), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), QStringLiteral("attract"), 3000);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(steps, QStringList({QStringLiteral("monitor"), QStringLiteral("fonds")}));

        // Staff mode and unlocked admin pages: nobody is timed out, although the idle time
        // (100 ms) passes several times before our own timer (300 ms) fires.
        session.activity();
        session.setStaffMode(true);
        QVERIFY(afterTimersDueWithin(300));
        QCOMPARE(session.state(), QStringLiteral("active"));
        session.setStaffMode(false);
        session.setSuspended(true);
        QVERIFY(afterTimersDueWithin(300));
        QCOMPARE(session.state(), QStringLiteral("active"));
        session.setSuspended(false);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), QStringLiteral("warning"), 2000);
    }

    // A terminal that started elsewhere (a page asked for, the PIN to be set first) still
    // shows the attract screen after the first visitor, not the start page.
    void endedSessionsGoToTheAttractScreen()
    {
        KioskSession session;
        session.useAttract();
        QCOMPARE(session.state(), QStringLiteral("active")); // not now
        session.endSession(); // a visitor finished a flow
        QCOMPARE(session.state(), QStringLiteral("attract"));

        KioskSession staff;
        staff.useAttract();
        staff.setStaffMode(true);
        staff.endSession();
        QCOMPARE(staff.state(), QStringLiteral("active")); // interviews go on
    }

    void newCatalogueWaitsForTheEndOfTheSession()
    {
        KioskSession session;
        QStringList log;
        session.onEnd([&] { log << QStringLiteral("reset"); });
        session.showAttract();
        session.whenNobodyIsThere(QStringLiteral("catalogue"), [&] { log << QStringLiteral("v1"); });
        QCOMPARE(log, QStringList{QStringLiteral("v1")}); // nobody there: at once

        session.activity(); // a visitor is busy
        session.whenNobodyIsThere(QStringLiteral("catalogue"), [&] { log << QStringLiteral("v2"); });
        session.whenNobodyIsThere(QStringLiteral("catalogue"), [&] { log << QStringLiteral("v3"); });
        QCOMPARE(log, QStringList{QStringLiteral("v1")});
        session.endSession();
        // After the visitor's data is cleared, and only the newest one.
        QCOMPARE(log, QStringList({QStringLiteral("v1"), QStringLiteral("reset"), QStringLiteral("v3")}));
        session.endSession();
        QCOMPARE(log.size(), 4); // nothing left waiting, only the reset again
    }

    void sessionFollowsTheOpeningHours()
    {
        KioskSession session;
        QDateTime now = monday(8, 30);
        session.setClock([&now] { return now; });
        QString reason;
        session.setOpeningHours(*OpeningHours::parse(QStringLiteral("Mo-Fr 09:00-18:00"), &reason),
                                QStringLiteral("Mo-Fr 09:00-18:00"));
        session.setLanguage(QStringLiteral("en"));
        session.showAttract();
        QCOMPARE(session.state(), QStringLiteral("closed"));
        QCOMPARE(session.reopens(), QStringLiteral("today at 09:00"));
        session.activity(); // a touch on the closed screen starts nothing
        QCOMPARE(session.state(), QStringLiteral("closed"));

        now = monday(9, 0);
        session.checkSchedule();
        QCOMPARE(session.state(), QStringLiteral("attract"));
        session.activity();
        QCOMPARE(session.state(), QStringLiteral("active"));

        // Closing time while a visitor is busy: they finish first.
        now = monday(18, 5);
        session.checkSchedule();
        QCOMPARE(session.state(), QStringLiteral("active"));
        session.endSession();
        QCOMPARE(session.state(), QStringLiteral("closed"));
        QCOMPARE(session.reopens(), QStringLiteral("tomorrow at 09:00"));
        now = QDateTime(QDate(2026, 11, 27), QTime(19, 0)); // Friday evening
        QCOMPARE(session.reopens(), QStringLiteral("Monday at 09:00"));
        QCOMPARE(session.openingHoursLines(), QStringList{QStringLiteral("Mo-Fr 09:00-18:00")});
    }
};

QTEST_GUILESS_MAIN(TestKioskSettings)
#include "tst_kiosksettings.moc"
