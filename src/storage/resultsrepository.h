// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace stadtlabor {

class Database;

// The hub's aggregated StadtRaumMonitor results per area and theme, kept for the comparison
// on the summary page. Filled by sync; read by the flow.
class ResultsRepository
{
public:
    struct ThemeResult
    {
        QString themeId;
        int n = 0;
        double mean = 0;
        QList<int> counts; // how often each scale value was given, from the lowest up
    };

    explicit ResultsRepository(const Database &db);

    // Theme id -> mean, for the themes with at least one rating; empty when there are none.
    QHash<QString, double> means(const QString &areaId, const QString &setId, int setVersion) const;
    bool replaceArea(const QString &areaId, const QString &setId, int setVersion, const QList<ThemeResult> &results,
                     QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace stadtlabor
