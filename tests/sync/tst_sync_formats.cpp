// SPDX-License-Identifier: GPL-3.0-or-later
// Payload formats across a change of the format, against real hub processes on 127.0.0.1:
// a kiosk queues rows in format N, moves to N+1 (a test-only step, PayloadFormat::
// bumpForTesting) and queues more. A hub one format ahead takes both (the N rows upgraded
// on ingest): everything arrives exactly once. A hub two formats ahead takes only N+1 and up:
// the N rows stay pending, neither rejected nor dropped, and are counted as needing a newer
// hub while the N+1 rows arrive; at a hub that takes N again they go too.

#include "formatstep.h"
#include "syncfixture.h"

#include "database.h"
#include "outboxbatch.h"
#include "payloadformat.h"
#include "syncqueue.h"
#include "syncservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace stadtlabor;
using namespace stadtlabor::hubtest;
using namespace stadtlabor::synctest;

namespace {

// "format:count" of the kiosk's queued rows, in format order.
QString formatsInOutbox(KioskSide &kiosk)
{
    QSqlQuery q(kiosk.database().connection());
    QStringList out;
    if (q.exec(QStringLiteral("SELECT format, count(*) FROM outbox_items GROUP BY format ORDER BY format"))) {
        while (q.next())
            out.append(QStringLiteral("%1:%2").arg(q.value(0).toInt()).arg(q.value(1).toInt()));
    }
    return out.join(QLatin1Char(' '));
}

// "format:count" of what the hub stored.
QString formatsOnHub(HubSide &hub)
{
    const QString url = hub.databaseUrl();
    if (!url.startsWith(QLatin1String("sqlite:")))
        return QStringLiteral("(not sqlite: %1)").arg(url);
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hub-formats"));
        db.setDatabaseName(url.mid(7));
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT schema_version, count(*) FROM submissions GROUP BY schema_version ORDER BY 1"))) {
            while (q.next())
                out.append(QStringLiteral("%1:%2").arg(q.value(0).toInt()).arg(q.value(1).toInt()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hub-formats"));
    return out.join(QLatin1Char(' '));
}

// A hub whose current format is `steps` test steps above this build's.
bool startFormatHub(HubSide &hub, int steps, QString *error)
{
    hub.setProgram(QStringLiteral(STADTLABOR_FORMAT_HUB_BINARY));
    qputenv("STADTLABOR_TEST_FORMAT_STEPS", QByteArray::number(steps));
    const bool ok = hub.start(error);
    qunsetenv("STADTLABOR_TEST_FORMAT_STEPS");
    return ok;
}

} // namespace

class TestSyncFormats : public QObject
{
    Q_OBJECT

    KioskDirs m_dirs;
    int m_released = 0; // this build's format, N

    // 30 responses and 4 ideas in format N, then the kiosk moves to N+1 and queues 20 and 3 more.
    bool queueAcrossTheChange(KioskSide &kiosk, HubSide &hub, QStringList *olderIds, QStringList *newerIds, QString *error)
    {
        *olderIds = kiosk.addMonitor(30, statisticalDistricts(), 0, error) + kiosk.addFonds(4, hub.publicKey(), error);
        PayloadFormat::bumpForTesting(&nextTestFormat);
        *newerIds = kiosk.addMonitor(20, statisticalDistricts(), 30, error) + kiosk.addFonds(3, hub.publicKey(), error);
        return olderIds->size() == 34 && newerIds->size() == 23;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dirs.isValid());
        m_released = PayloadFormat::current();
    }

    void cleanup() { PayloadFormat::resetForTesting(); }

    void olderRowsAreUpgradedByAHubThatTakesBoth()
    {
        HubSide hub;
        QString error;
        QVERIFY2(startFormatHub(hub, 1, &error), qPrintable(error));
        const HttpResponse health = hub.http().get(QStringLiteral("/api/v1/health"));
        QCOMPARE(health.object().value(QStringLiteral("payload_formats")).toArray(), (QJsonArray{m_released, m_released + 1}));

        KioskSide kiosk(m_dirs.fresh());
        QVERIFY2(kiosk.open(&error), qPrintable(error));
        QVERIFY2(enrol(kiosk, hub, hub.process().baseUrl(), QStringLiteral("Kiosk Formate"), &error), qPrintable(error));
        QStringList older, newer;
        QVERIFY2(queueAcrossTheChange(kiosk, hub, &older, &newer, &error), qPrintable(error));
        QCOMPARE(PayloadFormat::current(), m_released + 1);
        QCOMPARE(formatsInOutbox(kiosk), QStringLiteral("%1:34 %2:23").arg(m_released).arg(m_released + 1));

        SyncService::Summary last;
        QVERIFY2(kiosk.syncUntilDrained(3, 60000, &last, &error), qPrintable(error));
        QCOMPARE(last.heldForFormat, 0);
        const SyncService::Status status = kiosk.sync().status();
        QCOMPARE(status.pending, 0);
        QCOMPARE(status.rejected, 0);
        QCOMPARE(status.needsNewerHub, 0);
        QCOMPARE(status.sent, 57);

        // All of them, each once; stored in the hub's format, the older ones upgraded.
        const auto onHub = hub.exportedIds(&error);
        QVERIFY2(onHub, qPrintable(error));
        const QString problems = exactlyOnceProblems(kiosk.outbox(), *onHub, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        const QStringList all = older + newer;
        QCOMPARE(QSet<QString>(onHub->cbegin(), onHub->cend()), QSet<QString>(all.cbegin(), all.cend()));
        QCOMPARE(formatsOnHub(hub), QStringLiteral("%1:57").arg(m_released + 1));
    }

    void rowsAHubNoLongerTakesStayPending()
    {
        HubSide ahead;
        QString error;
        QVERIFY2(startFormatHub(ahead, 2, &error), qPrintable(error));
        KioskSide kiosk(m_dirs.fresh());
        QVERIFY2(kiosk.open(&error), qPrintable(error));
        QVERIFY2(enrol(kiosk, ahead, ahead.process().baseUrl(), QStringLiteral("Kiosk Alt"), &error), qPrintable(error));
        QStringList older, newer;
        QVERIFY2(queueAcrossTheChange(kiosk, ahead, &older, &newer, &error), qPrintable(error));

        // The sync itself goes well: the N+1 rows arrive, the N rows wait; none is rejected.
        const auto summary = kiosk.syncOnce();
        QVERIFY(summary);
        QVERIFY2(summary->error.isEmpty(), qPrintable(summary->error));
        QCOMPARE(summary->acknowledged, newer.size());
        QCOMPARE(summary->rejected, 0);
        const QHash<QString, QString> outbox = kiosk.outbox();
        for (const QString &id : older)
            QCOMPARE(outbox.value(id), QStringLiteral("pending"));
        for (const QString &id : newer)
            QCOMPARE(outbox.value(id), QStringLiteral("sent"));
        const SyncService::Status status = kiosk.sync().status();
        QCOMPARE(status.pending, older.size());
        QCOMPARE(status.rejected, 0);
        QCOMPARE(status.needsNewerHub, older.size());
        QCOMPARE(status.state, SyncService::State::Idle);
        const auto onAhead = ahead.exportedIds(&error);
        QVERIFY2(onAhead, qPrintable(error));
        QCOMPARE(QSet<QString>(onAhead->cbegin(), onAhead->cend()), QSet<QString>(newer.cbegin(), newer.cend()));
        QCOMPARE(onAhead->size(), newer.size());
        // Syncing again sends none of the waiting rows (the hub's health says what it takes).
        const int posts = hubRequests(ahead, QStringLiteral("POST"), QStringLiteral("/api/v1/submissions"));
        const auto again = kiosk.syncOnce();
        QVERIFY(again && again->error.isEmpty());
        QCOMPARE(again->sent, 0);
        QCOMPARE(hubRequests(ahead, QStringLiteral("POST"), QStringLiteral("/api/v1/submissions")), posts);
        QCOMPARE(kiosk.sync().status().needsNewerHub, older.size());

        // Nothing lost: enrolled with a hub that takes format N, the waiting rows go.
        HubSide both;
        QVERIFY2(startFormatHub(both, 1, &error), qPrintable(error));
        QVERIFY2(enrol(kiosk, both, both.process().baseUrl(), QStringLiteral("Kiosk Alt"), &error), qPrintable(error));
        QVERIFY2(kiosk.syncUntilDrained(3, 60000, nullptr, &error), qPrintable(error));
        QCOMPARE(kiosk.sync().status().needsNewerHub, 0);
        const auto onBoth = both.exportedIds(&error);
        QVERIFY2(onBoth, qPrintable(error));
        QCOMPARE(QSet<QString>(onBoth->cbegin(), onBoth->cend()), QSet<QString>(older.cbegin(), older.cend()));
        QCOMPARE(onBoth->size(), older.size());
    }

    // The hub's own answer keeps a row too: an item refused for its format ("schema_version:")
    // is neither acknowledged nor rejected, and says which format was refused.
    void aRefusalForTheFormatIsNotARejection()
    {
        QList<SyncQueue::Item> items;
        items.append({1, QStringLiteral("a"), QStringLiteral("monitor_response"), "{\"id\":\"a\"}", QStringLiteral("t"), 1});
        items.append({2, QStringLiteral("b"), QStringLiteral("monitor_response"), "{\"id\":\"b\"}", QStringLiteral("t"), 2});
        items.append({3, QStringLiteral("c"), QStringLiteral("fonds_idea"), "{\"id\":\"c\"}", QStringLiteral("t"), 2});
        const OutboxBatch batch(items, QJsonObject{}, SyncService::maxBatchBytes);
        QCOMPARE(batch.size(), 3);
        const QJsonArray sent = QJsonDocument::fromJson(batch.body()).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(sent.at(0).toObject().value(QStringLiteral("schema_version")).toInt(), 1);
        QCOMPARE(sent.at(1).toObject().value(QStringLiteral("schema_version")).toInt(), 2);
        const QByteArray answer = QJsonDocument(QJsonObject{{QStringLiteral("results"), QJsonArray{
            QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}, {QStringLiteral("status"), QStringLiteral("rejected")},
                        {QStringLiteral("reason"), QStringLiteral("schema_version: this hub takes versions 2 to 3")}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("b")}, {QStringLiteral("status"), QStringLiteral("accepted")},
                        {QStringLiteral("reason"), QString()}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("c")}, {QStringLiteral("status"), QStringLiteral("rejected")},
                        {QStringLiteral("reason"), QStringLiteral("payload.area_id: unknown")}}}}}).toJson();
        const OutboxBatch::Answer a = batch.read(answer);
        QVERIFY(a.complete);
        QCOMPARE(a.refusedForFormat, 1);
        QCOMPARE(a.refusedFormats, QList<int>{1});
        QCOMPARE(a.accepted, 1);
        QCOMPARE(a.rejected, 1);
        QCOMPARE(a.outcomes.size(), 2);
        for (const SyncQueue::Outcome &o : a.outcomes)
            QVERIFY(o.uuid != QLatin1String("a"));
    }
};

QTEST_GUILESS_MAIN(TestSyncFormats)
#include "tst_sync_formats.moc"
