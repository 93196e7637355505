// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectstatus.h"

namespace stadtlabor::ProjectStatuses {

QStringList ids()
{
    return {QStringLiteral("idea"), QStringLiteral("planning"), QStringLiteral("in_progress"),
            QStringLiteral("completed"), QStringLiteral("discontinued")};
}

QString id(ProjectStatus status)
{
    return ids().at(static_cast<int>(status));
}

std::optional<ProjectStatus> fromId(const QString &id)
{
    const int i = ids().indexOf(id);
    if (i < 0)
        return std::nullopt;
    return static_cast<ProjectStatus>(i);
}

int order(const QString &id)
{
    return ids().indexOf(id);
}

} // namespace stadtlabor::ProjectStatuses
