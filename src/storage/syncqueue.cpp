// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncqueue.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace stadtlabor {

namespace {

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

SyncQueue::SyncQueue(const Database &db)
    : m_db(db.connection())
{
}

QList<SyncQueue::Item> SyncQueue::oldestPending(int limit, const Formats &formats, QString *error, qint64 afterSeq) const
{
    QList<Item> items;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The payload as bytes (a BLOB to the driver): it goes into the request as it is, without
    // a round trip through UTF-16.
    q.prepare(QStringLiteral("SELECT o.seq, o.uuid, o.kind, CAST(o.payload AS BLOB), o.created_at, o.format"
                             " FROM outbox_state s JOIN outbox_items o ON o.seq = s.seq"
                             " WHERE s.state = 'pending' AND s.seq > ? AND o.format BETWEEN ? AND ? ORDER BY s.seq LIMIT ?"));
    q.addBindValue(afterSeq);
    q.addBindValue(formats.from);
    q.addBindValue(formats.to);
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = q.lastError().text();
        return items;
    }
    while (q.next())
        items.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toByteArray(), q.value(4).toString(), q.value(5).toInt()});
    return items;
}

int SyncQueue::heldCount(const Formats &formats) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox_state s JOIN outbox_items o ON o.seq = s.seq"
                             " WHERE s.state = 'pending' AND o.format NOT BETWEEN ? AND ?"));
    q.addBindValue(formats.from);
    q.addBindValue(formats.to);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int SyncQueue::pendingCount() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox_state WHERE state = 'pending'")) && q.next() ? q.value(0).toInt() : 0;
}

QHash<QString, int> SyncQueue::countByState() const
{
    QHash<QString, int> counts{{QStringLiteral("pending"), 0}, {QStringLiteral("sent"), 0}, {QStringLiteral("rejected"), 0}};
    // Pending and rejected from their partial indexes, sent as the rest: no sort of the whole
    // table, which the screen asks for after every batch. One statement, one snapshot.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM outbox_state WHERE state = 'pending'),"
                               " (SELECT count(*) FROM outbox_state WHERE state = 'rejected'),"
                               " (SELECT count(*) FROM outbox_state)"))
        || !q.next())
        return counts;
    const int pending = q.value(0).toInt();
    const int rejected = q.value(1).toInt();
    counts.insert(QStringLiteral("pending"), pending);
    counts.insert(QStringLiteral("rejected"), rejected);
    counts.insert(QStringLiteral("sent"), q.value(2).toInt() - pending - rejected);
    return counts;
}

QList<SyncQueue::Rejected> SyncQueue::rejected(int limit) const
{
    QList<Rejected> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT o.uuid, o.kind, o.created_at, coalesce(s.last_error, ''), coalesce(s.acknowledged_at, '')"
                             " FROM outbox_state s JOIN outbox_items o ON o.seq = s.seq"
                             " WHERE s.state = 'rejected' ORDER BY s.seq DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString()});
    return list;
}

bool SyncQueue::record(const QList<Outcome> &outcomes, QString *error)
{
    const QString now = stamp(QDateTime::currentDateTimeUtc());
    return inTransaction(
        m_db,
        [&](QString *e) {
            // Acknowledged rows in statements of up to 100 ids; rejected ones each with its reason.
            QStringList acknowledged;
            QSqlQuery rej(m_db);
            rej.prepare(QStringLiteral("UPDATE outbox_state SET state = 'rejected', acknowledged_at = ?, last_error = ?"
                                       " WHERE state = 'pending' AND seq = (SELECT seq FROM outbox_items WHERE uuid = ?)"));
            for (const Outcome &o : outcomes) {
                if (o.status == Outcome::Status::Acknowledged) {
                    acknowledged.append(o.uuid);
                    continue;
                }
                rej.bindValue(0, now);
                rej.bindValue(1, o.reason.left(1000));
                rej.bindValue(2, o.uuid);
                if (!rej.exec()) {
                    *e = rej.lastError().text();
                    return false;
                }
            }
            for (qsizetype from = 0; from < acknowledged.size(); from += 100) {
                const QStringList chunk = acknowledged.mid(from, 100);
                QStringList marks(chunk.size(), QStringLiteral("?"));
                QSqlQuery ack(m_db);
                // Each id found through the outbox's unique index: the statement touches only
                // the rows it names, however long the queue.
                ack.prepare(QStringLiteral("UPDATE outbox_state SET state = 'sent', acknowledged_at = ?, last_error = NULL"
                                           " WHERE state = 'pending' AND seq IN (SELECT seq FROM outbox_items WHERE uuid IN (%1))")
                                .arg(marks.join(QLatin1Char(','))));
                ack.addBindValue(now);
                for (const QString &uuid : chunk)
                    ack.addBindValue(uuid);
                if (!ack.exec()) {
                    *e = ack.lastError().text();
                    return false;
                }
            }
            return true;
        },
        error);
}

bool SyncQueue::noteFailedAttempt(const QList<qint64> &seqs, const QString &why, QString *error)
{
    return inTransaction(
        m_db,
        [&](QString *e) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE outbox_state SET attempts = attempts + 1, last_error = ? WHERE seq = ? AND state = 'pending'"));
            for (qint64 seq : seqs) {
                q.bindValue(0, why.left(1000));
                q.bindValue(1, seq);
                if (!q.exec()) {
                    *e = q.lastError().text();
                    return false;
                }
            }
            return true;
        },
        error);
}

SyncQueue::Purged SyncQueue::applyRetention(int contactDays, int recordDays, const QDateTime &now, QString *error)
{
    Purged purged;
    const QString contactCutoff = stamp(now.addDays(-contactDays));
    const QString recordCutoff = stamp(now.addDays(-recordDays));
    inTransaction(
        m_db,
        [&](QString *e) {
            QSqlQuery q(m_db);
            // The sealed contact leaves the device once the hub holds it: from the idea and
            // from the outbox copy of the payload.
            q.prepare(QStringLiteral("UPDATE fonds_ideas SET sealed_contact = NULL WHERE sealed_contact IS NOT NULL AND uuid IN"
                                     " (SELECT o.uuid FROM outbox_state s JOIN outbox_items o ON o.seq = s.seq"
                                     "  WHERE o.kind = 'fonds_idea' AND s.state = 'sent' AND s.acknowledged_at <= ?)"));
            q.addBindValue(contactCutoff);
            if (!q.exec()) {
                *e = q.lastError().text();
                return false;
            }
            purged.contacts = q.numRowsAffected();
            q.prepare(QStringLiteral("UPDATE outbox_items SET payload = json_set(payload, '$.sealed_contact', '')"
                                     " WHERE kind = 'fonds_idea' AND json_extract(payload, '$.sealed_contact') <> ''"
                                     " AND seq IN (SELECT seq FROM outbox_state WHERE state = 'sent' AND acknowledged_at <= ?)"));
            q.addBindValue(contactCutoff);
            if (!q.exec()) {
                *e = q.lastError().text();
                return false;
            }
            // Acknowledged records older than the retention: the local copy and the outbox row
            // (its state row goes with it, ON DELETE CASCADE).
            for (const char *sql : {"DELETE FROM monitor_responses WHERE uuid IN (SELECT o.uuid FROM outbox_state s"
                                    " JOIN outbox_items o ON o.seq = s.seq"
                                    " WHERE o.kind = 'monitor_response' AND s.state = 'sent' AND s.acknowledged_at <= ?)",
                                    "DELETE FROM fonds_ideas WHERE uuid IN (SELECT o.uuid FROM outbox_state s"
                                    " JOIN outbox_items o ON o.seq = s.seq"
                                    " WHERE o.kind = 'fonds_idea' AND s.state = 'sent' AND s.acknowledged_at <= ?)",
                                    "DELETE FROM outbox_items WHERE seq IN"
                                    " (SELECT seq FROM outbox_state WHERE state = 'sent' AND acknowledged_at <= ?)"}) {
                q.prepare(QLatin1String(sql));
                q.addBindValue(recordCutoff);
                if (!q.exec()) {
                    *e = q.lastError().text();
                    return false;
                }
            }
            purged.records = q.numRowsAffected();
            return true;
        },
        error);
    return purged;
}

QString SyncQueue::resultsEtag(const QString &areaId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT etag FROM results_etags WHERE area_id = ?"));
    q.addBindValue(areaId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool SyncQueue::setResultsEtag(const QString &areaId, const QString &etag, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO results_etags (area_id, etag, fetched_at) VALUES (?, ?, ?)"
                             " ON CONFLICT (area_id) DO UPDATE SET etag = excluded.etag, fetched_at = excluded.fetched_at"));
    q.addBindValue(areaId);
    q.addBindValue(etag);
    q.addBindValue(stamp(QDateTime::currentDateTimeUtc()));
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace stadtlabor
