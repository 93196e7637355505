// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's sync through a fault-injecting proxy in front of a real hub process: 500, 503 and
// 429 with Retry-After, connections dropped mid-request and before the answer, answers after
// the timeout, truncated answers, answers that acknowledge only part of a batch or that name
// ids the kiosk did not send. While the faults last, nothing is marked sent that the hub does
// not hold; after they stop, everything arrives exactly once.

#include "faultproxy.h"
#include "syncfixture.h"

#include "database.h"
#include "syncqueue.h"
#include "syncservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace stadtlabor;
using namespace stadtlabor::hubtest;
using namespace stadtlabor::synctest;

using Fault = FaultProxy::Fault;

namespace {

constexpr int transferTimeoutMs = 1500;


// Hub, proxy and an enrolled in-process kiosk whose hub address is the proxy.
struct Rig
{
    HubSide hub;
    FaultProxy proxy;
    std::unique_ptr<KioskSide> kiosk;

    bool start(const QString &dir, QString *error)
    {
        if (!hub.start(error))
            return false;
        if (!proxy.listen(hub.port(), QHostAddress(QHostAddress::LocalHost), error))
            return false;
        kiosk = std::make_unique<KioskSide>(dir);
        if (!kiosk->open(error))
            return false;
        kiosk->sync().setTiming(manualTiming(transferTimeoutMs));
        return enrol(*kiosk, hub, proxy.url(), QStringLiteral("Kiosk Stoerung"), error);
    }

    // The invariant at every moment: each id on the hub once, every 'sent' row on the hub.
    // The kiosk's outbox is read first: a row marked sent was acknowledged, hence stored on
    // the hub, before the export that follows starts.
    QString invariantProblems(bool allSent)
    {
        const QHash<QString, QString> outbox = kiosk->outbox();
        QString error;
        const auto ids = hub.exportedIds(&error);
        if (!ids)
            return error;
        return exactlyOnceProblems(outbox, *ids, allSent);
    }

    QStringList hubIds()
    {
        QString error;
        const auto ids = hub.exportedIds(&error);
        return ids ? *ids : QStringList{QStringLiteral("export failed: ") + error};
    }
};

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private:
    KioskDirs m_dirs;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dirs.isValid());
    }

    // One kind of fault on the submissions, `count` times in a row, then a 500 that ends the
    // sync (so the state after the fault can be looked at); then the faults stop.
    void faultThenRecovery_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("hubSeesBatch"); // the faulted request reaches the hub
        QTest::newRow("500") << Fault::Status500 << 3 << false;
        QTest::newRow("503") << Fault::Status503 << 3 << false;
        QTest::newRow("429") << Fault::Status429 << 3 << false;
        // Qt sends a request again by itself when the connection breaks before any answer;
        // several in a row reach the kiosk as an error.
        QTest::newRow("dropped mid-request") << Fault::DropRequest << 6 << false;
        QTest::newRow("dropped before the answer") << Fault::DropResponse << 6 << true;
        QTest::newRow("answer after the timeout") << Fault::AnswerLate << 1 << true;
        QTest::newRow("truncated answer") << Fault::Truncate << 2 << true;
        QTest::newRow("part of the batch acknowledged") << Fault::PartialAck << 1 << true;
    }

    void faultThenRecovery()
    {
        QFETCH(Fault, fault);
        QFETCH(int, count);
        QFETCH(bool, hubSeesBatch);
        Rig rig;
        QString error;
        QVERIFY2(rig.start(m_dirs.fresh(), &error), qPrintable(error));
        KioskSide &kiosk = *rig.kiosk;
        const QStringList ids = kiosk.addMonitor(600, statisticalDistricts(), 0, &error);
        QVERIFY2(ids.size() == 600, qPrintable(error));

        // Retry-After: 30 (with the small backoff) shows in the next attempt's time, and keeps
        // the kiosk's timer quiet like the long backoff does for the other faults.
        const bool retryAfter = fault == Fault::Status503 || fault == Fault::Status429;
        kiosk.sync().setTiming(retryAfter ? fastTiming(transferTimeoutMs) : manualTiming(transferTimeoutMs));
        rig.proxy.setRetryAfterSeconds(30);
        rig.proxy.setLateMs(transferTimeoutMs + 1500);
        rig.proxy.addRule("POST", QStringLiteral("/api/v1/submissions"), fault, count);
        rig.proxy.addRule("POST", QStringLiteral("/api/v1/submissions"), Fault::Status500, 1);

        QElapsedTimer clock;
        clock.start();
        const auto first = kiosk.syncOnce(60000);
        QVERIFY(first);
        QVERIFY2(!first->error.isEmpty(), "the sync ended without error although the proxy failed it");
        QVERIFY(rig.proxy.countFault(fault) >= 1);
        const SyncService::Status afterFirst = kiosk.sync().status();
        QCOMPARE(afterFirst.state, SyncService::State::Waiting);
        QVERIFY(!afterFirst.lastError.isEmpty());

        // Nothing marked sent that the hub does not hold; the hub holds each id once.
        QString problems = rig.invariantProblems(false);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        const QStringList onHub = rig.hubIds();
        const QStringList firstBatch = ids.mid(0, SyncService::maxBatchItems);
        if (hubSeesBatch) {
            for (const QString &id : firstBatch)
                QVERIFY2(onHub.contains(id), "the faulted batch should have reached the hub");
        } else {
            QVERIFY2(onHub.isEmpty(), qPrintable(QStringLiteral("%1 ids on the hub").arg(onHub.size())));
            QCOMPARE(kiosk.countState(QStringLiteral("pending")), 600);
        }

        switch (fault) {
        case Fault::Status503:
        case Fault::Status429: {
            // Retry-After: 30 is honoured by the scheduled retry (the backoff alone is < 1 s).
            QVERIFY(afterFirst.nextAttempt.isValid());
            const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(afterFirst.nextAttempt);
            QVERIFY2(wait >= 25000, qPrintable(QStringLiteral("next attempt in %1 ms despite Retry-After: 30").arg(wait)));
            break;
        }
        case Fault::AnswerLate:
            QVERIFY2(first->error.contains(QLatin1String("time limit")), qPrintable(first->error));
            QVERIFY2(clock.elapsed() < transferTimeoutMs + 1400,
                     qPrintable(QStringLiteral("the sync took %1 ms").arg(clock.elapsed())));
            QCOMPARE(kiosk.countState(QStringLiteral("sent")), 0);
            break;
        case Fault::Truncate:
        case Fault::DropResponse:
            QCOMPARE(kiosk.countState(QStringLiteral("sent")), 0);
            break;
        case Fault::PartialAck: {
            // Only what the hub's (rewritten) answers named is sent; the dropped entries wait.
            const QStringList dropped = rig.proxy.allDroppedIds();
            QVERIFY(!dropped.isEmpty());
            const QHash<QString, QString> outbox = kiosk.outbox();
            for (const QString &id : dropped)
                QCOMPARE(outbox.value(id), QStringLiteral("pending"));
            QVERIFY(kiosk.countState(QStringLiteral("sent")) > 0);
            break;
        }
        default:
            QCOMPARE(kiosk.countState(QStringLiteral("sent")), 0);
            break;
        }
        // Failed attempts are counted on the rows.
        QSqlQuery q(kiosk.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT max(attempts) FROM outbox WHERE state = 'pending'")) && q.next());
        QVERIFY(q.value(0).toInt() >= 1);

        // The faults stop: everything arrives, exactly once.
        rig.proxy.clearRules();
        SyncService::Summary last;
        QVERIFY2(kiosk.syncUntilDrained(10, 60000, &last, &error), qPrintable(error));
        problems = rig.invariantProblems(true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(rig.hubIds().size(), 600);
        QCOMPARE(kiosk.countState(QStringLiteral("rejected")), 0);
        QCOMPARE(kiosk.sync().status().state, SyncService::State::Idle);
    }

    // Answers that name ids the kiosk did not send (later rows of its queue, unknown ids) or
    // contradict themselves, to a batch the hub only partly saw: only the hub's first answer
    // for an id of that very batch counts.
    void forgedAnswersAreIgnored()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start(m_dirs.fresh(), &error), qPrintable(error));
        KioskSide &kiosk = *rig.kiosk;
        const int batch = SyncService::maxBatchItems;
        const QStringList ids = kiosk.addMonitor(batch + 200, statisticalDistricts(), 0, &error);
        QVERIFY2(ids.size() == batch + 200, qPrintable(error));
        const QStringList notInBatch = ids.mid(batch + 50, 50);
        QStringList forged = notInBatch;
        for (int i = 0; i < 5; ++i)
            forged.append(newUuid());
        const QStringList stripped = ids.mid(10, 20); // the hub never sees these
        rig.proxy.setForgery(forged, stripped);
        rig.proxy.addRule("POST", QStringLiteral("/api/v1/submissions"), Fault::ForgeAck, 1);
        rig.proxy.addRule("POST", QStringLiteral("/api/v1/submissions"), Fault::Status500, 1);

        const auto first = kiosk.syncOnce();
        QVERIFY(first);
        const QHash<QString, QString> outbox = kiosk.outbox();
        for (const QString &id : notInBatch)
            QVERIFY2(outbox.value(id) == QLatin1String("pending"), "an id outside the batch was marked by a forged answer");
        for (const QString &id : stripped)
            QVERIFY2(outbox.value(id) == QLatin1String("pending"), "an id the hub never saw was marked");
        // The first answered id: accepted first, "rejected" second; the first answer counts.
        QCOMPARE(outbox.value(ids.at(0)), QStringLiteral("sent"));
        QCOMPARE(kiosk.countState(QStringLiteral("rejected")), 0);
        QCOMPARE(kiosk.countState(QStringLiteral("sent")), batch - int(stripped.size()));
        QString problems = rig.invariantProblems(false);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        rig.proxy.clearRules();
        QVERIFY2(kiosk.syncUntilDrained(5, 60000, nullptr, &error), qPrintable(error));
        problems = rig.invariantProblems(true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // Faults of every kind, shuffled (a fixed seed), on the submissions and on the catalogue
    // and results pulls, while new submissions keep arriving; nobody presses "sync now", the
    // kiosk retries on its own timer. Throughout, nothing is marked sent that the hub does not
    // hold; at the end, all 1,300 + the new ones are on the hub exactly once.
    void mixedFaultsSoak()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start(m_dirs.fresh(), &error), qPrintable(error));
        KioskSide &kiosk = *rig.kiosk;
        QStringList ids = kiosk.addMonitor(1300, statisticalDistricts(), 0, &error);
        QVERIFY2(ids.size() == 1300, qPrintable(error));
        kiosk.sync().setTiming(fastTiming(transferTimeoutMs));
        rig.proxy.setRetryAfterSeconds(1);
        rig.proxy.setLateMs(transferTimeoutMs + 500);

        // Each kind of fault twice on the submissions, in a shuffled order, with a few passes
        // between; and faults on the pulls (catalogue, results).
        QList<Fault> postFaults;
        for (Fault f : {Fault::Status500, Fault::Status503, Fault::Status429, Fault::DropRequest, Fault::DropResponse,
                        Fault::AnswerLate, Fault::Truncate, Fault::PartialAck, Fault::Pass, Fault::Pass}) {
            postFaults.append(f);
            postFaults.append(f);
        }
        QRandomGenerator random(20261127);
        for (qsizetype i = postFaults.size() - 1; i > 0; --i)
            postFaults.swapItemsAt(i, qsizetype(random.bounded(int(i + 1))));
        for (Fault f : postFaults)
            rig.proxy.addRule("POST", QStringLiteral("/api/v1/submissions"), f, 1);
        for (Fault f : {Fault::Status500, Fault::DropResponse, Fault::Pass, Fault::Status503, Fault::Pass, Fault::Pass,
                        Fault::DropRequest, Fault::Pass, Fault::Status500})
            rig.proxy.addRule("GET", QString(), f, 1);

        // More submissions arrive while the kiosk syncs, until the faults on the submissions
        // are used up (each needs a batch to fall on).
        const auto more = std::make_shared<QStringList>();
        QTimer feeder;
        int fed = 0;
        QObject::connect(&feeder, &QTimer::timeout, &feeder, [&] {
            if (fed >= 200 && rig.proxy.rulesLeftFor("POST") == 0) {
                feeder.stop();
                return;
            }
            *more += kiosk.addMonitor(20, {QStringLiteral("grumme")}, 5000 + fed);
            fed += 20;
            kiosk.sync().submissionSaved();
        });
        feeder.start(150);

        // The kiosk's own timer retries with backoff; the test only watches, and now and then
        // checks the invariant on a snapshot.
        kiosk.sync().syncNow();
        int checks = 0;
        QStringList broken;
        const bool drained = waitUntil([&] {
            if (++checks % 100 == 0) {
                const QString p = rig.invariantProblems(false);
                if (!p.isEmpty())
                    broken.append(p);
            }
            return !feeder.isActive() && kiosk.countState(QStringLiteral("pending")) == 0;
        }, 90000);
        feeder.stop();
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("invariant broken during the faults:\n") + broken.join(QLatin1Char('\n'))));
        QVERIFY2(drained, qPrintable(QStringLiteral("not drained by the kiosk's own retries within 90 s: %1 pending, %2 rules left, last error: %3")
                                         .arg(kiosk.countState(QStringLiteral("pending"))).arg(rig.proxy.totalRulesLeft())
                                         .arg(kiosk.sync().status().lastError)));
        rig.proxy.clearRules();
        // One clean sync at the end.
        QVERIFY2(kiosk.syncUntilDrained(3, 60000, nullptr, &error), qPrintable(error));
        ids += *more;
        QCOMPARE(ids.size(), 1300 + fed);
        const QString problems = rig.invariantProblems(true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(rig.hubIds().size(), ids.size());
        // Every kind of fault was actually met.
        for (Fault f : {Fault::Status500, Fault::Status503, Fault::Status429, Fault::DropResponse, Fault::AnswerLate,
                        Fault::Truncate, Fault::PartialAck, Fault::DropRequest})
            QVERIFY2(rig.proxy.countFault(f) >= 1, QMetaEnum::fromType<Fault>().valueToKey(int(f)));
        const SyncService::Status s = kiosk.sync().status();
        QCOMPARE(s.sent, int(ids.size()));
        QCOMPARE(s.pending, 0);
    }

    // A 503 with Retry-After: 2 while nobody presses "sync now": the kiosk's own next attempt
    // comes no sooner than two seconds later, and then it delivers by itself.
    void retryAfterIsHonouredByTheTimer()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start(m_dirs.fresh(), &error), qPrintable(error));
        KioskSide &kiosk = *rig.kiosk;
        QVERIFY(kiosk.addMonitor(50, statisticalDistricts()).size() == 50);
        kiosk.sync().setTiming(fastTiming(transferTimeoutMs));
        rig.proxy.setRetryAfterSeconds(2);
        rig.proxy.addRule("POST", QStringLiteral("/api/v1/submissions"), Fault::Status503, 1);
        kiosk.sync().syncNow();
        QVERIFY(waitUntil([&] { return kiosk.countState(QStringLiteral("sent")) == 50; }, 20000));
        const QList<FaultProxy::Exchange> posts = [&] {
            QList<FaultProxy::Exchange> list;
            for (const FaultProxy::Exchange &e : rig.proxy.exchanges()) {
                if (e.method == "POST" && e.path.startsWith(QLatin1String("/api/v1/submissions")))
                    list.append(e);
            }
            return list;
        }();
        QVERIFY(posts.size() >= 2);
        QCOMPARE(posts.at(0).clientStatus, 503);
        QCOMPARE(posts.at(1).clientStatus, 200);
        const qint64 gap = posts.at(1).receivedAtMs - posts.at(0).receivedAtMs;
        QVERIFY2(gap >= 1900, qPrintable(QStringLiteral("retried after %1 ms despite Retry-After: 2").arg(gap)));
        QVERIFY2(gap < 6000, qPrintable(QStringLiteral("retried only after %1 ms").arg(gap)));
        const QString problems = rig.invariantProblems(true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // After a 429 (or 503) with Retry-After: 30, visitors keep submitting. Their submissions
    // must not bring the next request forward: the hub asked for 30 seconds of quiet.
    void retryAfterIsNotCutShortBySubmissions_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::newRow("429") << Fault::Status429;
        QTest::newRow("503") << Fault::Status503;
    }

    void retryAfterIsNotCutShortBySubmissions()
    {
        QFETCH(Fault, fault);
        Rig rig;
        QString error;
        QVERIFY2(rig.start(m_dirs.fresh(), &error), qPrintable(error));
        KioskSide &kiosk = *rig.kiosk;
        QVERIFY(kiosk.addMonitor(20, statisticalDistricts()).size() == 20);
        kiosk.sync().setTiming(fastTiming(transferTimeoutMs)); // the backoff alone would be < 1 s
        rig.proxy.setRetryAfterSeconds(30);
        rig.proxy.addRule("POST", QStringLiteral("/api/v1/submissions"), fault, 1);
        const auto first = kiosk.syncOnce();
        QVERIFY(first);
        QVERIFY(!first->error.isEmpty());
        QCOMPARE(rig.proxy.count("POST", QStringLiteral("/api/v1/submissions")), 1);
        const QDateTime next = kiosk.sync().status().nextAttempt;
        QVERIFY2(next.isValid() && QDateTime::currentDateTimeUtc().msecsTo(next) > 25000, "Retry-After: 30 not scheduled");

        // Three visitors submit within the next second (the flow calls submissionSaved()).
        for (int i = 0; i < 3; ++i) {
            QVERIFY(kiosk.addMonitor(1, {QStringLiteral("grumme")}, 100 + i).size() == 1);
            kiosk.sync().submissionSaved();
            waitUntil([] { return false; }, 300);
        }
        waitUntil([] { return false; }, 1000);
        const int posts = rig.proxy.count("POST", QStringLiteral("/api/v1/submissions")) + rig.proxy.inFlight("POST");
        QVERIFY2(posts == 1, qPrintable(QStringLiteral("%1 more batches were sent within 2 s of Retry-After: 30 (next attempt was %2; "
                                                       "now the status says %3)")
                                            .arg(posts - 1).arg(next.toString(Qt::ISODateWithMs),
                                                               kiosk.sync().status().nextAttempt.toString(Qt::ISODateWithMs))));
    }

    // A catalogue answer cut off by the network is not an invalid catalogue: once the network
    // is fine again, the hub's catalogue arrives (its ETag must not be remembered as refused).
    void truncatedCatalogueIsFetchedAgain()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start(m_dirs.fresh(), &error), qPrintable(error));
        KioskSide &kiosk = *rig.kiosk;
        QJsonObject c = bundledCatalogueJson();
        const QString version = bundledCatalogue().version + QStringLiteral("-abgeschnitten");
        c.insert(QStringLiteral("version"), version);
        const HttpResponse put = rig.hub.http().put(QStringLiteral("/api/v1/catalogue"), rig.hub.adminToken(),
                                                    QJsonDocument(c).toJson(QJsonDocument::Compact));
        QVERIFY2(put.status == 200, qPrintable(put.describe()));

        rig.proxy.addRule("GET", QStringLiteral("/api/v1/catalogue"), Fault::Truncate, 1);
        const auto cut = kiosk.syncOnce();
        QVERIFY(cut);
        QCOMPARE(rig.proxy.countFault(Fault::Truncate), 1);
        QVERIFY(kiosk.catalogueVersion() != version);

        for (int i = 0; i < 3 && kiosk.catalogueVersion() != version; ++i)
            QVERIFY(kiosk.syncOnce());
        QVERIFY2(kiosk.catalogueVersion() == version,
                 qPrintable(QStringLiteral("after a truncated answer the kiosk keeps catalogue %1; it remembered the hub's ETag %2 as refused"
                                           " and gets 304 for it since (hub_catalogue_refused_etag = %3)")
                                .arg(kiosk.catalogueVersion(), QString::fromLatin1(put.object().value(QStringLiteral("etag")).toString().toLatin1()),
                                     kiosk.setting(QStringLiteral("hub_catalogue_refused_etag")))));
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
