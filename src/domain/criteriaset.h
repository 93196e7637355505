// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace stadtlabor {

struct ThemeGroup
{
    QString id;
    LocalizedText label;

    friend bool operator==(const ThemeGroup &a, const ThemeGroup &b) { return a.id == b.id && a.label == b.label; }
};

struct Theme
{
    QString id;
    QString groupId;
    LocalizedText label;
    LocalizedText question;
    QList<LocalizedText> prompts;

    friend bool operator==(const Theme &a, const Theme &b)
    {
        return a.id == b.id && a.groupId == b.groupId && a.label == b.label && a.question == b.question
            && a.prompts == b.prompts;
    }
};

// The StadtRaumMonitor's themes and scale. Responses record id and version, so a set with
// the same id and version must never change its meaning.
struct CriteriaSet
{
    static constexpr int defaultTextMaxLength = 500;

    QString id;
    int version = 0;
    LocalizedText title;
    int scaleMin = 1;
    int scaleMax = 7;
    LocalizedText minLabel;
    LocalizedText maxLabel;
    int textMaxLength = defaultTextMaxLength;
    QList<ThemeGroup> groups;
    QList<Theme> themes;

    // The canonical JSON form, as the catalogue writes it; also what storage keeps.
    QJsonObject toJson() const;

    friend bool operator==(const CriteriaSet &a, const CriteriaSet &b) { return a.toJson() == b.toJson(); }
};

} // namespace stadtlabor
