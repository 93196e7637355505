// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's HTTP API and command line, against the real binary over real HTTP (see
// /work/hub-spec.md, the contract). One database per test class (SQLite file, or a fresh
// PostgreSQL database when STADTLABOR_TEST_DB names a server); a fresh hub process per test
// function, so the per-process rate limits and the request log start empty for each.
// State in the database is shared between test functions: every test counts from what was
// there before it (or uses an area no other test writes to).
//
// After every test function: every answer the hub gave passed the ResponseAudit (no 5xx but the
// documented 503, JSON errors with the spec's codes, the OpenAPI document when there is one),
// the hub wrote exactly one log line per request, and it stopped on SIGTERM with exit code 0.

#include "hubhttp.h"
#include "hubpayloads.h"
#include "hubprocess.h"
#include "responseaudit.h"

#include "catalogueparser.h"
#include "payloadformat.h"
#include "sealedbox.h"

#include <QDir>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimeZone>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <signal.h>

#include <algorithm>
#include <memory>
#include <tuple>
#include <optional>

using namespace stadtlabor;
using namespace stadtlabor::hubtest;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QString healthPath = QStringLiteral("/api/v1/health");
const QString enrollPath = QStringLiteral("/api/v1/devices/enroll");
const QString cataloguePath = QStringLiteral("/api/v1/catalogue");
const QString submissionsPath = QStringLiteral("/api/v1/submissions");
const QString devicesPath = QStringLiteral("/api/v1/devices");
const QString monitorCsvPath = QStringLiteral("/api/v1/export/monitor.csv");
const QString fondsCsvPath = QStringLiteral("/api/v1/export/fonds.csv");

QString resultsPath(const QString &area)
{
    return QStringLiteral("/api/v1/results?area=") + area;
}

const QRegularExpression tokenPattern(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$"));
const QRegularExpression hexEtag(QStringLiteral("^\"[0-9a-f]+\"$"));

bool isCanonicalUuid(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

QString statusList(const QJsonArray &results)
{
    QStringList list;
    for (const QJsonValue &r : results) {
        const QJsonObject o = r.toObject();
        list.append(o.value(QStringLiteral("status")).toString() + QLatin1Char('(')
                    + o.value(QStringLiteral("reason")).toString() + QLatin1Char(')'));
    }
    return list.join(QStringLiteral(", "));
}

// The per-theme numbers a set of responses must produce.
struct Expected
{
    int n = 0;
    QList<int> counts = QList<int>(7, 0);
    qint64 sum = 0;
};

QList<Expected> expectedFor(const QList<Scores> &responses, int themes)
{
    QList<Expected> e(themes);
    for (const Scores &scores : responses) {
        for (int t = 0; t < themes; ++t) {
            const std::optional<int> score = t < scores.size() ? scores.at(t) : std::nullopt;
            if (!score)
                continue;
            ++e[t].n;
            ++e[t].counts[*score - 1];
            e[t].sum += *score;
        }
    }
    return e;
}

// The default minimum group size: no mean or distribution from fewer responses.
constexpr int defaultK = 10;

// Shape and internal arithmetic of one level: 14 themes in the set's order; below k responses
// for the level or k ratings of the theme, mean and counts null; else 7 counts, n their sum,
// mean their weighted mean.
QStringList levelProblems(const AreaResult &a, const QString &level, int k = defaultK)
{
    QStringList p;
    const CriteriaSet &set = bundledCatalogue().criteriaSet;
    if (!a.present)
        return {level + QStringLiteral(": missing")};
    if (a.responses < 0)
        p.append(level + QStringLiteral(".responses missing"));
    if (a.themes.size() != set.themes.size())
        p.append(QStringLiteral("%1: %2 themes, expected %3").arg(level).arg(a.themes.size()).arg(set.themes.size()));
    for (int i = 0; i < a.themes.size() && i < set.themes.size(); ++i) {
        const ThemeResult &t = a.themes.at(i);
        const QString where = QStringLiteral("%1.themes[%2]").arg(level).arg(i);
        if (t.id != set.themes.at(i).id)
            p.append(QStringLiteral("%1.id %2, expected %3").arg(where, t.id, set.themes.at(i).id));
        if (t.n < 0)
            p.append(where + QStringLiteral(".n missing"));
        if (t.n < k || a.responses < k) {
            if (t.mean || !t.countsNull)
                p.append(QStringLiteral("%1: n %2 of %3 responses, below k %4, yet mean %5 counts %6").arg(where).arg(t.n)
                             .arg(a.responses).arg(k).arg(t.mean ? QString::number(*t.mean) : QStringLiteral("null"))
                             .arg(t.countsNull ? QStringLiteral("null") : QString::number(t.counts.size())));
            continue;
        }
        if (t.counts.size() != 7) {
            p.append(QStringLiteral("%1.counts has %2 entries, expected 7").arg(where).arg(t.counts.size()));
            continue;
        }
        int n = 0;
        qint64 sum = 0;
        for (int j = 0; j < 7; ++j) {
            n += t.counts.at(j);
            sum += qint64(j + 1) * t.counts.at(j);
        }
        if (t.n != n)
            p.append(QStringLiteral("%1.n %2, but the counts add up to %3").arg(where).arg(t.n).arg(n));
        if (n == 0 && t.mean)
            p.append(QStringLiteral("%1.mean %2 for n 0, expected null").arg(where).arg(*t.mean));
        if (n > 0 && (!t.mean || qAbs(*t.mean - double(sum) / n) > 0.005))
            p.append(QStringLiteral("%1.mean %2, the counts give %3").arg(where, t.mean ? QString::number(*t.mean) : QStringLiteral("null")).arg(double(sum) / n));
        if (a.responses >= 0 && t.n > a.responses)
            p.append(QStringLiteral("%1.n %2 > responses %3").arg(where).arg(t.n).arg(a.responses));
    }
    return p;
}

QString fileMode(const QString &path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    int mode = 0;
    mode |= p.testFlag(QFileDevice::ReadOwner) ? 0400 : 0;
    mode |= p.testFlag(QFileDevice::WriteOwner) ? 0200 : 0;
    mode |= p.testFlag(QFileDevice::ExeOwner) ? 0100 : 0;
    mode |= p.testFlag(QFileDevice::ReadGroup) ? 040 : 0;
    mode |= p.testFlag(QFileDevice::WriteGroup) ? 020 : 0;
    mode |= p.testFlag(QFileDevice::ExeGroup) ? 010 : 0;
    mode |= p.testFlag(QFileDevice::ReadOther) ? 04 : 0;
    mode |= p.testFlag(QFileDevice::WriteOther) ? 02 : 0;
    mode |= p.testFlag(QFileDevice::ExeOther) ? 01 : 0;
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString countsText(const QList<int> &counts)
{
    QStringList parts;
    for (int c : counts)
        parts.append(QString::number(c));
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

#define EXPECT_STATUS(response, expected)                                                                        \
    do {                                                                                                         \
        const HttpResponse &r_ = (response);                                                                     \
        QVERIFY2(r_.status == (expected), qPrintable(QStringLiteral("expected %1: ").arg(expected) + r_.describe())); \
    } while (false)

#define EXPECT_ERROR(response, expected, code)                                                                   \
    do {                                                                                                         \
        const HttpResponse &r_ = (response);                                                                     \
        QVERIFY2(r_.status == (expected) && r_.errorCode() == QLatin1String(code),                               \
                 qPrintable(QStringLiteral("expected %1 %2: ").arg(expected).arg(QLatin1String(code)) + r_.describe())); \
    } while (false)

#define ENROL(var, name)                                                                                          \
    QString var##Error;                                                                                           \
    const std::optional<HubProcess::Device> var##Opt = m_hub->enrol(name, &var##Error);                           \
    QVERIFY2(var##Opt.has_value(), qPrintable(var##Error));                                                      \
    const HubProcess::Device var = *var##Opt

class TestHubApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<HubProcess> m_hub;
    ResponseAudit m_audit;
    QString m_admin;
    bool m_exactLogCount = true; // false in tests that send raw or concurrent requests
    QString m_error;

    // keygen, run once in initTestCase.
    HubProcess::CliResult m_keygen;
    QString m_secretKeyFile;
    QByteArray m_publicKey;

    HttpClient &http() { return m_hub->http(); }

    // Stops the current hub (SIGTERM, exit 0, one log line per request) and starts another on
    // the same database with `args`.
    bool restartHub(const QStringList &args = {})
    {
        if (m_hub && m_hub->isRunning()) {
            const QStringList problems = stopHub();
            if (!problems.isEmpty()) {
                m_error = problems.join(QLatin1Char('\n'));
                return false;
            }
        }
        m_hub = std::make_unique<HubProcess>(m_db->url());
        m_hub->http().setAudit(&m_audit);
        return m_hub->start(args, &m_error);
    }

    QStringList stopHub()
    {
        QStringList problems;
        if (!m_hub)
            return problems;
        QString error;
        if (m_hub->isRunning() && !m_hub->terminate(&error))
            problems.append(QStringLiteral("SIGTERM: ") + error);
        const QList<HubProcess::LogLine> log = m_hub->requestLog();
        for (const HubProcess::LogLine &l : log) {
            if (!l.valid)
                problems.append(QStringLiteral("log line not in the format `<ISO time UTC> <METHOD> <path> <status> <ms>ms device=<x>`: ") + l.raw);
        }
        if (m_exactLogCount && log.size() != m_hub->http().requestCount())
            problems.append(QStringLiteral("%1 requests, but %2 request log lines:\n%3")
                                .arg(m_hub->http().requestCount()).arg(log.size()).arg(m_hub->stderrLines().join(QLatin1Char('\n'))));
        const QStringList other = m_hub->otherStderrLines();
        if (!other.isEmpty())
            qWarning("stadtlabor-hub wrote other lines to stderr:\n%s", qPrintable(other.join(QLatin1Char('\n'))));
        m_hub.reset();
        return problems;
    }

    // GET /api/v1/results?area=ID with the admin token, as the three levels.
    struct Results
    {
        HttpResponse response;
        AreaResult area;
        AreaResult district;
        AreaResult city;
        bool districtIsNull = false;
    };
    Results results(const QString &area, const QString &token = QString())
    {
        Results r;
        r.response = http().get(resultsPath(area), token.isEmpty() ? m_admin : token);
        const QJsonObject o = r.response.object();
        r.area = areaResult(o.value(QStringLiteral("area")));
        r.district = areaResult(o.value(QStringLiteral("district")));
        r.districtIsNull = o.value(QStringLiteral("district")).isNull();
        r.city = areaResult(o.value(QStringLiteral("city")));
        return r;
    }

    // POSTs the items; the results array, or an empty one (with m_error) when not a 200.
    QJsonArray submit(const QString &token, const QJsonArray &items, const QJsonObject &device = deviceBlock())
    {
        const HttpResponse r = http().post(submissionsPath, token, batchBytes(items, device));
        if (r.status != 200) {
            m_error = r.describe();
            return {};
        }
        const QJsonArray results = r.object().value(QStringLiteral("results")).toArray();
        if (results.size() != items.size())
            m_error = QStringLiteral("%1 results for %2 items: ").arg(results.size()).arg(items.size()) + r.describe();
        return results;
    }

    // The statuses of a submissions answer, checked against the items' ids (same order).
    QString checkResults(const QJsonArray &results, const QJsonArray &items, const QStringList &statuses)
    {
        if (results.size() != items.size())
            return QStringLiteral("%1 results for %2 items: %3").arg(results.size()).arg(items.size()).arg(m_error);
        for (int i = 0; i < results.size(); ++i) {
            const QJsonObject r = results.at(i).toObject();
            const QString id = items.at(i).toObject().value(QStringLiteral("id")).toString();
            if (!id.isEmpty() && r.value(QStringLiteral("id")).toString() != id)
                return QStringLiteral("results[%1].id %2, expected %3 (order of the items)").arg(i).arg(r.value(QStringLiteral("id")).toString(), id);
            if (r.value(QStringLiteral("status")).toString() != statuses.at(i))
                return QStringLiteral("results[%1] %2, expected %3; all: %4").arg(i).arg(r.value(QStringLiteral("status")).toString(), statuses.at(i), statusList(results));
            if (statuses.at(i) != QLatin1String("rejected") && r.value(QStringLiteral("reason")).toString() != QString())
                return QStringLiteral("results[%1] %2 with reason \"%3\", expected \"\"").arg(i).arg(statuses.at(i), r.value(QStringLiteral("reason")).toString());
            if (!r.value(QStringLiteral("reason")).isString())
                return QStringLiteral("results[%1].reason is not a string").arg(i);
        }
        return QString();
    }

    QJsonArray monitorItems(const QString &area, const QString &deviceId, const QList<Scores> &scores,
                            QList<MonitorResponse> *responses = nullptr)
    {
        QJsonArray items;
        for (const Scores &sc : scores) {
            const MonitorResponse m = monitorResponse(area, deviceId, sc);
            if (responses)
                responses->append(m);
            items.append(item(m));
        }
        return items;
    }

    HubProcess::CliResult cli(const QStringList &args) { return m_hub->runCli(args); }

private Q_SLOTS:
    void initTestCase()
    {
#ifdef STADTLABOR_OPENAPI_JSON
        QString openApiError;
        QVERIFY2(m_audit.loadOpenApi(QStringLiteral(STADTLABOR_OPENAPI_JSON), &openApiError), qPrintable(openApiError));
        qInfo("checking every answer against %s (%d operations)", STADTLABOR_OPENAPI_JSON,
              int(m_audit.documentedOperations().size()));
#else
        qWarning("STADTLABOR_OPENAPI_JSON is not defined: answers are not checked against the OpenAPI document");
#endif
        QVERIFY2(QFileInfo(HubProcess::binary()).isExecutable(), qPrintable(HubProcess::binary()));
        QVERIFY(SealedBox::initialize());
        QCOMPARE(bundledCatalogue().criteriaSet.themes.size(), 14);
        m_db = std::make_unique<TestDatabase>();
        QString error;
        QVERIFY2(m_db->create(&error), qPrintable(error));
        qInfo("database: %s", qPrintable(m_db->url()));

        HubProcess cliOnly(m_db->url());
        m_admin = cliOnly.adminToken(&error);
        QVERIFY2(!m_admin.isEmpty(), qPrintable(error));
        // The key pair for the Bochum-Fonds tests; keygen() checks what it did.
        m_secretKeyFile = QDir(m_db->scratchDir()).filePath(QStringLiteral("hub-secret.key"));
        m_keygen = cliOnly.runCli({QStringLiteral("keygen"), QStringLiteral("--secret-key"), m_secretKeyFile});
        if (m_keygen.exitCode == 0)
            m_publicKey = QByteArray::fromBase64(m_keygen.lastWord().toLatin1());
    }

    void init()
    {
        m_exactLogCount = true;
        m_error.clear();
        QVERIFY2(restartHub(), qPrintable(m_error));
    }

    void cleanup()
    {
        QStringList problems = m_audit.takeProblems();
        problems += stopHub();
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "))));
    }

    void cleanupTestCase()
    {
        m_hub.reset();
        qInfo("%d answers audited; operations seen:\n  %s", m_audit.recorded(),
              qPrintable(m_audit.seenOperations().join(QStringLiteral("\n  "))));
        m_db.reset();
    }

    // --- the checks themselves ---------------------------------------------------------------

    // The audit that runs on every answer must be able to fail.
    void auditCatchesProblems()
    {
        const auto response = [](int status, const QByteArray &path, const QByteArray &body,
                                 const QByteArray &contentType = QByteArrayLiteral("application/json")) {
            HttpResponse r;
            r.method = QByteArrayLiteral("GET");
            r.path = QString::fromLatin1(path);
            r.status = status;
            r.body = body;
            r.headers = {{QByteArrayLiteral("Content-Type"), contentType}};
            r.json = QJsonDocument::fromJson(body);
            r.isJson = !r.json.isNull();
            return r;
        };
        const QByteArray healthy = QByteArrayLiteral("{\"status\":\"ok\",\"version\":\"0.1.0\",\"db\":\"sqlite\",\"payload_formats\":[1]}");
        QCOMPARE(m_audit.commonProblems(response(200, "/api/v1/health", healthy)), QStringList());
        QCOMPARE(m_audit.openApiProblems(response(200, "/api/v1/health", healthy)), QStringList());
        QVERIFY(!m_audit.commonProblems(response(500, "/api/v1/health", QByteArrayLiteral("{\"error\":{\"code\":\"internal\",\"message\":\"x\"}}"))).isEmpty());
        QVERIFY(!m_audit.commonProblems(response(401, "/api/v1/devices", QByteArrayLiteral("{\"error\":{\"message\":\"x\"}}"))).isEmpty());
        QVERIFY(!m_audit.commonProblems(response(401, "/api/v1/devices", QByteArrayLiteral("{\"error\":{\"code\":\"forbidden\",\"message\":\"x\"}}"))).isEmpty());
        QVERIFY(!m_audit.commonProblems(response(422, "/api/v1/results", QByteArrayLiteral("{\"error\":{\"code\":\"invalid\",\"message\":\"x\"}}"))).isEmpty());
        QVERIFY(!m_audit.commonProblems(response(200, "/api/v1/export/monitor.csv", QByteArrayLiteral("id\n"), QByteArrayLiteral("text/plain"))).isEmpty());
        if (!m_audit.hasOpenApi())
            return;
        QVERIFY(!m_audit.openApiProblems(response(200, "/api/v1/health", QByteArrayLiteral("{\"status\":\"ok\"}"))).isEmpty());
        QVERIFY(!m_audit.openApiProblems(response(200, "/api/v1/health", QByteArrayLiteral("{\"status\":\"ok\",\"version\":1,\"db\":\"sqlite\"}"))).isEmpty());
        QVERIFY(!m_audit.openApiProblems(response(418, "/api/v1/health", healthy)).isEmpty());
        QVERIFY(!m_audit.openApiProblems(response(200, "/api/v1/undocumented", healthy)).isEmpty());
        QCOMPARE(m_audit.pathTemplate(QStringLiteral("/api/v1/devices/enroll")), QStringLiteral("/api/v1/devices/enroll"));
        QCOMPARE(m_audit.pathTemplate(QStringLiteral("/api/v1/devices/") + newUuid()), QStringLiteral("/api/v1/devices/{id}"));
        // Nested: a results answer whose theme lacks its counts.
        const QByteArray results = QByteArrayLiteral(
            "{\"min_responses\":10,\"criteria_set\":{\"id\":\"s\",\"version\":1,\"scale\":{\"min\":1,\"max\":7}},"
            "\"area\":{\"id\":\"a\",\"kind\":\"city\",\"responses\":1,\"themes\":[{\"id\":\"t\",\"n\":1,\"mean\":1}]},"
            "\"district\":null,"
            "\"city\":{\"id\":\"a\",\"kind\":\"city\",\"responses\":1,\"themes\":[{\"id\":\"t\",\"n\":1,\"mean\":1,\"counts\":[1,0,0,0,0,0,0]}]}}");
        const QStringList nested = m_audit.openApiProblems(response(200, "/api/v1/results?area=a", results));
        QVERIFY2(nested.join(QLatin1Char('\n')).contains(QLatin1String("area.themes[0]")), qPrintable(nested.join(QLatin1Char('\n'))));
        // What only a real JSON Schema validator sees: enums, formats, extra properties, the
        // alternatives of oneOf, each at its path.
        const auto caught = [&](const QByteArray &path, const QByteArray &body, const QString &expected) {
            const QString all = m_audit.openApiProblems(response(200, path, body)).join(QLatin1Char('\n'));
            return all.contains(expected) ? QString() : QStringLiteral("%1 not in: %2").arg(expected, all);
        };
        QString miss = caught("/api/v1/health", QByteArrayLiteral("{\"status\":\"ok\",\"version\":\"0.1.0\",\"db\":\"oracle\"}"),
                              QStringLiteral("db: 'oracle' is not one of"));
        QVERIFY2(miss.isEmpty(), qPrintable(miss));
        miss = caught("/api/v1/health", QByteArrayLiteral("{\"status\":\"ok\",\"version\":\"0.1.0\",\"db\":\"sqlite\",\"debug\":true}"),
                      QStringLiteral("'debug' was unexpected"));
        QVERIFY2(miss.isEmpty(), qPrintable(miss));
        QByteArray town = results;
        town.replace("\"district\":null", "\"district\":{\"id\":\"a\",\"kind\":\"town\",\"responses\":1,\"themes\":[]}");
        miss = caught("/api/v1/results?area=a", town, QStringLiteral("district.kind: 'town' is not one of"));
        QVERIFY2(miss.isEmpty(), qPrintable(miss));
        miss = caught("/api/v1/devices",
                      QByteArrayLiteral("{\"devices\":[{\"id\":\"3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69\",\"name\":\"E\","
                                        "\"enrolled_at\":\"gestern\",\"last_seen_at\":null,\"app_version\":null,"
                                        "\"queue_length\":null,\"last_error\":null,\"revoked_at\":null}]}"),
                      QStringLiteral("devices[0].enrolled_at: 'gestern' is not a 'date-time'"));
        QVERIFY2(miss.isEmpty(), qPrintable(miss));
    }

    // --- health -------------------------------------------------------------------------------

    void health()
    {
        const HttpResponse r = http().get(healthPath);
        EXPECT_STATUS(r, 200);
        QCOMPARE(r.object(), (QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                          {QStringLiteral("version"), QStringLiteral(STADTLABOR_VERSION)},
                                          {QStringLiteral("db"), TestDatabase::backend()},
                                          // The payload formats it takes: this build's and the one before.
                                          {QStringLiteral("payload_formats"), QJsonArray{1}}}));
        QCOMPARE(PayloadFormat::current(), 1);
        // No auth needed, and a token does not hurt.
        EXPECT_STATUS(http().get(healthPath, m_admin), 200);
    }

    // --- enrolment ----------------------------------------------------------------------------

    void enrolment()
    {
        QString error;
        const QString code = m_hub->enrolmentCode(QStringLiteral("Stadtlabor Eingang"), &error);
        QVERIFY2(codePattern.match(code).hasMatch(), qPrintable(code + QLatin1Char(' ') + error));

        const QJsonObject body{{QStringLiteral("code"), code}, {QStringLiteral("name"), QStringLiteral("Stadtlabor Eingang")}};
        const HttpResponse r = http().post(enrollPath, QString(), body);
        EXPECT_STATUS(r, 201);
        const QString deviceId = r.object().value(QStringLiteral("device_id")).toString();
        const QString token = r.object().value(QStringLiteral("token")).toString();
        QVERIFY2(isCanonicalUuid(deviceId), qPrintable(r.describe()));
        QVERIFY2(tokenPattern.match(token).hasMatch(), qPrintable(r.describe()));
        EXPECT_STATUS(http().get(cataloguePath, token), 200);

        // A used code is spent.
        EXPECT_ERROR(http().post(enrollPath, QString(), body), 401, "unauthorized");
        // An unknown one never worked.
        EXPECT_ERROR(http().post(enrollPath, QString(),
                                 QJsonObject{{QStringLiteral("code"), QStringLiteral("AAAA-BBBB-CCCC")},
                                             {QStringLiteral("name"), QStringLiteral("Fremd")}}),
                     401, "unauthorized");

        // Case-insensitive, dashes and spaces optional.
        const QString code2 = m_hub->enrolmentCode(QStringLiteral("Zweites Terminal"), &error);
        QVERIFY2(!code2.isEmpty(), qPrintable(error));
        const HttpResponse r2 = http().post(enrollPath, QString(),
                                            QJsonObject{{QStringLiteral("code"), code2.toLower().remove(QLatin1Char('-'))},
                                                        {QStringLiteral("name"), QStringLiteral("Zweites Terminal")}});
        EXPECT_STATUS(r2, 201);
        const QString code3 = m_hub->enrolmentCode(QStringLiteral("Drittes Terminal"), &error);
        QVERIFY2(!code3.isEmpty(), qPrintable(error));
        const HttpResponse r3 = http().post(enrollPath, QString(),
                                            QJsonObject{{QStringLiteral("code"), code3.toLower().replace(QLatin1Char('-'), QLatin1Char(' '))},
                                                        {QStringLiteral("name"), QStringLiteral("Drittes Terminal")}});
        EXPECT_STATUS(r3, 201);
        const QStringList ids{deviceId, r2.object().value(QStringLiteral("device_id")).toString(),
                              r3.object().value(QStringLiteral("device_id")).toString()};
        const QStringList tokens{token, r2.object().value(QStringLiteral("token")).toString(),
                                 r3.object().value(QStringLiteral("token")).toString()};
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 3);
        QCOMPARE(QSet<QString>(tokens.cbegin(), tokens.cend()).size(), 3);
    }

    void enrolmentRefusesBadRequests()
    {
        QString error;
        const QString code = m_hub->enrolmentCode(QStringLiteral("Kaputt"), &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error));

        EXPECT_ERROR(http().post(enrollPath, QString(), QByteArrayLiteral("{\"code\": \"")), 400, "malformed_json");
        EXPECT_ERROR(http().post(enrollPath, QString(),
                                 json({{QStringLiteral("code"), code}, {QStringLiteral("name"), QStringLiteral("Kaputt")}}),
                                 QByteArrayLiteral("text/plain")),
                     415, "unsupported_media_type");
        const HttpResponse noName = http().post(enrollPath, QString(), QJsonObject{{QStringLiteral("code"), code}});
        EXPECT_ERROR(noName, 422, "invalid");
        QVERIFY2(noName.details().join(QLatin1Char('\n')).contains(QLatin1String("name")), qPrintable(noName.describe()));
        EXPECT_ERROR(http().post(enrollPath, QString(), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("name"), QString()}}),
                     422, "invalid");
        EXPECT_ERROR(http().post(enrollPath, QString(),
                                 QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("name"), QString(81, QLatin1Char('a'))}}),
                     422, "invalid");
        EXPECT_ERROR(http().post(enrollPath, QString(),
                                 QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("name"), s("Eingang\x07")}}),
                     422, "invalid");
        EXPECT_ERROR(http().post(enrollPath, QString(),
                                 QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("name"), 42}}),
                     422, "invalid");

        // 80 characters (not bytes) is the limit, and an explicit charset is fine.
        const QString code2 = m_hub->enrolmentCode(QStringLiteral("Lang"), &error);
        QVERIFY2(!code2.isEmpty(), qPrintable(error));
        const QString longName = s("ä").repeated(80);
        const HttpResponse r = http().post(enrollPath, QString(),
                                           json({{QStringLiteral("code"), code2}, {QStringLiteral("name"), longName}}),
                                           QByteArrayLiteral("application/json; charset=utf-8"));
        EXPECT_STATUS(r, 201);
        const HttpResponse list = http().get(devicesPath, m_admin);
        EXPECT_STATUS(list, 200);
        bool found = false;
        for (const QJsonValue &d : list.object().value(QStringLiteral("devices")).toArray())
            found = found || (d.toObject().value(QStringLiteral("id")).toString() == r.object().value(QStringLiteral("device_id")).toString()
                              && d.toObject().value(QStringLiteral("name")).toString() == longName);
        QVERIFY2(found, qPrintable(list.describe()));
    }

    void enrolmentCodeCommand()
    {
        // The spec's line; checked last, after what matters more (code and validity).
        const QRegularExpression specLine(QStringLiteral("^Enrolment code for Stadtlabor Eingang \\(valid until (\\S+)\\): (\\S+)$"));
        const QRegularExpression validUntil(QStringLiteral("valid until (\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?)(Z| UTC|\\+00:00)?"));
        struct Case { QStringList extra; qint64 hours; };
        const QList<Case> cases{{{}, 24}, {{QStringLiteral("--ttl"), QStringLiteral("2")}, 2},
                                {{QStringLiteral("--ttl"), QStringLiteral("720")}, 720}};
        QString lastLine;
        for (const Case &c : cases) {
            const HubProcess::CliResult r = cli(QStringList{QStringLiteral("enroll-code"), QStringLiteral("--name"),
                                                            QStringLiteral("Stadtlabor Eingang")} + c.extra);
            QVERIFY2(r.exitCode == 0 && !r.crashed, qPrintable(r.describe()));
            lastLine = r.outLines().value(r.outLines().size() - 1);
            QVERIFY2(codePattern.match(r.lastWord()).hasMatch(), qPrintable(r.describe()));
            const QRegularExpressionMatch m = validUntil.match(lastLine);
            QVERIFY2(m.hasMatch(), qPrintable(r.describe()));
            QDateTime until = QDateTime::fromString(m.captured(1).replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODateWithMs);
            until.setTimeZone(QTimeZone::utc());
            QVERIFY2(until.isValid(), qPrintable(m.captured(1)));
            const qint64 expected = QDateTime::currentSecsSinceEpoch() + c.hours * 3600;
            QVERIFY2(qAbs(until.toSecsSinceEpoch() - expected) < 300,
                     qPrintable(QStringLiteral("--ttl %1: valid until %2").arg(c.hours).arg(m.captured(1))));
        }
        // Out of 1..720 hours, not a number, no name: usage errors, one line, exit 2.
        const QList<QStringList> bad{
            {QStringLiteral("enroll-code"), QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--ttl"), QStringLiteral("0")},
            {QStringLiteral("enroll-code"), QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--ttl"), QStringLiteral("721")},
            {QStringLiteral("enroll-code"), QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--ttl"), QStringLiteral("-1")},
            {QStringLiteral("enroll-code"), QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--ttl"), QStringLiteral("zwei")},
            {QStringLiteral("enroll-code")},
        };
        for (const QStringList &args : bad) {
            const HubProcess::CliResult r = cli(args);
            QVERIFY2(r.exitCode == 2 && !r.crashed, qPrintable(r.describe()));
            QVERIFY2(r.errLines().size() == 1 && r.errLines().first().startsWith(QLatin1String("stadtlabor-hub: error: ")),
                     qPrintable(r.describe()));
            QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        }
        // No way to make a code expire in a test (no clock to turn), so the expiry itself is
        // not covered; a spent code is (enrolment()).

        // The line as the spec words it: `Enrolment code for NAME (valid until <ISO>): CODE`.
        const QRegularExpressionMatch m = specLine.match(lastLine);
        QVERIFY2(m.hasMatch() && QDateTime::fromString(m.captured(1), Qt::ISODateWithMs).isValid(),
                 qPrintable(QStringLiteral("not the spec's line: ") + lastLine));
    }

    // --- catalogue ----------------------------------------------------------------------------

    void freshHubServesBundledCatalogue()
    {
        TestDatabase db;
        QString error;
        QVERIFY2(db.create(&error), qPrintable(error));
        HubProcess hub(db.url());
        hub.http().setAudit(&m_audit);
        QVERIFY2(hub.start({}, &error), qPrintable(error));
        const QString admin = hub.adminToken(&error);
        QVERIFY2(!admin.isEmpty(), qPrintable(error));
        const HttpResponse r = hub.http().get(cataloguePath, admin);
        EXPECT_STATUS(r, 200);
        const CatalogueParser::Result served = CatalogueParser::parse(r.body);
        QVERIFY2(served.ok(), qPrintable(served.errors.join(QLatin1Char('\n'))));
        QVERIFY(*served.catalogue == bundledCatalogue());
        QVERIFY(!r.object().contains(QStringLiteral("hub_public_key")));
        QVERIFY2(hub.terminate(&error), qPrintable(error));
    }

    void catalogueEtag()
    {
        ENROL(device, QStringLiteral("Katalog"));
        const HttpResponse r = http().get(cataloguePath, device.token);
        EXPECT_STATUS(r, 200);
        const QByteArray etag = r.header(QByteArrayLiteral("ETag"));
        QVERIFY2(hexEtag.match(QString::fromLatin1(etag)).hasMatch(), etag.constData());
        QVERIFY2(CatalogueParser::parse(r.body).ok(), qPrintable(r.describe()));

        const HttpResponse notModified = http().get(cataloguePath, device.token, {{QByteArrayLiteral("If-None-Match"), etag}});
        EXPECT_STATUS(notModified, 304);
        QVERIFY(notModified.body.isEmpty());
        const HttpResponse other = http().get(cataloguePath, device.token, {{QByteArrayLiteral("If-None-Match"), QByteArrayLiteral("\"0000\"")}});
        EXPECT_STATUS(other, 200);
        QCOMPARE(other.body, r.body);
        QCOMPARE(other.header(QByteArrayLiteral("ETag")), etag);

        const HttpResponse asAdmin = http().get(cataloguePath, m_admin);
        EXPECT_STATUS(asAdmin, 200);
        QCOMPARE(asAdmin.header(QByteArrayLiteral("ETag")), etag);
        EXPECT_ERROR(http().get(cataloguePath), 401, "unauthorized");
        EXPECT_ERROR(http().get(cataloguePath, QString(43, QLatin1Char('A'))), 401, "unauthorized");
        EXPECT_ERROR(http().get(cataloguePath, QStringLiteral("kein-token")), 401, "unauthorized");
    }

    void cataloguePut()
    {
        ENROL(device, QStringLiteral("Katalog PUT"));
        const HttpResponse before = http().get(cataloguePath, device.token);
        EXPECT_STATUS(before, 200);

        // Valid: a new version, served at once with a new ETag.
        QJsonObject doc = bundledCatalogueJson();
        doc.insert(QStringLiteral("version"), QStringLiteral("2026-12-24.1"));
        QJsonArray projects = doc.value(QStringLiteral("projects")).toArray();
        QJsonObject first = projects.at(0).toObject();
        QJsonObject title = first.value(QStringLiteral("title")).toObject();
        title.insert(QStringLiteral("de"), s("Geänderter Titel für den Test"));
        first.insert(QStringLiteral("title"), title);
        projects.replace(0, first);
        doc.insert(QStringLiteral("projects"), projects);
        const HttpResponse put = http().put(cataloguePath, m_admin, json(doc));
        EXPECT_STATUS(put, 200);
        QCOMPARE(put.object().value(QStringLiteral("version")).toString(), QStringLiteral("2026-12-24.1"));
        const QString newEtag = put.object().value(QStringLiteral("etag")).toString();
        QVERIFY2(hexEtag.match(newEtag).hasMatch(), qPrintable(put.describe()));
        QVERIFY(newEtag.toLatin1() != before.header(QByteArrayLiteral("ETag")));
        const HttpResponse after = http().get(cataloguePath, device.token);
        EXPECT_STATUS(after, 200);
        QCOMPARE(after.header(QByteArrayLiteral("ETag")), newEtag.toLatin1());
        QCOMPARE(after.object().value(QStringLiteral("version")).toString(), QStringLiteral("2026-12-24.1"));
        const CatalogueParser::Result parsed = CatalogueParser::parse(after.body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));
        QCOMPARE(parsed.catalogue->projects.first().title.text(QStringLiteral("de")), s("Geänderter Titel für den Test"));
        // The key keygen stored stays in what is served.
        if (!m_publicKey.isEmpty())
            QCOMPARE(after.object().value(QStringLiteral("hub_public_key")).toString(), QString::fromLatin1(m_publicKey.toBase64()));

        // Invalid: 422 with the parser's path-precise messages, and the old one stays.
        QJsonObject bad = doc;
        bad.insert(QStringLiteral("version"), QStringLiteral("2026-12-25.1"));
        QJsonArray badProjects = bad.value(QStringLiteral("projects")).toArray();
        QJsonObject fourth = badProjects.at(3).toObject();
        fourth.insert(QStringLiteral("status"), QStringLiteral("fertig"));
        badProjects.replace(3, fourth);
        bad.insert(QStringLiteral("projects"), badProjects);
        const HttpResponse invalid = http().put(cataloguePath, m_admin, json(bad));
        EXPECT_ERROR(invalid, 422, "invalid");
        QVERIFY2(invalid.details().contains(QStringLiteral("projects[3].status: unknown status \"fertig\"")), qPrintable(invalid.describe()));
        bad.remove(QStringLiteral("languages"));
        const HttpResponse twoProblems = http().put(cataloguePath, m_admin, json(bad));
        EXPECT_ERROR(twoProblems, 422, "invalid");
        QVERIFY2(twoProblems.details().size() >= 2, qPrintable(twoProblems.describe()));
        const HttpResponse still = http().get(cataloguePath, device.token);
        EXPECT_STATUS(still, 200);
        QCOMPARE(still.header(QByteArrayLiteral("ETag")), newEtag.toLatin1());
        QCOMPARE(still.object().value(QStringLiteral("version")).toString(), QStringLiteral("2026-12-24.1"));

        // Who may, and what is not a catalogue at all.
        EXPECT_ERROR(http().put(cataloguePath, device.token, json(doc)), 403, "forbidden");
        EXPECT_ERROR(http().put(cataloguePath, QString(), json(doc)), 401, "unauthorized");
        EXPECT_ERROR(http().put(cataloguePath, m_admin, json(doc), QByteArrayLiteral("text/plain")), 415, "unsupported_media_type");
        EXPECT_ERROR(http().put(cataloguePath, m_admin, QByteArrayLiteral("{\"version\": ")), 400, "malformed_json");
        QByteArray huge = json(doc);
        huge.insert(1, QByteArray(4 * 1024 * 1024 + 16, ' ')); // still valid JSON, beyond 4 MiB
        QCOMPARE(http().get(cataloguePath, device.token).header(QByteArrayLiteral("ETag")), newEtag.toLatin1());
        // Last: a Qt client (like an admin tool on QNetworkAccessManager) must get to see the 413.
        EXPECT_ERROR(http().put(cataloguePath, m_admin, huge), 413, "too_large");
    }

    void catalogueCommands()
    {
        const HubProcess::CliResult exported = cli({QStringLiteral("catalogue"), QStringLiteral("export")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        QVERIFY2(CatalogueParser::parse(exported.out).ok(), qPrintable(exported.describe()));

        QJsonObject bad = bundledCatalogueJson();
        QJsonArray projects = bad.value(QStringLiteral("projects")).toArray();
        QJsonObject fourth = projects.at(3).toObject();
        fourth.insert(QStringLiteral("status"), QStringLiteral("fertig"));
        projects.replace(3, fourth);
        bad.insert(QStringLiteral("projects"), projects);
        bad.insert(QStringLiteral("published_at"), QStringLiteral("gestern"));
        const QString badFile = QDir(m_db->scratchDir()).filePath(QStringLiteral("bad-catalogue.json"));
        QVERIFY(writeFile(badFile, json(bad)));
        const HubProcess::CliResult refused = cli({QStringLiteral("catalogue"), QStringLiteral("import"), badFile});
        QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
        const QStringList errLines = refused.errLines();
        QVERIFY2(errLines.size() >= 2, qPrintable(refused.describe()));
        QVERIFY2(std::any_of(errLines.cbegin(), errLines.cend(), [](const QString &l) {
                     return l.endsWith(QLatin1String("projects[3].status: unknown status \"fertig\""));
                 }),
                 qPrintable(refused.describe()));
        const HubProcess::CliResult unchanged = cli({QStringLiteral("catalogue"), QStringLiteral("export")});
        QCOMPARE(unchanged.out, exported.out);

        QJsonObject good = QJsonDocument::fromJson(exported.out).object();
        good.insert(QStringLiteral("version"), QStringLiteral("2027-01-15.1"));
        good.remove(QStringLiteral("hub_public_key")); // the hub adds its own
        const QString goodFile = QDir(m_db->scratchDir()).filePath(QStringLiteral("good-catalogue.json"));
        QVERIFY(writeFile(goodFile, json(good)));
        const HubProcess::CliResult imported = cli({QStringLiteral("catalogue"), QStringLiteral("import"), goodFile});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const HubProcess::CliResult reexported = cli({QStringLiteral("catalogue"), QStringLiteral("export")});
        QCOMPARE(QJsonDocument::fromJson(reexported.out).object().value(QStringLiteral("version")).toString(), QStringLiteral("2027-01-15.1"));
        const HubProcess::CliResult missing = cli({QStringLiteral("catalogue"), QStringLiteral("import"),
                                                   QDir(m_db->scratchDir()).filePath(QStringLiteral("nope.json"))});
        QVERIFY2(missing.exitCode == 1 && missing.errLines().size() == 1, qPrintable(missing.describe()));

        // A hub started afterwards serves it (whether a running one does at once is not specified).
        QVERIFY2(restartHub(), qPrintable(m_error));
        const HttpResponse served = http().get(cataloguePath, m_admin);
        EXPECT_STATUS(served, 200);
        QCOMPARE(served.object().value(QStringLiteral("version")).toString(), QStringLiteral("2027-01-15.1"));
        QCOMPARE(served.body.trimmed(), reexported.out.trimmed());
    }

    // --- submissions --------------------------------------------------------------------------

    void submissionsAcceptedDuplicateConflict()
    {
        ENROL(device, QStringLiteral("Einreichen"));
        const QString area = QStringLiteral("grumme");
        const Results before = results(area);
        EXPECT_STATUS(before.response, 200);

        QList<MonitorResponse> responses;
        const QJsonArray items = monitorItems(area, device.id, {{7, 6, 5}, {1, std::nullopt, 3}, {4}}, &responses);
        const QJsonArray first = submit(device.token, items);
        QString problem = checkResults(first, items, {QStringLiteral("accepted"), QStringLiteral("accepted"), QStringLiteral("accepted")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Results afterFirst = results(area);
        QCOMPARE(afterFirst.area.responses, before.area.responses + 3);

        // The same batch again (a kiosk that did not hear the answer): all duplicate, nothing counted twice.
        const QJsonArray second = submit(device.token, items);
        problem = checkResults(second, items, {QStringLiteral("duplicate"), QStringLiteral("duplicate"), QStringLiteral("duplicate")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Results afterSecond = results(area);
        QCOMPARE(afterSecond.response.object(), afterFirst.response.object());

        // The same id with other content is a conflict, never an overwrite.
        MonitorResponse changed = responses.at(0);
        changed.answers[0].score = 1;
        const QJsonArray conflictItems{item(changed), items.at(1)};
        const QJsonArray third = submit(device.token, conflictItems);
        problem = checkResults(third, conflictItems, {QStringLiteral("rejected"), QStringLiteral("duplicate")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(third.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("conflict"));
        QCOMPARE(results(area).response.object(), afterFirst.response.object());
    }

    void submissionsPartialBatch()
    {
        ENROL(device, QStringLiteral("Teilweise"));
        const QString area = QStringLiteral("gleisdreieck");
        const Results before = results(area);
        EXPECT_STATUS(before.response, 200);

        QJsonArray items;
        items.append(item(monitorResponse(area, device.id, {5, 5})));                 // 0 accepted
        MonitorResponse outOfScale = monitorResponse(area, device.id, {9});
        items.append(item(outOfScale));                                              // 1 score 9
        QJsonObject mismatch = item(monitorResponse(area, device.id, {3}));
        mismatch.insert(QStringLiteral("id"), newUuid());
        items.append(mismatch);                                                      // 2 payload.id != id
        items.append(item(QStringLiteral("wish_list"), monitorResponse(area, device.id, {3}).toJson())); // 3 kind
        items.append(item(monitorResponse(area, device.id, {2, 2})));                // 4 accepted
        MonitorResponse unknownSet = monitorResponse(area, device.id, {3});
        unknownSet.criteriaSetVersion = 99;
        items.append(item(unknownSet));                                              // 5 set version never served
        QJsonObject notAnObject = item(monitorResponse(area, device.id, {3}));
        notAnObject.insert(QStringLiteral("payload"), QStringLiteral("kaputt"));
        items.append(notAnObject);                                                   // 6 payload not an object
        items.append(42);                                                            // 7 item not an object
        MonitorResponse badTheme = monitorResponse(area, device.id, {3});
        badTheme.answers[2].themeId = QStringLiteral("weather");
        items.append(item(badTheme));                                                // 8 wrong theme
        QJsonObject noPayloadId = item(monitorResponse(area, device.id, {3}));
        QJsonObject payload = noPayloadId.value(QStringLiteral("payload")).toObject();
        payload.remove(QStringLiteral("id"));
        noPayloadId.insert(QStringLiteral("payload"), payload);
        items.append(noPayloadId);                                                   // 9 payload without id
        QJsonObject tooNew = item(monitorResponse(area, device.id, {3}));
        tooNew.insert(QStringLiteral("schema_version"), PayloadFormat::current() + 1);
        items.append(tooNew);                                                        // 10 a format after this hub's
        QJsonObject tooOld = item(monitorResponse(area, device.id, {3}));
        tooOld.insert(QStringLiteral("schema_version"), 0);
        items.append(tooOld);                                                        // 11 no such format

        const QJsonArray r = submit(device.token, items);
        const QString rejected = QStringLiteral("rejected");
        const QString problem = checkResults(r, items, {QStringLiteral("accepted"), rejected, rejected, rejected,
                                                        QStringLiteral("accepted"), rejected, rejected, rejected, rejected, rejected,
                                                        rejected, rejected});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const auto reason = [&r](int i) { return r.at(i).toObject().value(QStringLiteral("reason")).toString(); };
        QVERIFY2(reason(1).contains(QLatin1String("answers[0].score")), qPrintable(reason(1)));
        QVERIFY2(reason(2).contains(QLatin1String("id")), qPrintable(reason(2)));
        QVERIFY2(reason(3).contains(QLatin1String("kind")), qPrintable(reason(3)));
        QVERIFY2(reason(5).contains(QLatin1String("criteria_set")), qPrintable(reason(5)));
        QVERIFY2(reason(8).contains(QLatin1String("answers[2].theme")), qPrintable(reason(8)));
        for (int i : {6, 7, 9})
            QVERIFY2(!reason(i).isEmpty(), qPrintable(QStringLiteral("item %1 rejected without a reason").arg(i)));
        // A format the hub does not take says so in a way a kiosk recognises: it keeps the item.
        for (int i : {10, 11})
            QVERIFY2(reason(i).startsWith(QLatin1String("schema_version:")), qPrintable(reason(i)));

        const Results after = results(area);
        QCOMPARE(after.area.responses, before.area.responses + 2);
        // A rejected id is not taken: sent correctly later, it is accepted.
        const QJsonObject fixed = item(monitorResponse(area, device.id, {4}));
        const QJsonArray again = submit(device.token, {fixed});
        QCOMPARE(statusList(again), QStringLiteral("accepted()"));
    }

    void submissionsEnvelope()
    {
        ENROL(device, QStringLiteral("Umschlag"));
        const QString area = QStringLiteral("suedinnenstadt");
        const auto one = [&] { return QJsonArray{item(monitorResponse(area, device.id, {4}))}; };

        // 0 and 501 items.
        const HttpResponse none = http().post(submissionsPath, device.token, batchBytes({}));
        EXPECT_ERROR(none, 422, "invalid");
        QJsonArray many;
        for (int i = 0; i < 501; ++i)
            many.append(item(monitorResponse(area, device.id, {})));
        const Results before = results(area);
        EXPECT_ERROR(http().post(submissionsPath, device.token, batchBytes(many)), 422, "invalid");
        QCOMPARE(results(area).area.responses, before.area.responses);

        // A broken envelope is refused whole.
        EXPECT_ERROR(http().post(submissionsPath, device.token, QByteArrayLiteral("[]")), 422, "invalid");
        EXPECT_ERROR(http().post(submissionsPath, device.token, QByteArrayLiteral("42")), 422, "invalid");
        EXPECT_ERROR(http().post(submissionsPath, device.token,
                                 json({{QStringLiteral("device"), deviceBlock()}, {QStringLiteral("items"), QJsonObject()}})),
                     422, "invalid");
        EXPECT_ERROR(http().post(submissionsPath, device.token, json({{QStringLiteral("device"), deviceBlock()}})), 422, "invalid");
        EXPECT_ERROR(http().post(submissionsPath, device.token, QByteArrayLiteral("{\"items\": [")), 400, "malformed_json");
        EXPECT_ERROR(http().post(submissionsPath, device.token, batchBytes(one()), QByteArrayLiteral("text/plain")),
                     415, "unsupported_media_type");

        // The device block's limits, each side of the bound.
        struct Case { QJsonObject device; int status; };
        const QList<Case> cases{
            {deviceBlock(QString(64, QLatin1Char('v'))), 200},
            {deviceBlock(QString(65, QLatin1Char('v'))), 422},
            {deviceBlock(QStringLiteral("0.1.0"), 0, QString(1000, QLatin1Char('e'))), 200},
            {deviceBlock(QStringLiteral("0.1.0"), 0, QString(1001, QLatin1Char('e'))), 422},
            {deviceBlock(QStringLiteral("0.1.0"), 1000000000), 200},
            {deviceBlock(QStringLiteral("0.1.0"), 1000000001), 422},
            {deviceBlock(QStringLiteral("0.1.0"), -1), 422},
        };
        for (const Case &c : cases) {
            const HttpResponse r = http().post(submissionsPath, device.token, batchBytes(one(), c.device));
            QVERIFY2(r.status == c.status,
                     qPrintable(QStringLiteral("device %1: expected %2, ").arg(QString::fromUtf8(json(c.device).left(120))).arg(c.status) + r.describe()));
        }

        // Over 1 MiB: 413, whatever the content.
        QJsonObject big = batch(one());
        big.insert(QStringLiteral("padding"), QString(1024 * 1024, QLatin1Char('x')));
        EXPECT_ERROR(http().post(submissionsPath, device.token, json(big)), 413, "too_large");

        // Nesting deeper than 32: in a payload, and as the envelope itself.
        QJsonObject deepItem = one().at(0).toObject();
        QJsonValue nested = QStringLiteral("tief");
        for (int i = 0; i < 40; ++i)
            nested = QJsonObject{{QStringLiteral("a"), nested}};
        QJsonObject deepPayload = deepItem.value(QStringLiteral("payload")).toObject();
        deepPayload.insert(QStringLiteral("group_id"), nested);
        deepItem.insert(QStringLiteral("payload"), deepPayload);
        const HttpResponse deep = http().post(submissionsPath, device.token, batchBytes({deepItem}));
        QVERIFY2(deep.status == 400 || deep.status == 422, qPrintable(deep.describe()));
        QByteArray deepArrays = QByteArray(100, '[') + QByteArray(100, ']');
        const HttpResponse deep2 = http().post(submissionsPath, device.token, deepArrays);
        QVERIFY2(deep2.status == 400 || deep2.status == 422, qPrintable(deep2.describe()));
    }

    void submissionsAuth()
    {
        ENROL(device, QStringLiteral("Rechte"));
        const QByteArray body = batchBytes({item(monitorResponse(QStringLiteral("hamme"), device.id, {1}))});
        EXPECT_ERROR(http().post(submissionsPath, QString(), body), 401, "unauthorized");
        EXPECT_ERROR(http().post(submissionsPath, QString(43, QLatin1Char('x')), body), 401, "unauthorized");
        EXPECT_ERROR(http().post(submissionsPath, m_admin, body), 403, "forbidden");
        EXPECT_STATUS(http().post(submissionsPath, device.token, body), 200);
    }

    void submissionsFondsIdeas()
    {
        QVERIFY2(m_publicKey.size() == 32, qPrintable(m_keygen.describe()));
        ENROL(device, QStringLiteral("Fonds"));
        const FondsContact contact{QStringLiteral("Erika Mustermann"), QStringLiteral("erika@example.org"),
                                   QStringLiteral("0234 12345"), QString()};
        const FondsIdea good = fondsIdea(QStringLiteral("grumme"), device.id, m_publicKey, contact);
        const FondsIdea badCategory = fondsIdea(QStringLiteral("grumme"), device.id, m_publicKey, contact, QStringLiteral("fussball"));
        const FondsIdea badArea = fondsIdea(QStringLiteral("atlantis"), device.id, m_publicKey, contact);
        QJsonObject badPayload = item(fondsIdea(QStringLiteral("mitte"), device.id, m_publicKey, contact));
        QJsonObject p = badPayload.value(QStringLiteral("payload")).toObject();
        p.insert(QStringLiteral("title"), 17);
        badPayload.insert(QStringLiteral("payload"), p);
        const QJsonArray items{item(good), item(badCategory), item(badArea), badPayload};
        const QJsonArray r = submit(device.token, items);
        const QString problem = checkResults(r, items, {QStringLiteral("accepted"), QStringLiteral("rejected"),
                                                        QStringLiteral("rejected"), QStringLiteral("rejected")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const auto reason = [&r](int i) { return r.at(i).toObject().value(QStringLiteral("reason")).toString(); };
        QVERIFY2(reason(1).contains(QLatin1String("category")), qPrintable(reason(1)));
        QVERIFY2(reason(2).contains(QLatin1String("area")), qPrintable(reason(2)));
        QVERIFY2(reason(3).contains(QLatin1String("title")), qPrintable(reason(3)));
        const QJsonArray again = submit(device.token, {item(good)});
        QCOMPARE(statusList(again), QStringLiteral("duplicate()"));
    }

    // --- results ------------------------------------------------------------------------------

    void resultsArithmetic()
    {
        ENROL(device, QStringLiteral("Ergebnisse"));
        const QString area = QStringLiteral("hordel"); // no other test writes here
        const Results before = results(area);
        EXPECT_STATUS(before.response, 200);
        const QJsonObject set = before.response.object().value(QStringLiteral("criteria_set")).toObject();
        QCOMPARE(set, (QJsonObject{{QStringLiteral("id"), QStringLiteral("stadtraummonitor")},
                                   {QStringLiteral("version"), 1},
                                   {QStringLiteral("scale"), QJsonObject{{QStringLiteral("min"), 1}, {QStringLiteral("max"), 7}}}}));
        QCOMPARE(before.area.id, area);
        QCOMPARE(before.area.kind, QStringLiteral("statistical_district"));
        QCOMPARE(before.area.responses, 0);
        for (const QString &problem : levelProblems(before.area, QStringLiteral("area")) + levelProblems(before.district, QStringLiteral("district"))
                 + levelProblems(before.city, QStringLiteral("city")))
            QFAIL(qPrintable(problem));
        for (const ThemeResult &t : before.area.themes) {
            QCOMPARE(t.n, 0);
            QVERIFY(!t.mean.has_value());
        }

        // 13 responses, enough for k = 10: the second theme is rated by only 9 of them (k-1,
        // the rest "no answer"), so it has no mean; the last by nobody.
        const std::optional<int> no;
        const QList<Scores> rows{
            {1, 2, 3, 4, 5, 6, 7, 7, 7, 7, 7, 7, 7, no},
            {2, 2, 3, 4, 5, 6, 7, 1, 1, 1, 1, 1, 1, no},
            {3, 2, 3, 4, 5, 6, 7, 4, 4, 4, 4, 4, 4, no},
            {7, no, 1, 1, 1, 1, 1, 2, 3, 5, 6, 6, 2, no},
        };
        QList<Scores> scores = rows + rows + rows;
        scores.append(Scores{});
        const QJsonArray items = monitorItems(area, device.id, scores);
        const QString problem = checkResults(submit(device.token, items), items, QStringList(13, QStringLiteral("accepted")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const Results after = results(area);
        EXPECT_STATUS(after.response, 200);
        const QList<Expected> expected = expectedFor(scores, 14);
        QCOMPARE(after.area.id, area);
        QCOMPARE(after.area.kind, QStringLiteral("statistical_district"));
        QCOMPARE(after.area.responses, 13);
        QCOMPARE(expected.at(1).n, defaultK - 1);
        for (const QString &p : levelProblems(after.area, QStringLiteral("area")))
            QFAIL(qPrintable(p));
        for (int t = 0; t < 14; ++t) {
            const ThemeResult &got = after.area.themes.at(t);
            QVERIFY2(got.n == expected.at(t).n, qPrintable(QStringLiteral("theme %1: n %2, expected %3").arg(got.id).arg(got.n).arg(expected.at(t).n)));
            if (expected.at(t).n < defaultK) {
                QVERIFY2(!got.mean && got.countsNull, qPrintable(got.id));
            } else {
                QVERIFY2(got.counts == expected.at(t).counts,
                         qPrintable(QStringLiteral("theme %1: counts %2, expected %3").arg(got.id, countsText(got.counts), countsText(expected.at(t).counts))));
                const double mean = double(expected.at(t).sum) / expected.at(t).n;
                QVERIFY2(got.mean && qAbs(*got.mean - mean) < 0.005,
                         qPrintable(QStringLiteral("theme %1: mean %2, expected %3").arg(got.id).arg(got.mean ? *got.mean : -1).arg(mean)));
            }
        }

        // The district (Bochum-Mitte) and the city grew by exactly this.
        for (const auto &[level, b, a] : {std::tuple{QStringLiteral("district"), before.district, after.district},
                                          std::tuple{QStringLiteral("city"), before.city, after.city}}) {
            for (const QString &p : levelProblems(a, level))
                QFAIL(qPrintable(p));
            QCOMPARE(a.responses, b.responses + 13);
            for (int t = 0; t < 14; ++t) {
                QCOMPARE(a.themes.at(t).n, b.themes.at(t).n + expected.at(t).n);
                // Other tests write here too: the distributions compare where both are shown.
                if (a.themes.at(t).countsNull || b.themes.at(t).countsNull)
                    continue;
                for (int k = 0; k < 7; ++k)
                    QCOMPARE(a.themes.at(t).counts.at(k), b.themes.at(t).counts.at(k) + expected.at(t).counts.at(k));
            }
        }
        QCOMPARE(after.district.id, QStringLiteral("mitte"));
        QCOMPARE(after.district.kind, QStringLiteral("district"));
        QCOMPARE(after.city.id, QStringLiteral("bochum"));
        QCOMPARE(after.city.kind, QStringLiteral("city"));

        // The same numbers from the district's and the city's own view.
        const Results district = results(QStringLiteral("mitte"));
        EXPECT_STATUS(district.response, 200);
        const QJsonObject d = district.response.object();
        QCOMPARE(d.value(QStringLiteral("area")).toObject(), after.response.object().value(QStringLiteral("district")).toObject());
        QCOMPARE(d.value(QStringLiteral("district")).toObject(), d.value(QStringLiteral("area")).toObject());
        QCOMPARE(d.value(QStringLiteral("city")).toObject(), after.response.object().value(QStringLiteral("city")).toObject());
        const Results city = results(QStringLiteral("bochum"));
        EXPECT_STATUS(city.response, 200);
        const QJsonObject c = city.response.object();
        QCOMPARE(city.area.kind, QStringLiteral("city"));
        QVERIFY2(c.contains(QStringLiteral("district")) && c.value(QStringLiteral("district")).isNull(), qPrintable(city.response.describe()));
        QCOMPARE(c.value(QStringLiteral("area")).toObject(), c.value(QStringLiteral("city")).toObject());
        QCOMPARE(c.value(QStringLiteral("city")).toObject(), after.response.object().value(QStringLiteral("city")).toObject());

        // A device may read them too.
        const Results asDevice = results(area, device.token);
        EXPECT_STATUS(asDevice.response, 200);
        QCOMPARE(asDevice.response.object(), after.response.object());
    }

    void resultsEtagAndErrors()
    {
        ENROL(device, QStringLiteral("ETag"));
        const QString area = QStringLiteral("riemke");
        const HttpResponse first = http().get(resultsPath(area), device.token);
        EXPECT_STATUS(first, 200);
        const QByteArray etag = first.header(QByteArrayLiteral("ETag"));
        QVERIFY2(etag.size() > 2 && etag.startsWith('"') && etag.endsWith('"'), qPrintable(first.describe()));
        const HttpResponse notModified = http().get(resultsPath(area), device.token, {{QByteArrayLiteral("If-None-Match"), etag}});
        EXPECT_STATUS(notModified, 304);
        QVERIFY(notModified.body.isEmpty());

        // A new accepted response changes it...
        const QJsonArray items{item(monitorResponse(area, device.id, {6, 6}))};
        QCOMPARE(statusList(submit(device.token, items)), QStringLiteral("accepted()"));
        const HttpResponse changed = http().get(resultsPath(area), device.token, {{QByteArrayLiteral("If-None-Match"), etag}});
        EXPECT_STATUS(changed, 200);
        const QByteArray etag2 = changed.header(QByteArrayLiteral("ETag"));
        QVERIFY2(!etag2.isEmpty() && etag2 != etag, etag2.constData());
        // ...a duplicate does not (the numbers are the same)...
        QCOMPARE(statusList(submit(device.token, items)), QStringLiteral("duplicate()"));
        EXPECT_STATUS(http().get(resultsPath(area), device.token, {{QByteArrayLiteral("If-None-Match"), etag2}}), 304);
        // ...and one elsewhere in the district changes the district level, so this answer too.
        QCOMPARE(statusList(submit(device.token, {item(monitorResponse(QStringLiteral("hofstede"), device.id, {2}))})),
                 QStringLiteral("accepted()"));
        const HttpResponse districtChanged = http().get(resultsPath(area), device.token, {{QByteArrayLiteral("If-None-Match"), etag2}});
        EXPECT_STATUS(districtChanged, 200);
        QVERIFY(districtChanged.header(QByteArrayLiteral("ETag")) != etag2);

        EXPECT_ERROR(http().get(QStringLiteral("/api/v1/results"), device.token), 422, "invalid");
        EXPECT_ERROR(http().get(resultsPath(QString()), device.token), 422, "invalid");
        EXPECT_ERROR(http().get(resultsPath(QStringLiteral("atlantis")), device.token), 404, "not_found");
        EXPECT_ERROR(http().get(resultsPath(area)), 401, "unauthorized");
        EXPECT_STATUS(http().get(resultsPath(area), m_admin), 200);
    }

    // --- devices ------------------------------------------------------------------------------

    void devicesList()
    {
        ENROL(device, QStringLiteral("Stadtlabor Eingang"));
        ENROL(quiet, QStringLiteral("Stilles Terminal"));
        const QString lastError = s("Zeitüberschreitung beim Senden, \"Netz\" weg");
        const QJsonArray items{item(monitorResponse(QStringLiteral("hamme"), device.id, {3}))};
        const QDateTime sent = QDateTime::currentDateTimeUtc();
        QCOMPARE(statusList(submit(device.token, items, deviceBlock(QStringLiteral("0.1.0-test"), 12, lastError))),
                 QStringLiteral("accepted()"));

        const HttpResponse r = http().get(devicesPath, m_admin);
        EXPECT_STATUS(r, 200);
        QJsonObject mine, other;
        for (const QJsonValue &d : r.object().value(QStringLiteral("devices")).toArray()) {
            if (d.toObject().value(QStringLiteral("id")).toString() == device.id)
                mine = d.toObject();
            if (d.toObject().value(QStringLiteral("id")).toString() == quiet.id)
                other = d.toObject();
        }
        QVERIFY2(!mine.isEmpty() && !other.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(mine.value(QStringLiteral("name")).toString(), QStringLiteral("Stadtlabor Eingang"));
        QVERIFY2(QDateTime::fromString(mine.value(QStringLiteral("enrolled_at")).toString(), Qt::ISODateWithMs).isValid(), qPrintable(r.describe()));
        const QDateTime seen = QDateTime::fromString(mine.value(QStringLiteral("last_seen_at")).toString(), Qt::ISODateWithMs);
        QVERIFY2(seen.isValid() && qAbs(seen.secsTo(sent)) < 60, qPrintable(r.describe()));
        QCOMPARE(mine.value(QStringLiteral("app_version")).toString(), QStringLiteral("0.1.0-test"));
        QCOMPARE(mine.value(QStringLiteral("queue_length")).toInt(-1), 12);
        QCOMPARE(mine.value(QStringLiteral("last_error")).toString(), lastError);
        QVERIFY(mine.contains(QStringLiteral("revoked_at")) && mine.value(QStringLiteral("revoked_at")).isNull());
        // A device that never sent anything has no report yet.
        for (const char *key : {"app_version", "queue_length", "last_error", "revoked_at"})
            QVERIFY2(other.contains(QLatin1String(key)) && other.value(QLatin1String(key)).isNull(), key);

        EXPECT_ERROR(http().get(devicesPath, device.token), 403, "forbidden");
        EXPECT_ERROR(http().get(devicesPath), 401, "unauthorized");

        const HubProcess::CliResult list = cli({QStringLiteral("devices"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QString mineLine, otherLine;
        for (const QString &l : list.outLines()) {
            if (l.contains(device.id))
                mineLine = l;
            if (l.contains(quiet.id))
                otherLine = l;
        }
        QVERIFY2(!mineLine.isEmpty() && !otherLine.isEmpty(), qPrintable(list.describe()));
        QVERIFY2(mineLine.contains(QStringLiteral("Stadtlabor Eingang")) && mineLine.contains(QStringLiteral("0.1.0-test"))
                     && mineLine.contains(QStringLiteral(" 12 ")),
                 qPrintable(QStringLiteral("devices list line without name, app version 0.1.0-test or queue 12:\n")
                            + list.outLines().value(0) + QLatin1Char('\n') + mineLine));
        QVERIFY2(otherLine.contains(QStringLiteral("Stilles Terminal")), qPrintable(otherLine));
    }

    void deviceRevoke()
    {
        ENROL(a, QStringLiteral("Wird entzogen"));
        ENROL(b, QStringLiteral("Bleibt"));
        ENROL(c, QStringLiteral("Per Kommandozeile"));
        EXPECT_STATUS(http().get(cataloguePath, a.token), 200);

        EXPECT_ERROR(http().del(devicesPath + QLatin1Char('/') + a.id, b.token), 403, "forbidden");
        EXPECT_ERROR(http().del(devicesPath + QLatin1Char('/') + a.id, QString()), 401, "unauthorized");
        const HttpResponse revoked = http().del(devicesPath + QLatin1Char('/') + a.id, m_admin);
        EXPECT_STATUS(revoked, 200);
        QCOMPARE(revoked.object().value(QStringLiteral("id")).toString(), a.id);
        QVERIFY2(QDateTime::fromString(revoked.object().value(QStringLiteral("revoked_at")).toString(), Qt::ISODateWithMs).isValid(),
                 qPrintable(revoked.describe()));

        EXPECT_ERROR(http().get(cataloguePath, a.token), 401, "unauthorized");
        EXPECT_ERROR(http().post(submissionsPath, a.token, batchBytes({item(monitorResponse(QStringLiteral("hamme"), a.id, {1}))})),
                     401, "unauthorized");
        EXPECT_ERROR(http().get(resultsPath(QStringLiteral("hamme")), a.token), 401, "unauthorized");
        EXPECT_STATUS(http().get(cataloguePath, b.token), 200);

        EXPECT_ERROR(http().del(devicesPath + QLatin1Char('/') + newUuid(), m_admin), 404, "not_found");
        EXPECT_ERROR(http().del(devicesPath + QStringLiteral("/kein-geraet"), m_admin), 404, "not_found");

        const HttpResponse list = http().get(devicesPath, m_admin);
        bool listed = false;
        for (const QJsonValue &d : list.object().value(QStringLiteral("devices")).toArray()) {
            if (d.toObject().value(QStringLiteral("id")).toString() == a.id)
                listed = d.toObject().value(QStringLiteral("revoked_at")).toString() == revoked.object().value(QStringLiteral("revoked_at")).toString();
        }
        QVERIFY2(listed, qPrintable(list.describe()));

        // The command line revokes too, and the running hub notices.
        const HubProcess::CliResult cliRevoke = cli({QStringLiteral("devices"), QStringLiteral("revoke"), c.id});
        QVERIFY2(cliRevoke.exitCode == 0, qPrintable(cliRevoke.describe()));
        EXPECT_ERROR(http().get(cataloguePath, c.token), 401, "unauthorized");
        const HubProcess::CliResult unknown = cli({QStringLiteral("devices"), QStringLiteral("revoke"), newUuid()});
        QVERIFY2(unknown.exitCode == 1 && unknown.errLines().size() == 1
                     && unknown.errLines().first().startsWith(QLatin1String("stadtlabor-hub: error: ")),
                 qPrintable(unknown.describe()));
        EXPECT_STATUS(http().get(cataloguePath, b.token), 200);
    }

    // --- exports ------------------------------------------------------------------------------

    void exportMonitorCsv()
    {
        ENROL(device, QStringLiteral("Export"));
        const HttpResponse before = http().get(monitorCsvPath, m_admin);
        EXPECT_STATUS(before, 200);
        bool ok = false;
        const QList<QStringList> beforeRecords = parseCsv(before.body, &ok);
        QVERIFY2(ok && !beforeRecords.isEmpty(), qPrintable(before.describe()));
        const int columns = beforeRecords.first().size();
        QVERIFY2(columns > 3, qPrintable(before.describe()));

        const QString good = s("Gut, \"sehr\" gut;\nzweite Zeile");
        const QString better = s("Mehr Bänke, weniger Autos");
        MonitorResponse tricky = monitorResponse(QStringLiteral("altenbochum"), device.id, {5}, good, better);
        tricky.groupId = s("Klasse 7b, \"Süd\"");
        const QList<MonitorResponse> responses{tricky, monitorResponse(QStringLiteral("altenbochum"), device.id, {1, 2}),
                                               monitorResponse(QStringLiteral("kruppwerke"), device.id, {})};
        QJsonArray items;
        for (const MonitorResponse &m : responses)
            items.append(item(m));
        const QString problem = checkResults(submit(device.token, items), items, QStringList(3, QStringLiteral("accepted")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const HttpResponse after = http().get(monitorCsvPath, m_admin);
        EXPECT_STATUS(after, 200);
        const QList<QStringList> records = parseCsv(after.body, &ok);
        QVERIFY2(ok, qPrintable(after.describe()));
        QCOMPARE(records.size(), beforeRecords.size() + 3);
        QCOMPARE(records.first(), beforeRecords.first());
        for (int i = 0; i < records.size(); ++i)
            QVERIFY2(records.at(i).size() == columns, qPrintable(QStringLiteral("record %1 has %2 fields, the header %3: %4")
                                                                     .arg(i).arg(records.at(i).size()).arg(columns).arg(records.at(i).join(QLatin1Char('|')))));
        for (const MonitorResponse &m : responses) {
            int found = 0;
            for (const QStringList &record : records)
                found += record.contains(m.uuid) ? 1 : 0;
            QVERIFY2(found == 1, qPrintable(QStringLiteral("%1 in %2 records").arg(m.uuid).arg(found)));
        }
        // Commas, quotes and line breaks survive the quoting.
        const QStringList *trickyRecord = nullptr;
        for (const QStringList &record : records) {
            if (record.contains(tricky.uuid))
                trickyRecord = &record;
        }
        QVERIFY(trickyRecord);
        QVERIFY2(trickyRecord->contains(good) && trickyRecord->contains(better),
                 qPrintable(QStringLiteral("the free texts are not in the record (or not quoted right): ") + trickyRecord->join(QLatin1Char('|'))));
        QVERIFY2(trickyRecord->contains(tricky.groupId), qPrintable(trickyRecord->join(QLatin1Char('|'))));

        // The command line writes the same records.
        const HubProcess::CliResult exported = cli({QStringLiteral("export"), QStringLiteral("monitor"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        const QList<QStringList> cliRecords = parseCsv(exported.out, &ok);
        QVERIFY(ok);
        QCOMPARE(cliRecords, records);

        // since: a day in the future leaves the header alone.
        const HttpResponse future = http().get(monitorCsvPath + QStringLiteral("?since=2999-01-01"), m_admin);
        EXPECT_STATUS(future, 200);
        QCOMPARE(parseCsv(future.body, &ok).size(), 1);
        const HttpResponse past = http().get(monitorCsvPath + QStringLiteral("?since=2000-01-01"), m_admin);
        EXPECT_STATUS(past, 200);
        QCOMPARE(parseCsv(past.body, &ok).size(), records.size());
        const HubProcess::CliResult cliFuture = cli({QStringLiteral("export"), QStringLiteral("monitor"), QStringLiteral("--format"),
                                                     QStringLiteral("csv"), QStringLiteral("--since"), QStringLiteral("2999-01-01")});
        QVERIFY2(cliFuture.exitCode == 0 && parseCsv(cliFuture.out, &ok).size() == 1, qPrintable(cliFuture.describe()));
        const HttpResponse badSince = http().get(monitorCsvPath + QStringLiteral("?since=gestern"), m_admin);
        QVERIFY2(badSince.status == 400 || badSince.status == 422, qPrintable(badSince.describe()));

        EXPECT_ERROR(http().get(monitorCsvPath, device.token), 403, "forbidden");
        EXPECT_ERROR(http().get(monitorCsvPath), 401, "unauthorized");
    }

    void keygen()
    {
        QVERIFY2(m_keygen.exitCode == 0, qPrintable(m_keygen.describe()));
        QVERIFY2(m_keygen.outLines().last().contains(QLatin1String("public key: ")), qPrintable(m_keygen.describe()));
        QCOMPARE(m_publicKey.size(), 32);
        QCOMPARE(fileMode(m_secretKeyFile), QStringLiteral("0600"));
        const QByteArray secret = QByteArray::fromBase64(readFile(m_secretKeyFile).trimmed());
        QCOMPARE(secret.size(), 32);
        // The pair belongs together.
        const QByteArray sealed = SealedBox::seal(QByteArrayLiteral("probe"), m_publicKey);
        QCOMPARE(SealedBox::open(sealed, m_publicKey, secret).value_or(QByteArray()), QByteArrayLiteral("probe"));

        // It never overwrites a key.
        const QByteArray before = readFile(m_secretKeyFile);
        const HubProcess::CliResult again = cli({QStringLiteral("keygen"), QStringLiteral("--secret-key"), m_secretKeyFile});
        QVERIFY2(again.exitCode == 1 && again.errLines().size() == 1, qPrintable(again.describe()));
        QCOMPARE(readFile(m_secretKeyFile), before);

        // The served catalogue carries the public key.
        const HttpResponse r = http().get(cataloguePath, m_admin);
        EXPECT_STATUS(r, 200);
        QCOMPARE(QByteArray::fromBase64(r.object().value(QStringLiteral("hub_public_key")).toString().toLatin1()), m_publicKey);
        const CatalogueParser::Result parsed = CatalogueParser::parse(r.body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));
        QCOMPARE(parsed.catalogue->hubPublicKey, m_publicKey);
    }

    void exportFondsCsv()
    {
        QVERIFY2(m_publicKey.size() == 32, qPrintable(m_keygen.describe()));
        ENROL(device, QStringLiteral("Fonds-Export"));
        const FondsContact contact{QStringLiteral("Erika Exportfrau"), QStringLiteral("erika.export@example.org"),
                                   QStringLiteral("0234 98765"), s("Nachbarschaftsverein \"Grumme\", e. V.")};
        const FondsIdea idea = fondsIdea(QStringLiteral("grumme"), device.id, m_publicKey, contact, QStringLiteral("kultur"));
        QCOMPARE(statusList(submit(device.token, {item(idea)})), QStringLiteral("accepted()"));

        // Without the secret key the hub cannot open the contacts: 503.
        EXPECT_ERROR(http().get(fondsCsvPath, m_admin), 503, "no_secret_key");
        EXPECT_ERROR(http().get(fondsCsvPath, device.token), 403, "forbidden");

        // The command line without the key: same records, contact columns empty.
        const QStringList exportArgs{QStringLiteral("export"), QStringLiteral("fonds"), QStringLiteral("--format"), QStringLiteral("csv")};
        const HubProcess::CliResult closed = cli(exportArgs);
        QVERIFY2(closed.exitCode == 0, qPrintable(closed.describe()));
        bool ok = false;
        const QList<QStringList> closedRecords = parseCsv(closed.out, &ok);
        QVERIFY2(ok && closedRecords.size() >= 2, qPrintable(closed.describe()));
        QVERIFY2(!QString::fromUtf8(closed.out).contains(QStringLiteral("Exportfrau")), qPrintable(closed.describe()));
        const auto recordOf = [&idea](const QList<QStringList> &records) -> QStringList {
            for (const QStringList &r : records) {
                if (r.contains(idea.uuid) || r.contains(idea.receiptCode))
                    return r;
            }
            return {};
        };
        QVERIFY2(!recordOf(closedRecords).isEmpty(), qPrintable(closed.describe()));

        const HubProcess::CliResult opened = cli(exportArgs + QStringList{QStringLiteral("--secret-key"), m_secretKeyFile});
        QVERIFY2(opened.exitCode == 0, qPrintable(opened.describe()));
        const QList<QStringList> openedRecords = parseCsv(opened.out, &ok);
        QVERIFY(ok);
        QCOMPARE(openedRecords.size(), closedRecords.size());
        const QStringList row = recordOf(openedRecords);
        for (const QString &field : {contact.name, contact.email, contact.phone, contact.organisation})
            QVERIFY2(row.contains(field), qPrintable(field + QStringLiteral(" not in ") + row.join(QLatin1Char('|'))));

        // A hub with the key serves the same over HTTP.
        QVERIFY2(restartHub({QStringLiteral("--secret-key"), m_secretKeyFile}), qPrintable(m_error));
        const HttpResponse served = http().get(fondsCsvPath, m_admin);
        EXPECT_STATUS(served, 200);
        const QList<QStringList> servedRecords = parseCsv(served.body, &ok);
        QVERIFY2(ok, qPrintable(served.describe()));
        QCOMPARE(servedRecords, openedRecords);
        const HttpResponse future = http().get(fondsCsvPath + QStringLiteral("?since=2999-01-01"), m_admin);
        EXPECT_STATUS(future, 200);
        QCOMPARE(parseCsv(future.body, &ok).size(), 1);
    }

    void serveRefusesUnsafeSecretKey()
    {
        QVERIFY2(QFile::exists(m_secretKeyFile), qPrintable(m_keygen.describe()));
        const QDir dir(m_db->scratchDir());
        const QByteArray key = readFile(m_secretKeyFile);
        struct Case { QString file; QFileDevice::Permissions permissions; QByteArray content; };
        const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        SealedBox::KeyPair stranger = SealedBox::generateKeyPair();
        const QList<Case> cases{
            {dir.filePath(QStringLiteral("open.key")), owner | QFileDevice::ReadGroup | QFileDevice::ReadOther, key},
            {dir.filePath(QStringLiteral("group.key")), owner | QFileDevice::ReadGroup, key},
            {dir.filePath(QStringLiteral("writable.key")), owner | QFileDevice::WriteOther, key},
            {dir.filePath(QStringLiteral("stranger.key")), owner, stranger.secretKey.toBase64() + '\n'},
            {dir.filePath(QStringLiteral("missing.key")), owner, QByteArray()},
        };
        for (const Case &c : cases) {
            if (!c.content.isEmpty()) {
                QVERIFY(writeFile(c.file, c.content));
                QVERIFY(QFile::setPermissions(c.file, c.permissions));
            }
            const HubProcess::CliResult r = HubProcess::runBinary(
                {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                 m_db->url(), QStringLiteral("--secret-key"), c.file},
                15000);
            QVERIFY2(!r.timedOut, qPrintable(QStringLiteral("served with ") + c.file + QStringLiteral(" (") + fileMode(c.file) + QStringLiteral("): ") + r.describe()));
            QVERIFY2(r.exitCode == 1 && !r.crashed, qPrintable(r.describe()));
            QVERIFY2(r.errLines().size() == 1 && r.errLines().first().startsWith(QLatin1String("stadtlabor-hub: error: ")),
                     qPrintable(r.describe()));
        }
        // A key that is right is accepted (and the test's copy of it, 0600, too).
        const QString copy = dir.filePath(QStringLiteral("copy.key"));
        QVERIFY(writeFile(copy, key));
        QVERIFY(QFile::setPermissions(copy, owner));
        QVERIFY2(restartHub({QStringLiteral("--secret-key"), copy}), qPrintable(m_error));
        EXPECT_STATUS(http().get(healthPath), 200);
    }

    // --- routing ------------------------------------------------------------------------------

    void unknownPathsAndMethods()
    {
        EXPECT_ERROR(http().get(QStringLiteral("/api/v1/nope"), m_admin), 404, "not_found");
        EXPECT_ERROR(http().get(QStringLiteral("/api/v2/health")), 404, "not_found");
        EXPECT_ERROR(http().get(QStringLiteral("/")), 404, "not_found");
        EXPECT_ERROR(http().get(QStringLiteral("/api/v1/export/other.csv"), m_admin), 404, "not_found");

        struct Case { QByteArray method; QString path; QStringList allowed; };
        const QList<Case> cases{
            {QByteArrayLiteral("POST"), healthPath, {QStringLiteral("GET")}},
            {QByteArrayLiteral("DELETE"), cataloguePath, {QStringLiteral("GET"), QStringLiteral("PUT")}},
            {QByteArrayLiteral("GET"), submissionsPath, {QStringLiteral("POST")}},
            {QByteArrayLiteral("GET"), enrollPath, {QStringLiteral("POST")}},
            {QByteArrayLiteral("PUT"), devicesPath + QLatin1Char('/') + newUuid(), {QStringLiteral("DELETE")}},
            {QByteArrayLiteral("POST"), devicesPath, {QStringLiteral("GET")}},
            {QByteArrayLiteral("PATCH"), resultsPath(QStringLiteral("bochum")), {QStringLiteral("GET")}},
            {QByteArrayLiteral("DELETE"), monitorCsvPath, {QStringLiteral("GET")}},
        };
        for (const Case &c : cases) {
            HttpClient::Request req;
            req.method = c.method;
            req.path = c.path;
            req.token = m_admin;
            if (c.method == "POST" || c.method == "PUT" || c.method == "PATCH") {
                req.body = QByteArrayLiteral("{}");
                req.hasBody = true;
            }
            const HttpResponse r = http().send(req);
            QVERIFY2(r.status == 405 && r.errorCode() == QLatin1String("method_not_allowed"), qPrintable(r.describe()));
            QStringList allow;
            for (const QByteArray &m : r.header(QByteArrayLiteral("Allow")).split(','))
                allow.append(QString::fromLatin1(m.trimmed()));
            for (const QString &m : c.allowed)
                QVERIFY2(allow.contains(m), qPrintable(r.describe() + QStringLiteral(" Allow: ") + allow.join(QLatin1Char(','))));
            QVERIFY2(!allow.contains(QString::fromLatin1(c.method)), qPrintable(allow.join(QLatin1Char(','))));
        }
    }

    // --- serve options and database URLs --------------------------------------------------------

    void maxBodyOption()
    {
        QVERIFY2(restartHub({QStringLiteral("--max-body"), QStringLiteral("4096")}), qPrintable(m_error));
        ENROL(device, QStringLiteral("Kleine Bissen"));
        const QByteArray small = batchBytes({item(monitorResponse(QStringLiteral("hamme"), device.id, {1}))});
        QVERIFY(small.size() < 4096);
        EXPECT_STATUS(http().post(submissionsPath, device.token, small), 200);
        QJsonArray items;
        for (int i = 0; i < 5; ++i)
            items.append(item(monitorResponse(QStringLiteral("hamme"), device.id, {2})));
        const QByteArray large = batchBytes(items);
        QVERIFY(large.size() > 4096);
        EXPECT_ERROR(http().post(submissionsPath, device.token, large), 413, "too_large");
    }

    void defaultDatabaseIsInTheWorkingFolder()
    {
        const QString folder = QDir(m_db->scratchDir()).filePath(QStringLiteral("cwd"));
        QVERIFY(QDir().mkpath(folder));
        QProcess p;
        p.setWorkingDirectory(folder);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("STADTLABOR_HUB_DB"));
        p.setProcessEnvironment(env);
        p.start(HubProcess::binary(), {QStringLiteral("admin-token")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("stadtlabor-hub.sqlite"))));
    }

    void postgresUnixSocketUrl()
    {
        if (TestDatabase::backend() != QLatin1String("postgresql"))
            QSKIP("PostgreSQL only");
        const QString socketDir = qEnvironmentVariable("STADTLABOR_TEST_PG_SOCKET_DIR");
        if (socketDir.isEmpty())
            QSKIP("STADTLABOR_TEST_PG_SOCKET_DIR not set (with-postgres.sh sets it)");
        // postgresql://user@HOST:PORT/db?host=/socket/dir: the socket, not TCP (HOST does not
        // even resolve, so only the socket can work).
        QUrl url(m_db->url());
        url.setHost(QStringLiteral("no-such-host.invalid"));
        url.setQuery(QStringLiteral("host=") + socketDir);
        HubProcess hub(url.toString());
        hub.http().setAudit(&m_audit);
        QString error;
        QVERIFY2(hub.start({}, &error), qPrintable(error));
        const HttpResponse r = hub.http().get(healthPath);
        EXPECT_STATUS(r, 200);
        QCOMPARE(r.object().value(QStringLiteral("db")).toString(), QStringLiteral("postgresql"));
        // The same database as over TCP: the admin token of the test class works.
        EXPECT_STATUS(hub.http().get(devicesPath, m_admin), 200);
        QVERIFY2(hub.terminate(&error), qPrintable(error));
    }

    // --- rate limits --------------------------------------------------------------------------

    void rateLimitPerDevice()
    {
        QVERIFY2(restartHub({QStringLiteral("--rate-limit"), QStringLiteral("5")}), qPrintable(m_error));
        ENROL(busy, QStringLiteral("Eilig"));
        ENROL(calm, QStringLiteral("Ruhig"));
        QList<int> statuses;
        HttpResponse limited;
        for (int i = 0; i < 8; ++i) {
            const HttpResponse r = http().get(cataloguePath, busy.token);
            statuses.append(r.status);
            if (r.status == 429)
                limited = r;
        }
        QCOMPARE(statuses, (QList<int>{200, 200, 200, 200, 200, 429, 429, 429}));
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        const int retryAfter = limited.header(QByteArrayLiteral("Retry-After")).toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header(QByteArrayLiteral("Retry-After")).constData());
        // Another device has its own budget; the admin is not held up by the device.
        EXPECT_STATUS(http().get(cataloguePath, calm.token), 200);
        EXPECT_STATUS(http().get(devicesPath, m_admin), 200);
    }

    void rateLimitUnauthenticated()
    {
        QList<int> statuses;
        for (int i = 0; i < 24; ++i)
            statuses.append(http().get(cataloguePath, QString(43, QLatin1Char('Z'))).status);
        QCOMPARE(statuses.mid(0, 20), QList<int>(20, 401));
        QCOMPARE(statuses.mid(20), QList<int>(4, 429));
        // Enrolment attempts from the same address are held back too...
        QString error;
        const QString code = m_hub->enrolmentCode(QStringLiteral("Zu spät"), &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error));
        EXPECT_ERROR(http().post(enrollPath, QString(), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("name"), QStringLiteral("Zu spät")}}),
                     429, "rate_limited");
        // ...but a valid token still works.
        EXPECT_STATUS(http().get(devicesPath, m_admin), 200);
    }

    // --- malformed requests -------------------------------------------------------------------

    void malformedRequests()
    {
        m_exactLogCount = false;
        ENROL(device, QStringLiteral("Roh"));
        const QByteArray auth = QByteArrayLiteral("Authorization: Bearer ") + device.token.toLatin1() + QByteArrayLiteral("\r\n");

        // A huge Content-Length is refused at once, without waiting for the body...
        const RawResponse huge = sendRaw(m_hub->port(),
                                         QByteArrayLiteral("POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n") + auth
                                             + QByteArrayLiteral("Content-Type: application/json\r\nContent-Length: 1000000000000\r\n\r\n{\"items\": ["),
                                         10000);
        QVERIFY2(huge.status == 413, qPrintable(QStringLiteral("Content-Length 10^12: ") + huge.describe()));
        m_audit.record(huge.asHttpResponse(QByteArrayLiteral("POST"), submissionsPath));
        // ...and 2 MB of submissions, sent in full, is too large too.
        QByteArray body = batchBytes({item(monitorResponse(QStringLiteral("hamme"), device.id, {1}))});
        body.insert(1, QByteArray(2000000 - body.size(), ' '));
        const RawResponse big = sendRaw(m_hub->port(),
                                        QByteArrayLiteral("POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n") + auth
                                            + QByteArrayLiteral("Content-Type: application/json\r\nContent-Length: 2000000\r\n\r\n") + body,
                                        15000);
        QVERIFY2(big.status == 413, qPrintable(QStringLiteral("2 MB body: ") + big.describe()));
        m_audit.record(big.asHttpResponse(QByteArrayLiteral("POST"), submissionsPath));

        // What is not HTTP at all is answered 4xx or the connection closed; nothing is ever a
        // 5xx or a hang.
        struct Garbage { QByteArray bytes; bool notHttp; };
        const QList<Garbage> garbage{
            {QByteArrayLiteral("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not http\r\n\r\n"), true},
            {QByteArrayLiteral("HELLO WORLD\r\n\r\n"), true},
            {QByteArrayLiteral("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\n"), false},
            {QByteArrayLiteral("POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n"), false},
            {QByteArrayLiteral("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Long: ") + QByteArray(200000, 'a') + QByteArrayLiteral("\r\n\r\n"), false},
            {QByteArrayLiteral("GET /api/v1/health HTTP/1.1\r\n") + QByteArray(64, '\0') + QByteArrayLiteral("\r\n\r\n"), false},
        };
        for (const Garbage &g : garbage) {
            const RawResponse r = sendRaw(m_hub->port(), g.bytes, 10000);
            const QString what = QString::fromLatin1(g.bytes.left(40).toPercentEncoding()) + QStringLiteral(": ") + r.describe();
            QVERIFY2(!r.timedOut || r.status != 0, qPrintable(QStringLiteral("no answer and not closed within 10 s: ") + what));
            QVERIFY2(r.status < 500, qPrintable(what));
            if (g.notHttp)
                QVERIFY2(r.status == 0 || (r.status >= 400 && r.status < 500), qPrintable(what));
        }
        // A client that sends half a body and goes away.
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_hub->port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write(QByteArrayLiteral("POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n") + auth
                         + QByteArrayLiteral("Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"items\": ["));
            socket.waitForBytesWritten(5000);
            socket.abort();
        }
        // The hub is still there and well.
        QVERIFY(m_hub->isRunning());
        EXPECT_STATUS(http().get(healthPath), 200);
        EXPECT_STATUS(http().get(cataloguePath, device.token), 200);
    }

    // --- the request log ----------------------------------------------------------------------

    void requestLog()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-2);
        ENROL(device, QStringLiteral("Protokoll"));
        struct Expect { QString method; QString path; int status; QString device; };
        QList<Expect> expected{{QStringLiteral("POST"), enrollPath, 201, QStringLiteral("-")}};
        const auto check = [&](const HttpResponse &r, const QString &who) {
            expected.append({QString::fromLatin1(r.method), r.path.section(QLatin1Char('?'), 0, 0), r.status, who});
        };
        check(http().get(healthPath), QStringLiteral("-"));
        check(http().get(cataloguePath, device.token), device.id);
        check(http().get(devicesPath, m_admin), QStringLiteral("admin"));
        check(http().get(QStringLiteral("/api/v1/nope")), QStringLiteral("-"));
        check(http().get(cataloguePath, QString(43, QLatin1Char('Q'))), QStringLiteral("-"));
        check(http().get(resultsPath(QStringLiteral("bochum")), device.token), device.id);
        check(http().post(submissionsPath, device.token, batchBytes({item(monitorResponse(QStringLiteral("hamme"), device.id, {2}))})), device.id);
        check(http().del(devicesPath + QLatin1Char('/') + newUuid(), m_admin), QStringLiteral("admin"));

        // Nothing more comes, decided by order, not by a pause: the hub handles one request
        // after the other and logs each as it answers, and every request above was answered
        // before this last one was sent. A stray or doubled line for any of them would stand
        // before this one, so the lines up to it must be exactly the expected ones.
        check(http().get(QStringLiteral("/api/v1/log-sentinel")), QStringLiteral("-"));
        QVERIFY2(m_hub->waitForRequestLog(expected.size(), 5000), qPrintable(m_hub->stderrLines().join(QLatin1Char('\n'))));
        const QList<HubProcess::LogLine> log = m_hub->requestLog();
        QCOMPARE(log.size(), expected.size());
        const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(2);
        for (int i = 0; i < log.size(); ++i) {
            const HubProcess::LogLine &l = log.at(i);
            const Expect &e = expected.at(i);
            QVERIFY2(l.valid, qPrintable(l.raw));
            // The enrolment request carries no token; logging the device it created is fine too.
            const bool deviceOk = l.device == e.device || (i == 0 && l.device == device.id);
            QVERIFY2(l.method == e.method && l.path == e.path && l.status == e.status && deviceOk,
                     qPrintable(QStringLiteral("log line %1: \"%2\", expected %3 %4 %5 device=%6")
                                    .arg(i).arg(l.raw, e.method, e.path).arg(e.status).arg(e.device)));
            QVERIFY2(l.time >= start && l.time <= end, qPrintable(l.raw));
            QVERIFY2(l.ms >= 0 && l.ms < 10000, qPrintable(l.raw));
        }
    }

    // --- command line -------------------------------------------------------------------------

    void commandHelp_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("top") << QStringList{QStringLiteral("--help")};
        for (const QStringList &sub : QList<QStringList>{
                 {QStringLiteral("serve")}, {QStringLiteral("enroll-code")}, {QStringLiteral("admin-token")},
                 {QStringLiteral("keygen")}, {QStringLiteral("catalogue")}, {QStringLiteral("catalogue"), QStringLiteral("import")},
                 {QStringLiteral("catalogue"), QStringLiteral("export")}, {QStringLiteral("export")},
                 {QStringLiteral("devices")}, {QStringLiteral("devices"), QStringLiteral("list")},
                 {QStringLiteral("devices"), QStringLiteral("revoke")}})
            QTest::addRow("%s", qPrintable(sub.join(QLatin1Char(' ')))) << (sub + QStringList{QStringLiteral("--help")});
    }

    void commandHelp()
    {
        QFETCH(QStringList, args);
        const HubProcess::CliResult r = HubProcess::runBinary(args, 15000);
        QVERIFY2(r.exitCode == 0 && !r.crashed && !r.timedOut, qPrintable(r.describe()));
        QVERIFY2(r.outLines().size() >= 2, qPrintable(r.describe()));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    }

    void commandErrors()
    {
        for (const QStringList &args : QList<QStringList>{{QStringLiteral("frobnicate")},
                                                          {QStringLiteral("devices"), QStringLiteral("frobnicate")},
                                                          {QStringLiteral("export"), QStringLiteral("monitor"), QStringLiteral("--format"), QStringLiteral("xlsx")},
                                                          {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("nirgendwo")},
                                                          {QStringLiteral("serve"), QStringLiteral("--rate-limit"), QStringLiteral("viele")}}) {
            const HubProcess::CliResult r = HubProcess::runBinary(args, 15000);
            QVERIFY2(r.exitCode == 2 && !r.crashed && !r.timedOut, qPrintable(r.describe()));
            QVERIFY2(r.errLines().size() == 1 && r.errLines().first().startsWith(QLatin1String("stadtlabor-hub: error: ")),
                     qPrintable(r.describe()));
        }
        // A database that cannot be opened: exit 1, one line.
        // (a folder that cannot exist: its parent is a regular file)
        const QString notAFolder = QDir(m_db->scratchDir()).filePath(QStringLiteral("regular-file"));
        QVERIFY(writeFile(notAFolder, QByteArrayLiteral("x")));
        const HubProcess::CliResult badDb = HubProcess::runBinary(
            {QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("sqlite:") + notAFolder + QStringLiteral("/hub.sqlite")}, 15000);
        QVERIFY2(badDb.exitCode == 1 && badDb.errLines().size() == 1, qPrintable(badDb.describe()));
        // The port is taken: exit 1, one line.
        const HubProcess::CliResult taken = HubProcess::runBinary(
            {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_hub->port()),
             QStringLiteral("--db"), m_db->url()}, 15000);
        QVERIFY2(!taken.timedOut && taken.exitCode == 1 && taken.errLines().size() == 1, qPrintable(taken.describe()));
    }

    void adminTokenRetiresThePreviousOne()
    {
        const QString old = m_admin;
        EXPECT_STATUS(http().get(devicesPath, old), 200);
        const HubProcess::CliResult r = cli({QStringLiteral("admin-token")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString token = r.lastWord();
        QVERIFY2(tokenPattern.match(token).hasMatch(), qPrintable(r.describe()));
        m_admin = token;
        EXPECT_ERROR(http().get(devicesPath, old), 401, "unauthorized");
        EXPECT_STATUS(http().get(devicesPath, token), 200);
    }

    // --- shutdown -----------------------------------------------------------------------------

    void sigtermFinishesRequestInFlight()
    {
        ENROL(device, QStringLiteral("Feierabend"));
        const QString area = QStringLiteral("westenfeld");
        const Results before = results(area);
        EXPECT_STATUS(before.response, 200);
        QJsonArray items;
        for (int i = 0; i < 500; ++i)
            items.append(item(monitorResponse(area, device.id, {1 + i % 7, 7 - i % 7, 4})));
        const QByteArray body = batchBytes(items);
        QVERIFY2(body.size() < 1024 * 1024, qPrintable(QString::number(body.size())));

        HttpClient::Request req;
        req.method = QByteArrayLiteral("POST");
        req.path = submissionsPath;
        req.token = device.token;
        req.body = body;
        req.timeoutMs = 60000;
        QNetworkReply *reply = http().start(req);
        bool uploaded = false;
        connect(reply, &QNetworkReply::uploadProgress, this, [&uploaded](qint64 sent, qint64 total) {
            uploaded = uploaded || (total > 0 && sent == total);
        });
        QVERIFY(waitUntil([&] { return uploaded || reply->isFinished(); }, 30000));
        QVERIFY2(!reply->isFinished(), "the hub answered before SIGTERM could be sent; the batch is too small to be in flight");
        m_hub->sendSignal(SIGTERM);
        const HttpResponse r = http().finish(reply, 60000);
        EXPECT_STATUS(r, 200);
        const QJsonArray answers = r.object().value(QStringLiteral("results")).toArray();
        QCOMPARE(answers.size(), 500);
        for (const QJsonValue &a : answers)
            QCOMPARE(a.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));

        QVERIFY2(m_hub->waitForExit(20000), "still running 20 s after SIGTERM");
        QCOMPARE(m_hub->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_hub->exitCode(), 0);
        QVERIFY2(m_hub->stderrLines().contains(QStringLiteral("stadtlabor-hub: stopped")), qPrintable(m_hub->stderrLines().join(QLatin1Char('\n'))));
        QTcpSocket probe;
        probe.connectToHost(QHostAddress(QHostAddress::LocalHost), m_hub->port());
        QVERIFY2(!probe.waitForConnected(2000), "still accepting connections after it exited");

        // Everything answered "accepted" was kept.
        QVERIFY2(restartHub(), qPrintable(m_error));
        QCOMPARE(results(area).area.responses, before.area.responses + 500);
    }

    // --- criteria set versions ----------------------------------------------------------------

    // The minimum group size k (the catalogue's min_responses, default 10): an area with k-1
    // responses gets no mean and no distribution, only its counts; with k it gets them. The
    // same with another k from the catalogue; a k that makes no sense is refused by path.
    void resultsHeldBackBelowMinResponses()
    {
        // Its own database: the catalogue changes its k here.
        TestDatabase db;
        QString error;
        QVERIFY2(db.create(&error), qPrintable(error));
        HubProcess hub(db.url());
        hub.http().setAudit(&m_audit);
        QVERIFY2(hub.start({}, &error), qPrintable(error));
        const QString admin = hub.adminToken(&error);
        QVERIFY2(!admin.isEmpty(), qPrintable(error));
        const std::optional<HubProcess::Device> device = hub.enrol(QStringLiteral("Schwelle"), &error);
        QVERIFY2(device, qPrintable(error));
        const auto send = [&](const QString &area, int count) {
            QJsonArray items;
            for (int i = 0; i < count; ++i)
                items.append(item(monitorResponse(area, device->id, {1 + i % 7, 4})));
            const HttpResponse r = hub.http().post(submissionsPath, device->token, batchBytes(items));
            return r.status == 200 && statusList(r.object().value(QStringLiteral("results")).toArray())
                == QStringList(count, QStringLiteral("accepted()")).join(QStringLiteral(", "));
        };
        // The area level of GET /results, checked for shape and threshold.
        const auto level = [&](const QString &area, int k) {
            const HttpResponse r = hub.http().get(resultsPath(area), device->token);
            const QJsonObject o = r.object();
            const AreaResult a = areaResult(o.value(QStringLiteral("area")));
            QStringList problems = levelProblems(a, QStringLiteral("area"), k)
                + levelProblems(areaResult(o.value(QStringLiteral("city"))), QStringLiteral("city"), k);
            if (r.status != 200 || o.value(QStringLiteral("min_responses")).toInt() != k)
                problems.append(QStringLiteral("min_responses %1, expected %2: %3").arg(o.value(QStringLiteral("min_responses")).toInt()).arg(k).arg(r.describe()));
            return std::pair{a, problems};
        };

        // Default k = 10: 9 responses, then the 10th.
        const QString laer = QStringLiteral("laer");
        QVERIFY(send(laer, defaultK - 1));
        auto [below, problems] = level(laer, defaultK);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(below.responses, defaultK - 1);
        QCOMPARE(below.themes.at(0).n, defaultK - 1);
        QVERIFY(!below.themes.at(0).mean && below.themes.at(0).countsNull);
        QVERIFY(send(laer, 1));
        auto [atK, problems2] = level(laer, defaultK);
        QVERIFY2(problems2.isEmpty(), qPrintable(problems2.join(QLatin1Char('\n'))));
        QCOMPARE(atK.responses, defaultK);
        QVERIFY2(atK.themes.at(0).mean && atK.themes.at(1).mean, qPrintable(QString::number(atK.themes.at(0).n)));
        QCOMPARE(*atK.themes.at(1).mean, 4.0);
        QCOMPARE(atK.themes.at(1).counts, QList<int>({0, 0, 0, defaultK, 0, 0, 0}));
        QCOMPARE(atK.themes.at(2).n, 0); // answered "no answer" by everyone: still no mean
        QVERIFY(!atK.themes.at(2).mean && atK.themes.at(2).countsNull);

        // A catalogue with k = 3 holds back less; one that says 1 or "zehn" is refused by path.
        QJsonObject doc = bundledCatalogueJson();
        doc.insert(QStringLiteral("version"), QStringLiteral("2027-03-01.1"));
        doc.insert(QStringLiteral("min_responses"), 1);
        const HttpResponse one = hub.http().put(cataloguePath, admin, json(doc));
        EXPECT_ERROR(one, 422, "invalid");
        QVERIFY2(one.details().contains(QStringLiteral("min_responses: 1 is out of range (2 to 1000)")), qPrintable(one.describe()));
        doc.insert(QStringLiteral("min_responses"), QStringLiteral("zehn"));
        const HttpResponse text = hub.http().put(cataloguePath, admin, json(doc));
        EXPECT_ERROR(text, 422, "invalid");
        QVERIFY2(text.details().contains(QStringLiteral("min_responses: expected a whole number, found a string")), qPrintable(text.describe()));
        doc.insert(QStringLiteral("min_responses"), 3);
        EXPECT_STATUS(hub.http().put(cataloguePath, admin, json(doc)), 200);
        const QString werne = QStringLiteral("werne");
        QVERIFY(send(werne, 2));
        auto [belowThree, problems3] = level(werne, 3);
        QVERIFY2(problems3.isEmpty(), qPrintable(problems3.join(QLatin1Char('\n'))));
        QCOMPARE(belowThree.responses, 2);
        QVERIFY(!belowThree.themes.at(1).mean && belowThree.themes.at(1).countsNull);
        QVERIFY(send(werne, 1));
        auto [atThree, problems4] = level(werne, 3);
        QVERIFY2(problems4.isEmpty(), qPrintable(problems4.join(QLatin1Char('\n'))));
        QVERIFY(atThree.themes.at(1).mean);
        QCOMPARE(*atThree.themes.at(1).mean, 4.0);
        // The served catalogue carries its k, so the kiosks apply the same one.
        QCOMPARE(hub.http().get(cataloguePath, device->token).object().value(QStringLiteral("min_responses")).toInt(), 3);
        QVERIFY2(hub.terminate(&error), qPrintable(error));
    }

    void criteriaSetVersionsAreKept()
    {
        // Its own database: the catalogue changes to criteria set version 2 here.
        TestDatabase db;
        QString error;
        QVERIFY2(db.create(&error), qPrintable(error));
        HubProcess hub(db.url());
        hub.http().setAudit(&m_audit);
        QVERIFY2(hub.start({}, &error), qPrintable(error));
        const QString admin = hub.adminToken(&error);
        QVERIFY2(!admin.isEmpty(), qPrintable(error));
        const std::optional<HubProcess::Device> device = hub.enrol(QStringLiteral("Versionen"), &error);
        QVERIFY2(device, qPrintable(error));
        const auto send = [&](const MonitorResponse &m) {
            const HttpResponse r = hub.http().post(submissionsPath, device->token, batchBytes({item(m)}));
            return r.object().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString()
                + (r.status == 200 ? QString() : r.describe());
        };
        QCOMPARE(send(monitorResponse(QStringLiteral("grumme"), device->id, {1})), QStringLiteral("accepted"));

        QJsonObject doc = bundledCatalogueJson();
        doc.insert(QStringLiteral("version"), QStringLiteral("2027-02-01.1"));
        QJsonObject set = doc.value(QStringLiteral("criteria_set")).toObject();
        set.insert(QStringLiteral("version"), 2);
        QJsonArray themes = set.value(QStringLiteral("themes")).toArray();
        themes.removeLast();
        set.insert(QStringLiteral("themes"), themes);
        doc.insert(QStringLiteral("criteria_set"), set);
        const HttpResponse put = hub.http().put(cataloguePath, admin, json(doc));
        EXPECT_STATUS(put, 200);

        // Version 1 is still answered by kiosks that have not updated yet.
        QCOMPARE(send(monitorResponse(QStringLiteral("grumme"), device->id, {2})), QStringLiteral("accepted"));
        MonitorResponse v2 = monitorResponse(QStringLiteral("grumme"), device->id, {3});
        v2.criteriaSetVersion = 2;
        v2.answers.removeLast();
        QCOMPARE(send(v2), QStringLiteral("accepted"));
        MonitorResponse v2wrong = monitorResponse(QStringLiteral("grumme"), device->id, {3});
        v2wrong.criteriaSetVersion = 2; // 14 answers for 13 themes
        QCOMPARE(send(v2wrong), QStringLiteral("rejected"));
        MonitorResponse v3 = v2;
        v3.uuid = newUuid();
        v3.criteriaSetVersion = 3;
        QCOMPARE(send(v3), QStringLiteral("rejected"));
        QVERIFY2(hub.terminate(&error), qPrintable(error));
    }

    // --- the OpenAPI document covers the spec ---------------------------------------------------

    void openApiDocumentsEveryOperation()
    {
        if (!m_audit.hasOpenApi())
            QSKIP("no OpenAPI document (STADTLABOR_OPENAPI_JSON not defined)");
        const QStringList documented = m_audit.documentedOperations();
        const QList<QPair<QString, QString>> operations{
            {QStringLiteral("GET"), healthPath}, {QStringLiteral("POST"), enrollPath},
            {QStringLiteral("GET"), cataloguePath}, {QStringLiteral("PUT"), cataloguePath},
            {QStringLiteral("POST"), submissionsPath}, {QStringLiteral("GET"), QStringLiteral("/api/v1/results")},
            {QStringLiteral("GET"), devicesPath}, {QStringLiteral("DELETE"), devicesPath + QLatin1Char('/') + newUuid()},
            {QStringLiteral("GET"), monitorCsvPath}, {QStringLiteral("GET"), fondsCsvPath}};
        for (const auto &[method, path] : operations) {
            const QString tmpl = m_audit.pathTemplate(path);
            QVERIFY2(!tmpl.isEmpty(), qPrintable(QStringLiteral("no OpenAPI path for ") + path));
            bool found = false;
            for (const QString &op : documented)
                found = found || (op.startsWith(method + QLatin1Char(' ')) && op.endsWith(tmpl));
            QVERIFY2(found, qPrintable(QStringLiteral("OpenAPI does not document %1 %2").arg(method, path)));
        }
    }
};

QTEST_GUILESS_MAIN(TestHubApi)
#include "tst_hub_api.moc"
