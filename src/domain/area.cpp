// SPDX-License-Identifier: GPL-3.0-or-later
#include "area.h"

namespace stadtlabor {

QString Area::kindId(Kind kind)
{
    switch (kind) {
    case Kind::City:
        return QStringLiteral("city");
    case Kind::District:
        return QStringLiteral("district");
    case Kind::StatisticalDistrict:
        return QStringLiteral("statistical_district");
    }
    return {};
}

bool Area::kindFromId(const QString &id, Kind *kind)
{
    for (Kind k : {Kind::City, Kind::District, Kind::StatisticalDistrict}) {
        if (kindId(k) == id) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace stadtlabor
