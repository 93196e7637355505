// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fondsidea.h"
#include "outboxrepository.h"

#include <QSqlDatabase>

namespace stadtlabor {

class Database;

// Bochum-Fonds ideas: the idea (contact data sealed) and its outbox row, in one transaction.
class FondsRepository
{
public:
    static inline const QString outboxKind = QStringLiteral("fonds_idea");

    explicit FondsRepository(const Database &db);

    bool save(const FondsIdea &idea, QString *error);
    int count() const;

private:
    bool insert(const FondsIdea &idea, QString *error);

    QSqlDatabase m_db;
    OutboxRepository m_outbox;
};

} // namespace stadtlabor
