// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueimporter.h"
#include "cataloguerepository.h"
#include "database.h"
#include "monitorrepository.h"
#include "monitorresponse.h"
#include "resultsrepository.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace stadtlabor;

namespace {

int count(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A complete response to `set`: some themes scored, some "no answer", texts with umlauts,
// a line break and an emoji, every optional field given.
//
// Empty texts are set to an empty QString here; nullTextsAreStoredEmpty() covers null ones.
MonitorResponse makeResponse(const CriteriaSet &set, const QString &uuid)
{
    MonitorResponse r;
    r.uuid = uuid;
    r.createdAt = QDateTime::fromString(QStringLiteral("2026-05-04T10:15:30.123Z"), Qt::ISODateWithMs);
    r.deviceId = QStringLiteral("kiosk-rathaus-01");
    r.criteriaSetId = set.id;
    r.criteriaSetVersion = set.version;
    r.areaId = QStringLiteral("grumme");
    r.demographics.ageBand = QStringLiteral("30_44");
    r.demographics.gender = QStringLiteral("female");
    r.demographics.relations = {QStringLiteral("live"), QStringLiteral("work")};
    for (int i = 0; i < set.themes.size(); ++i) {
        ThemeAnswer a;
        a.themeId = set.themes.at(i).id;
        // Empty, not null: see above.
        a.good = QStringLiteral("");
        a.better = QStringLiteral("");
        if (i % 4 != 3)
            a.score = set.scaleMin + i % (set.scaleMax - set.scaleMin + 1);
        if (i == 0) {
            a.good = QStringLiteral("Breite Gehwege an der Hauptstraße");
            a.better = QStringLiteral("Der Radweg endet plötzlich.\nAmpel zu kurz \U0001F6B2");
        }
        if (i == 5)
            a.better = QStringLiteral("Mehr Bänke");
        r.answers.append(a);
    }
    r.groupId = QStringLiteral("klasse-7b");
    r.interviewerId = QStringLiteral("ab 12");
    return r;
}

} // namespace

class TestMonitorRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_path;
    std::unique_ptr<Database> m_db;
    CriteriaSet m_set;

    QString freshPath() { return m_dir.filePath(QStringLiteral("monitor%1.sqlite").arg(++m_n)); }

    // Rows that mention `uuid` in each of the three tables a save writes.
    int rowsFor(const QString &uuid, const QString &table, const QString &column)
    {
        return count(*m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(table, column), {uuid});
    }
    void verifyNothingStoredFor(const QString &uuid)
    {
        QCOMPARE(rowsFor(uuid, QStringLiteral("monitor_responses"), QStringLiteral("uuid")), 0);
        QCOMPARE(rowsFor(uuid, QStringLiteral("monitor_answers"), QStringLiteral("response_uuid")), 0);
        QCOMPARE(rowsFor(uuid, QStringLiteral("outbox"), QStringLiteral("uuid")), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Every test gets its own file with the bundled catalogue imported: responses refer to
    // criteria_sets(id, version) by foreign key.
    void init()
    {
        m_path = freshPath();
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_path), qPrintable(m_db->errorString()));
        CatalogueRepository catalogues(*m_db);
        CatalogueImporter importer(catalogues);
        const auto imported = importer.loadOrImportDefault();
        QVERIFY2(imported.ok(), qPrintable(imported.errors.join(QLatin1Char('\n'))));
        m_set = imported.catalogue->criteriaSet;
        QCOMPARE(m_set.id, QStringLiteral("stadtraummonitor"));
        QCOMPARE(m_set.themes.size(), 14);
    }

    void cleanup() { m_db.reset(); }

    void nullTextsAreStoredEmpty()
    {
        MonitorRepository repo(*m_db);
        MonitorResponse r = makeResponse(m_set, QUuid::createUuid().toString(QUuid::WithoutBraces));
        for (ThemeAnswer &a : r.answers) {
            a.good = QString();
            a.better = QString();
        }
        QVERIFY(r.validate(m_set).isEmpty());
        QString error;
        QVERIFY2(repo.save(r, &error), qPrintable(error));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM monitor_answers WHERE response_uuid = ? AND good = '' AND better = ''"), {r.uuid}),
                 int(r.answers.size()));
    }

    void loadRefusesATamperedResponseRow()
    {
        MonitorRepository repo(*m_db);
        const MonitorResponse r = makeResponse(m_set, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QString error;
        QVERIFY2(repo.save(r, &error), qPrintable(error));
        QVERIFY(repo.load(r.uuid));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE monitor_responses SET area_id = 'laer' WHERE uuid = '%1'").arg(r.uuid)));
        QVERIFY(!repo.load(r.uuid));
    }

    void saveStoresResponseAnswersAndOutboxRow()
    {
        MonitorRepository repo(*m_db);
        QCOMPARE(repo.count(), 0);
        const MonitorResponse r = makeResponse(m_set, newUuid());
        QVERIFY(r.validate(m_set).isEmpty());

        QString error;
        QVERIFY2(repo.save(r, &error), qPrintable(error));
        QCOMPARE(repo.count(), 1);

        // The response row.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT uuid, created_at, device_id, criteria_set_id, criteria_set_version, area_id,"
                                      " age_band, gender, relations, group_id, interviewer_id FROM monitor_responses")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), r.uuid);
        QCOMPARE(q.value(1).toString(), QStringLiteral("2026-05-04T10:15:30.123Z"));
        QCOMPARE(q.value(2).toString(), r.deviceId);
        QCOMPARE(q.value(3).toString(), QStringLiteral("stadtraummonitor"));
        QCOMPARE(q.value(4).toInt(), 1);
        QCOMPARE(q.value(5).toString(), QStringLiteral("grumme"));
        QCOMPARE(q.value(6).toString(), QStringLiteral("30_44"));
        QCOMPARE(q.value(7).toString(), QStringLiteral("female"));
        QCOMPARE(q.value(8).toString(), QStringLiteral("[\"live\",\"work\"]"));
        QCOMPARE(q.value(9).toString(), QStringLiteral("klasse-7b"));
        QCOMPARE(q.value(10).toString(), QStringLiteral("ab 12"));
        QVERIFY(!q.next());

        // One answer row per theme, in theme order, "no answer" as NULL.
        QVERIFY(q.exec(QStringLiteral("SELECT response_uuid, position, theme_id, score, good, better FROM monitor_answers"
                                      " ORDER BY position")));
        int row = 0;
        while (q.next()) {
            QVERIFY(row < r.answers.size());
            const ThemeAnswer &a = r.answers.at(row);
            QCOMPARE(q.value(0).toString(), r.uuid);
            QCOMPARE(q.value(1).toInt(), row);
            QCOMPARE(q.value(2).toString(), a.themeId);
            QCOMPARE(q.value(3).isNull(), !a.score.has_value());
            if (a.score)
                QCOMPARE(q.value(3).toInt(), *a.score);
            QCOMPARE(q.value(4).toString(), a.good);
            QCOMPARE(q.value(5).toString(), a.better);
            ++row;
        }
        QCOMPARE(row, 14);

        // The outbox row: what the hub will get.
        QVERIFY(q.exec(QStringLiteral("SELECT uuid, kind, state, payload, attempts, created_at FROM outbox")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), r.uuid);
        QCOMPARE(q.value(1).toString(), QStringLiteral("monitor_response"));
        QCOMPARE(q.value(1).toString(), MonitorRepository::outboxKind);
        QCOMPARE(q.value(2).toString(), QStringLiteral("pending"));
        QJsonParseError parseError;
        const QJsonDocument payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(payload.isObject());
        QCOMPARE(payload.object(), r.toJson());
        QCOMPARE(q.value(4).toInt(), 0);
        QCOMPARE(q.value(5).toString(), QStringLiteral("2026-05-04T10:15:30.123Z"));
        QVERIFY(!q.next());

        // Read back: equal in every field.
        const auto loaded = repo.load(r.uuid);
        QVERIFY(loaded);
        QVERIFY(*loaded == r);
        QCOMPARE(loaded->answers, r.answers);
        QVERIFY(loaded->demographics == r.demographics);
        QCOMPARE(loaded->createdAt, r.createdAt);
        QCOMPARE(loaded->interviewerId, r.interviewerId);
        QCOMPARE(loaded->groupId, r.groupId);

        // A second response counts too; the first is still intact.
        MonitorResponse second = makeResponse(m_set, newUuid());
        second.areaId = QStringLiteral("hamme");
        second.demographics = Demographics();
        second.groupId.clear();
        second.interviewerId.clear();
        QVERIFY2(repo.save(second, &error), qPrintable(error));
        QCOMPARE(repo.count(), 2);
        QVERIFY(*repo.load(second.uuid) == second);
        QVERIFY(*repo.load(r.uuid) == r);
        // Empty optional fields are stored as NULL, not as empty strings.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM monitor_responses WHERE uuid = ? AND age_band IS NULL"
                                             " AND gender IS NULL AND group_id IS NULL AND interviewer_id IS NULL"
                                             " AND relations = '[]'"),
                       {second.uuid}),
                 1);
    }

    void loadUnknownUuidGivesNothing()
    {
        MonitorRepository repo(*m_db);
        QVERIFY(!repo.load(newUuid()));
        QVERIFY(!repo.load(QString()));
    }

    void loadRefusesRowsThatDifferFromThePayload()
    {
        MonitorRepository repo(*m_db);
        const MonitorResponse r = makeResponse(m_set, newUuid());
        QString error;
        QVERIFY2(repo.save(r, &error), qPrintable(error));
        QVERIFY(repo.load(r.uuid));

        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE monitor_answers SET better = 'geändert' WHERE response_uuid = ? AND position = 2"));
        q.addBindValue(r.uuid);
        QVERIFY(q.exec());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("differs between its tables and its outbox row")));
        QVERIFY(!repo.load(r.uuid));
    }

    void failingOutboxInsertLeavesNothing()
    {
        MonitorRepository repo(*m_db);
        QString error;
        const MonitorResponse before = makeResponse(m_set, newUuid());
        QVERIFY2(repo.save(before, &error), qPrintable(error));
        QCOMPARE(repo.count(), 1);

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON outbox_items"
                                      " BEGIN SELECT RAISE(ABORT, 'injected fault'); END")));
        const MonitorResponse r = makeResponse(m_set, newUuid());
        error.clear();
        QVERIFY(!repo.save(r, &error));
        QVERIFY2(error.contains(QLatin1String("injected fault")), qPrintable(error));
        QVERIFY2(error.startsWith(QLatin1String("outbox:")), qPrintable(error));

        QCOMPARE(repo.count(), 1);
        verifyNothingStoredFor(r.uuid);
        QVERIFY(!repo.load(r.uuid));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM monitor_answers")), 14);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM outbox")), 1);
        QVERIFY(*repo.load(before.uuid) == before);

        // The repository (and its prepared statements) works again once the fault is gone.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fail")));
        QVERIFY2(repo.save(r, &error), qPrintable(error));
        QCOMPARE(repo.count(), 2);
        QVERIFY(*repo.load(r.uuid) == r);
    }

    void failingFifthAnswerLeavesNothing()
    {
        MonitorRepository repo(*m_db);
        QSqlQuery q(m_db->connection());
        // Position 4 is the fifth answer: the response row and four answers are already
        // written in the same transaction when it fails.
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON monitor_answers WHEN NEW.position = 4"
                                      " BEGIN SELECT RAISE(ABORT, 'injected fault'); END")));
        const MonitorResponse r = makeResponse(m_set, newUuid());
        QString error;
        QVERIFY(!repo.save(r, &error));
        QVERIFY2(error.contains(QLatin1String("injected fault")), qPrintable(error));
        QVERIFY2(error.startsWith(QLatin1String("answer 4:")), qPrintable(error));

        QCOMPARE(repo.count(), 0);
        verifyNothingStoredFor(r.uuid);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM monitor_answers")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM outbox")), 0);

        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fail")));
        QVERIFY2(repo.save(r, &error), qPrintable(error));
        QCOMPARE(repo.count(), 1);
        QVERIFY(*repo.load(r.uuid) == r);
    }

    void sameUuidTwiceRefused()
    {
        MonitorRepository repo(*m_db);
        const QString uuid = newUuid();
        const MonitorResponse first = makeResponse(m_set, uuid);
        QString error;
        QVERIFY2(repo.save(first, &error), qPrintable(error));

        MonitorResponse second = makeResponse(m_set, uuid);
        second.areaId = QStringLiteral("laer");
        second.answers[0].score = 1;
        second.answers[0].good = QStringLiteral("anders");
        second.demographics = Demographics();
        error.clear();
        QVERIFY(!repo.save(second, &error));
        QVERIFY(!error.isEmpty());

        QCOMPARE(repo.count(), 1);
        QCOMPARE(rowsFor(uuid, QStringLiteral("monitor_answers"), QStringLiteral("response_uuid")), 14);
        QCOMPARE(rowsFor(uuid, QStringLiteral("outbox"), QStringLiteral("uuid")), 1);
        const auto loaded = repo.load(uuid);
        QVERIFY(loaded);
        QVERIFY(*loaded == first);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM monitor_responses WHERE area_id = 'grumme'")), 1);
    }

    void unknownCriteriaSetVersionRefused()
    {
        MonitorRepository repo(*m_db);
        CriteriaSet unknown = m_set;
        unknown.version = 99;
        const MonitorResponse r = makeResponse(unknown, newUuid());
        QString error;
        QVERIFY(!repo.save(r, &error));
        QVERIFY2(error.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(repo.count(), 0);
        verifyNothingStoredFor(r.uuid);

        CriteriaSet otherId = m_set;
        otherId.id = QStringLiteral("unbekannt");
        const MonitorResponse r2 = makeResponse(otherId, newUuid());
        QVERIFY(!repo.save(r2, &error));
        QVERIFY2(error.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(repo.count(), 0);
        verifyNothingStoredFor(r2.uuid);
    }

    void savedResponseSurvivesReopen()
    {
        const MonitorResponse r = makeResponse(m_set, newUuid());
        {
            MonitorRepository repo(*m_db);
            QString error;
            QVERIFY2(repo.save(r, &error), qPrintable(error));
        }
        m_db->close();
        QVERIFY(!m_db->isOpen());

        Database reopened;
        QVERIFY2(reopened.open(m_path), qPrintable(reopened.errorString()));
        {
            MonitorRepository repo(reopened);
            QCOMPARE(repo.count(), 1);
            const auto loaded = repo.load(r.uuid);
            QVERIFY(loaded);
            QVERIFY(*loaded == r);
        }
        QCOMPARE(count(reopened, QStringLiteral("SELECT count(*) FROM monitor_answers WHERE response_uuid = ?"), {r.uuid}),
                 14);
        QCOMPARE(count(reopened, QStringLiteral("SELECT count(*) FROM outbox WHERE uuid = ? AND state = 'pending'"), {r.uuid}),
                 1);
    }

    void resultsMeansOnlyForRatedThemes()
    {
        ResultsRepository results(*m_db);
        const QString set = m_set.id;
        // k = 3 here; the threshold itself is resultsHeldBackBelowMinResponses's subject.
        const auto means = [&](const QString &area, const QString &setId, int version) {
            return results.shown(area, setId, version, 3).means;
        };
        QVERIFY(means(QStringLiteral("grumme"), set, 1).isEmpty());

        QString error;
        const QList<ResultsRepository::ThemeResult> first = {
            {QStringLiteral("moving-around"), 12, 4.25, {1, 1, 2, 2, 2, 2, 2}},
            {QStringLiteral("public-transport"), 0, std::nullopt, {0, 0, 0, 0, 0, 0, 0}},
            {QStringLiteral("feeling-safe"), 3, 2.5, {1, 1, 1, 0, 0, 0, 0}},
        };
        QVERIFY2(results.replaceArea(QStringLiteral("grumme"), set, 1, 12, first, &error), qPrintable(error));
        QHash<QString, double> m = means(QStringLiteral("grumme"), set, 1);
        QCOMPARE(m.size(), 2);
        QVERIFY(!m.contains(QStringLiteral("public-transport")));
        QCOMPARE(m.value(QStringLiteral("moving-around")), 4.25);
        QCOMPARE(m.value(QStringLiteral("feeling-safe")), 2.5);
        QCOMPARE(results.shown(QStringLiteral("grumme"), set, 1, 3).responses, 12);

        // Another area, and the same area under another set version, have nothing.
        QVERIFY(means(QStringLiteral("hamme"), set, 1).isEmpty());
        QCOMPARE(results.shown(QStringLiteral("hamme"), set, 1, 3).responses, 0);
        QVERIFY(means(QStringLiteral("grumme"), set, 2).isEmpty());
        QVERIFY(means(QStringLiteral("grumme"), QStringLiteral("kurz"), 1).isEmpty());

        // A second area beside it.
        const QList<ResultsRepository::ThemeResult> hamme = {
            {QStringLiteral("natural-space"), 5, 6.0, {0, 0, 0, 0, 0, 5, 0}},
        };
        QVERIFY2(results.replaceArea(QStringLiteral("hamme"), set, 1, 5, hamme, &error), qPrintable(error));

        // Replacing grumme drops its old rows entirely; hamme stays as it was.
        const QList<ResultsRepository::ThemeResult> second = {
            {QStringLiteral("public-transport"), 7, 3.0, {0, 0, 7, 0, 0, 0, 0}},
            {QStringLiteral("influence-control"), 0, std::nullopt, {}},
        };
        QVERIFY2(results.replaceArea(QStringLiteral("grumme"), set, 1, 8, second, &error), qPrintable(error));
        m = means(QStringLiteral("grumme"), set, 1);
        QCOMPARE(m.size(), 1);
        QCOMPARE(m.value(QStringLiteral("public-transport")), 3.0);
        QCOMPARE(results.shown(QStringLiteral("grumme"), set, 1, 3).responses, 8);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM area_results WHERE area_id = 'grumme'")), 2);

        const QHash<QString, double> hammeMeans = means(QStringLiteral("hamme"), set, 1);
        QCOMPARE(hammeMeans.size(), 1);
        QCOMPARE(hammeMeans.value(QStringLiteral("natural-space")), 6.0);

        // Replacing with nothing empties the area.
        QVERIFY2(results.replaceArea(QStringLiteral("grumme"), set, 1, 0, {}, &error), qPrintable(error));
        QVERIFY(means(QStringLiteral("grumme"), set, 1).isEmpty());
        QCOMPARE(means(QStringLiteral("hamme"), set, 1).size(), 1);
    }

    // The kiosk's own check of the minimum group size k: with k-1 responses in the area no
    // mean at all, even where the stored row has one (a hub with a lower k sent it); with k,
    // the means of the themes rated at least k times. Only the response count is always given.
    void resultsHeldBackBelowMinResponses()
    {
        ResultsRepository results(*m_db);
        const QString set = m_set.id;
        const int k = 10;
        QString error;
        const QList<ResultsRepository::ThemeResult> nine = {
            {QStringLiteral("moving-around"), 9, 4.0, {0, 0, 0, 9, 0, 0, 0}},
            {QStringLiteral("public-transport"), 9, 5.0, {0, 0, 0, 0, 9, 0, 0}},
        };
        QVERIFY2(results.replaceArea(QStringLiteral("hamme"), set, 1, k - 1, nine, &error), qPrintable(error));
        ResultsRepository::Shown shown = results.shown(QStringLiteral("hamme"), set, 1, k);
        QCOMPARE(shown.responses, k - 1);
        QCOMPARE(shown.minResponses, k);
        QVERIFY(shown.means.isEmpty());

        // The k-th response: the first theme reaches k ratings, the second stays at k-1 (its
        // k-th person chose "no answer"): only the first has a mean.
        const QList<ResultsRepository::ThemeResult> ten = {
            {QStringLiteral("moving-around"), 10, 4.1, {0, 0, 0, 9, 1, 0, 0}},
            {QStringLiteral("public-transport"), 9, 5.0, {0, 0, 0, 0, 9, 0, 0}},
        };
        QVERIFY2(results.replaceArea(QStringLiteral("hamme"), set, 1, k, ten, &error), qPrintable(error));
        shown = results.shown(QStringLiteral("hamme"), set, 1, k);
        QCOMPARE(shown.responses, k);
        QCOMPARE(shown.means.size(), 1);
        QCOMPARE(shown.means.value(QStringLiteral("moving-around")), 4.1);
        // Another catalogue's k over the same rows.
        QCOMPARE(results.shown(QStringLiteral("hamme"), set, 1, 9).means.size(), 2);
        QVERIFY(results.shown(QStringLiteral("hamme"), set, 1, 11).means.isEmpty());
        // Never below 2, whatever a caller asks for: one response is one person's answers.
        const QList<ResultsRepository::ThemeResult> one = {{QStringLiteral("moving-around"), 1, 6.0, {0, 0, 0, 0, 0, 1, 0}}};
        QVERIFY2(results.replaceArea(QStringLiteral("riemke"), set, 1, 1, one, &error), qPrintable(error));
        QVERIFY(results.shown(QStringLiteral("riemke"), set, 1, 0).means.isEmpty());
        QCOMPARE(results.shown(QStringLiteral("riemke"), set, 1, 0).minResponses, 2);

        // Rows from before the hub sent the response count: the largest n stands in for it.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM area_totals WHERE area_id = 'hamme'")));
        shown = results.shown(QStringLiteral("hamme"), set, 1, k);
        QCOMPARE(shown.responses, 10);
        QCOMPARE(shown.means.size(), 1);
    }

    void resultsReplaceIsAtomic()
    {
        ResultsRepository results(*m_db);
        QString error;
        const QList<ResultsRepository::ThemeResult> old = {
            {QStringLiteral("moving-around"), 4, 5.5, {0, 0, 0, 0, 2, 2, 0}},
        };
        QVERIFY2(results.replaceArea(QStringLiteral("grumme"), m_set.id, 1, 4, old, &error), qPrintable(error));

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON area_results WHEN NEW.theme_id = 'boom'"
                                      " BEGIN SELECT RAISE(ABORT, 'injected fault'); END")));
        const QList<ResultsRepository::ThemeResult> next = {
            {QStringLiteral("public-transport"), 2, 1.5, {1, 1, 0, 0, 0, 0, 0}},
            {QStringLiteral("boom"), 2, 1.5, {1, 1, 0, 0, 0, 0, 0}},
        };
        QVERIFY(!results.replaceArea(QStringLiteral("grumme"), m_set.id, 1, 6, next, &error));
        QVERIFY2(error.contains(QLatin1String("injected fault")), qPrintable(error));
        const ResultsRepository::Shown shown = results.shown(QStringLiteral("grumme"), m_set.id, 1, 2);
        QCOMPARE(shown.responses, 4); // the count rolled back with the rows
        QCOMPARE(shown.means.size(), 1);
        QCOMPARE(shown.means.value(QStringLiteral("moving-around")), 5.5);
    }
};

QTEST_GUILESS_MAIN(TestMonitorRepository)
#include "tst_monitorrepository.moc"
