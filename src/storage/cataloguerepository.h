// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace stadtlabor {

class Database;

// Stores the validated catalogue. replace() swaps it in one transaction: a failure at any row
// leaves the catalogue in use exactly as it was.
class CatalogueRepository
{
public:
    explicit CatalogueRepository(const Database &db);

    bool replace(const Catalogue &catalogue, QString *error);
    std::optional<Catalogue> load(QString *error) const;
    bool hasCatalogue() const;

private:
    bool write(const Catalogue &catalogue, QString *error);
    bool writeVersioned(const QString &table, const QStringList &keyColumns, const QVariantList &keyValues,
                        const QString &label, const QJsonObject &document, QString *error);

    QSqlDatabase m_db;
};

} // namespace stadtlabor
