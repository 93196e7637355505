// SPDX-License-Identifier: GPL-3.0-or-later
// Hub push benchmark: how many StadtRaumMonitor responses per second the real hub binary takes
// through POST /api/v1/submissions (batches of 500 items, sequentially over one keep-alive
// loopback connection), next to the ceiling its database allows: the same rows written directly
// into a database of the same kind (opened with HubDatabase: same schema, WAL, synchronous=FULL)
// with the same statements HubStore::submit runs per batch, in one transaction per 500 rows,
// with everything bound already prepared. Request bodies and direct rows are built before any
// clock runs. The two sides alternate in rounds (N split) so both see the same machine load.
// SQLite always; PostgreSQL too when STADTLABOR_BENCH_PG names a server (postgresql://...; the
// user needs CREATEDB: the benchmark creates two scratch databases there and drops them again).
// The SQLite files live in one temporary folder (TMPDIR decides the disk: use a real one, not
// tmpfs, or the fsync per commit costs nothing).
#include "benchsupport.h"
#include "catalogueparser.h"
#include "hubdatabase.h"
#include "monitorresponse.h"
#include "payloadformat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace stadtlabor;
using namespace stadtlabor::hub;
using namespace stadtlabor::bench;

namespace {

constexpr int defaultResponses = 100000;
constexpr int batchSize = 500; // HubStore::maxItems: the most one request may carry
constexpr int maxRounds = 3;
constexpr qint64 maxBodyBytes = 1024 * 1024; // the hub's submission body limit
constexpr double goal = 0.5;
constexpr quint32 seed = 20260504;

const QString kindMonitor = QStringLiteral("monitor_response");
const QString appVersion = QStringLiteral("0.1.0");

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// ---------------------------------------------------------------------------------------------
// the workload

// One request of 500 items, and the same rows as HubStore::submit would write them.
struct Batch
{
    struct Row
    {
        QString id, createdAt, contentHash, areaId, payload;
    };
    struct Count
    {
        QString areaId, setId, themeId;
        int score;
        qint64 n;
    };
    struct Total
    {
        QString areaId, setId;
        qint64 n;
    };

    QByteArray body;       // the request body
    QStringList ids;       // item ids in request order
    std::vector<Row> rows; // in id order, as the hub writes them
    std::vector<Count> counts;
    std::vector<Total> totals;
};

struct Workload
{
    std::vector<Batch> batches;
    int responses = 0;
    int themes = 0;
    QString cityId;
    qint64 bodyBytes = 0;
    qint64 largestBody = 0;
};

Workload makeWorkload(const Catalogue &catalogue, int responses)
{
    Workload w;
    w.responses = responses;
    w.themes = int(catalogue.criteriaSet.themes.size());
    QHash<QString, QString> parents;
    QList<const Area *> districts;
    for (const Area &a : catalogue.areas) {
        parents.insert(a.id, a.parentId);
        if (a.kind == Area::Kind::StatisticalDistrict)
            districts.append(&a);
        if (a.kind == Area::Kind::City)
            w.cityId = a.id;
    }
    if (districts.isEmpty() || w.cityId.isEmpty())
        die(QStringLiteral("the bundled catalogue has no city or no statistical districts"));
    // HubStore::areaChain: the area and every area above it.
    const auto chain = [&parents](const QString &areaId) {
        QStringList c;
        for (QString id = areaId; !id.isEmpty() && parents.contains(id) && !c.contains(id) && c.size() < 8; id = parents.value(id))
            c.append(id);
        return c;
    };

    QRandomGenerator rng(seed);
    const QJsonObject device{{QStringLiteral("app_version"), appVersion},
                             {QStringLiteral("queue_length"), 0},
                             {QStringLiteral("last_error"), QString()}};
    const QChar sep(0x1f);
    for (int from = 0; from < responses; from += batchSize) {
        const int to = std::min(responses, from + batchSize);
        Batch b;
        QJsonArray items;
        QHash<QString, qint64> counts;
        QHash<QString, qint64> totals;
        for (int n = from; n < to; ++n) {
            const MonitorResponse r = randomResponse(catalogue, districts, rng);
            const QStringList problems = r.validate(catalogue.criteriaSet);
            if (!problems.isEmpty())
                die(QStringLiteral("generated response %1 is not valid: %2").arg(n).arg(problems.join(QStringLiteral("; "))));
            const QJsonObject payload = r.toJson();
            const QString createdAt = r.createdAt.toUTC().toString(Qt::ISODateWithMs);
            items.append(QJsonObject{{QStringLiteral("id"), r.uuid},
                                     {QStringLiteral("kind"), kindMonitor},
                                     {QStringLiteral("schema_version"), PayloadFormat::current()},
                                     {QStringLiteral("created_at"), createdAt},
                                     {QStringLiteral("payload"), payload}});
            b.ids.append(r.uuid);

            // What HubStore::prepare derives from the item: compact payload, content hash, aggregates.
            const QByteArray payloadJson = QJsonDocument(payload).toJson(QJsonDocument::Compact);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(QStringLiteral("%1\n%2\n%3\n").arg(kindMonitor).arg(PayloadFormat::current()).arg(createdAt).toUtf8());
            hash.addData(payloadJson);
            b.rows.push_back({r.uuid, createdAt, QString::fromLatin1(hash.result().toHex()), r.areaId, QString::fromUtf8(payloadJson)});
            for (const QString &node : chain(r.areaId)) {
                const QString scope = node + sep + r.criteriaSetId;
                totals[scope] += 1;
                for (const ThemeAnswer &a : r.answers) {
                    if (a.score)
                        counts[scope + sep + a.themeId + sep + QString::number(*a.score)] += 1;
                }
            }
        }
        std::sort(b.rows.begin(), b.rows.end(), [](const Batch::Row &x, const Batch::Row &y) { return x.id < y.id; });
        // The aggregates in HubStore::submit's order: keys sorted as text.
        QStringList keys = counts.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            const QStringList parts = key.split(sep);
            b.counts.push_back({parts.at(0), parts.at(1), parts.at(2), parts.at(3).toInt(), counts.value(key)});
        }
        keys = totals.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            const QStringList parts = key.split(sep);
            b.totals.push_back({parts.at(0), parts.at(1), totals.value(key)});
        }
        b.body = QJsonDocument(QJsonObject{{QStringLiteral("device"), device}, {QStringLiteral("items"), items}})
                     .toJson(QJsonDocument::Compact);
        if (b.body.size() > maxBodyBytes)
            die(QStringLiteral("request body %1 has %2 bytes, more than the hub takes (%3)")
                    .arg(w.batches.size()).arg(b.body.size()).arg(maxBodyBytes));
        w.bodyBytes += b.body.size();
        w.largestBody = std::max<qint64>(w.largestBody, b.body.size());
        w.batches.push_back(std::move(b));
    }
    return w;
}

// ---------------------------------------------------------------------------------------------
// the ceiling: the same statements straight into the database

class Direct
{
public:
    bool open(const DbUrl &url, QString *error)
    {
        if (!m_db.open(url)) {
            *error = m_db.errorString();
            return false;
        }
        m_deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const bool ok = m_db.transaction(
            [&](QString *e) {
                QSqlQuery q(m_db.connection());
                q.prepare(QStringLiteral("INSERT INTO devices (id, name, token_hash, enrolled_at) VALUES (?, ?, ?, ?)"));
                q.addBindValue(m_deviceId);
                q.addBindValue(QStringLiteral("Benchmark direct"));
                q.addBindValue(QString::fromLatin1(QCryptographicHash::hash(m_deviceId.toUtf8(), QCryptographicHash::Sha256).toHex()));
                q.addBindValue(nowIso());
                if (!q.exec()) {
                    *e = q.lastError().text();
                    return false;
                }
                return true;
            },
            error);
        if (!ok)
            return false;
        const QSqlDatabase c = m_db.connection();
        m_insert = QSqlQuery(c);
        m_counts = QSqlQuery(c);
        m_totals = QSqlQuery(c);
        m_device = QSqlQuery(c);
        // Word for word the statements of HubStore::submit.
        const std::pair<QSqlQuery *, QString> statements[] = {
            {&m_insert, QStringLiteral("INSERT INTO submissions (id, kind, schema_version, device_id, created_at, received_at, content_hash,"
                                       " area_id, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")},
            {&m_counts, QStringLiteral("INSERT INTO monitor_counts (area_id, criteria_set_id, theme_id, score, n) VALUES (?, ?, ?, ?, ?)"
                                       " ON CONFLICT (area_id, criteria_set_id, theme_id, score) DO UPDATE SET n = monitor_counts.n + excluded.n")},
            {&m_totals, QStringLiteral("INSERT INTO monitor_totals (area_id, criteria_set_id, responses) VALUES (?, ?, ?)"
                                       " ON CONFLICT (area_id, criteria_set_id) DO UPDATE SET responses = monitor_totals.responses + excluded.responses")},
            {&m_device, QStringLiteral("UPDATE devices SET last_seen_at = ?, app_version = ?, queue_length = ?,"
                                       " last_error = ? WHERE id = ?")},
        };
        for (const auto &[query, sql] : statements) {
            if (!query->prepare(sql)) {
                *error = QStringLiteral("prepare failed: %1").arg(query->lastError().text());
                return false;
            }
        }
        return true;
    }

    bool store(const Batch &b, QString *error)
    {
        return m_db.transaction(
            [&](QString *e) {
                const auto run = [e](QSqlQuery &q) {
                    if (q.exec())
                        return true;
                    noteSqlError(q.lastError());
                    *e = q.lastError().text();
                    return false;
                };
                const QString stamp = nowIso();
                for (const Batch::Row &r : b.rows) {
                    m_insert.bindValue(0, r.id);
                    m_insert.bindValue(1, kindMonitor);
                    m_insert.bindValue(2, PayloadFormat::current());
                    m_insert.bindValue(3, m_deviceId);
                    m_insert.bindValue(4, r.createdAt);
                    m_insert.bindValue(5, stamp);
                    m_insert.bindValue(6, r.contentHash);
                    m_insert.bindValue(7, r.areaId);
                    m_insert.bindValue(8, r.payload);
                    if (!run(m_insert))
                        return false;
                    if (m_insert.numRowsAffected() != 1) {
                        *e = QStringLiteral("submission %1 was not inserted").arg(r.id);
                        return false;
                    }
                }
                for (const Batch::Count &c : b.counts) {
                    m_counts.bindValue(0, c.areaId);
                    m_counts.bindValue(1, c.setId);
                    m_counts.bindValue(2, c.themeId);
                    m_counts.bindValue(3, c.score);
                    m_counts.bindValue(4, c.n);
                    if (!run(m_counts))
                        return false;
                }
                for (const Batch::Total &t : b.totals) {
                    m_totals.bindValue(0, t.areaId);
                    m_totals.bindValue(1, t.setId);
                    m_totals.bindValue(2, t.n);
                    if (!run(m_totals))
                        return false;
                }
                m_device.bindValue(0, stamp);
                m_device.bindValue(1, appVersion);
                m_device.bindValue(2, qint64(0));
                m_device.bindValue(3, QString(QLatin1String("")));
                m_device.bindValue(4, m_deviceId);
                return run(m_device);
            },
            error);
    }

    HubDatabase &database() { return m_db; }

    void close()
    {
        for (QSqlQuery *q : {&m_insert, &m_counts, &m_totals, &m_device})
            *q = QSqlQuery();
        m_db.close();
    }

private:
    HubDatabase m_db;
    QString m_deviceId;
    QSqlQuery m_insert, m_counts, m_totals, m_device;
};

// ---------------------------------------------------------------------------------------------
// the hub: the real binary and a minimal HTTP/1.1 keep-alive client (benchsupport.h)

// Every item of every answer "accepted", in order.
void checkAccepted(const Batch &b, const HttpClient::Response &r, int index)
{
    if (r.status != 200)
        die(QStringLiteral("request %1: status %2: %3").arg(index).arg(r.status).arg(QString::fromUtf8(r.body.left(500))));
    const QJsonArray results = QJsonDocument::fromJson(r.body).object().value(QLatin1String("results")).toArray();
    if (results.size() != b.ids.size())
        die(QStringLiteral("request %1: %2 results for %3 items").arg(index).arg(results.size()).arg(b.ids.size()));
    for (int i = 0; i < results.size(); ++i) {
        const QJsonObject o = results.at(i).toObject();
        if (o.value(QLatin1String("id")).toString() != b.ids.at(i) || o.value(QLatin1String("status")).toString() != QLatin1String("accepted"))
            die(QStringLiteral("request %1, item %2: not accepted: %3")
                    .arg(index).arg(i).arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))));
    }
}

// ---------------------------------------------------------------------------------------------
// one database kind: alternating rounds, checks, figures


struct Round
{
    int responses = 0;
    int requests = 0;
    bool directFirst = true;
    double directS = 0;
    double hubS = 0;
    double handlerMs = 0; // what the hub logged inside its request handler
    double hubCpuS = 0;    // user + system time of the hub process
    HttpClient::Phases phases;
    double directRate() const { return responses / directS; }
    double hubRate() const { return responses / hubS; }
    double ratio() const { return hubRate() / directRate(); }
};

struct Summary
{
    QString label;
    int responses = 0;
    double directRate = 0, hubRate = 0, ratio = 0;
};

// The two sides on one kind of database; directUrl and hubUrl name fresh, empty databases.
Summary runKind(const QString &label, const Workload &w, const QString &binary, const QString &directUrl, const QString &hubUrl,
                const QString &logPath, const QString &where)
{
    QString error;
    const std::optional<DbUrl> directDb = DbUrl::parse(directUrl, &error);
    const std::optional<DbUrl> hubDb = DbUrl::parse(hubUrl, &error);
    if (!directDb || !hubDb)
        die(error);

    Direct direct;
    if (!direct.open(*directDb, &error))
        die(QStringLiteral("%1: cannot open the direct database: %2").arg(label, error));
    QString version;
    {
        QSqlQuery q(direct.database().connection());
        if (q.exec(direct.database().isPostgres() ? QStringLiteral("SHOW server_version") : QStringLiteral("SELECT sqlite_version()")) && q.next())
            version = q.value(0).toString();
    }

    const QByteArray code = HubProcess::enrolCode(binary, hubUrl);
    HubProcess hubProcess;
    const quint16 port = hubProcess.start(binary, hubUrl, logPath);
    HttpClient client(port);
    const HttpClient::Response enrolled =
        client.send("POST", "/api/v1/devices/enroll", QByteArray(),
                    QJsonDocument(QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                              {QStringLiteral("name"), QStringLiteral("Benchmark kiosk")}})
                        .toJson(QJsonDocument::Compact));
    if (enrolled.status != 201)
        die(QStringLiteral("enrol: status %1: %2").arg(enrolled.status).arg(QString::fromUtf8(enrolled.body)));
    const QByteArray token = QJsonDocument::fromJson(enrolled.body).object().value(QLatin1String("token")).toString().toLatin1();

    std::printf("\n%s: %d responses (%d themes) in %d requests of up to %d items (%.0f KiB each on average, largest %.0f KiB),\n"
                "alternating direct and hub in rounds; %s; hub pid %lld, port %u\n\n",
                qPrintable(label), w.responses, w.themes, int(w.batches.size()), batchSize,
                double(w.bodyBytes) / double(w.batches.size()) / 1024.0, double(w.largestBody) / 1024.0,
                qPrintable(QStringLiteral("%1, %2 %3").arg(where, direct.database().isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"), version)),
                qint64(hubProcess.pid()), unsigned(port));
    std::fflush(stdout);

    const int batches = int(w.batches.size());
    const int rounds = std::min(maxRounds, batches);
    std::vector<Round> figures;
    std::vector<HttpClient::Response> answers(w.batches.size());
    for (int round = 0; round < rounds; ++round) {
        const int from = int(qint64(batches) * round / rounds);
        const int to = int(qint64(batches) * (round + 1) / rounds);
        Round f;
        f.requests = to - from;
        f.directFirst = round % 2 == 0;
        for (int i = from; i < to; ++i)
            f.responses += int(w.batches[std::size_t(i)].rows.size());
        const auto runDirect = [&] {
            QElapsedTimer clock;
            clock.start();
            for (int i = from; i < to; ++i) {
                if (!direct.store(w.batches[std::size_t(i)], &error))
                    die(QStringLiteral("%1: direct batch %2 failed: %3").arg(label).arg(i).arg(error));
            }
            f.directS = double(clock.nsecsElapsed()) / 1e9;
        };
        const auto runHub = [&] {
            client.takePhases();
            const double cpuBefore = processCpuSeconds(hubProcess.pid());
            QElapsedTimer clock;
            clock.start();
            for (int i = from; i < to; ++i) {
                answers[std::size_t(i)] = client.send("POST", "/api/v1/submissions", token, w.batches[std::size_t(i)].body);
                if (answers[std::size_t(i)].status != 200) // the rest is checked after the clock
                    checkAccepted(w.batches[std::size_t(i)], answers[std::size_t(i)], i);
            }
            f.hubS = double(clock.nsecsElapsed()) / 1e9;
            f.hubCpuS = processCpuSeconds(hubProcess.pid()) - cpuBefore;
            f.phases = client.takePhases();
            for (int i = from; i < to; ++i) {
                checkAccepted(w.batches[std::size_t(i)], answers[std::size_t(i)], i);
                answers[std::size_t(i)] = HttpClient::Response();
            }
        };
        if (f.directFirst) {
            runDirect();
            runHub();
        } else {
            runHub();
            runDirect();
        }
        figures.push_back(f);
    }

    // The hub's own figures for the city, as a kiosk sees them.
    const HttpClient::Response results = client.send("GET", "/api/v1/results?area=" + w.cityId.toUtf8(), token);
    if (results.status != 200)
        die(QStringLiteral("results: status %1: %2").arg(results.status).arg(QString::fromUtf8(results.body.left(500))));
    const qint64 cityResponses =
        QJsonDocument::fromJson(results.body).object().value(QLatin1String("city")).toObject().value(QLatin1String("responses")).toInteger(-1);
    const int connections = client.connections();
    hubProcess.stop();
    const std::vector<double> handlerMs = hubProcess.submissionMs();
    if (int(handlerMs.size()) != batches)
        die(QStringLiteral("the hub logged %1 submissions, expected %2").arg(handlerMs.size()).arg(batches));
    for (int round = 0; round < rounds; ++round) {
        const int from = int(qint64(batches) * round / rounds);
        const int to = int(qint64(batches) * (round + 1) / rounds);
        for (int i = from; i < to; ++i)
            figures[std::size_t(round)].handlerMs += handlerMs[std::size_t(i)];
    }

    // Both databases must hold the same: the ceiling did the hub's work, no less.
    const Aggregates mine = aggregates(direct.database());
    direct.close();
    Aggregates theirs;
    {
        HubDatabase hubDatabase;
        if (!hubDatabase.open(*hubDb))
            die(QStringLiteral("cannot open the hub's database afterwards: %1").arg(hubDatabase.errorString()));
        theirs = aggregates(hubDatabase);
    }

    std::printf("| round | first  | responses | direct s | direct/s |  hub s |  hub/s | ratio hub/direct |\n");
    std::printf("|------:|--------|----------:|---------:|---------:|-------:|-------:|-----------------:|\n");
    std::vector<double> ratios;
    double directS = 0, hubS = 0;
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const Round &f = figures[i];
        std::printf("| %5d | %-6s | %9d | %8.2f | %8.0f | %6.2f | %6.0f | %16.2f |\n", int(i) + 1, f.directFirst ? "direct" : "hub",
                    f.responses, f.directS, f.directRate(), f.hubS, f.hubRate(), f.ratio());
        ratios.push_back(f.ratio());
        directS += f.directS;
        hubS += f.hubS;
    }
    const double ratio = median(ratios);

    // Where the hub side's time went, per request.
    std::printf("\nhub side, ms per request (client's clock: writing the request, waiting for the first byte of the answer,\n"
                "reading the rest; hub's own: its logged handler time and the CPU time of the hub process):\n\n");
    std::printf("| round |  total |  send |   wait | receive | hub handler | hub CPU |\n");
    std::printf("|------:|-------:|------:|-------:|--------:|------------:|--------:|\n");
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const Round &f = figures[i];
        const double per = 1000.0 / f.requests;
        std::printf("| %5d | %6.1f | %5.1f | %6.1f | %7.1f | %11.1f | %7.1f |\n", int(i) + 1, f.hubS * per, f.phases.send * per,
                    f.phases.wait * per, f.phases.receive * per, f.handlerMs / f.requests, f.hubCpuS * per);
    }
    std::printf("(%d connection(s) used)\n\n", connections);

    const bool countsOk = cityResponses == w.responses;
    const bool sameOk = mine.submissions == w.responses && theirs.submissions == w.responses && mine.counts == theirs.counts
        && mine.totals == theirs.totals && !mine.counts.isEmpty();
    std::printf("checks: every item of %d requests accepted; results?area=%s: city responses %lld (expected %d): %s;\n"
                "        submissions direct %lld / hub %lld, monitor_counts (%lld rows) and monitor_totals (%lld rows): %s\n",
                batches, qPrintable(w.cityId), cityResponses, w.responses, countsOk ? "ok" : "WRONG", mine.submissions,
                theirs.submissions, qint64(theirs.counts.size()), qint64(theirs.totals.size()),
                sameOk ? "identical on both sides" : "DIFFERENT");
    if (!countsOk || !sameOk)
        die(QStringLiteral("%1: the hub's data does not match what was sent").arg(label));
    return {label, w.responses, w.responses / directS, w.responses / hubS, ratio};
}

// Two scratch databases on the PostgreSQL server STADTLABOR_BENCH_PG names, dropped again afterwards.
class PgScratch
{
public:
    explicit PgScratch(const QString &url)
        : m_url(url)
    {
        QString error;
        const std::optional<DbUrl> u = DbUrl::parse(url, &error);
        if (!u || u->kind != DbUrl::Kind::Postgresql)
            die(QStringLiteral("STADTLABOR_BENCH_PG: %1").arg(error.isEmpty() ? QStringLiteral("not a postgresql:// URL") : error));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName());
        db.setHostName(u->host.isEmpty() ? QStringLiteral("localhost") : u->host);
        db.setPort(u->port);
        db.setUserName(u->user);
        db.setPassword(u->password);
        db.setDatabaseName(u->database);
        if (!db.open())
            die(QStringLiteral("STADTLABOR_BENCH_PG: cannot connect to %1: %2").arg(u->displayName(), db.lastError().text()));
        m_where = u->displayName();
    }

    ~PgScratch()
    {
        for (const QString &name : std::as_const(m_created))
            exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
        QSqlDatabase::database(connectionName(), false).close();
        QSqlDatabase::removeDatabase(connectionName());
    }

    // A fresh, empty database; its URL.
    QString create(const QString &name)
    {
        exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name)); // left over by an aborted run
        if (const QString error = exec(QStringLiteral("CREATE DATABASE %1").arg(name)); !error.isEmpty())
            die(QStringLiteral("STADTLABOR_BENCH_PG: cannot create the scratch database %1 (the user needs CREATEDB): %2").arg(name, error));
        m_created.append(name);
        QUrl u(m_url);
        u.setPath(QLatin1Char('/') + name);
        return u.toString();
    }

    QString where() const { return m_where; }

private:
    static QString connectionName() { return QStringLiteral("bench-hub-pg-admin"); }

    QString exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(connectionName(), false));
        return q.exec(sql) ? QString() : q.lastError().text();
    }

    QString m_url;
    QString m_where;
    QStringList m_created;
};

// The whole benchmark; main() catches its failures.
int run(const QStringList &args)
{
    char usage[512];
    std::snprintf(usage, sizeof usage,
                  "usage: bench_hub PATH/TO/stadtlabor-hub [RESPONSES (default %d)]\n"
                  "Set STADTLABOR_BENCH_PG=postgresql://user@host/db to measure PostgreSQL too (needs CREATEDB).\n",
                  defaultResponses);
    QString binary;
    int responses = 0;
    if (!hubBenchArguments(args, usage, defaultResponses, &binary, &responses))
        return 2;

    QElapsedTimer total;
    total.start();
    const CatalogueParser::Result parsed = CatalogueParser::parseFile(QStringLiteral(":/catalogue/bochum.json"));
    if (!parsed.ok())
        die(QStringLiteral("cannot read the bundled catalogue: %1").arg(parsed.errors.join(QStringLiteral("; "))));
    const Workload w = makeWorkload(*parsed.catalogue, responses);
    std::printf("Hub push benchmark: %d random valid StadtRaumMonitor responses, %.1f MiB of request bodies,\n"
                "built and serialised in %.1f s before any clock runs\n",
                responses, double(w.bodyBytes) / 1048576.0, double(total.elapsed()) / 1000.0);
    std::fflush(stdout);

    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString()));
    const QStorageInfo storage(dir.path());
    std::vector<Summary> summaries;
    summaries.push_back(runKind(QStringLiteral("SQLite"), w, binary,
                                QStringLiteral("sqlite:%1").arg(dir.filePath(QStringLiteral("direct.sqlite"))),
                                QStringLiteral("sqlite:%1").arg(dir.filePath(QStringLiteral("hub.sqlite"))),
                                dir.filePath(QStringLiteral("hub-sqlite.log")),
                                QStringLiteral("%1 (%2)").arg(dir.path(), QString::fromLatin1(storage.fileSystemType()))));

    const QString pg = qEnvironmentVariable("STADTLABOR_BENCH_PG");
    if (!pg.isEmpty()) {
        PgScratch scratch(pg);
        const QString directUrl = scratch.create(QStringLiteral("stadtlabor_bench_direct"));
        const QString hubUrl = scratch.create(QStringLiteral("stadtlabor_bench_hub"));
        summaries.push_back(runKind(QStringLiteral("PostgreSQL"), w, binary, directUrl, hubUrl,
                                    dir.filePath(QStringLiteral("hub-postgresql.log")), scratch.where()));
    }

    std::printf("\n");
    for (const Summary &s : summaries) {
        const bool sqlite = s.label == QLatin1String("SQLite");
        std::printf("hub push (%s): %d responses, direct %.0f/s, hub %.0f/s, ratio %.2f (median of rounds", qPrintable(s.label),
                    s.responses, s.directRate, s.hubRate, s.ratio);
        if (sqlite)
            std::printf("; goal >= %.2f: %s)\n", goal, s.ratio >= goal ? "met" : "MISSED");
        else
            std::printf("; no goal)\n");
    }
    std::printf("benchmark time: %.0f s\n", double(total.elapsed()) / 1000.0);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    try {
        return run(app.arguments());
    } catch (const Failure &f) {
        std::fflush(stdout);
        std::fprintf(stderr, "bench_hub: %s\n", qPrintable(f.message));
        return 1;
    }
}
