// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitorresponse.h"
#include "outboxrepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace stadtlabor {

class Database;

// StadtRaumMonitor responses: save() writes the response, its answers and its outbox row in
// one durable transaction; it returns only after the commit.
class MonitorRepository
{
public:
    static inline const QString outboxKind = QStringLiteral("monitor_response");

    explicit MonitorRepository(const Database &db);

    bool save(const MonitorResponse &response, QString *error);
    std::optional<MonitorResponse> load(const QString &uuid) const;
    int count() const;

private:
    bool insert(const MonitorResponse &response, QString *error);

    QSqlDatabase m_db;
    OutboxRepository m_outbox;
    QSqlQuery m_insertResponse;
    QSqlQuery m_insertAnswer;
};

} // namespace stadtlabor
