// SPDX-License-Identifier: GPL-3.0-or-later
// The real kiosk binary (`stadtlabor-kiosk --data-dir D --sync-now`) with thousands of pending
// submissions, killed with SIGKILL at random moments of its sync and started again, at least
// 20 times; a proxy holds each batch's answer back a little so that kills land between the
// hub storing a batch and the kiosk recording it. Afterwards one clean sync empties the queue
// and the hub holds every submission exactly once.

#include "faultproxy.h"
#include "syncfixture.h"

#include "database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>



using namespace stadtlabor;
using namespace stadtlabor::hubtest;
using namespace stadtlabor::synctest;

namespace {

using Run = KioskRun;

Run runKiosk(const QStringList &args, int killAfterMs = -1, int timeoutMs = 120000, const std::function<void()> &beforeKill = {})
{
    return runKioskBinary(args, timeoutMs, killAfterMs, beforeKill);
}

} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
    }

    void killedDuringSyncLosesNothing()
    {
        HubSide hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        FaultProxy proxy;
        QVERIFY2(proxy.listen(hub.port(), QHostAddress(QHostAddress::LocalHost), &error), qPrintable(error));
        // Each batch's answer is held back: the hub has stored it, the kiosk does not know yet.
        proxy.setDelayMs(150, "POST");

        const QString dir = m_tmp.filePath(QStringLiteral("kiosk"));
        QDir().mkpath(dir);
        const QStringList areas = statisticalDistricts();
        QSet<QString> made;
        {
            KioskSide kiosk(dir);
            QVERIFY2(kiosk.open(&error, false), qPrintable(error));
            const QStringList ids = kiosk.addMonitor(3000, areas, 0, &error);
            QVERIFY2(ids.size() == 3000, qPrintable(error));
            made = QSet<QString>(ids.cbegin(), ids.cend());
        }
        const QString code = hub.enrolmentCode(QStringLiteral("Kiosk Absturz"), &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error));
        const Run enrolRun = runKiosk({QStringLiteral("--data-dir"), dir, QStringLiteral("--enroll"), proxy.url().toString(), code,
                                       QStringLiteral("--device-name"), QStringLiteral("Kiosk Absturz")});
        QVERIFY2(enrolRun.exitCode == 0, qPrintable(enrolRun.describe()));

        const quint32 seed = qEnvironmentVariableIsSet("STADTLABOR_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("STADTLABOR_CRASH_SEED"))
            : QRandomGenerator::system()->generate();
        qInfo("crash test seed: %u (STADTLABOR_CRASH_SEED to repeat)", seed);
        QRandomGenerator random(seed);

        int kills = 0;
        int killsWithPostInFlight = 0;
        int cleanExits = 0;
        int next = 3000;
        QStringList problems;
        for (int attempt = 0; attempt < 80 && kills < 24; ++attempt) {
            const int killAfter = 50 + int(random.bounded(1200));
            int inFlight = 0;
            QElapsedTimer runClock;
            runClock.start();
            const Run run = runKiosk({QStringLiteral("--data-dir"), dir, QStringLiteral("--sync-now")}, killAfter, 120000,
                                     [&] { inFlight = proxy.inFlight("POST"); });
            if (qEnvironmentVariableIsSet("STADTLABOR_CRASH_TRACE"))
                qInfo("run %d: kill at %d ms, took %lld ms, %s, post in flight %d: %s %s", attempt, killAfter, runClock.elapsed(),
                      run.killed ? "killed" : "exited", inFlight, run.out.constData(), run.err.right(300).constData());
            if (run.killed) {
                ++kills;
                if (inFlight > 0)
                    ++killsWithPostInFlight;
            } else {
                ++cleanExits;
                if (run.exitCode != 0 && run.exitCode != 5)
                    problems.append(QStringLiteral("run %1: %2").arg(attempt).arg(run.describe()));
            }

            QElapsedTimer checkClock;
            checkClock.start();
            // Between runs: the database is intact, takes new submissions, and everything marked
            // sent is on the hub exactly once.
            KioskSide kiosk(dir);
            if (!kiosk.open(&error, false)) {
                problems.append(QStringLiteral("after run %1 the kiosk database does not open: %2").arg(attempt).arg(error));
                break;
            }
            QSqlQuery q(kiosk.database().connection());
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
                problems.append(QStringLiteral("after run %1: integrity_check says %2").arg(attempt).arg(q.value(0).toString()));
            q.finish();
            const QHash<QString, QString> outbox = kiosk.outbox();
            const auto onHub = hub.exportedIds(&error);
            if (!onHub) {
                problems.append(error);
                break;
            }
            const QString p = exactlyOnceProblems(outbox, *onHub, false);
            if (!p.isEmpty())
                problems.append(QStringLiteral("after run %1 (%2 ms, %3): %4")
                                    .arg(attempt).arg(killAfter).arg(run.killed ? QStringLiteral("killed") : QStringLiteral("exited"), p));
            if (outbox.size() != made.size())
                problems.append(QStringLiteral("after run %1 the outbox has %2 rows, %3 were made").arg(attempt).arg(outbox.size()).arg(made.size()));
            // New submissions keep coming, and enough wait that the next run is still pushing
            // batches when it is killed.
            const int add = qMax(20, 1500 - kiosk.countState(QStringLiteral("pending")));
            const QStringList more = kiosk.addMonitor(add, areas, next, &error);
            if (more.size() != add)
                problems.append(QStringLiteral("after run %1 no new submissions could be saved: %2").arg(attempt).arg(error));
            made.unite(QSet<QString>(more.cbegin(), more.cend()));
            next += add;
            if (qEnvironmentVariableIsSet("STADTLABOR_CRASH_TRACE"))
                qInfo("check and %d new submissions took %lld ms", add, checkClock.elapsed());
            if (problems.size() > 5)
                break;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        qInfo("%d kills (%d with a batch in flight), %d runs that ended by themselves", kills, killsWithPostInFlight, cleanExits);
        QVERIFY2(kills >= 20, qPrintable(QStringLiteral("only %1 runs were killed during their sync").arg(kills)));
        QVERIFY2(killsWithPostInFlight >= 5,
                 qPrintable(QStringLiteral("only %1 kills hit a batch in flight: the test did not test that").arg(killsWithPostInFlight)));

        // Kills fell between the hub storing a batch and the kiosk recording it: the hub
        // answered "duplicate" when those batches came again.
        qInfo("the hub answered \"duplicate\" %d times", proxy.duplicatesSeen());
        QVERIFY2(proxy.duplicatesSeen() > 0, "no batch was ever sent twice: the kills never hit the window the test is about");

        // The final, clean sync.
        proxy.setDelayMs(0);
        Run final;
        for (int i = 0; i < 3; ++i) {
            final = runKiosk({QStringLiteral("--data-dir"), dir, QStringLiteral("--sync-now")});
            if (final.exitCode == 0)
                break;
        }
        QVERIFY2(final.exitCode == 0, qPrintable(final.describe()));
        QVERIFY2(final.out.contains("queue: 0 pending"), qPrintable(final.describe()));
        const Run status = runKiosk({QStringLiteral("--data-dir"), dir, QStringLiteral("--sync-status")});
        QVERIFY2(status.out.contains(QStringLiteral("queue: 0 pending, %1 sent, 0 rejected").arg(made.size()).toUtf8()),
                 qPrintable(status.describe()));

        KioskSide kiosk(dir);
        QVERIFY2(kiosk.open(&error, false), qPrintable(error));
        const QHash<QString, QString> outbox = kiosk.outbox();
        QCOMPARE(outbox.size(), made.size());
        const auto onHub = hub.exportedIds(&error);
        QVERIFY2(onHub, qPrintable(error));
        const QString p = exactlyOnceProblems(outbox, *onHub, true);
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(QSet<QString>(onHub->cbegin(), onHub->cend()), made);
        // The hub's aggregates count each response once too.
        QString city;
        for (const Area &a : bundledCatalogue().areas) {
            if (a.kind == Area::Kind::City)
                city = a.id;
        }
        const HttpResponse results = hub.http().get(QStringLiteral("/api/v1/results?area=%1").arg(city), hub.adminToken());
        QCOMPARE(results.status, 200);
        QCOMPARE(areaResult(results.object().value(QStringLiteral("area"))).responses, int(made.size()));
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_sync_crash.moc"
