// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace stadtlabor {

class CatalogueRepository;

// Validates a catalogue document and, only when it is entirely valid, stores it. Used by
// --import-catalogue, by the first start (the bundled default) and later by sync.
class CatalogueImporter
{
public:
    static constexpr const char *bundledDefault = ":/catalogue/bochum.json";

    struct Result
    {
        std::optional<Catalogue> catalogue; // set when stored
        QStringList errors;
        bool ok() const { return catalogue.has_value(); }
    };

    explicit CatalogueImporter(CatalogueRepository &repository);

    Result importDocument(const QByteArray &json);
    Result importFile(const QString &path);

    // The stored catalogue, or the bundled default stored first when there is none yet.
    Result loadOrImportDefault();

private:
    Result storeParsed(std::optional<Catalogue> parsed, QStringList errors);

    CatalogueRepository &m_repository;
};

} // namespace stadtlabor
