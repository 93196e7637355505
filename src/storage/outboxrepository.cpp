// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxrepository.h"

#include "database.h"
#include "payloadformat.h"

#include <QJsonDocument>
#include <QSqlError>

namespace stadtlabor {

OutboxRepository::OutboxRepository(const Database &db)
    : m_db(db.connection())
    , m_insert(m_db)
{
    m_insert.prepare(QStringLiteral("INSERT INTO outbox_items (uuid, kind, payload, created_at, format) VALUES (?, ?, ?, ?, ?)"));
}

bool OutboxRepository::add(const QString &uuid, const QString &kind, const QJsonObject &payload,
                           const QDateTime &createdAt, QString *error)
{
    m_insert.bindValue(0, uuid);
    m_insert.bindValue(1, kind);
    m_insert.bindValue(2, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    m_insert.bindValue(3, createdAt.toUTC().toString(Qt::ISODateWithMs));
    m_insert.bindValue(4, PayloadFormat::current()); // the payload was just made by this build
    if (m_insert.exec())
        return true;
    *error = QStringLiteral("outbox: %1").arg(m_insert.lastError().text());
    return false;
}

QHash<QString, int> OutboxRepository::countByState() const
{
    QHash<QString, int> counts;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT state, count(*) FROM outbox_state GROUP BY state"));
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

} // namespace stadtlabor
