// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace stadtlabor {

// The five statuses of the Smart City programme, in the order a project normally moves
// through them. Their ids are fixed by the programme; their words come from the catalogue.
enum class ProjectStatus {
    Idea,
    Planning,
    InProgress,
    Completed,
    Discontinued,
};

namespace ProjectStatuses {
QStringList ids();
QString id(ProjectStatus status);
std::optional<ProjectStatus> fromId(const QString &id);
int order(const QString &id); // position in the programme's order, -1 when unknown
} // namespace ProjectStatuses

} // namespace stadtlabor
