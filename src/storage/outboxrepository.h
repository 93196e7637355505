// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace stadtlabor {

class Database;

// The queue of submissions waiting for the hub. add() joins the caller's transaction, so a
// record and its outbox row are stored together or not at all.
class OutboxRepository
{
public:
    explicit OutboxRepository(const Database &db);

    bool add(const QString &uuid, const QString &kind, const QJsonObject &payload, const QDateTime &createdAt,
             QString *error);
    QHash<QString, int> countByState() const;

private:
    QSqlDatabase m_db;
    QSqlQuery m_insert;
};

} // namespace stadtlabor
