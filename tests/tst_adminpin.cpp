// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminpin.h"
#include "database.h"
#include "settingsrepository.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace stadtlabor;

namespace {

// Warnings and info lines of the "stadtlabor.admin" category, to check what the log holds.
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "stadtlabor.admin") == 0)
        capturedLog.append(message);
    else
        previousHandler(type, context, message);
}

// PBKDF2-HMAC-SHA256("1234", "0123456789abcdef", 600000), computed by Python's hashlib: stored
// directly, it spares the tests a derivation each.
const QString knownRecord = QStringLiteral("pbkdf2-sha256$600000$MDEyMzQ1Njc4OWFiY2RlZg==$"
                                           "JBuCasnxaW3zxY+ksbqUjlFhrGxUXc9eH+a41WmdLCg=");

const QDateTime t0 = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);

QDateTime at(double seconds)
{
    return t0.addMSecs(static_cast<qint64>(seconds * 1000));
}

} // namespace

class TestAdminPin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<AdminPin> m_pin;

    void open()
    {
        m_pin.reset();
        m_settings.reset();
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("kiosk.sqlite"))), qPrintable(m_db->errorString()));
        m_settings = std::make_unique<SettingsRepository>(*m_db);
        m_pin = std::make_unique<AdminPin>(*m_settings);
    }

    void useKnownPin()
    {
        QString error;
        QVERIFY2(m_pin->storeRecord(knownRecord, &error), qPrintable(error));
    }

    void setPin(const QString &pin)
    {
        QString error;
        QVERIFY2(m_pin->set(pin, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        previousHandler = qInstallMessageHandler(captureHandler);
    }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("kiosk.sqlite")));
        QFile::remove(m_dir.filePath(QStringLiteral("kiosk.sqlite-wal")));
        QFile::remove(m_dir.filePath(QStringLiteral("kiosk.sqlite-shm")));
        open();
        capturedLog.clear();
    }
    void cleanup()
    {
        m_pin.reset();
        m_settings.reset();
        m_db.reset();
    }

    void validPins_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("four digits") << QStringLiteral("0000") << true;
        QTest::newRow("twelve digits") << QStringLiteral("123456789012") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("three digits") << QStringLiteral("123") << false;
        QTest::newRow("thirteen digits") << QStringLiteral("1234567890123") << false;
        QTest::newRow("a letter") << QStringLiteral("12a4") << false;
        QTest::newRow("a space") << QStringLiteral("12 34") << false;
        QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664") << false;
    }
    void validPins()
    {
        QFETCH(QString, pin);
        QFETCH(bool, valid);
        QCOMPARE(AdminPin::isValidPin(pin), valid);
        if (!valid) {
            QString error;
            QVERIFY(!m_pin->set(pin, &error));
            QVERIFY(!error.isEmpty());
            QVERIFY(!m_pin->isSet());
        }
    }

    void storedAsSelfDescribingPbkdf2()
    {
        QVERIFY(!m_pin->isSet());
        QCOMPARE(m_pin->verify(QStringLiteral("1234"), t0).outcome, AdminPin::Outcome::NotSet);
        setPin(QStringLiteral("4711"));
        QVERIFY(m_pin->isSet());
        const QString record = m_settings->value(AdminPin::keyPin);
        const QStringList parts = record.split(u'$');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
        QCOMPARE(parts.at(1), QStringLiteral("600000"));
        QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
        QVERIFY(!record.contains(QStringLiteral("4711")));
        QCOMPARE(m_pin->verify(QStringLiteral("4711"), t0).outcome, AdminPin::Outcome::Ok);
    }

    void matchesAnIndependentPbkdf2()
    {
        QVERIFY(AdminPin::matches(QStringLiteral("1234"), knownRecord));
        QVERIFY(!AdminPin::matches(QStringLiteral("1235"), knownRecord));
    }

    void damagedRecordsMatchNothing()
    {
        for (const QString &record :
            {QStringLiteral("1234"), QStringLiteral("pbkdf2-sha1$600000$MDEy$MDEy"),
                QStringLiteral("pbkdf2-sha256$0$MDEyMzQ1Njc4OWFiY2RlZg==$JBuCasnxaW3zxY+ksbqUjlFhrGxUXc9eH+a41WmdLCg="),
                QStringLiteral("pbkdf2-sha256$999999999$MDEy$JBuCasnxaW3zxY+ksbqUjlFhrGxUXc9eH+a41WmdLCg="),
                QStringLiteral("pbkdf2-sha256$600000$MDEyMzQ1Njc4OWFiY2RlZg==$JBuC")}) {
            QVERIFY2(!AdminPin::matches(QStringLiteral("1234"), record), qPrintable(record));
            QString error;
            QVERIFY(!m_pin->storeRecord(record, &error));
        }
    }

    void saltIsRandom()
    {
        const QString a = AdminPin::makeRecord(QStringLiteral("1234"));
        const QString b = AdminPin::makeRecord(QStringLiteral("1234"));
        QVERIFY(a.section(u'$', 2, 2) != b.section(u'$', 2, 2));
        QVERIFY(a.section(u'$', 3, 3) != b.section(u'$', 3, 3));
        QVERIFY(AdminPin::matches(QStringLiteral("1234"), b));
    }

    void delayDoublesUpToAnHour()
    {
        QCOMPARE(AdminPin::delaySeconds(0), 0);
        QCOMPARE(AdminPin::delaySeconds(1), 1);
        QCOMPARE(AdminPin::delaySeconds(2), 2);
        QCOMPARE(AdminPin::delaySeconds(3), 4);
        QCOMPARE(AdminPin::delaySeconds(12), 2048);
        QCOMPARE(AdminPin::delaySeconds(13), 3600);
        QCOMPARE(AdminPin::delaySeconds(1000), 3600);
    }

    void wrongPinsAreThrottledAndTheWaitPersists()
    {
        useKnownPin();
        auto r = m_pin->verify(QStringLiteral("1111"), at(0));
        QCOMPARE(r.outcome, AdminPin::Outcome::Wrong);
        QCOMPARE(r.waitSeconds, 1);
        // Within the wait even the right PIN is refused unchecked, and not counted.
        r = m_pin->verify(QStringLiteral("1234"), at(0.5));
        QCOMPARE(r.outcome, AdminPin::Outcome::Throttled);
        QCOMPARE(r.waitSeconds, 1);
        QCOMPARE(m_pin->failures(), 1);

        r = m_pin->verify(QStringLiteral("1111"), at(1));
        QCOMPARE(r.outcome, AdminPin::Outcome::Wrong);
        QCOMPARE(r.waitSeconds, 2);
        QCOMPARE(m_pin->verify(QStringLiteral("1111"), at(2.9)).outcome, AdminPin::Outcome::Throttled);
        QCOMPARE(m_pin->secondsToWait(at(2.9)), 1);

        r = m_pin->verify(QStringLiteral("1111"), at(3));
        QCOMPARE(r.outcome, AdminPin::Outcome::Wrong);
        QCOMPARE(r.waitSeconds, 4);
        QCOMPARE(m_pin->failures(), 3);
        QCOMPARE(m_pin->secondsToWait(at(3)), 4);

        // A restart keeps the count and the wait.
        open();
        QCOMPARE(m_pin->failures(), 3);
        QCOMPARE(m_pin->secondsToWait(at(4)), 3);
        QCOMPARE(m_pin->verify(QStringLiteral("1234"), at(6.5)).outcome, AdminPin::Outcome::Throttled);
        r = m_pin->verify(QStringLiteral("1111"), at(7));
        QCOMPARE(r.outcome, AdminPin::Outcome::Wrong);
        QCOMPARE(r.waitSeconds, 8);

        // Logged, without the PIN.
        QCOMPARE(capturedLog.filter(QStringLiteral("wrong admin PIN")).size(), 4);
        for (const QString &line : std::as_const(capturedLog)) {
            QVERIFY2(!line.contains(QStringLiteral("1111")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("1234")), qPrintable(line));
        }
    }

    void rightPinAfterTheWaitWorksAndResetsTheCount()
    {
        useKnownPin();
        QCOMPARE(m_pin->verify(QStringLiteral("0000"), at(0)).outcome, AdminPin::Outcome::Wrong);
        QCOMPARE(m_pin->verify(QStringLiteral("0000"), at(1)).outcome, AdminPin::Outcome::Wrong);
        QCOMPARE(m_pin->verify(QStringLiteral("1234"), at(3)).outcome, AdminPin::Outcome::Ok);
        QCOMPARE(m_pin->failures(), 0);
        QCOMPARE(m_pin->secondsToWait(at(3)), 0);
        // The next mistake starts again at one second.
        const auto r = m_pin->verify(QStringLiteral("0000"), at(4));
        QCOMPARE(r.outcome, AdminPin::Outcome::Wrong);
        QCOMPARE(r.waitSeconds, 1);
    }

    void aClockSetBackDoesNotStretchTheWait()
    {
        useKnownPin();
        QCOMPARE(m_pin->verify(QStringLiteral("0000"), at(0)).outcome, AdminPin::Outcome::Wrong);
        // The clock jumps a day back: the wait is still at most what one failure earned.
        QCOMPARE(m_pin->secondsToWait(at(-86400)), 1);
    }

    void theWaitIsCappedAtAnHour()
    {
        useKnownPin();
        QString error;
        QVERIFY(m_settings->setValue(AdminPin::keyFailures, QStringLiteral("40"), &error));
        const auto r = m_pin->verify(QStringLiteral("0000"), at(0));
        QCOMPARE(r.outcome, AdminPin::Outcome::Wrong);
        QCOMPARE(r.waitSeconds, 3600);
        QCOMPARE(m_pin->secondsToWait(at(1)), 3599);
    }

    void settingANewPinClearsTheFailures()
    {
        useKnownPin();
        QCOMPARE(m_pin->verify(QStringLiteral("0000"), at(0)).outcome, AdminPin::Outcome::Wrong);
        setPin(QStringLiteral("5678"));
        QCOMPARE(m_pin->failures(), 0);
        QCOMPARE(m_pin->secondsToWait(at(0)), 0);
        QCOMPARE(m_pin->verify(QStringLiteral("5678"), at(0)).outcome, AdminPin::Outcome::Ok);
    }
};

QTEST_GUILESS_MAIN(TestAdminPin)
#include "tst_adminpin.moc"
