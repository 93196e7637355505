// SPDX-License-Identifier: GPL-3.0-or-later
// Sync drain benchmark: how fast the kiosk's SyncService empties a queue of StadtRaumMonitor
// responses into a local hub, next to what the hub takes on its own in the same run; for
// several queue lengths (default 5,000, 50,000 three times, 200,000), to show how it scales.
//
// Setup per queue length (no clock runs): a fresh kiosk database (stadtlabor::Database, the
// bundled catalogue via CatalogueImporter::loadOrImportDefault) filled with N random valid
// responses through MonitorRepository::save (with synchronous=OFF while filling, FULL again and
// the WAL checkpointed before the clock starts: the drain runs on the kiosk's real pragmas). The
// same responses serialised into request bodies of the kiosk's batch size (SyncService::maxBatchItems,
// 500, as many as the hub takes), as the kiosk sends them.
//
// Each round: three fresh hub databases, each served by the real hub binary (SQLite, rate limit
// out of the way), one after the other, so the kiosk's run sits between the two baselines:
//   1. hub alone, before: the minimal pre-serialised keep-alive client of bench_hub;
//   2. the kiosk: an in-process SyncService on the filled database, enrolled with a code,
//      syncNow(). Its rate counts from syncNow() until the outbox holds no pending row (checked
//      after every acknowledged batch); the catalogue and results pull that follows is timed on
//      its own and left out;
//   3. hub alone, after: the same as 1 again, so that a change of the machine's load shows.
// Afterwards: every item accepted, the kiosk's outbox all "sent", the hub's results for the city
// count N responses, and the three hub databases hold identical submissions counts and aggregates.
// A further round of the same length first sets every outbox row back to pending (payloads
// untouched, WAL checkpointed); with several rounds the median ratio counts.
// The files live in one temporary folder (TMPDIR decides the disk: use a real one, not tmpfs).
#include "benchsupport.h"
#include "catalogueimporter.h"
#include "cataloguerepository.h"
#include "database.h"
#include "hubdatabase.h"
#include "monitorrepository.h"
#include "payloadformat.h"
#include "resultsrepository.h"
#include "settingsrepository.h"
#include "syncservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace stadtlabor;
using namespace stadtlabor::bench;
using namespace stadtlabor::hub;

namespace {

const QStringList defaultSizes{QStringLiteral("5000"), QStringLiteral("50000x3"), QStringLiteral("200000")};
constexpr int kioskBatch = SyncService::maxBatchItems;
constexpr double goal = 0.70;
constexpr quint32 seed = 20260505;
constexpr int drainTimeoutMs = 30 * 60 * 1000;

const QString kindMonitor = QStringLiteral("monitor_response");

// ---------------------------------------------------------------------------------------------
// the workload: the kiosk's queue, and the same items as pre-serialised requests

struct Request
{
    QByteArray body;
    int from = 0; // index of its first item in Workload::ids
    int count = 0;
};

struct Workload
{
    int responses = 0;
    int themes = 0;
    QString cityId;
    QStringList ids; // in queue order
    std::vector<Request> kioskBatches;
    qint64 itemBytes = 0;
};

std::vector<Request> requests(const std::vector<QByteArray> &items, int size)
{
    // What SyncService sends, minus its queue length: the envelope and the items, compact.
    const QByteArray head = QByteArrayLiteral(R"({"device":{"app_version":")") + QByteArrayLiteral(STADTLABOR_VERSION)
        + QByteArrayLiteral(R"(","last_error":"","queue_length":0},"items":[)");
    std::vector<Request> out;
    const int n = int(items.size());
    for (int from = 0; from < n; from += size) {
        Request r;
        r.from = from;
        r.count = std::min(size, n - from);
        r.body = head;
        for (int i = from; i < from + r.count; ++i) {
            if (i > from)
                r.body += ',';
            r.body += items[std::size_t(i)];
        }
        r.body += "]}";
        if (QJsonDocument::fromJson(r.body).object().value(QLatin1String("items")).toArray().size() != r.count)
            die(QStringLiteral("request body %1 is not the JSON it should be").arg(out.size()));
        out.push_back(std::move(r));
    }
    return out;
}

// Fills the kiosk's database through MonitorRepository::save and builds the requests.
Workload fill(Database &db, const Catalogue &catalogue, int responses)
{
    Workload w;
    w.responses = responses;
    w.themes = int(catalogue.criteriaSet.themes.size());
    QList<const Area *> districts;
    for (const Area &a : catalogue.areas) {
        if (a.kind == Area::Kind::StatisticalDistrict)
            districts.append(&a);
        if (a.kind == Area::Kind::City)
            w.cityId = a.id;
    }
    if (districts.isEmpty() || w.cityId.isEmpty())
        die(QStringLiteral("the bundled catalogue has no city or no statistical districts"));

    const auto pragma = [&db](const QString &sql) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            die(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
        return q.next() ? q.value(0) : QVariant();
    };
    // 50,000 fsyncs would only make the setup slow; the data written is the same.
    pragma(QStringLiteral("PRAGMA synchronous=OFF"));

    MonitorRepository repository(db);
    QRandomGenerator rng(seed);
    std::vector<QByteArray> items;
    items.reserve(std::size_t(responses));
    for (int n = 0; n < responses; ++n) {
        const MonitorResponse r = randomResponse(catalogue, districts, rng);
        const QStringList problems = r.validate(catalogue.criteriaSet);
        if (!problems.isEmpty())
            die(QStringLiteral("generated response %1 is not valid: %2").arg(n).arg(problems.join(QStringLiteral("; "))));
        QString error;
        if (!repository.save(r, &error))
            die(QStringLiteral("response %1 not saved: %2").arg(n).arg(error));
        w.ids.append(r.uuid);
        items.push_back(QJsonDocument(QJsonObject{{QStringLiteral("id"), r.uuid},
                                                  {QStringLiteral("kind"), kindMonitor},
                                                  {QStringLiteral("schema_version"), PayloadFormat::current()},
                                                  {QStringLiteral("created_at"), r.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                                                  {QStringLiteral("payload"), r.toJson()}})
                            .toJson(QJsonDocument::Compact));
        w.itemBytes += items.back().size();
    }

    // The kiosk's own pragmas again, and the WAL folded into the database as at rest.
    pragma(QStringLiteral("PRAGMA synchronous=FULL"));
    if (pragma(QStringLiteral("PRAGMA synchronous")).toInt() != 2)
        die(QStringLiteral("synchronous=FULL could not be restored"));
    pragma(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

    w.kioskBatches = requests(items, kioskBatch);
    return w;
}

// ---------------------------------------------------------------------------------------------
// the figures of one side

struct Side
{
    QString label;
    int requests = 0;
    int perRequest = 0;
    double seconds = 0;   // wall clock of the push
    double hubCpuS = 0;   // user + system time of the hub process during the push
    double selfCpuS = 0;  // the same for this process (the client: minimal, or the kiosk)
    double handlerS = 0;  // what the hub logged inside its submission handler
    int loggedPosts = 0;
    double rate(int responses) const { return responses / seconds; }
};

// The 1, 5 and 15 minute load averages: other work on the machine skews every side.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QStringLiteral("unknown");
}

double selfCpu()
{
    return processCpuSeconds(QCoreApplication::applicationPid());
}

QByteArray enrolOverHttp(HttpClient &client, const QByteArray &code, QByteArray *deviceId = nullptr)
{
    const HttpClient::Response enrolled =
        client.send("POST", "/api/v1/devices/enroll", QByteArray(),
                    QJsonDocument(QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                              {QStringLiteral("name"), QStringLiteral("Benchmark client")}})
                        .toJson(QJsonDocument::Compact));
    if (enrolled.status != 201)
        die(QStringLiteral("enrol: status %1: %2").arg(enrolled.status).arg(QString::fromUtf8(enrolled.body)));
    const QJsonObject o = QJsonDocument::fromJson(enrolled.body).object();
    if (deviceId)
        *deviceId = o.value(QLatin1String("device_id")).toString().toLatin1();
    return o.value(QLatin1String("token")).toString().toLatin1();
}

// The hub's count of responses for the whole city, as a kiosk reads it.
qint64 cityResponses(HttpClient &client, const QByteArray &token, const QString &cityId)
{
    const HttpClient::Response results = client.send("GET", "/api/v1/results?area=" + cityId.toUtf8(), token);
    if (results.status != 200)
        die(QStringLiteral("results: status %1: %2").arg(results.status).arg(QString::fromUtf8(results.body.left(500))));
    return QJsonDocument::fromJson(results.body).object().value(QLatin1String("city")).toObject().value(QLatin1String("responses")).toInteger(-1);
}

void checkAccepted(const Workload &w, const Request &request, const HttpClient::Response &r, int index)
{
    if (r.status != 200)
        die(QStringLiteral("request %1: status %2: %3").arg(index).arg(r.status).arg(QString::fromUtf8(r.body.left(500))));
    const QJsonArray results = QJsonDocument::fromJson(r.body).object().value(QLatin1String("results")).toArray();
    if (results.size() != request.count)
        die(QStringLiteral("request %1: %2 results for %3 items").arg(index).arg(results.size()).arg(request.count));
    for (int i = 0; i < results.size(); ++i) {
        const QJsonObject o = results.at(i).toObject();
        if (o.value(QLatin1String("id")).toString() != w.ids.at(request.from + i)
            || o.value(QLatin1String("status")).toString() != QLatin1String("accepted"))
            die(QStringLiteral("request %1, item %2: not accepted: %3")
                    .arg(index).arg(i).arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))));
    }
}

// The hub alone: the pre-serialised requests, one after the other over one keep-alive connection.
Side hubAlone(const QString &label, const Workload &w, const std::vector<Request> &batches, int perRequest,
              const QString &binary, const QString &dbUrl, const QString &logPath)
{
    const QByteArray code = HubProcess::enrolCode(binary, dbUrl);
    HubProcess hub;
    const quint16 port = hub.start(binary, dbUrl, logPath);
    HttpClient client(port);
    const QByteArray token = enrolOverHttp(client, code);

    Side s;
    s.label = label;
    s.requests = int(batches.size());
    s.perRequest = perRequest;
    std::vector<HttpClient::Response> answers(batches.size());
    const double hubBefore = processCpuSeconds(hub.pid());
    const double selfBefore = selfCpu();
    QElapsedTimer clock;
    clock.start();
    for (std::size_t i = 0; i < batches.size(); ++i) {
        answers[i] = client.send("POST", "/api/v1/submissions", token, batches[i].body);
        if (answers[i].status != 200) // the rest is checked after the clock
            checkAccepted(w, batches[i], answers[i], int(i));
    }
    s.seconds = double(clock.nsecsElapsed()) / 1e9;
    s.hubCpuS = processCpuSeconds(hub.pid()) - hubBefore;
    s.selfCpuS = selfCpu() - selfBefore;
    for (std::size_t i = 0; i < batches.size(); ++i)
        checkAccepted(w, batches[i], answers[i], int(i));

    const qint64 city = cityResponses(client, token, w.cityId);
    if (city != w.responses)
        die(QStringLiteral("%1: the hub counts %2 responses for %3, expected %4").arg(label).arg(city).arg(w.cityId).arg(w.responses));
    hub.stop();
    const std::vector<double> ms = hub.submissionMs();
    s.loggedPosts = int(ms.size());
    for (double m : ms)
        s.handlerS += m / 1000.0;
    return s;
}

// The kiosk: SyncService on the filled database, enrolled with this hub, syncNow().
struct KioskRun
{
    Side push;
    double totalS = 0; // syncNow() until finished: push and the pull that follows
    SyncService::Summary summary;
    SyncService::Status status;
    qint64 city = -1;
};

KioskRun kiosk(const Workload &w, Database &db, CatalogueRepository &catalogues, const QString &binary, const QString &dbUrl,
               const QString &logPath)
{
    const QByteArray code = HubProcess::enrolCode(binary, dbUrl);
    HubProcess hub;
    const quint16 port = hub.start(binary, dbUrl, logPath);

    // Enrolled over HTTP with the code, and the hub's answer stored under SyncService's keys,
    // as SyncService::enroll() stores it. enroll() itself is not used: its HubClient is owned
    // by the reply's own slot and dies with the reply (deleteLater), taking the reply's
    // QNetworkAccessManager with it, which crashes the next event loop in a process that lives on.
    HttpClient client(port);
    QByteArray deviceId;
    const QByteArray token = enrolOverHttp(client, code, &deviceId);
    SettingsRepository settings(db);
    QString error;
    if (!settings.setValue(SyncService::keyHubUrl, QStringLiteral("http://127.0.0.1:%1").arg(port), &error)
        || !settings.setValue(SyncService::keyDeviceId, QString::fromLatin1(deviceId), &error)
        || !settings.setValue(SyncService::keyToken, QString::fromLatin1(token), &error))
        die(QStringLiteral("the kiosk's enrolment could not be stored: %1").arg(error));

    ResultsRepository results(db);
    SyncService sync(db, catalogues, results, settings);
    if (sync.status().pending != w.responses)
        die(QStringLiteral("the kiosk's outbox holds %1 pending rows, expected %2").arg(sync.status().pending).arg(w.responses));

    KioskRun run;
    run.push.label = QStringLiteral("kiosk SyncService");
    run.push.perRequest = kioskBatch;
    QSqlQuery pending(db.connection());
    pending.setForwardOnly(true);
    if (!pending.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox_state WHERE state = 'pending')")))
        die(pending.lastError().text());

    QEventLoop loop;
    bool finished = false;
    bool pushed = false;
    QElapsedTimer clock;
    double hubBefore = 0, selfBefore = 0;
    // statusChanged comes after every batch the outbox recorded: the first one with nothing
    // pending left ends the push.
    QObject::connect(&sync, &SyncService::statusChanged, &loop, [&] {
        if (pushed || !pending.exec() || !pending.next())
            return;
        const bool left = pending.value(0).toBool();
        pending.finish();
        if (left)
            return;
        pushed = true;
        run.push.seconds = double(clock.nsecsElapsed()) / 1e9;
        run.push.hubCpuS = processCpuSeconds(hub.pid()) - hubBefore;
        run.push.selfCpuS = selfCpu() - selfBefore;
    });
    QObject::connect(&sync, &SyncService::finished, &loop, [&](const SyncService::Summary &s) {
        run.totalS = double(clock.nsecsElapsed()) / 1e9;
        run.summary = s;
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(drainTimeoutMs, &loop, [&] { loop.quit(); });
    hubBefore = processCpuSeconds(hub.pid());
    selfBefore = selfCpu();
    clock.start();
    sync.syncNow();
    if (!finished)
        loop.exec();
    if (!finished)
        die(QStringLiteral("the kiosk's sync did not finish within %1 minutes").arg(drainTimeoutMs / 60000));
    if (!run.summary.error.isEmpty())
        die(QStringLiteral("the kiosk's sync failed: %1").arg(run.summary.error));
    if (!pushed)
        die(QStringLiteral("the kiosk's sync finished with rows still pending"));
    run.status = sync.status();
    run.city = cityResponses(client, token, w.cityId);
    hub.stop();
    const std::vector<double> ms = hub.submissionMs();
    run.push.loggedPosts = int(ms.size());
    run.push.requests = int(ms.size());
    for (double m : ms)
        run.push.handlerS += m / 1000.0;
    return run;
}

// ---------------------------------------------------------------------------------------------
// the hub databases afterwards


Aggregates aggregates(const QString &url)
{
    QString error;
    const std::optional<DbUrl> parsed = DbUrl::parse(url, &error);
    if (!parsed)
        die(error);
    HubDatabase db;
    if (!db.open(*parsed))
        die(QStringLiteral("cannot open %1 afterwards: %2").arg(url, db.errorString()));
    const Aggregates a = bench::aggregates(db);
    db.close();
    return a;
}

// One size of queue: its command-line word is N or NxR (N responses, R rounds).
struct Size
{
    int responses = 0;
    int rounds = 1;
};

std::optional<Size> parseSize(const QString &word)
{
    const QStringList parts = word.split(QLatin1Char('x'));
    Size size;
    bool ok = false;
    size.responses = parts.value(0).toInt(&ok);
    if (ok && parts.size() == 2)
        size.rounds = parts.at(1).toInt(&ok);
    if (!ok || parts.size() > 2 || size.responses < 1 || size.rounds < 1 || size.rounds > 9)
        return std::nullopt;
    return size;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Every pending row again, its payload untouched, and the WAL folded in: the next round
// drains the same queue from a database at rest.
void requeue(Database &db, int responses)
{
    QSqlQuery q(db.connection());
    for (const char *sql : {"UPDATE outbox_state SET state = 'pending', attempts = 0, last_error = NULL, acknowledged_at = NULL",
                            "PRAGMA wal_checkpoint(TRUNCATE)"}) {
        if (!q.exec(QLatin1String(sql)))
            die(QStringLiteral("%1: %2").arg(QLatin1String(sql), q.lastError().text()));
    }
    q.finish();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox_state WHERE state = 'pending'")) || !q.next()
        || q.value(0).toInt() != responses)
        die(QStringLiteral("the outbox could not be queued again"));
}

struct Ratios
{
    double ofBefore = 0;
    double ofAfter = 0;
};

// One round: the hub alone, the kiosk, the hub alone again,
// each on a fresh hub database; prints the round's table and checks, returns its ratios.
Ratios round(const Workload &w, Database &db, CatalogueRepository &catalogues, const QString &binary, const QDir &dir)
{
    const int responses = w.responses;
    const QString urlBefore = QStringLiteral("sqlite:%1").arg(dir.filePath(QStringLiteral("hub-before.sqlite")));
    const QString urlKiosk = QStringLiteral("sqlite:%1").arg(dir.filePath(QStringLiteral("hub-kiosk.sqlite")));
    const QString urlAfter = QStringLiteral("sqlite:%1").arg(dir.filePath(QStringLiteral("hub-after.sqlite")));
    const Side before = hubAlone(QStringLiteral("hub alone, before"), w, w.kioskBatches, kioskBatch, binary, urlBefore,
                                   dir.filePath(QStringLiteral("hub-before.log")));
    const KioskRun k = kiosk(w, db, catalogues, binary, urlKiosk, dir.filePath(QStringLiteral("hub-kiosk.log")));
    const Side after = hubAlone(QStringLiteral("hub alone, after"), w, w.kioskBatches, kioskBatch, binary, urlAfter,
                                   dir.filePath(QStringLiteral("hub-after.log")));

    std::printf("| side                       | requests | items |      s |   sub/s | wall ms/req | hub handler | hub CPU | client CPU |\n"
                "|----------------------------|---------:|------:|-------:|--------:|------------:|------------:|--------:|-----------:|\n");
    // The per-request columns: wall, the hub's logged handler time, CPU of the hub process and
    // of this process (the minimal client, or the kiosk's SyncService with Qt Network and SQLite).
    const auto row = [&](const Side &s) {
        const double per = 1000.0 / s.requests;
        std::printf("| %-26s | %8d | %5d | %6.2f | %7.0f | %11.1f | %11.1f | %7.1f | %10.1f |\n", qPrintable(s.label), s.requests,
                    s.perRequest, s.seconds, s.rate(responses), s.seconds * per, s.handlerS * per, s.hubCpuS * per, s.selfCpuS * per);
    };
    row(before);
    row(k.push);
    row(after);
    std::printf("(ms per request; \"hub handler\" is what the hub logged for each POST /api/v1/submissions)\n\n");
    std::printf("kiosk: the push took %.2f s; the catalogue and results pull that follows in the same syncNow() %.2f s more\n"
                "(not in the rate); results updated for %d areas, catalogue %s\n",
                k.push.seconds, k.totalS - k.push.seconds, k.summary.resultsUpdated,
                k.summary.catalogueUpdated ? "updated" : "unchanged");

    // Checks: the kiosk's books and the hub's databases.
    const Aggregates aBefore = aggregates(urlBefore);
    const Aggregates aKiosk = aggregates(urlKiosk);
    const Aggregates aAfter = aggregates(urlAfter);
    const bool kioskOk = k.summary.sent == responses && k.summary.acknowledged == responses && k.summary.rejected == 0
        && k.status.pending == 0 && k.status.sent == responses && k.status.rejected == 0;
    const bool postsOk = before.loggedPosts == before.requests && after.loggedPosts == after.requests
        && k.push.loggedPosts == (responses + kioskBatch - 1) / kioskBatch;
    const bool sameOk = aKiosk.submissions == responses && aKiosk == aBefore && aKiosk == aAfter && !aKiosk.counts.isEmpty();
    std::printf("checks: kiosk summary sent %d, acknowledged %d, rejected %d; outbox %d pending, %d sent, %d rejected: %s;\n"
                "        hub POSTs logged %d / %d / %d: %s; results?area=%s on the kiosk's hub: %lld responses (expected %d): %s;\n"
                "        submissions %lld / %lld / %lld, monitor_counts (%lld rows) and monitor_totals (%lld rows): %s\n",
                k.summary.sent, k.summary.acknowledged, k.summary.rejected, k.status.pending, k.status.sent, k.status.rejected,
                kioskOk ? "ok" : "WRONG", before.loggedPosts, k.push.loggedPosts, after.loggedPosts, postsOk ? "ok" : "WRONG",
                qPrintable(w.cityId), k.city, responses, k.city == responses ? "ok" : "WRONG", aBefore.submissions, aKiosk.submissions,
                aAfter.submissions, qint64(aKiosk.counts.size()), qint64(aKiosk.totals.size()),
                sameOk ? "identical in all three hub databases" : "DIFFERENT");
    if (!kioskOk || !postsOk || k.city != responses || !sameOk)
        die(QStringLiteral("the hub's data does not match what was queued"));

    const double kioskRate = k.push.rate(responses);
    const Ratios r{kioskRate / before.rate(responses), kioskRate / after.rate(responses)};
    std::printf("round: %d submissions, kiosk %.0f/s, hub alone %.0f/s before / %.0f/s after,"
                " ratio %.2f / %.2f; load average %s\n\n",
                responses, kioskRate, before.rate(responses), after.rate(responses), r.ofBefore, r.ofAfter,
                qPrintable(loadAverage()));
    std::fflush(stdout);
    // The next round starts each hub on a fresh database; these are not needed any more.
    for (const QString &name : {QStringLiteral("hub-before"), QStringLiteral("hub-kiosk"), QStringLiteral("hub-after")}) {
        for (const QString &suffix : {QStringLiteral(".sqlite"), QStringLiteral(".sqlite-wal"), QStringLiteral(".sqlite-shm")})
            QFile::remove(dir.filePath(name + suffix));
    }
    return r;
}

// All rounds of one queue length on one filled kiosk database; the summary line.
QString measure(const Size &size, const QString &binary, const QDir &dir)
{
    if (!QDir().mkpath(dir.path()))
        die(QStringLiteral("cannot create %1").arg(dir.path()));
    std::vector<double> ofBefore, ofAfter;
    {
        QElapsedTimer setup;
        setup.start();
        Database db;
        if (!db.open(dir.filePath(QStringLiteral("kiosk.sqlite"))))
            die(QStringLiteral("cannot open the kiosk database: %1").arg(db.errorString()));
        CatalogueRepository catalogues(db);
        const CatalogueImporter::Result loaded = CatalogueImporter(catalogues).loadOrImportDefault();
        if (!loaded.ok())
            die(QStringLiteral("the bundled catalogue: %1").arg(loaded.errors.join(QStringLiteral("; "))));
        const Workload w = fill(db, *loaded.catalogue, size.responses);
        std::printf("== %d random valid StadtRaumMonitor responses (%d themes) saved into a fresh kiosk database and serialised\n"
                    "as requests of %d items (%.1f MiB of items) in %.1f s before any clock runs; %d round(s), each\n"
                    "side on a fresh hub database in its own hub process\n\n",
                    size.responses, w.themes, kioskBatch, double(w.itemBytes) / 1048576.0, double(setup.elapsed()) / 1000.0,
                    size.rounds);
        std::fflush(stdout);
        for (int r = 0; r < size.rounds; ++r) {
            if (r > 0)
                requeue(db, size.responses);
            const Ratios ratios = round(w, db, catalogues, binary, dir);
            ofBefore.push_back(ratios.ofBefore);
            ofAfter.push_back(ratios.ofAfter);
        }
    }
    QDir(dir).removeRecursively();
    const double mBefore = median(ofBefore);
    const double mAfter = median(ofAfter);
    QString rounds;
    if (size.rounds > 1) {
        QStringList each;
        for (std::size_t i = 0; i < ofBefore.size(); ++i)
            each.append(QStringLiteral("%1 / %2").arg(ofBefore[i], 0, 'f', 2).arg(ofAfter[i], 0, 'f', 2));
        rounds = QStringLiteral(", median of %1 rounds (%2)").arg(size.rounds).arg(each.join(QStringLiteral("; ")));
    }
    const bool met = mBefore >= goal && mAfter >= goal;
    return QStringLiteral("sync drain (SQLite): %1 submissions, ratio %2 / %3%4 (goal >= %5: %6)")
        .arg(size.responses).arg(mBefore, 0, 'f', 2).arg(mAfter, 0, 'f', 2).arg(rounds)
        .arg(goal, 0, 'f', 2).arg(met ? QStringLiteral("met") : QStringLiteral("MISSED"));
}

int run(const QStringList &args)
{
    const char *usage = "usage: bench_sync PATH/TO/stadtlabor-hub [SIZE ...]\n"
                        "  SIZE: N responses, or NxR for R rounds whose median counts (default: 5000 50000x3 200000)\n";
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        std::fputs(usage, stderr);
        return 2;
    }
    QString binary;
    int ignored = 0;
    if (!hubBenchArguments(args.mid(0, 2), usage, 1, &binary, &ignored))
        return 2;
    QList<Size> sizes;
    for (const QString &word : args.mid(2).isEmpty() ? defaultSizes : args.mid(2)) {
        const std::optional<Size> size = parseSize(word);
        if (!size)
            die(QStringLiteral("SIZE must be a positive number N or NxR with R from 1 to 9, not \"%1\"").arg(word));
        sizes.append(*size);
    }

    QElapsedTimer total;
    total.start();
    QTemporaryDir tmp;
    if (!tmp.isValid())
        die(QStringLiteral("cannot create a temporary folder: %1").arg(tmp.errorString()));
    const QStorageInfo storage(tmp.path());
    std::printf("Sync drain benchmark: a kiosk's SyncService drains its outbox into a local hub, next to the hub's own\n"
                "rate for the same requests from a minimal client; SQLite files in %s (%s); load average %s\n\n",
                qPrintable(tmp.path()), qPrintable(QString::fromLatin1(storage.fileSystemType())), qPrintable(loadAverage()));

    QStringList summary;
    for (const Size &size : sizes)
        summary.append(measure(size, binary, QDir(tmp.filePath(QStringLiteral("n%1").arg(size.responses)))));
    std::printf("kiosk rate / hub alone rate, against the hub alone before / after the kiosk:\n");
    for (const QString &line : summary)
        std::printf("%s\n", qPrintable(line));
    std::printf("benchmark time: %.0f s; load average now %s\n", double(total.elapsed()) / 1000.0, qPrintable(loadAverage()));
    return 0; // the figures are the result: a missed goal is printed, not an error
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The storage's and sync's notes (migrations, "catalogue ... now in use") are not figures.
    QLoggingCategory::setFilterRules(QStringLiteral("stadtlabor.*.info=false"));
    try {
        return run(app.arguments());
    } catch (const Failure &f) {
        std::fflush(stdout);
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(f.message));
        return 1;
    }
}
