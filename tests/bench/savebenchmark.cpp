// SPDX-License-Identifier: GPL-3.0-or-later
// Save benchmark: the time to durably store one StadtRaumMonitor response (14 theme answers;
// WAL journal, synchronous=FULL) with MonitorRepository::save(), next to the same rows written
// with the plain sqlite3 C API, the same pragmas and the same DDL in the same run. Each save
// is timed on its own; the two sides alternate in blocks so both see the same machine load.
// Both files live in one temporary folder (TMPDIR decides the disk: use a real one, not
// tmpfs, or the fsync the figures are about costs nothing).
#include "catalogueimporter.h"
#include "cataloguerepository.h"
#include "database.h"
#include "monitorrepository.h"
#include "monitorresponse.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <optional>
#include <vector>

using namespace stadtlabor;

namespace {

constexpr int defaultSaves = 1000;
constexpr int blockSize = 100;
constexpr double goal = 1.5;

// One response as the plain C API writes it: every text already UTF-8, the outbox payload
// already serialised (the product serialises inside save(), which is part of its cost).
struct Row
{
    struct Answer
    {
        QByteArray themeId;
        std::optional<int> score;
        QByteArray good;
        QByteArray better;
    };
    QByteArray uuid, createdAt, deviceId, criteriaSetId, areaId, ageBand, gender, relations, groupId, interviewerId;
    int criteriaSetVersion = 0;
    std::vector<Answer> answers;
    QByteArray payload;
};

Row toRow(const MonitorResponse &r)
{
    Row row;
    row.uuid = r.uuid.toUtf8();
    row.createdAt = r.createdAt.toUTC().toString(Qt::ISODateWithMs).toUtf8();
    row.deviceId = r.deviceId.toUtf8();
    row.criteriaSetId = r.criteriaSetId.toUtf8();
    row.criteriaSetVersion = r.criteriaSetVersion;
    row.areaId = r.areaId.toUtf8();
    row.ageBand = r.demographics.ageBand.toUtf8();
    row.gender = r.demographics.gender.toUtf8();
    row.relations = QJsonDocument(QJsonArray::fromStringList(r.demographics.relations)).toJson(QJsonDocument::Compact);
    row.groupId = r.groupId.toUtf8();
    row.interviewerId = r.interviewerId.toUtf8();
    for (const ThemeAnswer &a : r.answers)
        row.answers.push_back({a.themeId.toUtf8(), a.score, a.good.toUtf8(), a.better.toUtf8()});
    row.payload = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
    return row;
}

// Response `n` of the run: scores across the scale, two or three themes without an answer,
// a short text on some themes, demographics that vary and are sometimes not given.
MonitorResponse makeResponse(const Catalogue &catalogue, int n)
{
    static const QStringList goods = {QStringLiteral("Viel Grün am Kemnader See"), QStringLiteral("Gute Busanbindung"),
                                      QStringLiteral("Ruhig am Abend")};
    static const QStringList betters = {QStringLiteral("Mehr Bänke"), QStringLiteral("Radweg endet plötzlich an der Kreuzung"),
                                        QStringLiteral("Zu wenig Licht im Park")};
    const CriteriaSet &set = catalogue.criteriaSet;
    MonitorResponse r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.createdAt = QDateTime(QDate(2026, 5, 4), QTime(10, 15, 30, 123), Qt::UTC).addSecs(qint64(n) * 97);
    r.deviceId = QStringLiteral("kiosk-rathaus-01");
    r.criteriaSetId = set.id;
    r.criteriaSetVersion = set.version;
    r.areaId = catalogue.areas.at(n % catalogue.areas.size()).id;
    if (n % 10 != 9) {
        const QStringList ages = Demographics::ageBands();
        const QStringList genders = Demographics::genders();
        r.demographics.ageBand = ages.at(n % ages.size());
        r.demographics.gender = genders.at(n % genders.size());
        const QStringList relations = Demographics::relationIds();
        for (int i = 0; i < relations.size(); ++i) {
            if ((n >> i) & 1)
                r.demographics.relations.append(relations.at(i));
        }
    }
    const int themes = int(set.themes.size());
    const int range = set.scaleMax - set.scaleMin + 1;
    for (int i = 0; i < themes; ++i) {
        ThemeAnswer a;
        a.themeId = set.themes.at(i).id;
        a.good = QStringLiteral("");
        a.better = QStringLiteral("");
        if ((i + n) % 5 != 4)
            a.score = set.scaleMin + (i * 3 + n) % range;
        if (n % 3 != 2 && i == n % themes)
            a.good = goods.at(n % goods.size());
        if (n % 2 == 0 && i == (n + 5) % themes)
            a.better = betters.at(n % betters.size());
        r.answers.append(a);
    }
    if (n % 4 == 0)
        r.groupId = QStringLiteral("klasse-7b");
    if (n % 4 != 3)
        r.interviewerId = QStringLiteral("ab 12");
    return r;
}

// The plain C API side: its own connection, statements prepared once.
class Baseline
{
public:
    ~Baseline()
    {
        for (sqlite3_stmt *s : {m_begin, m_commit, m_rollback, m_response, m_answer, m_outbox})
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }

    bool open(const QByteArray &path, const QByteArray &setId, int setVersion)
    {
        if (sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            return fail("open");
        sqlite3_busy_timeout(m_db, Database::busyTimeoutMs);
        sqlite3_stmt *mode = nullptr;
        if (sqlite3_prepare_v2(m_db, "PRAGMA journal_mode=WAL", -1, &mode, nullptr) != SQLITE_OK
            || sqlite3_step(mode) != SQLITE_ROW) {
            sqlite3_finalize(mode);
            return fail("journal_mode");
        }
        const QByteArray got(reinterpret_cast<const char *>(sqlite3_column_text(mode, 0)));
        sqlite3_finalize(mode);
        if (got.toLower() != "wal") {
            std::fprintf(stderr, "baseline: journal mode is %s, not wal\n", got.constData());
            return false;
        }
        // The schema: every statement of the product's own migrations, in order, so the
        // baseline writes into the very tables, indexes and triggers a save writes into.
        QList<QByteArray> setup{"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-512",
                                "BEGIN IMMEDIATE"};
        for (const Database::Migration &m : Database::migrations()) {
            for (const QString &statement : m.statements)
                setup.append(statement.toUtf8());
        }
        for (const QByteArray &sql : setup) {
            if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return fail(sql.constData());
        }
        sqlite3_stmt *set = nullptr;
        if (sqlite3_prepare_v2(m_db,
                               "INSERT INTO criteria_sets (id, version, document, is_current, imported_at)"
                               " VALUES (?, ?, '{}', 1, '2026-05-01T00:00:00.000Z')",
                               -1, &set, nullptr) != SQLITE_OK)
            return fail("prepare criteria_sets");
        sqlite3_bind_text(set, 1, setId.constData(), int(setId.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(set, 2, setVersion);
        const int rc = sqlite3_step(set);
        sqlite3_finalize(set);
        if (rc != SQLITE_DONE)
            return fail("insert criteria_sets");
        if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail("COMMIT setup");
        // Start the timed saves with an empty WAL, as the product side does.
        if (sqlite3_exec(m_db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail("wal_checkpoint");

        const std::pair<sqlite3_stmt **, const char *> statements[] = {
            {&m_begin, "BEGIN IMMEDIATE"},
            {&m_commit, "COMMIT"},
            {&m_rollback, "ROLLBACK"},
            {&m_response, "INSERT INTO monitor_responses (uuid, created_at, device_id, criteria_set_id, criteria_set_version,"
                          " area_id, age_band, gender, relations, group_id, interviewer_id)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&m_answer, "INSERT INTO monitor_answers (response_uuid, position, theme_id, score, good, better)"
                        " VALUES (?, ?, ?, ?, ?, ?)"},
            {&m_outbox, "INSERT INTO outbox_items (uuid, kind, payload, created_at) VALUES (?, ?, ?, ?)"},
        };
        for (const auto &[stmt, sql] : statements) {
            if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, nullptr) != SQLITE_OK)
                return fail(sql);
        }
        return true;
    }

    bool save(const Row &row)
    {
        if (!step(m_begin))
            return fail("BEGIN IMMEDIATE");
        if (!insert(row)) {
            const QByteArray why = sqlite3_errmsg(m_db);
            step(m_rollback);
            std::fprintf(stderr, "baseline: save failed: %s\n", why.constData());
            return false;
        }
        if (!step(m_commit)) {
            fail("COMMIT");
            step(m_rollback);
            return false;
        }
        return true;
    }

private:
    bool fail(const char *what)
    {
        std::fprintf(stderr, "baseline: %s failed: %s\n", what, m_db ? sqlite3_errmsg(m_db) : "out of memory");
        return false;
    }

    static bool step(sqlite3_stmt *s)
    {
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        return rc == SQLITE_DONE;
    }

    // Text, or NULL when empty (as the product stores optional fields).
    static void text(sqlite3_stmt *s, int i, const QByteArray &value, bool nullIfEmpty = false)
    {
        if (nullIfEmpty && value.isEmpty())
            sqlite3_bind_null(s, i);
        else
            sqlite3_bind_text(s, i, value.constData(), int(value.size()), SQLITE_STATIC);
    }

    bool insert(const Row &row)
    {
        text(m_response, 1, row.uuid);
        text(m_response, 2, row.createdAt);
        text(m_response, 3, row.deviceId);
        text(m_response, 4, row.criteriaSetId);
        sqlite3_bind_int(m_response, 5, row.criteriaSetVersion);
        text(m_response, 6, row.areaId);
        text(m_response, 7, row.ageBand, true);
        text(m_response, 8, row.gender, true);
        text(m_response, 9, row.relations);
        text(m_response, 10, row.groupId, true);
        text(m_response, 11, row.interviewerId, true);
        if (!step(m_response))
            return false;
        for (int i = 0; i < int(row.answers.size()); ++i) {
            const Row::Answer &a = row.answers[std::size_t(i)];
            text(m_answer, 1, row.uuid);
            sqlite3_bind_int(m_answer, 2, i);
            text(m_answer, 3, a.themeId);
            if (a.score)
                sqlite3_bind_int(m_answer, 4, *a.score);
            else
                sqlite3_bind_null(m_answer, 4);
            text(m_answer, 5, a.good);
            text(m_answer, 6, a.better);
            if (!step(m_answer))
                return false;
        }
        static const QByteArray kind = MonitorRepository::outboxKind.toUtf8();
        text(m_outbox, 1, row.uuid);
        text(m_outbox, 2, kind);
        text(m_outbox, 3, row.payload);
        text(m_outbox, 4, row.createdAt);
        return step(m_outbox);
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_commit = nullptr;
    sqlite3_stmt *m_rollback = nullptr;
    sqlite3_stmt *m_response = nullptr;
    sqlite3_stmt *m_answer = nullptr;
    sqlite3_stmt *m_outbox = nullptr;
};

struct Stats
{
    double medianUs, p99Us, meanUs, maxUs, perSecond;
};

Stats stats(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    const std::size_t n = ns.size();
    const double median = n % 2 ? double(ns[n / 2]) : (double(ns[n / 2 - 1]) + double(ns[n / 2])) / 2;
    // Nearest rank: the smallest value at or above 99 % of the saves.
    const double p99 = double(ns[std::size_t(std::ceil(0.99 * double(n))) - 1]);
    const double total = double(std::accumulate(ns.cbegin(), ns.cend(), qint64(0)));
    return {median / 1e3, p99 / 1e3, total / double(n) / 1e3, double(ns.back()) / 1e3, double(n) / (total / 1e9)};
}

struct Counts
{
    qint64 responses = -1, answers = -1, outbox = -1, payloadBytes = -1;
};

// Counted with a fresh read-only connection of its own, after the writer has closed.
Counts countRows(const QString &path)
{
    Counts c;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        const auto one = [db](const char *sql) -> qint64 {
            sqlite3_stmt *s = nullptr;
            qint64 v = -1;
            if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
                v = sqlite3_column_int64(s, 0);
            sqlite3_finalize(s);
            return v;
        };
        c.responses = one("SELECT count(*) FROM monitor_responses");
        c.answers = one("SELECT count(*) FROM monitor_answers");
        c.outbox = one("SELECT count(*) FROM outbox WHERE kind = 'monitor_response'");
        c.payloadBytes = one("SELECT total(length(CAST(payload AS BLOB))) FROM outbox");
    }
    sqlite3_close(db);
    return c;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("stadtlabor.*.info=false"));
    const QStringList args = app.arguments();
    const int saves = std::max(defaultSaves, args.value(1).toInt());

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder: %s\n", qPrintable(dir.errorString()));
        return 1;
    }
    const QString productPath = dir.filePath(QStringLiteral("product.sqlite"));
    const QString baselinePath = dir.filePath(QStringLiteral("baseline.sqlite"));

    std::vector<qint64> productNs, baselineNs;
    productNs.reserve(std::size_t(saves));
    baselineNs.reserve(std::size_t(saves));
    int themes = 0;
    {
        // Product side: the kiosk's own open (pragmas, migrations) and the bundled catalogue.
        Database db;
        if (!db.open(productPath)) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(productPath), qPrintable(db.errorString()));
            return 1;
        }
        CatalogueRepository catalogues(db);
        CatalogueImporter importer(catalogues);
        const CatalogueImporter::Result imported = importer.loadOrImportDefault();
        if (!imported.ok()) {
            std::fprintf(stderr, "cannot import the bundled catalogue: %s\n", qPrintable(imported.errors.join(QLatin1Char('\n'))));
            return 1;
        }
        const Catalogue &catalogue = *imported.catalogue;
        themes = int(catalogue.criteriaSet.themes.size());
        {
            // The catalogue import filled the WAL; both sides start the timed saves with an empty one.
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
                std::fprintf(stderr, "cannot checkpoint %s\n", qPrintable(productPath));
                return 1;
            }
        }

        // Everything a save needs is built before the clock runs; both sides store the same responses.
        std::vector<MonitorResponse> responses;
        std::vector<Row> rows;
        responses.reserve(std::size_t(saves));
        rows.reserve(std::size_t(saves));
        for (int n = 0; n < saves; ++n) {
            responses.push_back(makeResponse(catalogue, n));
            const QStringList problems = responses.back().validate(catalogue.criteriaSet);
            if (!problems.isEmpty()) {
                std::fprintf(stderr, "response %d is not valid: %s\n", n, qPrintable(problems.join(QLatin1Char('\n'))));
                return 1;
            }
            rows.push_back(toRow(responses.back()));
        }

        MonitorRepository repo(db);
        Baseline baseline;
        if (!baseline.open(QFile::encodeName(baselinePath), catalogue.criteriaSet.id.toUtf8(), catalogue.criteriaSet.version))
            return 1;

        const auto runProduct = [&](int from, int to) {
            QString error;
            QElapsedTimer timer;
            for (int n = from; n < to; ++n) {
                timer.start();
                const bool ok = repo.save(responses[std::size_t(n)], &error);
                productNs.push_back(timer.nsecsElapsed());
                if (!ok) {
                    std::fprintf(stderr, "MonitorRepository::save failed at %d: %s\n", n, qPrintable(error));
                    return false;
                }
            }
            return true;
        };
        const auto runBaseline = [&](int from, int to) {
            QElapsedTimer timer;
            for (int n = from; n < to; ++n) {
                timer.start();
                const bool ok = baseline.save(rows[std::size_t(n)]);
                baselineNs.push_back(timer.nsecsElapsed());
                if (!ok)
                    return false;
            }
            return true;
        };
        // Blocks in the order P B B P P B ...: neither side always runs right after the other.
        for (int from = 0, block = 0; from < saves; from += blockSize, ++block) {
            const int to = std::min(saves, from + blockSize);
            const bool ok = block % 2 ? runBaseline(from, to) && runProduct(from, to)
                                      : runProduct(from, to) && runBaseline(from, to);
            if (!ok)
                return 1;
        }
    }

    const Stats p = stats(productNs);
    const Stats b = stats(baselineNs);
    const QStorageInfo storage(dir.path());
    std::printf("\nDurable save of one StadtRaumMonitor response (%d themes; WAL, synchronous=FULL), %d saves per side,\n"
                "alternating in blocks of %d; %s (%s), SQLite %s\n\n",
                themes, saves, blockSize, qPrintable(dir.path()), storage.fileSystemType().constData(), sqlite3_libversion());
    std::printf("| side                              | median µs |  p99 µs | mean µs |  max µs | saves/s |\n");
    std::printf("|-----------------------------------|----------:|--------:|--------:|--------:|--------:|\n");
    std::printf("| MonitorRepository::save (Qt SQL)  | %9.1f | %7.1f | %7.1f | %7.1f | %7.0f |\n", p.medianUs, p.p99Us,
                p.meanUs, p.maxUs, p.perSecond);
    std::printf("| plain sqlite3 C API, same pragmas | %9.1f | %7.1f | %7.1f | %7.1f | %7.0f |\n", b.medianUs, b.p99Us,
                b.meanUs, b.maxUs, b.perSecond);
    const double medianRatio = p.medianUs / b.medianUs;
    const double p99Ratio = p.p99Us / b.p99Us;
    std::printf("\nratio MonitorRepository / plain C API: median %.2fx (goal <= %.2fx: %s), p99 %.2fx (goal <= %.2fx: %s)\n",
                medianRatio, goal, medianRatio <= goal ? "met" : "MISSED", p99Ratio, goal, p99Ratio <= goal ? "met" : "MISSED");

    const Counts pc = countRows(productPath);
    const Counts bc = countRows(baselinePath);
    const qint64 expectedAnswers = qint64(saves) * themes;
    std::printf("\n| file     | responses | answers | outbox rows | payload bytes |\n");
    std::printf("|----------|----------:|--------:|------------:|--------------:|\n");
    std::printf("| product  | %9lld | %7lld | %11lld | %13lld |\n", pc.responses, pc.answers, pc.outbox, pc.payloadBytes);
    std::printf("| baseline | %9lld | %7lld | %11lld | %13lld |\n", bc.responses, bc.answers, bc.outbox, bc.payloadBytes);
    std::printf("| expected | %9d | %7lld | %11d |  equal on both |\n", saves, expectedAnswers, saves);
    bool ok = true;
    for (const Counts &c : {pc, bc})
        ok = ok && c.responses == saves && c.answers == expectedAnswers && c.outbox == saves;
    ok = ok && pc.payloadBytes == bc.payloadBytes;
    if (!ok) {
        std::printf("\nrow counts: WRONG\n");
        return 1;
    }
    std::printf("\nrow counts: as expected\n");
    return 0;
}
