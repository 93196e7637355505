// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox as sync sees it: what the hub's answers do to each row, and retention (a Fonds
// idea's sealed contact leaves once the hub has it; acknowledged records go after N days;
// nothing pending or rejected is ever purged).
#include "catalogueimporter.h"
#include "cataloguerepository.h"
#include "database.h"
#include "syncqueue.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stadtlabor;

namespace {

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

void exec(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

} // namespace

class TestSyncQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    // Two monitor responses (r1, r2), two ideas with sealed contact (i1, i2) and their outbox
    // rows, all pending.
    void fill()
    {
        const int rules = scalar(*m_db, QStringLiteral("SELECT max(version) FROM fund_rules")).toInt();
        const QString set = scalar(*m_db, QStringLiteral("SELECT id || '|' || version FROM criteria_sets")).toString();
        for (const char *id : {"r1", "r2"}) {
            exec(*m_db, QStringLiteral("INSERT INTO monitor_responses (uuid, created_at, device_id, criteria_set_id,"
                                       " criteria_set_version, area_id) VALUES ('%1', '2026-11-27T10:00:00Z', 'd', '%2', %3, 'mitte')")
                            .arg(QLatin1String(id), set.section(u'|', 0, 0), set.section(u'|', 1)));
            exec(*m_db, QStringLiteral("INSERT INTO monitor_answers (response_uuid, position, theme_id, score) VALUES ('%1', 0, 't', 5)")
                            .arg(QLatin1String(id)));
            exec(*m_db, QStringLiteral("INSERT INTO outbox (uuid, kind, payload, created_at) VALUES ('%1', 'monitor_response', '{\"id\":\"%1\"}', 'now')")
                            .arg(QLatin1String(id)));
        }
        for (const char *id : {"i1", "i2"}) {
            exec(*m_db, QStringLiteral(
                "INSERT INTO fonds_ideas (uuid, created_at, device_id, fund_rules_version, receipt_code, title, description,"
                " area_id, category_id, planned_start, total_cost_cents, own_money_cents, work_hours_hundredths, in_kind_cents,"
                " requested_cents, own_share_basis_points, small_application, needs_advice, applicant, sealed_contact)"
                " VALUES ('%1', 'now', 'd', %2, 'BF-%1', 'T', 'D', 'mitte', 'c', '2027-01', 1, 0, 0, 0, 1, 0, 1, 0, 'person', x'0102')")
                            .arg(QLatin1String(id)).arg(rules));
            exec(*m_db, QStringLiteral("INSERT INTO outbox (uuid, kind, payload, created_at) VALUES ('%1', 'fonds_idea',"
                                       " '{\"id\":\"%1\",\"sealed_contact\":\"AQI=\"}', 'now')").arg(QLatin1String(id)));
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db = std::make_unique<Database>();
        QFile::remove(m_dir.filePath(QStringLiteral("k.sqlite")));
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("k.sqlite"))));
        CatalogueRepository catalogues(*m_db);
        QVERIFY(CatalogueImporter(catalogues).loadOrImportDefault().ok());
        fill();
    }

    void cleanup() { m_db.reset(); }

    void answersMoveOnlyTheRowsTheyName()
    {
        SyncQueue queue(*m_db);
        QString error;
        QCOMPARE(queue.pendingCount(), 4);
        QCOMPARE(queue.oldestPending(3, {}, &error).size(), 3);
        QCOMPARE(queue.oldestPending(3, {}, &error).constFirst().uuid, QStringLiteral("r1"));
        QVERIFY(queue.record({{QStringLiteral("r1"), SyncQueue::Outcome::Status::Acknowledged, QString()},
                              {QStringLiteral("i1"), SyncQueue::Outcome::Status::Rejected, QStringLiteral("conflict")}},
                             &error));
        const auto counts = queue.countByState();
        QCOMPARE(counts.value(QStringLiteral("pending")), 2);
        QCOMPARE(counts.value(QStringLiteral("sent")), 1);
        QCOMPARE(counts.value(QStringLiteral("rejected")), 1);
        QCOMPARE(queue.rejected().size(), 1);
        QCOMPARE(queue.rejected().constFirst().reason, QStringLiteral("conflict"));
        // An answer for a row that is no longer pending changes nothing.
        QVERIFY(queue.record({{QStringLiteral("i1"), SyncQueue::Outcome::Status::Acknowledged, QString()}}, &error));
        QCOMPARE(queue.countByState().value(QStringLiteral("rejected")), 1);
        QCOMPARE(queue.oldestPending(10, {}, &error).constFirst().uuid, QStringLiteral("r2"));
    }

    // A row in a payload format the hub does not take is not offered for sending; it stays
    // pending and is counted as held.
    void rowsInAFormatTheHubDoesNotTakeAreHeld()
    {
        SyncQueue queue(*m_db);
        QString error;
        exec(*m_db, QStringLiteral("INSERT INTO outbox_items (uuid, kind, payload, created_at, format)"
                                   " VALUES ('n1', 'monitor_response', '{\"id\":\"n1\"}', 'now', 2)"));
        QCOMPARE(queue.pendingCount(), 5);
        QCOMPARE(queue.heldCount({1, 1}), 1);
        QCOMPARE(queue.heldCount({1, 2}), 0);
        QCOMPARE(queue.heldCount({2, 3}), 4);
        QCOMPARE(queue.oldestPending(10, {1, 1}, &error).size(), 4);
        const QList<SyncQueue::Item> newer = queue.oldestPending(10, {2, 3}, &error);
        QCOMPARE(newer.size(), 1);
        QCOMPARE(newer.constFirst().uuid, QStringLiteral("n1"));
        QCOMPARE(newer.constFirst().format, 2);
        QCOMPARE(queue.oldestPending(10, {1, 2}, &error).size(), 5);
        // Read ahead: only rows after the given one.
        const QList<SyncQueue::Item> all = queue.oldestPending(10, {1, 2}, &error);
        QCOMPARE(queue.oldestPending(10, {1, 2}, &error, all.at(2).seq).size(), 2);
        QVERIFY(error.isEmpty());
    }

    void contactLeavesOnceAcknowledgedAndRecordsAfterTheirDays()
    {
        SyncQueue queue(*m_db);
        QString error;
        QVERIFY(queue.record({{QStringLiteral("r1"), SyncQueue::Outcome::Status::Acknowledged, QString()},
                              {QStringLiteral("i1"), SyncQueue::Outcome::Status::Acknowledged, QString()},
                              {QStringLiteral("r2"), SyncQueue::Outcome::Status::Rejected, QStringLiteral("bad")}},
                             &error));
        const QDateTime now = QDateTime::currentDateTimeUtc();

        // Contact retention 0 days: i1's sealed contact is gone from the idea and from the
        // outbox copy; i2 (not acknowledged) keeps it. No record is purged yet.
        SyncQueue::Purged purged = queue.applyRetention(0, 30, now.addSecs(1), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(purged.contacts, 1);
        QCOMPARE(purged.records, 0);
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT sealed_contact FROM fonds_ideas WHERE uuid = 'i1'")).isNull());
        QVERIFY(!scalar(*m_db, QStringLiteral("SELECT sealed_contact FROM fonds_ideas WHERE uuid = 'i2'")).isNull());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT json_extract(payload, '$.sealed_contact') FROM outbox WHERE uuid = 'i1'")).toString(), QString());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT json_extract(payload, '$.sealed_contact') FROM outbox WHERE uuid = 'i2'")).toString(), QStringLiteral("AQI="));

        // A contact retention of 7 days keeps a contact acknowledged a moment ago.
        exec(*m_db, QStringLiteral("UPDATE fonds_ideas SET sealed_contact = x'0102' WHERE uuid = 'i1'"));
        QCOMPARE(queue.applyRetention(7, 30, now.addSecs(1), &error).contacts, 0);

        // 31 days on, the acknowledged records go (outbox row and local copy, answers too);
        // the rejected and the pending ones stay.
        purged = queue.applyRetention(0, 30, now.addDays(31), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(purged.records, 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT group_concat(uuid) FROM (SELECT uuid FROM outbox ORDER BY uuid)")).toString(),
                 QStringLiteral("i2,r2"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM monitor_responses WHERE uuid = 'r1'")).toInt(), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM monitor_answers WHERE response_uuid = 'r1'")).toInt(), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM monitor_responses WHERE uuid = 'r2'")).toInt(), 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM fonds_ideas")).toInt(), 1);
    }

    void resultsEtagsAreKeptPerArea()
    {
        SyncQueue queue(*m_db);
        QString error;
        QCOMPARE(queue.resultsEtag(QStringLiteral("mitte")), QString());
        QVERIFY(queue.setResultsEtag(QStringLiteral("mitte"), QStringLiteral("\"a\""), &error));
        QVERIFY(queue.setResultsEtag(QStringLiteral("mitte"), QStringLiteral("\"b\""), &error));
        QCOMPARE(queue.resultsEtag(QStringLiteral("mitte")), QStringLiteral("\"b\""));
        QCOMPARE(queue.resultsEtag(QStringLiteral("nord")), QString());
    }
};

QTEST_GUILESS_MAIN(TestSyncQueue)
#include "tst_syncqueue.moc"
