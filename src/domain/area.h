// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"

#include <QString>

namespace stadtlabor {

// One node of the city's area tree: the city, a Stadtbezirk or a statistical district.
struct Area
{
    enum class Kind { City, District, StatisticalDistrict };

    QString id;
    Kind kind = Kind::City;
    QString parentId; // empty for the city
    LocalizedText name;

    static QString kindId(Kind kind);
    static bool kindFromId(const QString &id, Kind *kind);

    friend bool operator==(const Area &a, const Area &b)
    {
        return a.id == b.id && a.kind == b.kind && a.parentId == b.parentId && a.name == b.name;
    }
};

} // namespace stadtlabor
