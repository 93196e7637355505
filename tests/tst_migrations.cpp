// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stadtlabor;

namespace {

// Data as a kiosk of each schema version would hold it, and what must still be there after
// migrating to the newest version. Adding a migration means adding the fixture of the
// version before it; the test fails until then.
struct Fixture
{
    QStringList inserts;
    QMap<QString, QVariant> expectations; // query -> expected first value
};

QMap<int, Fixture> fixtures()
{
    Fixture v1;
    v1.inserts = {
        QStringLiteral("INSERT INTO catalogue_meta (key, value) VALUES ('version', 'v1-test')"),
        QStringLiteral("INSERT INTO statuses (id, position, label, explanation) VALUES ('completed', 0, '{\"de\":\"fertig\"}', '{\"de\":\"x\"}')"),
        QStringLiteral("INSERT INTO projects (id, position, status, title, summary, body, link_url, updated_at)"
                       " VALUES ('p1', 0, 'completed', '{\"de\":\"Titel\"}', '{\"de\":\"S\"}', '{\"de\":\"B\"}', 'https://example.org', '2026-01-01T00:00:00.000Z')"),
        QStringLiteral("INSERT INTO areas (id, position, kind, parent_id, name) VALUES ('bochum', 0, 'city', NULL, '{\"de\":\"Bochum\"}')"),
        QStringLiteral("INSERT INTO areas (id, position, kind, parent_id, name) VALUES ('mitte', 1, 'district', 'bochum', '{\"de\":\"Mitte\"}')"),
        QStringLiteral("INSERT INTO criteria_sets (id, version, document, is_current, imported_at) VALUES ('srm', 1, '{\"id\":\"srm\"}', 1, 'now')"),
        QStringLiteral("INSERT INTO fund_rules (version, document, is_current, imported_at) VALUES (1, '{\"version\":1}', 1, 'now')"),
        QStringLiteral("INSERT INTO outbox (uuid, kind, payload, created_at, state, attempts, next_attempt_at, last_error)"
                       " VALUES ('0b6c5a52-0000-4000-8000-000000000001', 'monitor_response', '{\"score\":5}', '2026-11-27T10:00:00Z', 'pending', 3, '2026-11-27T10:05:00Z', 'timeout')"),
        QStringLiteral("INSERT INTO outbox (uuid, kind, payload, created_at, state) VALUES ('0b6c5a52-0000-4000-8000-000000000002', 'fonds_idea', '{}', '2026-11-27T10:01:00Z', 'rejected')"),
    };
    v1.expectations = {
        {QStringLiteral("SELECT value FROM catalogue_meta WHERE key = 'version'"), QStringLiteral("v1-test")},
        {QStringLiteral("SELECT json_extract(title, '$.de') FROM projects WHERE id = 'p1'"), QStringLiteral("Titel")},
        {QStringLiteral("SELECT count(*) FROM areas"), 2},
        {QStringLiteral("SELECT document FROM criteria_sets WHERE id = 'srm' AND version = 1"), QStringLiteral("{\"id\":\"srm\"}")},
        {QStringLiteral("SELECT count(*) FROM fund_rules"), 1},
        {QStringLiteral("SELECT attempts || '|' || state || '|' || last_error FROM outbox WHERE uuid LIKE '%001'"), QStringLiteral("3|pending|timeout")},
        {QStringLiteral("SELECT state FROM outbox WHERE uuid LIKE '%002'"), QStringLiteral("rejected")},
    };

    Fixture v2 = v1;
    v2.inserts.append(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('device_id', 'dev-42', 'now')"));
    v2.expectations.insert(QStringLiteral("SELECT value FROM settings WHERE key = 'device_id'"), QStringLiteral("dev-42"));

    Fixture v3 = v2;
    v3.inserts.append(QStringLiteral("INSERT INTO monitor_responses (uuid, created_at, device_id, criteria_set_id, criteria_set_version, area_id)"
                                     " VALUES ('r1', '2026-11-27T10:00:00Z', 'dev-42', 'srm', 1, 'mitte')"));
    v3.inserts.append(QStringLiteral("INSERT INTO monitor_answers (response_uuid, position, theme_id, score, good) VALUES ('r1', 0, 't1', 6, 'gut')"));
    v3.inserts.append(QStringLiteral("INSERT INTO area_results (area_id, criteria_set_id, criteria_set_version, theme_id, n, mean, updated_at)"
                                     " VALUES ('mitte', 'srm', 1, 't1', 3, 4.5, 'now')"));
    v3.expectations.insert(QStringLiteral("SELECT score || good FROM monitor_answers WHERE response_uuid = 'r1'"), QStringLiteral("6gut"));
    v3.expectations.insert(QStringLiteral("SELECT mean FROM area_results WHERE area_id = 'mitte'"), QStringLiteral("4.5"));

    Fixture v4 = v3;
    v4.inserts.append(QStringLiteral(
        "INSERT INTO fonds_ideas (uuid, created_at, device_id, fund_rules_version, receipt_code, title, description,"
        " area_id, category_id, planned_start, total_cost_cents, own_money_cents, work_hours_hundredths, in_kind_cents,"
        " requested_cents, own_share_basis_points, small_application, needs_advice, applicant, sealed_contact)"
        " VALUES ('i1', '2026-11-27T10:00:00Z', 'dev-42', 1, 'BF-TEST-0000-00A', 'Bank', 'Eine Bank', 'mitte', 'c1',"
        " '2027-03', 100000, 10000, 0, 0, 90000, 1000, 1, 0, 'person', x'00112233')"));
    v4.expectations.insert(QStringLiteral("SELECT title || hex(sealed_contact) FROM fonds_ideas WHERE uuid = 'i1'"),
                           QStringLiteral("Bank00112233"));
    v4.expectations.insert(QStringLiteral("SELECT count(*) FROM outbox WHERE acknowledged_at IS NULL"), 2);

    // Today's outbox in each state, as version 5 keeps it inline with the payload: a pending row
    // that failed twice, one the hub acknowledged, one it rejected with a reason. Version 6 moves
    // the state into its own table; every row keeps its state, attempts, reason and time.
    Fixture v5 = v4;
    v5.inserts.append(QStringLiteral("UPDATE outbox SET acknowledged_at = '2026-11-27T10:02:00.000Z', last_error = 'payload.area_id: unknown'"
                                     " WHERE uuid LIKE '%002'"));
    v5.inserts.append(QStringLiteral(
        "INSERT INTO outbox (uuid, kind, payload, created_at, state, attempts, last_error, acknowledged_at)"
        " VALUES ('0b6c5a52-0000-4000-8000-000000000003', 'monitor_response', '{\"score\":2}', '2026-11-27T10:03:00Z',"
        " 'sent', 1, NULL, '2026-11-27T10:04:00.000Z')"));
    // A fourth row, acknowledged and purged by retention: its number stays used.
    v5.inserts.append(QStringLiteral("INSERT INTO outbox (uuid, kind, payload, created_at) VALUES ('gone', 'monitor_response', '{}', 'then')"));
    v5.inserts.append(QStringLiteral("DELETE FROM outbox WHERE uuid = 'gone'"));
    v5.inserts.append(QStringLiteral("INSERT INTO results_etags (area_id, etag, fetched_at) VALUES ('mitte', '\"e1\"', 'now')"));
    v5.expectations.insert(QStringLiteral("SELECT count(*) FROM outbox WHERE acknowledged_at IS NULL"), 1);
    v5.expectations.insert(QStringLiteral("SELECT group_concat(seq || ':' || state || ':' || attempts || ':' || coalesce(last_error, '-')"
                                          " || ':' || coalesce(acknowledged_at, '-'), ' ') FROM (SELECT * FROM outbox_state ORDER BY seq)"),
                           QStringLiteral("1:pending:3:timeout:- 2:rejected:0:payload.area_id: unknown:2026-11-27T10:02:00.000Z"
                                          " 3:sent:1:-:2026-11-27T10:04:00.000Z"));
    v5.expectations.insert(QStringLiteral("SELECT group_concat(seq || ':' || uuid || ':' || kind || ':' || payload, ' ')"
                                          " FROM (SELECT * FROM outbox_items ORDER BY seq)"),
                           QStringLiteral("1:0b6c5a52-0000-4000-8000-000000000001:monitor_response:{\"score\":5}"
                                          " 2:0b6c5a52-0000-4000-8000-000000000002:fonds_idea:{}"
                                          " 3:0b6c5a52-0000-4000-8000-000000000003:monitor_response:{\"score\":2}"));
    v5.expectations.insert(QStringLiteral("SELECT etag FROM results_etags WHERE area_id = 'mitte'"), QStringLiteral("\"e1\""));
    v5.expectations.insert(QStringLiteral("SELECT group_concat(format) FROM (SELECT format FROM outbox_items ORDER BY seq)"),
                           QStringLiteral("1,1,1"));
    // The seq counter goes on where it stood: a new row never takes an old number.
    v5.expectations.insert(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'outbox_items'"), 4);

    // Version 6: the state apart from the payload (rows inserted through the view "outbox");
    // version 7 adds each row's payload format, 1 for everything queued before.
    Fixture v6 = v4;
    v6.inserts.append(QStringLiteral(
        "INSERT INTO outbox (uuid, kind, payload, created_at, state, attempts, acknowledged_at)"
        " VALUES ('0b6c5a52-0000-4000-8000-000000000003', 'monitor_response', '{}', '2026-11-27T10:03:00Z', 'sent', 1,"
        " '2026-11-27T10:04:00.000Z')"));
    v6.expectations = v5.expectations;
    v6.expectations.remove(QStringLiteral("SELECT etag FROM results_etags WHERE area_id = 'mitte'"));
    v6.expectations.remove(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'outbox_items'"));
    v6.expectations.insert(QStringLiteral("SELECT count(*) FROM outbox WHERE acknowledged_at IS NULL"), 2);
    v6.expectations.insert(QStringLiteral("SELECT group_concat(seq || ':' || state || ':' || attempts || ':' || coalesce(last_error, '-')"
                                          " || ':' || coalesce(acknowledged_at, '-'), ' ') FROM (SELECT * FROM outbox_state ORDER BY seq)"),
                           QStringLiteral("1:pending:3:timeout:- 2:rejected:0:-:- 3:sent:1:-:2026-11-27T10:04:00.000Z"));
    v6.expectations.insert(QStringLiteral("SELECT group_concat(seq || ':' || uuid || ':' || kind || ':' || payload, ' ')"
                                          " FROM (SELECT * FROM outbox_items ORDER BY seq)"),
                           QStringLiteral("1:0b6c5a52-0000-4000-8000-000000000001:monitor_response:{\"score\":5}"
                                          " 2:0b6c5a52-0000-4000-8000-000000000002:fonds_idea:{}"
                                          " 3:0b6c5a52-0000-4000-8000-000000000003:monitor_response:{}"));
    v6.expectations.insert(QStringLiteral("SELECT group_concat(format) FROM (SELECT format FROM outbox_items ORDER BY seq)"),
                           QStringLiteral("1,1,1"));

    // Version 8 gives projects the flow their page leads into: none for those stored before.
    Fixture v7 = v6;
    for (Fixture *f : {&v1, &v2, &v3, &v4, &v5, &v6, &v7}) {
        if (f->inserts.join(QLatin1Char(' ')).contains(QLatin1String("INTO projects")))
            f->expectations.insert(QStringLiteral("SELECT count(*) FROM projects WHERE id = 'p1' AND flow IS NULL"), 1);
    }

    return {{1, v1}, {2, v2}, {3, v3}, {4, v4}, {5, v5}, {6, v6}, {7, v7}};
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void versionsAreConsecutive()
    {
        int expected = 1;
        for (const Database::Migration &m : Database::migrations()) {
            QCOMPARE(m.version, expected++);
            QVERIFY(!m.statements.isEmpty());
            QVERIFY(!m.description.isEmpty());
        }
    }

    void everyOlderVersionHasAFixture()
    {
        for (int v = 1; v < Database::latestVersion(); ++v)
            QVERIFY2(fixtures().contains(v), qPrintable(QStringLiteral("no fixture for schema version %1").arg(v)));
    }

    void upgradeKeepsData_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int v = 1; v < Database::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void upgradeKeepsData()
    {
        QFETCH(int, fromVersion);
        const Fixture fixture = fixtures().value(fromVersion);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        {
            Database old;
            QVERIFY2(old.open(path, fromVersion), qPrintable(old.errorString()));
            QCOMPARE(old.schemaVersion(), fromVersion);
            QSqlQuery q(old.connection());
            for (const QString &sql : fixture.inserts)
                QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        }

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QSqlQuery q(db.connection());
        for (auto it = fixture.expectations.cbegin(); it != fixture.expectations.cend(); ++it) {
            QVERIFY2(q.exec(it.key()) && q.next(), qPrintable(it.key() + QStringLiteral(": ") + q.lastError().text()));
            QCOMPARE(q.value(0).toString(), it.value().toString());
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!q.next(), "foreign keys broken by the upgrade");
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    void emptyDatabaseGetsNewestSchema()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("k.sqlite"))));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QSqlQuery q(db.connection());
        for (const char *table : {"catalogue_meta", "statuses", "projects", "areas", "criteria_sets", "fund_rules", "outbox_items",
                                  "outbox_state", "settings", "monitor_responses", "monitor_answers", "area_results", "fonds_ideas",
                                  "results_etags"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(QLatin1String(table))));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() == 1, table);
        }
        QVERIFY(q.exec(QStringLiteral("SELECT type FROM sqlite_master WHERE name = 'outbox'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("view"));
    }

    // The view "outbox" shows each queued row with its state, and a row inserted into it, or
    // into outbox_items, gets its state row; deleting the item deletes its state.
    void outboxViewAndStateRowsStayTogether()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("k.sqlite"))));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox_items (uuid, kind, payload, created_at) VALUES ('a', 'k', '{}', 'now')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox (uuid, kind, payload, created_at, state, attempts, last_error, acknowledged_at)"
                                      " VALUES ('b', 'k', '{}', 'now', 'rejected', 2, 'bad', 'then')")));
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(uuid || ':' || state || ':' || attempts || ':' || coalesce(last_error, '-')"
                                      " || ':' || coalesce(acknowledged_at, '-'), ' ') FROM (SELECT * FROM outbox ORDER BY seq)"))
                && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("a:pending:0:-:- b:rejected:2:bad:then"));
        // A state the outbox does not know is refused, and with it the whole row.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO outbox (uuid, kind, payload, created_at, state) VALUES ('c', 'k', '{}', 'now', 'lost')")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM outbox_items WHERE uuid = 'a'")));
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM outbox_items), (SELECT count(*) FROM outbox_state)")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1);
    }

    void reopeningDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
        }
        // Running version 1's CREATE TABLEs again would fail: a clean second open proves they
        // were skipped.
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
