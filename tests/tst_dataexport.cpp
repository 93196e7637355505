// SPDX-License-Identifier: GPL-3.0-or-later
// The admin's data export and purge on a real SQLite file: every stored record once in the CSV
// and the JSON, sealed contact data left sealed, bad folders refused without a trace, exports
// never overwriting each other, and the purge taking only what the hub acknowledged long enough
// ago.
#include "catalogueimporter.h"
#include "cataloguerepository.h"
#include "database.h"
#include "dataexport.h"
#include "fondsidea.h"
#include "fondsrepository.h"
#include "monitorrepository.h"
#include "monitorresponse.h"
#include "receiptcode.h"
#include "sealedbox.h"
#include "syncqueue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace stadtlabor;

namespace {

const QString contactName = QStringLiteral("Erika Geheimfrau");
const QString contactEmail = QStringLiteral("erika.geheim@example.org");
const QString formula = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"klick\")");

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// RFC 4180, as a spreadsheet reads it.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

class TestDataExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Catalogue m_catalogue;
    SealedBox::KeyPair m_keys;
    QStringList m_responses;
    QStringList m_ideas;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(14, 5, 9), Qt::UTC);

    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return QVariant();
        return q.value(0);
    }

    MonitorResponse response(const QString &uuid, int i) const
    {
        const CriteriaSet &set = m_catalogue.criteriaSet;
        MonitorResponse r;
        r.uuid = uuid;
        r.createdAt = m_now.addSecs(-3600 + i);
        r.deviceId = QStringLiteral("kiosk-test");
        r.criteriaSetId = set.id;
        r.criteriaSetVersion = set.version;
        r.areaId = m_catalogue.areas.constLast().id;
        r.demographics.ageBand = QStringLiteral("30_44");
        r.demographics.relations = {QStringLiteral("live"), QStringLiteral("work")};
        for (int t = 0; t < set.themes.size(); ++t) {
            ThemeAnswer a{set.themes.at(t).id, std::nullopt, QStringLiteral(""), QStringLiteral("")};
            if (t % 3 != 2)
                a.score = set.scaleMin + (t + i) % (set.scaleMax - set.scaleMin + 1);
            r.answers.append(a);
        }
        r.answers[0].good = i == 0 ? formula : QStringLiteral("Bänke, Bäume; \"Schatten\"\nund Ruhe");
        r.answers[1].better = QStringLiteral("-Radweg");
        return r;
    }

    FondsIdea idea(int i) const
    {
        FondsIdea idea;
        const QUuid uuid = QUuid::createUuid();
        idea.uuid = uuid.toString(QUuid::WithoutBraces);
        idea.createdAt = m_now.addSecs(-1800 + i);
        idea.deviceId = QStringLiteral("kiosk-test");
        idea.fundRulesVersion = m_catalogue.fundRules.version;
        idea.receiptCode = ReceiptCode::fromUuid(uuid);
        FondsIdeaInput &in = idea.input;
        in.title = i == 0 ? QStringLiteral("=1+1 Bücherschrank") : QStringLiteral("Bücherschrank %1").arg(i);
        in.description = QStringLiteral("Zum Tauschen, \"selbst gebaut\".");
        in.areaId = m_catalogue.areas.constLast().id;
        in.categoryId = QStringLiteral("nachbarschaft");
        in.plannedStart = QDate(2027, 3, 1);
        in.amounts = FundAmounts{100'000, 10'000, 1000, 0};
        in.applicant = FondsIdeaInput::Applicant::Group;
        in.declaresOfAgeAndCapable = in.declaresNotPublicOrParty = in.declaresCommonGood = true;
        in.consent = true;
        idea.assessment = FundAssessment::assess(m_catalogue.fundRules, in.amounts);
        FondsContact contact{contactName, contactEmail, QStringLiteral("0234 123456"), QString()};
        idea.sealedContact = SealedBox::seal(contact.toJsonBytes(), m_keys.publicKey);
        return idea;
    }

    void acknowledge(const QStringList &uuids, SyncQueue::Outcome::Status status)
    {
        SyncQueue queue(*m_db);
        QList<SyncQueue::Outcome> outcomes;
        for (const QString &uuid : uuids)
            outcomes.append({uuid, status, status == SyncQueue::Outcome::Status::Rejected ? QStringLiteral("invalid") : QString()});
        QString error;
        QVERIFY2(queue.record(outcomes, &error), qPrintable(error));
    }

    void checkManifest(const QString &folder, const QString &deviceId = QStringLiteral("kiosk-test"))
    {
        const QJsonObject manifest = QJsonDocument::fromJson(readAll(folder + QStringLiteral("/manifest.json"))).object();
        QCOMPARE(manifest.value(QLatin1String("device_id")).toString(), deviceId);
        QCOMPARE(manifest.value(QLatin1String("exported_at")).toString(), QStringLiteral("2026-11-27T14:05:09.000Z"));
        QCOMPARE(manifest.value(QLatin1String("app_version")).toString(), QStringLiteral(STADTLABOR_VERSION));
        const QJsonArray files = manifest.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 4);
        for (const QJsonValue &v : files) {
            const QJsonObject f = v.toObject();
            const QByteArray bytes = readAll(folder + QLatin1Char('/') + f.value(QLatin1String("name")).toString());
            QVERIFY(!bytes.isEmpty());
            QCOMPARE(f.value(QLatin1String("bytes")).toInteger(), bytes.size());
            QCOMPARE(f.value(QLatin1String("sha256")).toString().toLatin1(),
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(SealedBox::initialize());
        m_keys = SealedBox::generateKeyPair();
    }

    void init()
    {
        m_db = std::make_unique<Database>();
        QFile::remove(m_dir.filePath(QStringLiteral("k.sqlite")));
        QFile::remove(m_dir.filePath(QStringLiteral("k.sqlite-wal")));
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("k.sqlite"))));
        CatalogueRepository catalogues(*m_db);
        const auto loaded = CatalogueImporter(catalogues).loadOrImportDefault();
        QVERIFY(loaded.ok());
        m_catalogue = *loaded.catalogue;
        MonitorRepository responses(*m_db);
        FondsRepository ideas(*m_db);
        m_responses.clear();
        m_ideas.clear();
        QString error;
        for (int i = 0; i < 5; ++i) {
            m_responses << newUuid();
            QVERIFY2(responses.save(response(m_responses.constLast(), i), &error), qPrintable(error));
        }
        for (int i = 0; i < 3; ++i) {
            const FondsIdea made = idea(i);
            m_ideas << made.uuid;
            QVERIFY2(ideas.save(made, &error), qPrintable(error));
        }
    }

    void cleanup() { m_db.reset(); }

    void countsPerKindAndState()
    {
        acknowledge({m_responses.at(0), m_ideas.at(0)}, SyncQueue::Outcome::Status::Acknowledged);
        acknowledge({m_responses.at(1)}, SyncQueue::Outcome::Status::Rejected);
        QString error;
        const DataExport::Counts c = DataExport(*m_db, QStringLiteral("kiosk-test")).counts(&error);
        QVERIFY(error.isEmpty());
        QCOMPARE(c.monitorResponses, 5);
        QCOMPARE(c.fondsIdeas, 3);
        QCOMPARE(c.pending, 5);
        QCOMPARE(c.sent, 2);
        QCOMPARE(c.rejected, 1);
    }

    void exportHoldsEveryRecordOnceAndContactsSealed()
    {
        acknowledge({m_responses.at(0)}, SyncQueue::Outcome::Status::Acknowledged);
        acknowledge({m_ideas.at(1)}, SyncQueue::Outcome::Status::Rejected);
        QTemporaryDir target;
        const DataExport::Result result = DataExport(*m_db, QStringLiteral("kiosk/test")).exportTo(target.path(), m_now);
        QVERIFY2(result.ok, qPrintable(result.detail));
        QCOMPARE(QFileInfo(result.folder).fileName(), QStringLiteral("stadtlabor-export-kiosk_test-20261127T140509Z"));
        QCOMPARE(listing(result.folder),
                 QStringList({QStringLiteral("fonds_ideas.csv"), QStringLiteral("fonds_ideas.json"),
                              QStringLiteral("manifest.json"), QStringLiteral("monitor_responses.csv"),
                              QStringLiteral("monitor_responses.json")}));
        QCOMPARE(result.counts.monitorResponses, 5);
        QCOMPARE(result.counts.fondsIdeas, 3);
        QCOMPARE(result.files.size(), 4);

        // JSON: the items exactly as the hub receives them, each record once.
        for (const auto &[file, kind, ids] : {std::tuple{QStringLiteral("monitor_responses.json"), QStringLiteral("monitor_response"), m_responses},
                                              std::tuple{QStringLiteral("fonds_ideas.json"), QStringLiteral("fonds_idea"), m_ideas}}) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(readAll(result.folder + QLatin1Char('/') + file), &parseError);
            QCOMPARE(parseError.error, QJsonParseError::NoError);
            QCOMPARE(doc.object().value(QLatin1String("kind")).toString(), kind);
            const QJsonArray items = doc.object().value(QLatin1String("items")).toArray();
            QCOMPARE(items.size(), ids.size());
            QSet<QString> seen;
            for (const QJsonValue &v : items) {
                const QJsonObject item = v.toObject();
                const QString id = item.value(QLatin1String("id")).toString();
                QVERIFY(ids.contains(id));
                QVERIFY(!seen.contains(id));
                seen.insert(id);
                QCOMPARE(item.keys(), QStringList({QStringLiteral("created_at"), QStringLiteral("id"), QStringLiteral("kind"),
                                                   QStringLiteral("payload"), QStringLiteral("schema_version")}));
                QCOMPARE(item.value(QLatin1String("kind")).toString(), kind);
                const QJsonObject stored = QJsonDocument::fromJson(
                    scalar(QStringLiteral("SELECT payload FROM outbox WHERE uuid = ?"), {id}).toString().toUtf8()).object();
                QCOMPARE(item.value(QLatin1String("payload")).toObject(), stored);
                if (kind == QLatin1String("fonds_idea")) {
                    const QByteArray sealed = scalar(QStringLiteral("SELECT sealed_contact FROM fonds_ideas WHERE uuid = ?"), {id}).toByteArray();
                    QCOMPARE(sealed.size(), int(FondsContact{contactName, contactEmail, QStringLiteral("0234 123456"), QString()}
                                                    .toJsonBytes().size()) + 48);
                    QCOMPARE(QByteArray::fromBase64(item.value(QLatin1String("payload")).toObject()
                                 .value(QLatin1String("sealed_contact")).toString().toLatin1()), sealed);
                    // Still sealed: the hub's key opens it, nothing in the export does.
                    QVERIFY(SealedBox::open(sealed, m_keys.publicKey, m_keys.secretKey).has_value());
                } else {
                    QStringList errors;
                    QVERIFY2(MonitorResponse::fromJson(item.value(QLatin1String("payload")).toObject(), &errors), qPrintable(errors.join(u';')));
                }
            }
        }

        // CSV: a header and one row per record, each once; formulas defused, numbers kept.
        const QList<QStringList> monitor = parseCsv(readAll(result.folder + QStringLiteral("/monitor_responses.csv")));
        QCOMPARE(monitor.size(), 1 + 5);
        const QStringList header = monitor.constFirst();
        QCOMPARE(header.mid(0, 5), QStringList({QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("device_id"),
                                                QStringLiteral("sync_state"), QStringLiteral("acknowledged_at")}));
        const QString firstTheme = m_catalogue.criteriaSet.themes.constFirst().id;
        const int goodColumn = int(header.indexOf(firstTheme + QStringLiteral("_good")));
        const int scoreColumn = int(header.indexOf(firstTheme + QStringLiteral("_score")));
        QVERIFY(goodColumn > 0 && scoreColumn > 0);
        QCOMPARE(header.size(), 13 + 3 * m_catalogue.criteriaSet.themes.size());
        QSet<QString> ids;
        for (const QStringList &row : monitor.mid(1)) {
            QCOMPARE(row.size(), header.size());
            ids.insert(row.constFirst());
            const int i = int(m_responses.indexOf(row.constFirst()));
            QVERIFY(i >= 0);
            QCOMPARE(row.at(3), i == 0 ? QStringLiteral("sent") : QStringLiteral("pending"));
            QCOMPARE(row.at(goodColumn), i == 0 ? QLatin1Char('\'') + formula : QStringLiteral("Bänke, Bäume; \"Schatten\"\nund Ruhe"));
            QCOMPARE(row.at(scoreColumn), QString::number(*response(row.constFirst(), i).answers.constFirst().score));
            QCOMPARE(row.at(header.indexOf(m_catalogue.criteriaSet.themes.at(1).id + QStringLiteral("_better"))), QStringLiteral("'-Radweg"));
        }
        QCOMPARE(ids.size(), 5);

        const QList<QStringList> fonds = parseCsv(readAll(result.folder + QStringLiteral("/fonds_ideas.csv")));
        QCOMPARE(fonds.size(), 1 + 3);
        const int sealedColumn = int(fonds.constFirst().indexOf(QStringLiteral("sealed_contact_base64")));
        const int titleColumn = int(fonds.constFirst().indexOf(QStringLiteral("title")));
        QVERIFY(sealedColumn > 0 && titleColumn > 0);
        ids.clear();
        for (const QStringList &row : fonds.mid(1)) {
            QCOMPARE(row.size(), fonds.constFirst().size());
            ids.insert(row.constFirst());
            QVERIFY(m_ideas.contains(row.constFirst()));
            QCOMPARE(QByteArray::fromBase64(row.at(sealedColumn).toLatin1()),
                     scalar(QStringLiteral("SELECT sealed_contact FROM fonds_ideas WHERE uuid = ?"), {row.constFirst()}).toByteArray());
            if (row.constFirst() == m_ideas.at(0))
                QCOMPARE(row.at(titleColumn), QStringLiteral("'=1+1 Bücherschrank"));
            if (row.constFirst() == m_ideas.at(1))
                QCOMPARE(row.at(3), QStringLiteral("rejected"));
        }
        QCOMPARE(ids.size(), 3);

        // No contact data in clear anywhere in the export.
        for (const QString &file : listing(result.folder)) {
            const QByteArray bytes = readAll(result.folder + QLatin1Char('/') + file);
            QVERIFY2(!bytes.contains(contactName.toUtf8()) && !bytes.contains(contactEmail.toUtf8()), qPrintable(file));
        }
        checkManifest(result.folder, QStringLiteral("kiosk/test"));
        const QJsonObject counts = QJsonDocument::fromJson(readAll(result.folder + QStringLiteral("/manifest.json")))
                                       .object().value(QLatin1String("counts")).toObject();
        QCOMPARE(counts.value(QLatin1String("monitor_responses")).toInt(), 5);
        QCOMPARE(counts.value(QLatin1String("fonds_ideas")).toInt(), 3);
        QCOMPARE(counts.value(QLatin1String("pending")).toInt(), 6);
        QCOMPARE(counts.value(QLatin1String("sent")).toInt(), 1);
        QCOMPARE(counts.value(QLatin1String("rejected")).toInt(), 1);
    }

    void badFoldersAreRefusedAndNothingIsWritten()
    {
        QTemporaryDir target;
        const DataExport exporter(*m_db, QStringLiteral("kiosk-test"));

        DataExport::Result r = exporter.exportTo(target.filePath(QStringLiteral("no-such-folder")), m_now);
        QVERIFY(!r.ok);
        QCOMPARE(r.problem, DataExport::Problem::NoFolder);
        r = exporter.exportTo(QString(), m_now);
        QCOMPARE(r.problem, DataExport::Problem::NoFolder);

        QFile file(target.filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        r = exporter.exportTo(file.fileName(), m_now);
        QCOMPARE(r.problem, DataExport::Problem::NotAFolder);
        QCOMPARE(listing(target.path()), QStringList{QStringLiteral("a-file")});

        // A folder nobody may write to, root included (CI runs as root, and file modes do
        // not stop root): /proc takes no new folders from anyone. Its listing changes by itself
        // (processes come and go), so "nothing written" is: no export folder in it.
        const QString readOnly = QStringLiteral("/proc");
        r = exporter.exportTo(readOnly, m_now);
        QVERIFY(!r.ok);
        QCOMPARE(r.problem, DataExport::Problem::NotWritable);
        QVERIFY(r.folder.isEmpty());
        QCOMPARE(r.detail, QStringLiteral("cannot create a folder in /proc"));
        QCOMPARE(listing(readOnly).filter(QStringLiteral("stadtlabor-export")), QStringList());
    }

    void twoExportsNeverOverwriteEachOther()
    {
        QTemporaryDir target;
        const DataExport exporter(*m_db, QStringLiteral("kiosk-test"));
        const DataExport::Result first = exporter.exportTo(target.path(), m_now);
        QVERIFY(first.ok);
        const QByteArray firstManifest = readAll(first.folder + QStringLiteral("/manifest.json"));
        QString error;
        QVERIFY(MonitorRepository(*m_db).save(response(newUuid(), 9), &error));
        // The same second: a second folder beside the first.
        const DataExport::Result second = exporter.exportTo(target.path(), m_now);
        QVERIFY(second.ok);
        QVERIFY(second.folder != first.folder);
        QCOMPARE(second.folder, first.folder + QStringLiteral("-2"));
        QCOMPARE(second.counts.monitorResponses, 6);
        QCOMPARE(readAll(first.folder + QStringLiteral("/manifest.json")), firstManifest);
        checkManifest(first.folder);
        checkManifest(second.folder);
        QCOMPARE(listing(target.path()).size(), 2);
    }

    void purgeTakesOnlyAcknowledgedAndOld()
    {
        acknowledge({m_responses.at(0), m_responses.at(1), m_ideas.at(0)}, SyncQueue::Outcome::Status::Acknowledged);
        acknowledge({m_responses.at(2), m_ideas.at(1)}, SyncQueue::Outcome::Status::Rejected);
        DataExport exporter(*m_db, QStringLiteral("kiosk-test"));
        const QDateTime now = QDateTime::currentDateTimeUtc();

        for (int bad : {-1, 3651, 100000}) {
            const DataExport::Purged p = exporter.purgeAcknowledged(bad, now.addDays(400));
            QVERIFY(!p.ok);
            QVERIFY(p.invalidDays);
            QCOMPARE(exporter.purgeableCount(bad, now), -1);
        }
        QCOMPARE(exporter.counts().sent, 3);

        // Acknowledged just now: not older than 30 days yet.
        QCOMPARE(exporter.purgeableCount(30, now), 0);
        DataExport::Purged p = exporter.purgeAcknowledged(30, now);
        QVERIFY(p.ok);
        QCOMPARE(p.rows, 0);
        QCOMPARE(exporter.counts().monitorResponses, 5);

        // 31 days later they go: the records, their answers and their outbox rows.
        QCOMPARE(exporter.purgeableCount(30, now.addDays(31)), 3);
        p = exporter.purgeAcknowledged(30, now.addDays(31));
        QVERIFY2(p.ok, qPrintable(p.error));
        QCOMPARE(p.rows, 3);
        const DataExport::Counts c = exporter.counts();
        QCOMPARE(c.monitorResponses, 3);
        QCOMPARE(c.fondsIdeas, 2);
        QCOMPARE(c.sent, 0);
        QCOMPARE(c.rejected, 2);
        QCOMPARE(c.pending, 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM monitor_answers WHERE response_uuid = ?"), {m_responses.at(0)}).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM monitor_responses WHERE uuid = ?"), {m_responses.at(2)}).toInt(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM fonds_ideas WHERE uuid = ?"), {m_ideas.at(2)}).toInt(), 1);
        QVERIFY(!scalar(QStringLiteral("SELECT sealed_contact FROM fonds_ideas WHERE uuid = ?"), {m_ideas.at(2)}).isNull());

        // 0 days: everything acknowledged up to now, still nothing pending or rejected.
        acknowledge({m_responses.at(3)}, SyncQueue::Outcome::Status::Acknowledged);
        p = exporter.purgeAcknowledged(0, QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(p.ok);
        QCOMPARE(p.rows, 1);
        QCOMPARE(exporter.counts().pending, 2);
        QCOMPARE(exporter.counts().rejected, 2);
    }

    // 50,000 responses (14 themes each) streamed into CSV and JSON.
    void exportOfFiftyThousandResponses()
    {
        const int n = 50'000;
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        const QString source = m_responses.constFirst();
        const QString series = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ").arg(n);
        QVERIFY2(q.exec(series + QStringLiteral(
            "INSERT INTO monitor_responses SELECT printf('bulk-%06d', i), created_at, device_id, criteria_set_id,"
            " criteria_set_version, area_id, age_band, gender, relations, group_id, interviewer_id"
            " FROM n, monitor_responses WHERE uuid = '%1'").arg(source)), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(series + QStringLiteral(
            "INSERT INTO monitor_answers SELECT printf('bulk-%06d', i), position, theme_id, score, good, better"
            " FROM n, monitor_answers WHERE response_uuid = '%1'").arg(source)), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(series + QStringLiteral(
            "INSERT INTO outbox (uuid, kind, payload, created_at) SELECT printf('bulk-%06d', i), kind,"
            " json_set(payload, '$.id', printf('bulk-%06d', i)), created_at FROM n, outbox WHERE uuid = '%1'").arg(source)),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));

        QTemporaryDir target;
        QElapsedTimer timer;
        timer.start();
        const DataExport::Result result = DataExport(*m_db, QStringLiteral("kiosk-test")).exportTo(target.path(), m_now);
        const qint64 ms = timer.elapsed();
        QVERIFY2(result.ok, qPrintable(result.detail));
        QCOMPARE(result.counts.monitorResponses, n + 5);
        QCOMPARE(result.files.constFirst().rows, n + 5);
        qInfo("exported %d responses (%.1f MB CSV, %.1f MB JSON) in %lld ms", n + 5,
              result.files.at(0).bytes / 1e6, result.files.at(1).bytes / 1e6, ms);
        // The sanitizer build (scripts/test-sanitizers.sh) does the same work instrumented.
#if defined(__SANITIZE_ADDRESS__)
        constexpr bool instrumented = true;
#elif defined(__has_feature)
        constexpr bool instrumented = __has_feature(address_sanitizer);
#else
        constexpr bool instrumented = false;
#endif
        constexpr qint64 budgetMs = instrumented ? 120'000 : 30'000;
        QVERIFY2(ms < budgetMs, "the export of 50,000 responses took longer than 30 s (120 s in the sanitizer build)");
        const QJsonArray items = QJsonDocument::fromJson(readAll(result.folder + QStringLiteral("/monitor_responses.json")))
                                     .object().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), n + 5);
    }
};

QTEST_GUILESS_MAIN(TestDataExport)
#include "tst_dataexport.moc"
