// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "area.h"
#include "criteriaset.h"
#include "fundrules.h"
#include "project.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace stadtlabor {

// Everything a kiosk shows, as one validated value. See docs/catalogue.md.
struct Catalogue
{
    static constexpr int formatVersion = 1;
    // No figure of other people's answers (mean, distribution, chart) is shown from fewer
    // responses than this; the hub and the kiosk both enforce it (docs/catalogue.md).
    static constexpr int defaultMinResponses = 10;
    static constexpr int minMinResponses = 2;
    static constexpr int maxMinResponses = 1000;

    QString version;
    QDateTime publishedAt;
    QStringList languages;
    QList<StatusInfo> statuses; // always the five, in programme order
    QList<Project> projects;    // in display order
    QList<Area> areas;          // city first, then each district followed by its statistical districts
    CriteriaSet criteriaSet;
    FundRules fundRules;
    QByteArray hubPublicKey;    // raw 32 bytes, empty when the catalogue names none
    int minResponses = defaultMinResponses; // `min_responses`, the k of every shown aggregate

    const StatusInfo *status(const QString &id) const;
    const Project *project(const QString &id) const;
    const Area *area(const QString &id) const;
    bool isEmpty() const { return version.isEmpty(); }

    friend bool operator==(const Catalogue &a, const Catalogue &b)
    {
        return a.version == b.version && a.publishedAt == b.publishedAt && a.languages == b.languages
            && a.statuses == b.statuses && a.projects == b.projects && a.areas == b.areas
            && a.criteriaSet == b.criteriaSet && a.fundRules == b.fundRules
            && a.hubPublicKey == b.hubPublicKey && a.minResponses == b.minResponses;
    }
};

} // namespace stadtlabor
