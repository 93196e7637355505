// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace stadtlabor {

class Database;

// The hub's aggregated StadtRaumMonitor results per area and theme, kept for the comparison
// on the summary page and the city picture. Filled by sync; read by the flow.
class ResultsRepository
{
public:
    struct ThemeResult
    {
        QString themeId;
        int n = 0;                  // ratings of this theme ("no answer" not counted)
        std::optional<double> mean; // none when the hub held it back
        QList<int> counts;          // how often each scale value was given, from the lowest up
    };

    // What may be shown of an area's results to someone who did not give them: the number of
    // responses, and the mean of each theme rated at least `minResponses` times -- none at
    // all while the area has fewer responses. The hub holds such means back too; this is the
    // kiosk's own check, so a hub with a lower threshold cannot put one on screen.
    struct Shown
    {
        int responses = 0;              // responses the hub counted for the area
        int minResponses = 0;           // the threshold applied
        QHash<QString, double> means;   // theme id -> mean, only the themes that reach it
    };

    explicit ResultsRepository(const Database &db);

    Shown shown(const QString &areaId, const QString &setId, int setVersion, int minResponses) const;
    // Replaces what is known of an area: its response count and its themes.
    bool replaceArea(const QString &areaId, const QString &setId, int setVersion, int responses,
                     const QList<ThemeResult> &results, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace stadtlabor
