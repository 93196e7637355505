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

QList<SyncQueue::Item> SyncQueue::oldestPending(int limit, QString *error) const
{
    QList<Item> items;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, uuid, kind, payload, created_at FROM outbox WHERE state = 'pending'"
                             " ORDER BY seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = q.lastError().text();
        return items;
    }
    while (q.next())
        items.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString().toUtf8(), q.value(4).toString()});
    return items;
}

int SyncQueue::pendingCount() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")) && q.next() ? q.value(0).toInt() : 0;
}

QHash<QString, int> SyncQueue::countByState() const
{
    QHash<QString, int> counts{{QStringLiteral("pending"), 0}, {QStringLiteral("sent"), 0}, {QStringLiteral("rejected"), 0}};
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state"));
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

QList<SyncQueue::Rejected> SyncQueue::rejected(int limit) const
{
    QList<Rejected> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT uuid, kind, created_at, coalesce(last_error, ''), coalesce(acknowledged_at, '')"
                             " FROM outbox WHERE state = 'rejected' ORDER BY seq DESC LIMIT ?"));
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
            rej.prepare(QStringLiteral("UPDATE outbox SET state = 'rejected', acknowledged_at = ?, last_error = ?"
                                       " WHERE uuid = ? AND state = 'pending'"));
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
                ack.prepare(QStringLiteral("UPDATE outbox SET state = 'sent', acknowledged_at = ?, last_error = NULL"
                                           " WHERE state = 'pending' AND uuid IN (%1)").arg(marks.join(QLatin1Char(','))));
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
            q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ? AND state = 'pending'"));
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
                                     " (SELECT uuid FROM outbox WHERE kind = 'fonds_idea' AND state = 'sent' AND acknowledged_at <= ?)"));
            q.addBindValue(contactCutoff);
            if (!q.exec()) {
                *e = q.lastError().text();
                return false;
            }
            purged.contacts = q.numRowsAffected();
            q.prepare(QStringLiteral("UPDATE outbox SET payload = json_set(payload, '$.sealed_contact', '')"
                                     " WHERE kind = 'fonds_idea' AND state = 'sent' AND acknowledged_at <= ?"
                                     " AND json_extract(payload, '$.sealed_contact') <> ''"));
            q.addBindValue(contactCutoff);
            if (!q.exec()) {
                *e = q.lastError().text();
                return false;
            }
            // Acknowledged records older than the retention: the local copy and the outbox row.
            for (const char *sql : {"DELETE FROM monitor_responses WHERE uuid IN (SELECT uuid FROM outbox"
                                    " WHERE kind = 'monitor_response' AND state = 'sent' AND acknowledged_at <= ?)",
                                    "DELETE FROM fonds_ideas WHERE uuid IN (SELECT uuid FROM outbox"
                                    " WHERE kind = 'fonds_idea' AND state = 'sent' AND acknowledged_at <= ?)",
                                    "DELETE FROM outbox WHERE state = 'sent' AND acknowledged_at <= ?"}) {
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
