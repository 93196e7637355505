// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace stadtlabor {

class JsonReader;

// Parses and validates a catalogue document (docs/catalogue.md). Either a complete catalogue
// or the list of every problem found, each naming its path; never a partial catalogue.
class CatalogueParser
{
public:
    static constexpr qint64 maxDocumentBytes = 4 * 1024 * 1024;

    struct Result
    {
        std::optional<Catalogue> catalogue;
        QStringList errors;
        bool ok() const { return catalogue.has_value(); }
    };

    static Result parse(const QByteArray &json);

    // Storage keeps the criteria set and fund rules as the JSON that validation accepted;
    // reading them back goes through the same checks.
    struct VersionedParts
    {
        CriteriaSet criteriaSet;
        FundRules fundRules;
        QStringList errors;
    };
    static VersionedParts parseVersionedParts(const QJsonObject &document, const QStringList &languages);
    static Result parseFile(const QString &path);

private:
    static void readStatuses(JsonReader &r, const QJsonObject &root, Catalogue *c);
    static void readProjects(JsonReader &r, const QJsonObject &root, Catalogue *c);
    static void readAreas(JsonReader &r, const QJsonObject &root, Catalogue *c);
    static void readCriteriaSet(JsonReader &r, const QJsonObject &root, Catalogue *c);
    static void readFundRules(JsonReader &r, const QJsonObject &root, Catalogue *c);
    static void readHubKey(JsonReader &r, const QJsonObject &root, Catalogue *c);
};

} // namespace stadtlabor
