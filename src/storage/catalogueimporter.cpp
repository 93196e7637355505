// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueimporter.h"

#include "catalogueparser.h"
#include "cataloguerepository.h"
#include "storagelogging.h"

namespace stadtlabor {

CatalogueImporter::CatalogueImporter(CatalogueRepository &repository)
    : m_repository(repository)
{
}

CatalogueImporter::Result CatalogueImporter::storeParsed(std::optional<Catalogue> parsed, QStringList errors)
{
    if (!parsed)
        return {std::nullopt, errors};
    QString error;
    if (!m_repository.replace(*parsed, &error))
        return {std::nullopt, {QStringLiteral("not stored: %1").arg(error)}};
    return {parsed, {}};
}

CatalogueImporter::Result CatalogueImporter::importDocument(const QByteArray &json)
{
    auto parsed = CatalogueParser::parse(json);
    return storeParsed(std::move(parsed.catalogue), parsed.errors);
}

CatalogueImporter::Result CatalogueImporter::importFile(const QString &path)
{
    auto parsed = CatalogueParser::parseFile(path);
    return storeParsed(std::move(parsed.catalogue), parsed.errors);
}

CatalogueImporter::Result CatalogueImporter::loadOrImportDefault()
{
    if (m_repository.hasCatalogue()) {
        QString error;
        auto stored = m_repository.load(&error);
        if (stored)
            return {stored, {}};
        return {std::nullopt, {error}};
    }
    qCInfo(lcStorage) << "no catalogue stored yet; importing the bundled default";
    Result r = importFile(QLatin1String(bundledDefault));
    if (!r.ok())
        r.errors.prepend(QStringLiteral("the bundled default catalogue is invalid (a build error):"));
    return r;
}

} // namespace stadtlabor
