// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataexport.h"

#include "csvwriter.h"
#include "database.h"
#include "fondsidea.h"
#include "fondsrepository.h"
#include "monitorrepository.h"
#include "monitorresponse.h"
#include "platform.h"
#include "storagelogging.h"
#include "syncqueue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace stadtlabor {

namespace {

constexpr qsizetype flushBytes = 256 * 1024;

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString euros(qint64 cents)
{
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(qAbs(cents) / 100)
        .arg(qAbs(cents) % 100, 2, 10, QLatin1Char('0'));
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A read snapshot: CSV, JSON and manifest describe the same moment even while the kiosk keeps
// saving. DEFERRED, so writers are not held up (WAL readers do not block them).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("BEGIN DEFERRED"));
        if (!m_active)
            m_error = q.lastError().text();
    }
    ~ReadSnapshot()
    {
        if (m_active) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("COMMIT"));
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    bool isActive() const { return m_active; }
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace

// One export file: written through QSaveFile (complete or absent), hashed as it is written.
struct DataExport::Writer
{
    explicit Writer(const QString &path)
        : file(path)
        , hash(QCryptographicHash::Sha256)
    {
    }

    bool open()
    {
        if (file.open(QIODevice::WriteOnly))
            return true;
        failure = file.errorString();
        return false;
    }
    void write(const QByteArray &data)
    {
        buffer += data;
        if (buffer.size() >= flushBytes)
            flush();
    }
    void flush()
    {
        if (!failure.isEmpty() || buffer.isEmpty())
            return;
        if (file.write(buffer) != buffer.size())
            failure = file.errorString();
        hash.addData(buffer);
        bytes += buffer.size();
        buffer.clear();
    }
    bool commit()
    {
        flush();
        if (failure.isEmpty() && !file.commit())
            failure = file.errorString();
        if (!failure.isEmpty())
            file.cancelWriting();
        return failure.isEmpty();
    }
    File entry() const { return {QFileInfo(file.fileName()).fileName(), bytes, hash.result().toHex(), rows}; }

    QSaveFile file;
    QCryptographicHash hash;
    QByteArray buffer;
    qint64 bytes = 0;
    int rows = 0;
    QString failure;
};

DataExport::DataExport(const Database &db, const QString &deviceId)
    : m_database(db)
    , m_db(db.connection())
    , m_deviceId(deviceId)
{
}

DataExport::Counts DataExport::counts(QString *error) const
{
    Counts c;
    QSqlQuery q(m_db);
    // Each count on its own (partial) index or the table's primary key.
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM monitor_responses), (SELECT count(*) FROM fonds_ideas),"
                               " (SELECT count(*) FROM outbox_state WHERE state = 'pending'),"
                               " (SELECT count(*) FROM outbox_state WHERE state = 'sent'),"
                               " (SELECT count(*) FROM outbox_state WHERE state = 'rejected')"))
        || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return c;
    }
    c.monitorResponses = q.value(0).toInt();
    c.fondsIdeas = q.value(1).toInt();
    c.pending = q.value(2).toInt();
    c.sent = q.value(3).toInt();
    c.rejected = q.value(4).toInt();
    return c;
}

QString DataExport::folderName(const QString &deviceId, const QDateTime &now)
{
    // Only characters every file system (FAT on a USB stick included) takes.
    QString device;
    for (const QChar c : deviceId.left(64)) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
        device.append(plain ? c : QLatin1Char('_'));
    }
    if (device.isEmpty())
        device = QStringLiteral("device");
    return QStringLiteral("stadtlabor-export-%1-%2")
        .arg(device, now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

QByteArray DataExport::jsonHeader(const QString &kind, const QDateTime &now) const
{
    QByteArray header = compact(QJsonObject{{QStringLiteral("format"), QStringLiteral("stadtlabor-export")},
                                            {QStringLiteral("format_version"), formatVersion},
                                            {QStringLiteral("device_id"), m_deviceId},
                                            {QStringLiteral("kind"), kind},
                                            {QStringLiteral("exported_at"), stamp(now)}});
    header.chop(1); // the closing brace: the items follow
    return header + ",\"items\":[";
}

namespace {

// The item as the hub's POST /submissions takes it, around the payload exactly as stored.
QByteArray submissionItem(const QString &uuid, const QString &kind, int schema, const QString &createdAt,
                          const QByteArray &payload)
{
    QByteArray entry = compact(QJsonObject{{QStringLiteral("id"), uuid},
                                           {QStringLiteral("kind"), kind},
                                           {QStringLiteral("schema_version"), schema},
                                           {QStringLiteral("created_at"), createdAt}});
    entry.chop(1);
    return entry + ",\"payload\":" + payload + '}';
}

} // namespace

bool DataExport::writeMonitor(Writer &csv, Writer &json, const QDateTime &now, int *rows, QString *error) const
{
    // The theme columns: every theme any stored response answered, in questionnaire order.
    QSqlQuery themesQuery(m_db);
    themesQuery.setForwardOnly(true);
    if (!themesQuery.exec(QStringLiteral("SELECT theme_id FROM monitor_answers GROUP BY theme_id ORDER BY min(position), theme_id"))) {
        *error = themesQuery.lastError().text();
        return false;
    }
    QStringList themes;
    while (themesQuery.next())
        themes.append(themesQuery.value(0).toString());

    QStringList header{QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("device_id"),
                       QStringLiteral("sync_state"), QStringLiteral("acknowledged_at"), QStringLiteral("criteria_set"),
                       QStringLiteral("criteria_set_version"), QStringLiteral("area_id"), QStringLiteral("age_band"),
                       QStringLiteral("gender"), QStringLiteral("relations"), QStringLiteral("group_id"),
                       QStringLiteral("interviewer_id")};
    for (const QString &t : themes)
        header << t + QStringLiteral("_score") << t + QStringLiteral("_good") << t + QStringLiteral("_better");
    csv.write(CsvWriter::line(header));
    json.write(jsonHeader(MonitorRepository::outboxKind, now));

    return streamOutbox(MonitorRepository::outboxKind, QStringLiteral("monitor_responses"), csv, json, rows, error, [&](const QSqlQuery &q, const QString &uuid, const QByteArray &payload) {
        QStringList errors;
        const auto r = MonitorResponse::fromJson(QJsonDocument::fromJson(payload).object(), &errors);
        QStringList row{uuid, r ? stamp(r->createdAt) : q.value(1).toString(), r ? r->deviceId : QString(),
                        q.value(2).toString(), q.value(3).toString()};
        if (r) {
            row << r->criteriaSetId << QString::number(r->criteriaSetVersion) << r->areaId << r->demographics.ageBand
                << r->demographics.gender << r->demographics.relations.join(QLatin1Char(';')) << r->groupId
                << r->interviewerId;
            for (const QString &t : themes) {
                const ThemeAnswer *answer = nullptr;
                for (const ThemeAnswer &a : r->answers) {
                    if (a.themeId == t) {
                        answer = &a;
                        break;
                    }
                }
                row << (answer && answer->score ? QString::number(*answer->score) : QString())
                    << (answer ? answer->good : QString()) << (answer ? answer->better : QString());
            }
        } else {
            qCWarning(lcStorage).noquote() << "export: response" << uuid << "has an unreadable payload:" << errors.join(QLatin1String("; "));
        }
        return row;
    });
}

bool DataExport::writeFonds(Writer &csv, Writer &json, const QDateTime &now, int *rows, QString *error) const
{
    csv.write(CsvWriter::line(
        {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("device_id"), QStringLiteral("sync_state"),
         QStringLiteral("acknowledged_at"), QStringLiteral("receipt_code"), QStringLiteral("fund_rules_version"),
         QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("area_id"), QStringLiteral("category_id"),
         QStringLiteral("planned_start"), QStringLiteral("total_cost_eur"), QStringLiteral("own_money_eur"),
         QStringLiteral("work_hours"), QStringLiteral("in_kind_eur"), QStringLiteral("own_contribution_eur"),
         QStringLiteral("requested_eur"), QStringLiteral("small_application"), QStringLiteral("needs_advice"),
         QStringLiteral("applicant"), QStringLiteral("declarations_confirmed"), QStringLiteral("consent"),
         QStringLiteral("sealed_contact_base64")}));
    json.write(jsonHeader(FondsRepository::outboxKind, now));

    return streamOutbox(FondsRepository::outboxKind, QStringLiteral("fonds_ideas"), csv, json, rows, error, [&](const QSqlQuery &q, const QString &uuid, const QByteArray &payload) {
        // The sealed box as stored, never opened: the kiosk has no key for it.
        const QString sealed = QString::fromLatin1(q.value(5).toByteArray().toBase64());
        QStringList errors;
        const auto idea = FondsIdea::fromJson(QJsonDocument::fromJson(payload).object(), &errors);
        QStringList row{uuid, idea ? stamp(idea->createdAt) : q.value(1).toString(), idea ? idea->deviceId : QString(),
                        q.value(2).toString(), q.value(3).toString()};
        if (idea) {
            const FondsIdeaInput &in = idea->input;
            const bool declared = in.declaresOfAgeAndCapable && in.declaresNotPublicOrParty && in.declaresCommonGood;
            row << idea->receiptCode << QString::number(idea->fundRulesVersion) << in.title << in.description
                << in.areaId << in.categoryId
                << (in.plannedStart.isValid() ? in.plannedStart.toString(QStringLiteral("yyyy-MM")) : QString())
                << euros(in.amounts.totalCostCents) << euros(in.amounts.ownMoneyCents)
                << QString::number(in.amounts.workHoursHundredths / 100.0, 'f', 2) << euros(in.amounts.inKindCents)
                << euros(idea->assessment.ownContributionCents) << euros(idea->assessment.requestedCents)
                << yesNo(idea->assessment.smallApplication) << yesNo(idea->assessment.needsAdvice())
                << FondsIdeaInput::applicantId(in.applicant) << yesNo(declared) << yesNo(in.consent) << sealed;
        } else {
            qCWarning(lcStorage).noquote() << "export: idea" << uuid << "has an unreadable payload:" << errors.join(QLatin1String("; "));
            for (int i = 0; i < 18; ++i)
                row << QString();
            row << sealed;
        }
        return row;
    });
}

bool DataExport::streamOutbox(const QString &kind, const QString &table, Writer &csv, Writer &json,
                              int *rows, QString *error, const RowWriter &csvRow) const
{
    // The outbox drives (CROSS JOIN keeps it the outer loop): in the order the records were
    // made, without sorting, and only records whose local copy is still there. The record's
    // sealed contact (Fonds ideas) comes along as the sixth column.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sealed = table == QLatin1String("fonds_ideas") ? QStringLiteral("r.sealed_contact") : QStringLiteral("NULL");
    // The row's own payload format goes with it (seventh column): a hub upgrades an older one.
    q.prepare(QStringLiteral("SELECT o.uuid, o.created_at, s.state, coalesce(s.acknowledged_at, ''), o.payload, %1, o.format"
                             " FROM outbox_items o CROSS JOIN %2 r ON r.uuid = o.uuid JOIN outbox_state s ON s.seq = o.seq"
                             " WHERE o.kind = ? ORDER BY o.seq")
                  .arg(sealed, table));
    q.addBindValue(kind);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    int n = 0;
    while (q.next()) {
        const QString uuid = q.value(0).toString();
        const QByteArray payload = q.value(4).toString().toUtf8();
        json.write((n > 0 ? ",\n" : "\n") + submissionItem(uuid, kind, q.value(6).toInt(), q.value(1).toString(), payload));
        csv.write(CsvWriter::line(csvRow(q, uuid, payload)));
        ++n;
    }
    json.write("\n]}\n");
    csv.rows = json.rows = *rows = n;
    return true;
}

DataExport::Result DataExport::exportTo(const QString &dir, const QDateTime &now) const
{
    Result result;
    const auto refuse = [&result](Problem problem, const QString &detail) {
        result.problem = problem;
        result.detail = detail;
        qCWarning(lcStorage).noquote() << "export refused:" << detail;
        return result;
    };
    const QFileInfo target(dir.trimmed());
    if (dir.trimmed().isEmpty() || !target.exists())
        return refuse(Problem::NoFolder, QStringLiteral("no folder %1").arg(dir));
    if (!target.isDir())
        return refuse(Problem::NotAFolder, QStringLiteral("%1 is not a folder").arg(target.absoluteFilePath()));

    // A new folder each time; mkdir fails on one that exists, so nothing is ever overwritten.
    QDir parent(target.absoluteFilePath());
    const QString base = folderName(m_deviceId, now);
    QString name = base;
    bool made = false;
    for (int i = 2; i <= 100 && !(made = parent.mkdir(name)); ++i) {
        if (!parent.exists(name))
            break; // not a name clash: the folder cannot be written
        name = QStringLiteral("%1-%2").arg(base).arg(i);
    }
    if (!made)
        return refuse(Problem::NotWritable, QStringLiteral("cannot create a folder in %1").arg(parent.absolutePath()));
    const QString folder = parent.absoluteFilePath(name);
    QDir out(folder);
    // Everything or nothing: a failed export leaves no half folder behind.
    const auto abandon = [&](Problem problem, const QString &detail) {
        out.removeRecursively();
        return refuse(problem, detail);
    };

    ReadSnapshot snapshot(m_db);
    if (!snapshot.isActive())
        return abandon(Problem::ReadFailed, snapshot.errorString());
    QString error;
    result.counts = counts(&error);
    if (!error.isEmpty())
        return abandon(Problem::ReadFailed, error);

    Writer monitorCsv(out.filePath(QStringLiteral("monitor_responses.csv")));
    Writer monitorJson(out.filePath(QStringLiteral("monitor_responses.json")));
    Writer fondsCsv(out.filePath(QStringLiteral("fonds_ideas.csv")));
    Writer fondsJson(out.filePath(QStringLiteral("fonds_ideas.json")));
    for (Writer *w : {&monitorCsv, &monitorJson, &fondsCsv, &fondsJson}) {
        if (!w->open())
            return abandon(Problem::WriteFailed, QStringLiteral("%1: %2").arg(w->file.fileName(), w->failure));
    }
    int monitorRows = 0;
    int fondsRows = 0;
    if (!writeMonitor(monitorCsv, monitorJson, now, &monitorRows, &error)
        || !writeFonds(fondsCsv, fondsJson, now, &fondsRows, &error))
        return abandon(Problem::ReadFailed, error);
    for (Writer *w : {&monitorCsv, &monitorJson, &fondsCsv, &fondsJson}) {
        if (!w->commit())
            return abandon(Problem::WriteFailed, QStringLiteral("%1: %2").arg(w->file.fileName(), w->failure));
        result.files.append(w->entry());
    }

    QJsonArray files;
    for (const File &f : std::as_const(result.files)) {
        files.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("bytes"), f.bytes},
                                 {QStringLiteral("rows"), f.rows}, {QStringLiteral("sha256"), QString::fromLatin1(f.sha256)}});
    }
    const Counts &c = result.counts;
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("stadtlabor-export")},
        {QStringLiteral("format_version"), formatVersion},
        {QStringLiteral("device_id"), m_deviceId},
        {QStringLiteral("exported_at"), stamp(now)},
        {QStringLiteral("app_version"), QStringLiteral(STADTLABOR_VERSION)},
        {QStringLiteral("schema_version"), m_database.schemaVersion()},
        {QStringLiteral("contact_data"), QStringLiteral("sealed to the hub's public key (base64); only the hub can open it")},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("monitor_responses"), c.monitorResponses},
                                               {QStringLiteral("fonds_ideas"), c.fondsIdeas},
                                               {QStringLiteral("pending"), c.pending},
                                               {QStringLiteral("sent"), c.sent},
                                               {QStringLiteral("rejected"), c.rejected}}},
        {QStringLiteral("files"), files},
    };
    Writer manifestFile(out.filePath(QStringLiteral("manifest.json")));
    if (!manifestFile.open())
        return abandon(Problem::WriteFailed, manifestFile.failure);
    manifestFile.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    if (!manifestFile.commit())
        return abandon(Problem::WriteFailed, QStringLiteral("manifest.json: %1").arg(manifestFile.failure));
    // Each file reached the disk on commit; their names (and the new folder's) did not until the
    // folders are flushed too. Only then may the admin pull the stick.
    if (!platform::syncFolder(folder, &error) || !platform::syncFolder(parent.absolutePath(), &error))
        return abandon(Problem::WriteFailed, error);

    result.ok = true;
    result.folder = folder;
    qCInfo(lcStorage).noquote() << "exported" << monitorRows << "responses and" << fondsRows << "ideas to" << folder;
    return result;
}

DataExport::Purged DataExport::purgeAcknowledged(int days, const QDateTime &now)
{
    Purged purged;
    if (days < 0 || days > maxPurgeDays) {
        purged.invalidDays = true;
        purged.error = QStringLiteral("days must be 0 to %1, not %2").arg(maxPurgeDays).arg(days);
        return purged;
    }
    // The sync queue's retention with both limits at N: a contact goes only with its idea here.
    SyncQueue queue(m_database);
    QString error;
    const SyncQueue::Purged done = queue.applyRetention(days, days, now, &error);
    if (!error.isEmpty()) {
        purged.error = error;
        qCWarning(lcStorage).noquote() << "purge failed:" << error;
        return purged;
    }
    purged.ok = true;
    purged.rows = done.records;
    qCInfo(lcStorage).noquote() << "purged" << done.records << "records acknowledged more than" << days << "days ago";
    return purged;
}

int DataExport::purgeableCount(int days, const QDateTime &now) const
{
    if (days < 0 || days > maxPurgeDays)
        return -1;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox_state WHERE state = 'sent' AND acknowledged_at <= ?"));
    q.addBindValue(stamp(now.addDays(-days)));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QString DataExport::sqliteVersion() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next() ? q.value(0).toString() : QString();
}

QString DataExport::databasePath() const
{
    return m_database.path();
}

qint64 DataExport::databaseBytes() const
{
    const QString path = m_database.path();
    if (path.isEmpty())
        return 0;
    qint64 bytes = QFileInfo(path).size();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists())
        bytes += wal.size();
    return bytes;
}

} // namespace stadtlabor
