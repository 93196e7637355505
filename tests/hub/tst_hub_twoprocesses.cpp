// SPDX-License-Identifier: GPL-3.0-or-later
// Two hub processes on one PostgreSQL database get the same batches at the same time (as when
// a load balancer retries on the other node, or two kiosks' queues overlap). Afterwards every
// submission is stored exactly once: each item was answered "accepted" by exactly one hub and
// "duplicate" everywhere else, and the results and the export count each once.
// PostgreSQL only (run through with-postgres.sh); skipped on SQLite.

#include "hubhttp.h"
#include "hubpayloads.h"
#include "hubprocess.h"
#include "responseaudit.h"

#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTest>

#include <memory>

using namespace stadtlabor;
using namespace stadtlabor::hubtest;

class TestHubTwoProcesses : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ResponseAudit m_audit;

    static constexpr int batches = 20;
    static constexpr int batchSize = 100;
    static constexpr int stride = 80; // consecutive batches share 20 items

private Q_SLOTS:
    void initTestCase()
    {
        if (TestDatabase::backend() != QLatin1String("postgresql"))
            QSKIP("PostgreSQL only: run through tests/hub/with-postgres.sh");
#ifdef STADTLABOR_OPENAPI_JSON
        QString openApiError;
        QVERIFY2(m_audit.loadOpenApi(QStringLiteral(STADTLABOR_OPENAPI_JSON), &openApiError), qPrintable(openApiError));
#endif
        m_db = std::make_unique<TestDatabase>();
        QString error;
        QVERIFY2(m_db->create(&error), qPrintable(error));
    }

    void sameBatchesAtTheSameTime()
    {
        HubProcess a(m_db->url());
        HubProcess b(m_db->url());
        a.http().setAudit(&m_audit);
        b.http().setAudit(&m_audit);
        QString error;
        // The first start migrates the fresh database; the second finds it done.
        QVERIFY2(a.start({}, &error), qPrintable(error));
        QVERIFY2(b.start({}, &error), qPrintable(error));
        const QString admin = a.adminToken(&error);
        QVERIFY2(!admin.isEmpty(), qPrintable(error));
        const std::optional<HubProcess::Device> device = a.enrol(QStringLiteral("Zwei Hubs"), &error);
        QVERIFY2(device, qPrintable(error));
        // The token is in the shared database: the other hub knows it too.
        QCOMPARE(b.http().get(QStringLiteral("/api/v1/catalogue"), device->token).status, 200);

        // Items spread over the statistical districts of the bundled catalogue.
        QStringList districts;
        for (const Area &area : bundledCatalogue().areas) {
            if (area.kind == Area::Kind::StatisticalDistrict)
                districts.append(area.id);
        }
        QVERIFY(districts.size() > 5);
        const int total = (batches - 1) * stride + batchSize;
        QJsonArray pool;
        for (int i = 0; i < total; ++i)
            pool.append(item(monitorResponse(districts.at(i % districts.size()), device->id, {1 + i % 7, 1 + (i / 7) % 7})));
        QList<QByteArray> bodies;
        for (int k = 0; k < batches; ++k) {
            QJsonArray items;
            for (int i = k * stride; i < k * stride + batchSize; ++i)
                items.append(pool.at(i));
            bodies.append(batchBytes(items, deviceBlock(QStringLiteral("0.1.0"), batches - k)));
        }

        // Every batch to both hubs, all in flight together: hub a gets them first to last, hub b
        // last to first, so both start with batches of their own and then meet, inserting the
        // same ids at the same moment, in the middle.
        struct Sent { QNetworkReply *reply; int batch; char hub; };
        QList<Sent> sent;
        for (int j = 0; j < batches; ++j) {
            for (HubProcess *hub : {&a, &b}) {
                const int k = hub == &a ? j : batches - 1 - j;
                HttpClient::Request req;
                req.method = QByteArrayLiteral("POST");
                req.path = QStringLiteral("/api/v1/submissions");
                req.token = device->token;
                req.body = bodies.at(k);
                req.timeoutMs = 120000;
                sent.append({hub->http().start(req), k, hub == &a ? 'a' : 'b'});
            }
        }
        // id -> every answer it got, as "a:accepted"
        QHash<QString, QStringList> answers;
        for (const Sent &s : sent) {
            HubProcess &hub = s.hub == 'a' ? a : b;
            const HttpResponse r = hub.http().finish(s.reply, 120000);
            QVERIFY2(r.status == 200, qPrintable(QStringLiteral("batch %1 to hub %2: ").arg(s.batch).arg(QLatin1Char(s.hub)) + r.describe()));
            const QJsonArray results = r.object().value(QStringLiteral("results")).toArray();
            QCOMPARE(results.size(), batchSize);
            for (int i = 0; i < batchSize; ++i) {
                const QJsonObject result = results.at(i).toObject();
                const QString id = pool.at(s.batch * stride + i).toObject().value(QStringLiteral("id")).toString();
                QCOMPARE(result.value(QStringLiteral("id")).toString(), id);
                answers[id].append(QString(QLatin1Char(s.hub)) + QLatin1Char(':') + result.value(QStringLiteral("status")).toString()
                                   + result.value(QStringLiteral("reason")).toString());
            }
        }

        QCOMPARE(answers.size(), total);
        int acceptedByA = 0;
        int acceptedByB = 0;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            const QStringList &list = it.value();
            const qsizetype accepted = list.count(QStringLiteral("a:accepted")) + list.count(QStringLiteral("b:accepted"));
            const qsizetype duplicate = list.count(QStringLiteral("a:duplicate")) + list.count(QStringLiteral("b:duplicate"));
            QVERIFY2(accepted == 1 && duplicate == list.size() - 1,
                     qPrintable(QStringLiteral("%1: %2").arg(it.key(), list.join(QStringLiteral(", ")))));
            acceptedByA += list.contains(QStringLiteral("a:accepted")) ? 1 : 0;
            acceptedByB += list.contains(QStringLiteral("b:accepted")) ? 1 : 0;
        }
        qInfo("accepted by hub a: %d, by hub b: %d", acceptedByA, acceptedByB);
        QVERIFY2(acceptedByA > 0 && acceptedByB > 0, "one hub took everything: the test did not exercise two writers");

        // Each counted once, seen the same from both hubs.
        const HttpResponse ra = a.http().get(QStringLiteral("/api/v1/results?area=bochum"), admin);
        const HttpResponse rb = b.http().get(QStringLiteral("/api/v1/results?area=bochum"), admin);
        QCOMPARE(ra.status, 200);
        QCOMPARE(rb.status, 200);
        QCOMPARE(ra.object(), rb.object());
        const AreaResult city = areaResult(ra.object().value(QStringLiteral("city")));
        QCOMPARE(city.responses, total);
        QCOMPARE(city.themes.value(0).n, total);
        QCOMPARE(city.themes.value(2).n, 0);
        int perDistrictSum = 0;
        for (const QString &district : districts) {
            const HttpResponse r = b.http().get(QStringLiteral("/api/v1/results?area=") + district, admin);
            QCOMPARE(r.status, 200);
            perDistrictSum += areaResult(r.object().value(QStringLiteral("area"))).responses;
        }
        QCOMPARE(perDistrictSum, total);

        // The HTTP export, compared at the end (after the hubs have stopped cleanly).
        const HttpResponse httpCsv = b.http().get(QStringLiteral("/api/v1/export/monitor.csv"), admin);

        // The device's report ends up from one of the batches, not torn between two.
        const HttpResponse devices = a.http().get(QStringLiteral("/api/v1/devices"), admin);
        QCOMPARE(devices.status, 200);
        for (const QJsonValue &d : devices.object().value(QStringLiteral("devices")).toArray()) {
            if (d.toObject().value(QStringLiteral("id")).toString() == device->id) {
                const int queue = d.toObject().value(QStringLiteral("queue_length")).toInt(-1);
                QVERIFY2(queue >= 1 && queue <= batches, qPrintable(devices.describe()));
            }
        }

        QVERIFY2(a.terminate(&error), qPrintable(QStringLiteral("hub a: ") + error));
        QVERIFY2(b.terminate(&error), qPrintable(QStringLiteral("hub b: ") + error));
        for (HubProcess *hub : {&a, &b}) {
            const QList<HubProcess::LogLine> log = hub->requestLog();
            QCOMPARE(log.size(), hub->http().requestCount());
            for (const HubProcess::LogLine &l : log)
                QVERIFY2(l.valid, qPrintable(l.raw));
        }
        const QStringList problems = m_audit.takeProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));

        // Each submission once in the exports: a header and one record per response.
        bool ok = false;
        QCOMPARE(httpCsv.status, 200);
        const QList<QStringList> httpRecords = parseCsv(httpCsv.body, &ok);
        QVERIFY(ok);
        QCOMPARE(httpRecords.size(), total + 1);
        const HubProcess::CliResult csv = a.runCli({QStringLiteral("export"), QStringLiteral("monitor"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.describe()));
        const QList<QStringList> records = parseCsv(csv.out, &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), total + 1);
        const qsizetype idColumn = qMax<qsizetype>(0, records.first().indexOf(QStringLiteral("id")));
        QSet<QString> ids;
        for (int i = 1; i < records.size(); ++i)
            ids.insert(records.at(i).value(idColumn));
        QCOMPARE(ids.size(), total);
    }

    void cleanupTestCase()
    {
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestHubTwoProcesses)
#include "tst_hub_twoprocesses.moc"
