// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's sync against a real hub process on 127.0.0.1, on the good paths and the refusals:
// a thousand submissions arrive exactly once; a catalogue changed on the hub reaches the kiosk
// and the 304 path writes nothing; the results of an area arrive with the right n and mean; a
// day offline drains when the hub returns; a revoked device stops; plain http to another host
// is refused unless allowed; batches the hub finds too large are halved.

#include "faultproxy.h"
#include "syncfixture.h"

#include "catalogueimporter.h"
#include "cataloguerepository.h"
#include "database.h"
#include "monitorrepository.h"
#include "outboxrepository.h"
#include "resultsrepository.h"
#include "settingsrepository.h"
#include "syncqueue.h"
#include "syncservice.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace stadtlabor;
using namespace stadtlabor::hubtest;
using namespace stadtlabor::synctest;

namespace {

// Per theme of the bundled criteria set: how many scored it and their mean.
struct Expected
{
    QList<int> n;
    QList<double> sum;
    QList<QList<int>> counts;

    Expected()
    {
        const int themes = int(bundledCatalogue().criteriaSet.themes.size());
        n = QList<int>(themes, 0);
        sum = QList<double>(themes, 0);
        counts = QList<QList<int>>(themes, QList<int>(7, 0));
    }
    void add(const Scores &scores)
    {
        for (int t = 0; t < scores.size(); ++t) {
            if (scores.at(t)) {
                n[t] += 1;
                sum[t] += *scores.at(t);
                counts[t][*scores.at(t) - 1] += 1;
            }
        }
    }
};

QString parentOf(const QString &areaId)
{
    for (const Area &a : bundledCatalogue().areas) {
        if (a.id == areaId)
            return a.parentId;
    }
    return QString();
}

QString cityId()
{
    for (const Area &a : bundledCatalogue().areas) {
        if (a.kind == Area::Kind::City)
            return a.id;
    }
    return QString();
}

// Every write to the tables a catalogue or results pull may touch, counted by triggers the
// test adds to the kiosk's database.
const QStringList watchedTables{QStringLiteral("catalogue_meta"), QStringLiteral("statuses"), QStringLiteral("projects"),
                                QStringLiteral("areas"),          QStringLiteral("criteria_sets"), QStringLiteral("fund_rules"),
                                QStringLiteral("area_results"),   QStringLiteral("results_etags"), QStringLiteral("area_totals")};

bool installWriteLog(const Database &db, QString *error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS test_write_log (tbl TEXT NOT NULL, op TEXT NOT NULL)"))) {
        *error = q.lastError().text();
        return false;
    }
    for (const QString &table : watchedTables) {
        for (const QString &op : {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
            const QString sql = QStringLiteral("CREATE TRIGGER IF NOT EXISTS test_log_%1_%2 AFTER %2 ON %1 BEGIN"
                                               " INSERT INTO test_write_log VALUES ('%1', '%2'); END")
                                    .arg(table, op);
            if (!q.exec(sql)) {
                *error = sql + QStringLiteral(": ") + q.lastError().text();
                return false;
            }
        }
    }
    return true;
}

// "table op: n" for every logged write, then the log is emptied.
QStringList takeWriteLog(const Database &db)
{
    QStringList writes;
    QSqlQuery q(db.connection());
    // A failed query is an entry of its own, so that "no writes" cannot pass by accident.
    if (!q.exec(QStringLiteral("SELECT tbl, op, count(*) FROM test_write_log GROUP BY tbl, op ORDER BY tbl, op")))
        writes.append(QStringLiteral("cannot read the write log: ") + q.lastError().text());
    while (q.next())
        writes.append(QStringLiteral("%1 %2: %3").arg(q.value(0).toString(), q.value(1).toString()).arg(q.value(2).toInt()));
    if (!q.exec(QStringLiteral("DELETE FROM test_write_log")))
        writes.append(QStringLiteral("cannot empty the write log: ") + q.lastError().text());
    return writes;
}

// The bundled catalogue with another version string (and a changed project title, so that
// the content differs too).
QByteArray changedCatalogue(const QString &version)
{
    QJsonObject c = bundledCatalogueJson();
    c.insert(QStringLiteral("version"), version);
    QJsonArray projects = c.value(QStringLiteral("projects")).toArray();
    QJsonObject first = projects.at(0).toObject();
    first.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("de"), QStringLiteral("Geändert %1").arg(version)},
                                                     {QStringLiteral("en"), QStringLiteral("Changed %1").arg(version)}});
    projects.replace(0, first);
    c.insert(QStringLiteral("projects"), projects);
    return QJsonDocument(c).toJson(QJsonDocument::Compact);
}

KioskRun runKiosk(const QStringList &args)
{
    return runKioskBinary(args, 60000);
}

} // namespace

class TestSyncFlow : public QObject
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

    // 900 StadtRaumMonitor responses and 100 Bochum-Fonds ideas, made on the kiosk side as the
    // flows make them, arrive on the hub exactly once in one sync, in batches of 500.
    void thousandSubmissionsArriveExactlyOnce()
    {
        HubSide hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        KioskSide kiosk(m_dirs.fresh());
        QVERIFY2(kiosk.open(&error), qPrintable(error));
        QVERIFY2(enrol(kiosk, hub, hub.process().baseUrl(), QStringLiteral("Kiosk Rathaus"), &error), qPrintable(error));

        QStringList ids = kiosk.addMonitor(900, statisticalDistricts(), 0, &error);
        QVERIFY2(ids.size() == 900, qPrintable(error));
        const QStringList ideas = kiosk.addFonds(100, hub.publicKey(), &error);
        QVERIFY2(ideas.size() == 100, qPrintable(error));
        ids += ideas;
        QCOMPARE(kiosk.countState(QStringLiteral("pending")), 1000);
        QCOMPARE(kiosk.sync().status().pending, 1000);

        const auto summary = kiosk.syncOnce();
        QVERIFY(summary);
        QVERIFY2(summary->error.isEmpty(), qPrintable(summary->error));
        QVERIFY(summary->reachedHub);
        QCOMPARE(summary->sent, 1000);
        QCOMPARE(summary->acknowledged, 1000);
        QCOMPARE(summary->rejected, 0);
        QCOMPARE(kiosk.countState(QStringLiteral("sent")), 1000);
        QCOMPARE(kiosk.countState(QStringLiteral("pending")), 0);
        const SyncService::Status status = kiosk.sync().status();
        QCOMPARE(status.state, SyncService::State::Idle);
        QCOMPARE(status.sent, 1000);
        QVERIFY(status.lastError.isEmpty());
        QVERIFY(status.lastSuccess.isValid());

        // Two batches of 500, each answered 200.
        QCOMPARE(SyncService::maxBatchItems, 500);
        QCOMPARE(hubRequests(hub, QStringLiteral("POST"), QStringLiteral("/api/v1/submissions")), 2);
        QCOMPARE(hubRequests(hub, QStringLiteral("POST"), QStringLiteral("/api/v1/submissions"), 200), 2);

        const auto onHub = hub.exportedIds(&error);
        QVERIFY2(onHub, qPrintable(error));
        QCOMPARE(onHub->size(), 1000);
        const QString problems = exactlyOnceProblems(kiosk.outbox(), *onHub, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(QSet<QString>(onHub->cbegin(), onHub->cend()), QSet<QString>(ids.cbegin(), ids.cend()));
        // The CLI export says the same.
        const auto viaCli = hub.exportedIdsCli(&error);
        QVERIFY2(viaCli, qPrintable(error));
        QCOMPARE(QSet<QString>(viaCli->cbegin(), viaCli->cend()), QSet<QString>(ids.cbegin(), ids.cend()));
        QCOMPARE(viaCli->size(), 1000);

        // A second sync sends nothing.
        const auto again = kiosk.syncOnce();
        QVERIFY(again);
        QVERIFY2(again->error.isEmpty(), qPrintable(again->error));
        QCOMPARE(again->sent, 0);
        QCOMPARE(hubRequests(hub, QStringLiteral("POST"), QStringLiteral("/api/v1/submissions")), 2);

        // The hub's aggregates count each response once: the city's numbers of the first
        // theme equal those of the 900 responses.
        Expected expected;
        for (int i = 0; i < 900; ++i)
            expected.add(scoresFor(i));
        const HttpResponse results = hub.http().get(QStringLiteral("/api/v1/results?area=%1").arg(cityId()), hub.adminToken());
        QCOMPARE(results.status, 200);
        const AreaResult city = areaResult(results.object().value(QStringLiteral("area")));
        QCOMPARE(city.responses, 900);
        const QString theme0 = bundledCatalogue().criteriaSet.themes.at(0).id;
        QVERIFY(city.theme(theme0));
        QCOMPARE(city.theme(theme0)->n, expected.n.at(0));
    }

    // An item the hub refuses (here: an outbox row whose payload names an area the hub does
    // not know, as a kiosk with an outdated catalogue might send) is kept as 'rejected' with the
    // hub's reason; the rest of its batch and the batches after it go through.
    void refusedItemIsKeptAndTheRestGoes()
    {
        HubSide hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        KioskSide kiosk(m_dirs.fresh());
        QVERIFY2(kiosk.open(&error), qPrintable(error));
        QVERIFY2(enrol(kiosk, hub, hub.process().baseUrl(), QStringLiteral("Kiosk Alt"), &error), qPrintable(error));
        QStringList ids = kiosk.addMonitor(150, statisticalDistricts(), 0, &error);
        QVERIFY2(ids.size() == 150, qPrintable(error));
        MonitorResponse odd = monitorResponse(QStringLiteral("atlantis"), kiosk.deviceId(), scoresFor(3));
        OutboxRepository outbox(kiosk.database());
        QVERIFY2(outbox.add(odd.uuid, MonitorRepository::outboxKind, odd.toJson(), odd.createdAt, &error), qPrintable(error));
        ids += kiosk.addMonitor(150, statisticalDistricts(), 150, &error);
        QCOMPARE(ids.size(), 300);

        const auto summary = kiosk.syncOnce();
        QVERIFY(summary);
        QVERIFY2(summary->error.isEmpty(), qPrintable(summary->error));
        QCOMPARE(summary->rejected, 1);
        QCOMPARE(summary->acknowledged, 300);
        QCOMPARE(kiosk.outbox().value(odd.uuid), QStringLiteral("rejected"));
        QCOMPARE(kiosk.countState(QStringLiteral("sent")), 300);
        const QList<SyncQueue::Rejected> rejected = SyncQueue(kiosk.database()).rejected();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.constFirst().uuid, odd.uuid);
        QVERIFY2(rejected.constFirst().reason.contains(QLatin1String("area")), qPrintable(rejected.constFirst().reason));
        QCOMPARE(kiosk.sync().status().rejected, 1);
        const auto onHub = hub.exportedIds(&error);
        QVERIFY2(onHub, qPrintable(error));
        const QString problems = exactlyOnceProblems(kiosk.outbox(), *onHub, false);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(QSet<QString>(onHub->cbegin(), onHub->cend()), QSet<QString>(ids.cbegin(), ids.cend()));
        // It is not sent again.
        const int posts = hubRequests(hub, QStringLiteral("POST"), QStringLiteral("/api/v1/submissions"));
        QVERIFY(kiosk.syncOnce());
        QCOMPARE(hubRequests(hub, QStringLiteral("POST"), QStringLiteral("/api/v1/submissions")), posts);
    }

    // After the hub has responses for an area, the kiosk's area_results show the right n and
    // mean for the statistical district, its Stadtbezirk and the city; more responses update them.
    // Below the minimum group size (10) the hub sends no mean or counts and the kiosk has none.
    void resultsOfAnAreaArrive()
    {
        HubSide hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        KioskSide kiosk(m_dirs.fresh());
        QVERIFY2(kiosk.open(&error), qPrintable(error));
        QVERIFY2(enrol(kiosk, hub, hub.process().baseUrl(), QStringLiteral("Kiosk Ergebnisse"), &error), qPrintable(error));

        const QString area = QStringLiteral("grumme");
        const QString sibling = QStringLiteral("hamme");
        const QString elsewhere = QStringLiteral("leithe");
        const QString district = parentOf(area);
        QCOMPARE(parentOf(sibling), district);
        QVERIFY(parentOf(elsewhere) != district);
        const QString city = cityId();

        Expected inArea, inDistrict, inCity;
        QHash<QString, int> responses;
        int index = 0;
        const auto add = [&](const QString &where, int n) {
            QString why;
            const QStringList made = kiosk.addMonitor(n, {where}, index, &why);
            responses[where] += n;
            responses[district] += parentOf(where) == district ? n : 0;
            responses[city] += n;
            for (int i = 0; i < n; ++i) {
                const Scores s = scoresFor(index + i);
                if (where == area)
                    inArea.add(s);
                if (parentOf(where) == district)
                    inDistrict.add(s);
                inCity.add(s);
            }
            index += n;
            return made.size() == n;
        };
        QVERIFY(add(area, 37));
        QVERIFY(add(sibling, 23));
        QVERIFY(add(elsewhere, 19));
        const QString few = QStringLiteral("riemke"); // 3 responses: below k
        QCOMPARE(parentOf(few), district);
        QVERIFY(add(few, 3));

        const auto summary = kiosk.syncOnce();
        QVERIFY(summary);
        QVERIFY2(summary->error.isEmpty(), qPrintable(summary->error));
        QVERIFY(summary->resultsUpdated > 0);

        const CriteriaSet &set = bundledCatalogue().criteriaSet;
        const int k = 10;
        const auto check = [&](const QString &areaId, const Expected &e) -> QString {
            const ResultsRepository::Shown shown = kiosk.results().shown(areaId, set.id, set.version, k);
            const QHash<QString, double> &means = shown.means;
            QStringList problems;
            if (shown.responses != responses.value(areaId))
                problems.append(QStringLiteral("%1: %2 responses, expected %3").arg(areaId).arg(shown.responses).arg(responses.value(areaId)));
            QSqlQuery q(kiosk.database().connection());
            for (int t = 0; t < set.themes.size(); ++t) {
                const QString theme = set.themes.at(t).id;
                q.prepare(QStringLiteral("SELECT n, counts FROM area_results WHERE area_id = ? AND criteria_set_id = ?"
                                         " AND criteria_set_version = ? AND theme_id = ?"));
                q.addBindValue(areaId);
                q.addBindValue(set.id);
                q.addBindValue(set.version);
                q.addBindValue(theme);
                if (!q.exec() || !q.next()) {
                    problems.append(QStringLiteral("%1/%2: no row in area_results").arg(areaId, theme));
                    continue;
                }
                if (q.value(0).toInt() != e.n.at(t))
                    problems.append(QStringLiteral("%1/%2: n %3, expected %4").arg(areaId, theme).arg(q.value(0).toInt()).arg(e.n.at(t)));
                QList<int> counts;
                for (const QJsonValue &v : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array())
                    counts.append(v.toInt());
                if (e.n.at(t) < k) {
                    if (!counts.isEmpty())
                        problems.append(QStringLiteral("%1/%2: counts of %3 ratings").arg(areaId, theme).arg(e.n.at(t)));
                    if (means.contains(theme))
                        problems.append(QStringLiteral("%1/%2: a mean of %3 ratings").arg(areaId, theme).arg(e.n.at(t)));
                    continue;
                }
                if (counts != e.counts.at(t))
                    problems.append(QStringLiteral("%1/%2: counts differ").arg(areaId, theme));
                const double mean = e.sum.at(t) / e.n.at(t);
                if (!means.contains(theme) || std::abs(means.value(theme) - mean) > 0.01)
                    problems.append(QStringLiteral("%1/%2: mean %3, expected %4")
                                        .arg(areaId, theme).arg(means.value(theme, -1)).arg(mean));
            }
            return problems.join(QLatin1Char('\n'));
        };
        QString problems = check(area, inArea);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        problems = check(district, inDistrict);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        problems = check(city, inCity);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // An area with fewer than k responses has no means, only its count; one without any, nothing.
        const ResultsRepository::Shown fewShown = kiosk.results().shown(few, set.id, set.version, k);
        QCOMPARE(fewShown.responses, 3);
        QVERIFY(fewShown.means.isEmpty());
        const ResultsRepository::Shown none = kiosk.results().shown(QStringLiteral("hofstede"), set.id, set.version, k);
        QCOMPARE(none.responses, 0);
        QVERIFY(none.means.isEmpty());

        // More responses: the next sync (which pushes them) updates the numbers.
        QVERIFY(add(area, 11));
        const auto second = kiosk.syncOnce();
        QVERIFY(second);
        QVERIFY2(second->error.isEmpty(), qPrintable(second->error));
        problems = check(area, inArea);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        problems = check(city, inCity);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // A catalogue changed on the hub (PUT with the admin token) is in the kiosk's database
    // after the next sync; a sync that gets 304 for the catalogue and every area's results
    // writes nothing to the catalogue and results tables.
    void catalogueChangeArrivesAndNotModifiedWritesNothing()
    {
        HubSide hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        const QString dir = m_dirs.fresh();
        auto kiosk = std::make_unique<KioskSide>(dir);
        QVERIFY2(kiosk->open(&error), qPrintable(error));
        QVERIFY2(enrol(*kiosk, hub, hub.process().baseUrl(), QStringLiteral("Kiosk Katalog"), &error), qPrintable(error));
        QVERIFY(kiosk->addMonitor(5, {QStringLiteral("grumme")}).size() == 5);
        const QString bundledVersion = bundledCatalogue().version;
        QCOMPARE(kiosk->catalogueVersion(), bundledVersion);

        auto first = kiosk->syncOnce();
        QVERIFY(first);
        QVERIFY2(first->error.isEmpty(), qPrintable(first->error));

        const QString newVersion = bundledVersion + QStringLiteral("-sync-test");
        const HttpResponse put = hub.http().put(QStringLiteral("/api/v1/catalogue"), hub.adminToken(), changedCatalogue(newVersion));
        QVERIFY2(put.status == 200, qPrintable(put.describe()));

        auto second = kiosk->syncOnce();
        QVERIFY(second);
        QVERIFY2(second->error.isEmpty(), qPrintable(second->error));
        QVERIFY(second->catalogueUpdated);
        QCOMPARE(kiosk->catalogueVersion(), newVersion);
        {
            QString loadError;
            const auto c = kiosk->catalogues().load(&loadError);
            QVERIFY2(c, qPrintable(loadError));
            QCOMPARE(c->projects.at(0).title.text(QStringLiteral("de")), QStringLiteral("Geändert %1").arg(newVersion));
        }

        // Now nothing changes on the hub. A new service (as after a restart of the kiosk) pulls
        // the results of every area again, with the ETags it stored: all 304.
        QVERIFY2(installWriteLog(kiosk->database(), &error), qPrintable(error));
        kiosk->close();
        kiosk = std::make_unique<KioskSide>(dir);
        QVERIFY2(kiosk->open(&error), qPrintable(error));
        QVERIFY(takeWriteLog(kiosk->database()).isEmpty());
        const int catalogue304Before = hubRequests(hub, QStringLiteral("GET"), QStringLiteral("/api/v1/catalogue"), 304);
        const int results304Before = hubRequests(hub, QStringLiteral("GET"), QStringLiteral("/api/v1/results"), 304);
        const int resultsBefore = hubRequests(hub, QStringLiteral("GET"), QStringLiteral("/api/v1/results"));

        auto third = kiosk->syncOnce();
        QVERIFY(third);
        QVERIFY2(third->error.isEmpty(), qPrintable(third->error));
        QVERIFY(!third->catalogueUpdated);
        QCOMPARE(third->resultsUpdated, 0);
        QCOMPARE(hubRequests(hub, QStringLiteral("GET"), QStringLiteral("/api/v1/catalogue"), 304), catalogue304Before + 1);
        const int resultsPulled = hubRequests(hub, QStringLiteral("GET"), QStringLiteral("/api/v1/results")) - resultsBefore;
        QCOMPARE(resultsPulled, int(bundledCatalogue().areas.size()));
        QCOMPARE(hubRequests(hub, QStringLiteral("GET"), QStringLiteral("/api/v1/results"), 304), results304Before + resultsPulled);
        const QStringList writes = takeWriteLog(kiosk->database());
        QVERIFY2(writes.isEmpty(), qPrintable(QStringLiteral("the 304 sync wrote: ") + writes.join(QStringLiteral(", "))));
        QCOMPARE(kiosk->catalogueVersion(), newVersion);

        // The write log itself works: a catalogue change is seen.
        const HttpResponse put2 = hub.http().put(QStringLiteral("/api/v1/catalogue"), hub.adminToken(), changedCatalogue(newVersion + QStringLiteral("b")));
        QVERIFY2(put2.status == 200, qPrintable(put2.describe()));
        auto fourth = kiosk->syncOnce();
        QVERIFY(fourth);
        QVERIFY2(fourth->error.isEmpty(), qPrintable(fourth->error));
        QVERIFY(fourth->catalogueUpdated);
        const QStringList changed = takeWriteLog(kiosk->database());
        QVERIFY(!changed.isEmpty());
        QVERIFY2(!changed.first().startsWith(QLatin1String("cannot")), qPrintable(changed.first()));
        QCOMPARE(kiosk->catalogueVersion(), newVersion + QStringLiteral("b"));
    }

    // An invalid catalogue (which a real hub never serves, so the proxy does, with a new ETag)
    // does not replace the good one and writes nothing; its ETag is not fetched again; the
    // next real change arrives.
    void invalidCatalogueDoesNotReplaceTheGoodOne_data()
    {
        QTest::addColumn<QByteArray>("body");
        QJsonObject badStatus = bundledCatalogueJson();
        badStatus.insert(QStringLiteral("version"), QStringLiteral("kaputt-1"));
        QJsonArray projects = badStatus.value(QStringLiteral("projects")).toArray();
        QJsonObject p = projects.at(0).toObject();
        p.insert(QStringLiteral("status"), QStringLiteral("fertig"));
        projects.replace(0, p);
        badStatus.insert(QStringLiteral("projects"), projects);
        QTest::newRow("unknown status") << QJsonDocument(badStatus).toJson(QJsonDocument::Compact);
        QTest::newRow("not json") << QByteArrayLiteral("<html>Wartungsarbeiten</html>");
        QTest::newRow("empty object") << QByteArrayLiteral("{}");
    }

    void invalidCatalogueDoesNotReplaceTheGoodOne()
    {
        QFETCH(QByteArray, body);
        HubSide hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        FaultProxy proxy;
        QVERIFY2(proxy.listen(hub.port(), QHostAddress(QHostAddress::LocalHost), &error), qPrintable(error));
        KioskSide kiosk(m_dirs.fresh());
        QVERIFY2(kiosk.open(&error), qPrintable(error));
        QVERIFY2(enrol(kiosk, hub, proxy.url(), QStringLiteral("Kiosk Kaputt"), &error), qPrintable(error));

        const QString goodVersion = bundledCatalogue().version + QStringLiteral("-gut");
        QVERIFY(hub.http().put(QStringLiteral("/api/v1/catalogue"), hub.adminToken(), changedCatalogue(goodVersion)).status == 200);
        auto first = kiosk.syncOnce();
        QVERIFY(first);
        QVERIFY2(first->error.isEmpty(), qPrintable(first->error));
        QCOMPARE(kiosk.catalogueVersion(), goodVersion);
        QVERIFY2(installWriteLog(kiosk.database(), &error), qPrintable(error));

        const int got200 = proxy.count("GET", QStringLiteral("/api/v1/catalogue"), 200);
        const int got304 = proxy.count("GET", QStringLiteral("/api/v1/catalogue"), 304);
        proxy.setBrokenCatalogue(body, QByteArrayLiteral("\"broken-etag-1\""));
        proxy.addRule("GET", QStringLiteral("/api/v1/catalogue"), FaultProxy::Fault::BrokenCatalogue);
        auto refused = kiosk.syncOnce();
        QVERIFY(refused);
        QVERIFY(refused->catalogueRefused);
        QVERIFY(!refused->catalogueUpdated);
        QCOMPARE(proxy.count("GET", QStringLiteral("/api/v1/catalogue"), 200), got200 + 1);
        QCOMPARE(kiosk.catalogueVersion(), goodVersion);
        QStringList writes = takeWriteLog(kiosk.database());
        for (const QString &w : writes) {
            const QString table = w.section(QLatin1Char(' '), 0, 0);
            QVERIFY2(table == QLatin1String("area_results") || table == QLatin1String("results_etags"),
                     qPrintable(QStringLiteral("the refused catalogue wrote: ") + writes.join(QStringLiteral(", "))));
        }
        // The kiosk still works with the good catalogue: submissions made now are accepted.
        QVERIFY(kiosk.addMonitor(3, {QStringLiteral("grumme")}).size() == 3);

        // The same broken document is not fetched again: the kiosk names its ETag.
        auto again = kiosk.syncOnce();
        QVERIFY(again);
        QVERIFY2(again->error.isEmpty(), qPrintable(again->error));
        QVERIFY(!again->catalogueRefused);
        QCOMPARE(proxy.count("GET", QStringLiteral("/api/v1/catalogue"), 200), got200 + 1);
        QCOMPARE(proxy.count("GET", QStringLiteral("/api/v1/catalogue"), 304), got304 + 1);
        QCOMPARE(kiosk.countState(QStringLiteral("sent")), 3);
        QCOMPARE(kiosk.catalogueVersion(), goodVersion);

        // The real hub again, unchanged: 304 for the kiosk's list of ETags, nothing written.
        proxy.clearRules();
        takeWriteLog(kiosk.database());
        auto unchanged = kiosk.syncOnce();
        QVERIFY(unchanged);
        QVERIFY2(unchanged->error.isEmpty(), qPrintable(unchanged->error));
        QVERIFY(!unchanged->catalogueUpdated);
        QCOMPARE(proxy.count("GET", QStringLiteral("/api/v1/catalogue"), 304), got304 + 2);
        writes = takeWriteLog(kiosk.database());
        for (const QString &w : writes)
            QVERIFY2(!w.startsWith(QLatin1String("catalogue_meta")) && !w.startsWith(QLatin1String("projects")),
                     qPrintable(QStringLiteral("an unchanged catalogue was written: ") + writes.join(QStringLiteral(", "))));

        // A real change arrives.
        const QString nextVersion = goodVersion + QStringLiteral("-2");
        QVERIFY(hub.http().put(QStringLiteral("/api/v1/catalogue"), hub.adminToken(), changedCatalogue(nextVersion)).status == 200);
        auto changed = kiosk.syncOnce();
        QVERIFY(changed);
        QVERIFY2(changed->error.isEmpty(), qPrintable(changed->error));
        QVERIFY(changed->catalogueUpdated);
        QCOMPARE(kiosk.catalogueVersion(), nextVersion);
    }

    // A day offline: with the hub unreachable (stopped, and nothing listening at its address)
    // the kiosk takes 5,000 submissions, its syncs fail without losing anything; when the hub
    // is back the queue drains, each submission exactly once.
    void offlineDayDrainsWhenTheHubReturns()
    {
        HubSide hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        FaultProxy proxy; // a fixed address for the kiosk while the hub moves ports
        QVERIFY2(proxy.listen(hub.port(), QHostAddress(QHostAddress::LocalHost), &error), qPrintable(error));
        KioskSide kiosk(m_dirs.fresh());
        QVERIFY2(kiosk.open(&error), qPrintable(error));
        QVERIFY2(enrol(kiosk, hub, proxy.url(), QStringLiteral("Kiosk Offline"), &error), qPrintable(error));

        QVERIFY2(hub.stop(&error), qPrintable(error));
        proxy.stopListening();

        QStringList ids;
        const QStringList areas = statisticalDistricts();
        for (int hour = 0; hour < 5; ++hour) {
            const QStringList made = kiosk.addMonitor(1000, areas, hour * 1000, &error);
            QVERIFY2(made.size() == 1000, qPrintable(error));
            ids += made;
            kiosk.sync().submissionSaved();
            const auto attempt = kiosk.syncOnce();
            QVERIFY(attempt);
            QVERIFY(!attempt->error.isEmpty());
            QVERIFY(!attempt->reachedHub);
            QCOMPARE(attempt->acknowledged, 0);
            const SyncService::Status s = kiosk.sync().status();
            QCOMPARE(s.state, SyncService::State::Waiting);
            QVERIFY(!s.lastError.isEmpty());
            QCOMPARE(s.pending, (hour + 1) * 1000);
            QCOMPARE(s.sent, 0);
        }
        QCOMPARE(kiosk.countState(QStringLiteral("pending")), 5000);

        // The hub comes back (on another port; the proxy keeps the kiosk's address).
        QVERIFY2(hub.restart(&error), qPrintable(error));
        proxy.setUpstreamPort(hub.port());
        QVERIFY2(proxy.resumeListening(&error), qPrintable(error));
        SyncService::Summary last;
        QVERIFY2(kiosk.syncUntilDrained(5, 120000, &last, &error), qPrintable(error));
        QCOMPARE(kiosk.countState(QStringLiteral("sent")), 5000);
        QCOMPARE(kiosk.sync().status().state, SyncService::State::Idle);
        const auto onHub = hub.exportedIds(&error);
        QVERIFY2(onHub, qPrintable(error));
        const QString problems = exactlyOnceProblems(kiosk.outbox(), *onHub, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(QSet<QString>(onHub->cbegin(), onHub->cend()), QSet<QString>(ids.cbegin(), ids.cend()));
        QCOMPARE(hubRequests(hub, QStringLiteral("POST"), QStringLiteral("/api/v1/submissions"), 200), 5000 / SyncService::maxBatchItems);
    }

    // The admin's enrolment in the running kiosk goes through SyncService::enroll. The kiosk
    // must keep running afterwards. Run in a child process (this test binary again), so that a
    // crash there fails this test and not the whole suite.
    void enrolmentInProcessKeepsTheKioskRunning()
    {
        if (qEnvironmentVariableIsSet("STADTLABOR_SYNCTEST_CHILD")) {
            KioskSide kiosk(qEnvironmentVariable("STADTLABOR_SYNCTEST_DIR"));
            QString error;
            QVERIFY2(kiosk.open(&error), qPrintable(error));
            QString message;
            QVERIFY2(kiosk.enrol(QUrl(qEnvironmentVariable("STADTLABOR_SYNCTEST_URL")),
                                          qEnvironmentVariable("STADTLABOR_SYNCTEST_CODE"), QStringLiteral("Kiosk Admin"), &message),
                     qPrintable(message));
            // The kiosk goes on: events are processed, a sync runs.
            QVERIFY(kiosk.addMonitor(3, {QStringLiteral("grumme")}).size() == 3);
            waitUntil([] { return false; }, 300);
            const auto s = kiosk.syncOnce();
            QVERIFY(s);
            QVERIFY2(s->error.isEmpty(), qPrintable(s->error));
            return;
        }
        HubSide hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        const QString dir = m_dirs.fresh();
        const QString code = hub.enrolmentCode(QStringLiteral("Kiosk Admin"), &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STADTLABOR_SYNCTEST_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("STADTLABOR_SYNCTEST_DIR"), dir);
        env.insert(QStringLiteral("STADTLABOR_SYNCTEST_URL"), hub.process().baseUrl().toString());
        env.insert(QStringLiteral("STADTLABOR_SYNCTEST_CODE"), code);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("-nocrashhandler"), QStringLiteral("enrolmentInProcessKeepsTheKioskRunning")});
        QVERIFY(child.waitForStarted(10000));
        QVERIFY(waitUntil([&child] { return child.state() == QProcess::NotRunning; }, 60000));
        const QByteArray out = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 qPrintable(QStringLiteral("the in-process enrolment %1:\n%2")
                                .arg(child.exitStatus() == QProcess::NormalExit ? QStringLiteral("failed (exit %1)").arg(child.exitCode())
                                                                                : QStringLiteral("crashed the process"),
                                     QString::fromUtf8(out.right(3000)))));
        QVERIFY2(out.contains("PASS   : TestSyncFlow::enrolmentInProcessKeepsTheKioskRunning()"), out.constData());
    }

    // A revoked device gets 401: syncing stops (no further requests), the status says
    // unauthorised, nothing is lost; enrolled again, it delivers.
    void revokedDeviceStops()
    {
        HubSide hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        const QString dir = m_dirs.fresh();
        KioskSide kiosk(dir);
        QVERIFY2(kiosk.open(&error), qPrintable(error));
        const QString name = QStringLiteral("Kiosk Widerruf");
        QVERIFY2(enrol(kiosk, hub, hub.process().baseUrl(), name, &error), qPrintable(error));
        QVERIFY(kiosk.addMonitor(10, {QStringLiteral("grumme")}).size() == 10);
        QVERIFY(kiosk.syncOnce());
        QCOMPARE(kiosk.countState(QStringLiteral("sent")), 10);

        const QString deviceId = kiosk.setting(SyncService::keyDeviceId);
        QCOMPARE(hub.deviceIdByName(name, &error), deviceId);
        const HubProcess::CliResult revoke = hub.process().runCli({QStringLiteral("devices"), QStringLiteral("revoke"), deviceId});
        QVERIFY2(revoke.exitCode == 0, qPrintable(revoke.describe()));

        const QStringList later = kiosk.addMonitor(5, {QStringLiteral("hamme")});
        QCOMPARE(later.size(), 5);
        const int before401 = hubRequests(hub, QStringLiteral("POST"), QStringLiteral("/api/v1/submissions"), 401);
        const auto refused = kiosk.syncOnce();
        QVERIFY(refused);
        QVERIFY(!refused->error.isEmpty());
        QVERIFY2(refused->error.contains(QLatin1String("401")), qPrintable(refused->error));
        QCOMPARE(refused->acknowledged, 0);
        QCOMPARE(hubRequests(hub, QStringLiteral("POST"), QStringLiteral("/api/v1/submissions"), 401), before401 + 1);
        SyncService::Status s = kiosk.sync().status();
        QCOMPARE(s.state, SyncService::State::Unauthorized);
        QCOMPARE(s.pending, 5);
        QVERIFY(!s.nextAttempt.isValid()); // no retry scheduled

        // It stays stopped: neither syncNow nor a new submission nor time sends anything.
        const int total = int(hub.process().requestLog().size());
        const auto stopped = kiosk.syncOnce();
        QVERIFY(stopped);
        QVERIFY(!stopped->error.isEmpty());
        QVERIFY(kiosk.addMonitor(1, {QStringLiteral("hamme")}).size() == 1);
        kiosk.sync().submissionSaved();
        waitUntil([] { return false; }, 500);
        QCOMPARE(int(hub.process().requestLog().size()), total);
        QCOMPARE(kiosk.sync().status().state, SyncService::State::Unauthorized);

        // The kiosk binary on the same database says so too and sends nothing either.
        const KioskRun statusRun = runKiosk({QStringLiteral("--data-dir"), dir, QStringLiteral("--sync-status")});
        QVERIFY2(statusRun.exitCode == 0, qPrintable(statusRun.describe()));
        QVERIFY2(statusRun.out.contains("state: not authorised"), qPrintable(statusRun.describe()));
        QVERIFY2(statusRun.out.contains("queue: 6 pending, 10 sent, 0 rejected"), qPrintable(statusRun.describe()));
        const KioskRun syncRun = runKiosk({QStringLiteral("--data-dir"), dir, QStringLiteral("--sync-now")});
        QCOMPARE(syncRun.exitCode, 5);
        QCOMPARE(int(hub.process().requestLog().size()), total);

        // Enrolled again (a new code), it delivers what waited.
        QVERIFY2(enrol(kiosk, hub, hub.process().baseUrl(), name + QStringLiteral(" neu"), &error, true), qPrintable(error));
        QCOMPARE(kiosk.sync().status().state, SyncService::State::Idle);
        QVERIFY2(kiosk.syncUntilDrained(3, 60000, nullptr, &error), qPrintable(error));
        const auto onHub = hub.exportedIds(&error);
        QVERIFY2(onHub, qPrintable(error));
        const QString problems = exactlyOnceProblems(kiosk.outbox(), *onHub, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // http:// to a host other than this computer is refused (enrolment and sync, before any
    // byte is sent) unless hub_allow_http=on. 127.0.0.2 reaches the proxy on this machine but
    // is not "this computer" by name, so it stands in for a hub elsewhere.
    void plainHttpToOtherHostOnlyWhenAllowed()
    {
        HubSide hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        FaultProxy proxy;
        QVERIFY2(proxy.listen(hub.port(), QHostAddress(QHostAddress::AnyIPv4), &error), qPrintable(error));
        const QUrl remote = proxy.url(QStringLiteral("127.0.0.2"));
        const QString dir = m_dirs.fresh();
        auto kiosk = std::make_unique<KioskSide>(dir);
        QVERIFY2(kiosk->open(&error), qPrintable(error));

        QString message;
        const QString code = hub.enrolmentCode(QStringLiteral("Kiosk Remote"), &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error));
        // Refused at once, in-process (as the admin screen does it) and by the command line.
        QVERIFY(!kiosk->enrol(remote, code, QStringLiteral("Kiosk Remote"), &message));
        QVERIFY2(message.contains(QLatin1String("unencrypted")), qPrintable(message));
        const KioskRun refusedRun = runKiosk({QStringLiteral("--data-dir"), dir, QStringLiteral("--enroll"), remote.toString(), code});
        QVERIFY2(refusedRun.exitCode == 5 && refusedRun.err.contains("unencrypted"), qPrintable(refusedRun.describe()));
        waitUntil([] { return false; }, 200);
        QCOMPARE(proxy.exchanges().size(), 0);
        QCOMPARE(proxy.inFlight(), 0);
        QCOMPARE(kiosk->sync().status().state, SyncService::State::NotEnrolled);

        // Allowed through the kiosk's command line, as an admin would.
        kiosk->close();
        const KioskRun allow = runKiosk({QStringLiteral("--data-dir"), dir, QStringLiteral("--setting"), QStringLiteral("hub_allow_http=on")});
        QVERIFY2(allow.exitCode == 0, qPrintable(allow.describe()));
        kiosk = std::make_unique<KioskSide>(dir);
        QVERIFY2(kiosk->open(&error), qPrintable(error));
        QCOMPARE(kiosk->setting(SyncService::keyAllowHttp), QStringLiteral("on"));
        QVERIFY2(kiosk->enrolWithBinary(remote, code, QStringLiteral("Kiosk Remote"), &message), qPrintable(message));
        QVERIFY(kiosk->addMonitor(4, {QStringLiteral("grumme")}).size() == 4);
        const auto allowed = kiosk->syncOnce();
        QVERIFY(allowed);
        QVERIFY2(allowed->error.isEmpty(), qPrintable(allowed->error));
        QCOMPARE(kiosk->countState(QStringLiteral("sent")), 4);
        QVERIFY(proxy.count("POST", QStringLiteral("/api/v1/submissions"), 200) == 1);

        // Switched off again: the next sync refuses before connecting.
        QVERIFY(kiosk->setSetting(SyncService::keyAllowHttp, QStringLiteral("off")));
        QVERIFY(kiosk->addMonitor(2, {QStringLiteral("grumme")}).size() == 2);
        const int seen = int(proxy.exchanges().size());
        const auto refused = kiosk->syncOnce();
        QVERIFY(refused);
        QVERIFY(!refused->error.isEmpty());
        QVERIFY2(refused->error.contains(QLatin1String("http")), qPrintable(refused->error));
        QVERIFY(!refused->reachedHub);
        waitUntil([] { return false; }, 200);
        QCOMPARE(int(proxy.exchanges().size()), seen);
        QCOMPARE(proxy.inFlight(), 0);
        QCOMPARE(kiosk->countState(QStringLiteral("pending")), 2);

        // https is always fine by the rule, and localhost http is.
        QVERIFY(SyncService::checkHubUrl(QUrl(QStringLiteral("https://hub.example.org")), false).isEmpty());
        QVERIFY(SyncService::checkHubUrl(QUrl(QStringLiteral("http://localhost:8080")), false).isEmpty());
        QVERIFY(!SyncService::checkHubUrl(QUrl(QStringLiteral("http://hub.example.org")), false).isEmpty());
        QVERIFY(SyncService::checkHubUrl(QUrl(QStringLiteral("http://hub.example.org")), true).isEmpty());
    }

    // A hub started with --max-body 20000 refuses the kiosk's batches with 413: the kiosk halves
    // the batch until it fits, and everything arrives, none rejected. An item that alone is
    // too large is kept as rejected for the admin, and the rest still goes.
    void tooLargeBatchesAreHalved()
    {
        HubSide hub;
        QString error;
        QVERIFY2(hub.start(&error, {QStringLiteral("--max-body"), QStringLiteral("20000")}), qPrintable(error));
        KioskSide kiosk(m_dirs.fresh());
        QVERIFY2(kiosk.open(&error), qPrintable(error));
        QVERIFY2(enrol(kiosk, hub, hub.process().baseUrl(), QStringLiteral("Kiosk Gross"), &error), qPrintable(error));
        QStringList ids = kiosk.addMonitor(300, statisticalDistricts(), 0, &error);
        QVERIFY2(ids.size() == 300, qPrintable(error));

        SyncService::Summary last;
        QVERIFY2(kiosk.syncUntilDrained(3, 120000, &last, &error), qPrintable(error));
        QCOMPARE(kiosk.countState(QStringLiteral("sent")), 300);
        QCOMPARE(kiosk.countState(QStringLiteral("rejected")), 0);
        const int refused = hubRequests(hub, QStringLiteral("POST"), QStringLiteral("/api/v1/submissions"), 413);
        QVERIFY2(refused >= 1, "the hub never refused a batch: the test does not test halving");
        // Halving, not counting down: 300 (all there is) -> 150 -> 75 -> 37 -> 18 -> 9 -> 4 at most.
        QVERIFY2(refused <= 6, qPrintable(QStringLiteral("%1 refusals").arg(refused)));
        auto onHub = hub.exportedIds(&error);
        QVERIFY2(onHub, qPrintable(error));
        QString problems = exactlyOnceProblems(kiosk.outbox(), *onHub, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        // One response with 28 texts of 500 two-byte letters is larger than the limit alone.
        const CriteriaSet &set = bundledCatalogue().criteriaSet;
        MonitorResponse huge = monitorResponse(QStringLiteral("grumme"), kiosk.deviceId(), scoresFor(1));
        for (ThemeAnswer &a : huge.answers) {
            a.good = QString(set.textMaxLength, QChar(0x00e4));
            a.better = QString(set.textMaxLength, QChar(0x00f6));
        }
        MonitorRepository monitor(kiosk.database());
        QVERIFY2(monitor.save(huge, &error), qPrintable(error));
        const QStringList after = kiosk.addMonitor(20, {QStringLiteral("hamme")}, 0, &error);
        QCOMPARE(after.size(), 20);
        const auto withHuge = kiosk.syncOnce();
        QVERIFY(withHuge);
        QVERIFY2(withHuge->error.isEmpty(), qPrintable(withHuge->error));
        QCOMPARE(withHuge->rejected, 1);
        QCOMPARE(kiosk.outbox().value(huge.uuid), QStringLiteral("rejected"));
        QCOMPARE(kiosk.countState(QStringLiteral("sent")), 320);
        QCOMPARE(kiosk.countState(QStringLiteral("pending")), 0);
        const QList<SyncQueue::Rejected> rejected = SyncQueue(kiosk.database()).rejected();
        QCOMPARE(rejected.size(), 1);
        QVERIFY2(rejected.constFirst().reason.contains(QLatin1String("413")), qPrintable(rejected.constFirst().reason));
        onHub = hub.exportedIds(&error);
        QVERIFY2(onHub, qPrintable(error));
        problems = exactlyOnceProblems(kiosk.outbox(), *onHub, false);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(!onHub->contains(huge.uuid));
        QCOMPARE(onHub->size(), 320);
    }
};

QTEST_GUILESS_MAIN(TestSyncFlow)
#include "tst_sync_flow.moc"
