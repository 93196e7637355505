// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace stadtlabor {

class Database;

// The outbox as sync sees it: the oldest pending rows, and what the hub said about each.
// A row leaves "pending" only for "sent" (the hub answered accepted or duplicate for that very
// id) or "rejected" (with the hub's reason, kept for the admin, never dropped).
class SyncQueue
{
public:
    struct Item
    {
        qint64 seq = 0;
        QString uuid;
        QString kind;
        QByteArray payload; // the JSON text as stored
        QString createdAt;
        int format = 1;     // PayloadFormat the payload was written in
    };
    // The payload formats a hub takes, from..to.
    struct Formats
    {
        int from = 1;
        int to = 1;
    };
    struct Rejected
    {
        QString uuid;
        QString kind;
        QString createdAt;
        QString reason;
        QString rejectedAt;
    };
    struct Outcome
    {
        QString uuid;
        enum class Status { Acknowledged, Rejected } status;
        QString reason;
    };

    explicit SyncQueue(const Database &db);

    // The oldest pending rows in a format the hub takes, only those queued after row
    // `afterSeq` when given.
    QList<Item> oldestPending(int limit, const Formats &formats, QString *error, qint64 afterSeq = 0) const;
    int pendingCount() const;
    // Pending rows in a format the hub does not take: they wait for a hub that does.
    int heldCount(const Formats &formats) const;
    QHash<QString, int> countByState() const; // pending, sent, rejected
    QList<Rejected> rejected(int limit = 200) const;

    // Records the hub's answers in one transaction; ids the hub did not answer stay pending.
    bool record(const QList<Outcome> &outcomes, QString *error);
    // Counts an attempt that got no usable answer, for the admin's view.
    bool noteFailedAttempt(const QList<qint64> &seqs, const QString &why, QString *error);

    // Retention: sealed contact blobs of acknowledged ideas older than `contactDays`, and
    // acknowledged records (outbox row and the local copy) older than `recordDays`.
    struct Purged
    {
        int contacts = 0;
        int records = 0;
    };
    Purged applyRetention(int contactDays, int recordDays, const QDateTime &now, QString *error);

    // Per area, the ETag of the results last stored (for If-None-Match).
    QString resultsEtag(const QString &areaId) const;
    bool setResultsEtag(const QString &areaId, const QString &etag, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace stadtlabor
