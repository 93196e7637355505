// SPDX-License-Identifier: GPL-3.0-or-later
#include "admincontroller.h"
#include "adminpin.h"
#include "database.h"
#include "settingsrepository.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace stadtlabor;

class TestAdminController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<AdminPin> m_pin;
    QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);

    std::unique_ptr<AdminController> makeController()
    {
        auto admin = std::make_unique<AdminController>(m_pin.get());
        admin->setClock([this] { return m_now; });
        admin->reload();
        return admin;
    }

    static void waitUntilIdle(AdminController &admin) { QTRY_VERIFY_WITH_TIMEOUT(!admin.isBusy(), 10000); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("kiosk.sqlite"))), qPrintable(m_db.errorString()));
        m_settings = std::make_unique<SettingsRepository>(m_db);
        m_pin = std::make_unique<AdminPin>(*m_settings);
    }

    // The tests build on each other: first use, then a locked kiosk with its PIN.
    void firstUseSetsThePinAndUnlocks()
    {
        auto admin = makeController();
        QVERIFY(!admin->pinIsSet());
        QVERIFY(!admin->isUnlocked());
        QSignalSpy rejected(admin.get(), &AdminController::pinRejected);

        admin->setPin(QStringLiteral("123"), QStringLiteral("123"));
        QCOMPARE(rejected.size(), 1);
        QVERIFY(admin->message().contains(QStringLiteral("4")));
        admin->setPin(QStringLiteral("1234"), QStringLiteral("1243"));
        QCOMPARE(rejected.size(), 2);
        QVERIFY(!admin->isBusy());
        QVERIFY(!m_pin->isSet());

        QSignalSpy unlocked(admin.get(), &AdminController::unlockedChanged);
        admin->setPin(QStringLiteral("1234"), QStringLiteral("1234"));
        QVERIFY(admin->isBusy()); // the derivation runs on a worker thread
        waitUntilIdle(*admin);
        QVERIFY(admin->pinIsSet());
        QVERIFY(admin->isUnlocked());
        QCOMPARE(unlocked.size(), 1);
        QVERIFY(m_pin->isSet());
    }

    void aLockedKioskKeepsItsPin()
    {
        auto admin = makeController();
        QVERIFY(admin->pinIsSet());
        QVERIFY(!admin->isUnlocked());
        QSignalSpy rejected(admin.get(), &AdminController::pinRejected);
        admin->setPin(QStringLiteral("5678"), QStringLiteral("5678"));
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!admin->isBusy());
        QVERIFY(AdminPin::matches(QStringLiteral("1234"), m_pin->storedRecord()));
    }

    void wrongPinWaitsAndTheWaitSurvivesARestart()
    {
        auto admin = makeController();
        QSignalSpy rejected(admin.get(), &AdminController::pinRejected);
        admin->unlock(QStringLiteral("0000"));
        waitUntilIdle(*admin);
        QVERIFY(!admin->isUnlocked());
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(admin->waitSeconds(), 1);
        QVERIFY(!admin->message().isEmpty());

        // During the wait nothing is checked, not even the right PIN.
        admin->unlock(QStringLiteral("1234"));
        QVERIFY(!admin->isBusy());
        QCOMPARE(rejected.size(), 2);
        QVERIFY(!admin->isUnlocked());

        // A new start (a new controller over the same storage) still waits.
        auto restarted = makeController();
        QCOMPARE(restarted->waitSeconds(), 1);
        restarted.reset();

        // Time passes: the countdown reaches zero by itself.
        m_now = m_now.addMSecs(1100);
        QTRY_COMPARE(admin->waitSeconds(), 0);
        admin->unlock(QStringLiteral("1234"));
        waitUntilIdle(*admin);
        QVERIFY(admin->isUnlocked());
        QCOMPARE(m_pin->failures(), 0);
    }

    void locksAfterBeingLeftAlone()
    {
        auto admin = makeController();
        admin->setIdleLockMs(300);
        admin->unlock(QStringLiteral("1234"));
        waitUntilIdle(*admin);
        QVERIFY(admin->isUnlocked());
        // Touches keep it open: one every half idle time, from a timer of our own. No sleep
        // decides this but the order of timers: each touch restarts the idle timer, so its next
        // timeout (>= 285 ms later, coarse timers fire at most 5 % early) always lies behind
        // our next tick (150 ms, precise), and Qt fires due timers in the order they are due.
        QSignalSpy lockChanges(admin.get(), &AdminController::unlockedChanged);
        QTimer toucher;
        toucher.setTimerType(Qt::PreciseTimer);
        toucher.setInterval(150);
        connect(&toucher, &QTimer::timeout, admin.get(), &AdminController::touch);
        QSignalSpy touches(&toucher, &QTimer::timeout);
        toucher.start();
        QTRY_VERIFY_WITH_TIMEOUT(touches.size() >= 4, 10000);
        toucher.stop();
        QVERIFY(admin->isUnlocked());
        QCOMPARE(lockChanges.size(), 0);
        // ...and without them it locks and says why.
        QTRY_VERIFY_WITH_TIMEOUT(!admin->isUnlocked(), 2000);
        QVERIFY(!admin->message().isEmpty());
        admin->lock();
        QVERIFY(admin->message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdminController)
#include "tst_admincontroller.moc"
