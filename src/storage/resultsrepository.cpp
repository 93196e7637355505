// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsrepository.h"

#include "database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace stadtlabor {

ResultsRepository::ResultsRepository(const Database &db)
    : m_db(db.connection())
{
}

ResultsRepository::Shown ResultsRepository::shown(const QString &areaId, const QString &setId, int setVersion,
                                                 int minResponses) const
{
    // Never below 2, whatever the caller passes: one response is one person's answers.
    const int k = std::max(2, minResponses);
    Shown result;
    result.minResponses = k;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT responses FROM area_totals WHERE area_id = ? AND criteria_set_id = ?"
                             " AND criteria_set_version = ?"));
    q.addBindValue(areaId);
    q.addBindValue(setId);
    q.addBindValue(setVersion);
    if (q.exec() && q.next())
        result.responses = q.value(0).toInt();
    q.finish();
    q.prepare(QStringLiteral("SELECT theme_id, n, mean FROM area_results WHERE area_id = ? AND criteria_set_id = ?"
                             " AND criteria_set_version = ?"));
    q.addBindValue(areaId);
    q.addBindValue(setId);
    q.addBindValue(setVersion);
    QHash<QString, double> candidates;
    if (q.exec()) {
        while (q.next()) {
            const int n = q.value(1).toInt();
            // Results stored before the hub sent the count: every rating is a response.
            result.responses = std::max(result.responses, n);
            if (n >= k && !q.value(2).isNull())
                candidates.insert(q.value(0).toString(), q.value(2).toDouble());
        }
    }
    if (result.responses >= k)
        result.means = candidates;
    return result;
}

bool ResultsRepository::replaceArea(const QString &areaId, const QString &setId, int setVersion, int responses,
                                    const QList<ThemeResult> &results, QString *error)
{
    return inTransaction(m_db, [&](QString *why) {
        QSqlQuery q(m_db);
        for (const char *table : {"area_results", "area_totals"}) {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE area_id = ? AND criteria_set_id = ? AND criteria_set_version = ?")
                          .arg(QLatin1String(table)));
            q.addBindValue(areaId);
            q.addBindValue(setId);
            q.addBindValue(setVersion);
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
        }
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        q.prepare(QStringLiteral("INSERT INTO area_totals (area_id, criteria_set_id, criteria_set_version, responses, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(areaId);
        q.addBindValue(setId);
        q.addBindValue(setVersion);
        q.addBindValue(std::max(0, responses));
        q.addBindValue(now);
        if (!q.exec()) {
            *why = q.lastError().text();
            return false;
        }
        q.prepare(QStringLiteral("INSERT INTO area_results (area_id, criteria_set_id, criteria_set_version, theme_id, n, mean,"
                                 " counts, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const ThemeResult &r : results) {
            QJsonArray counts;
            for (int c : r.counts)
                counts.append(c);
            q.addBindValue(areaId);
            q.addBindValue(setId);
            q.addBindValue(setVersion);
            q.addBindValue(r.themeId);
            q.addBindValue(r.n);
            q.addBindValue(r.n > 0 && r.mean ? QVariant(*r.mean) : QVariant());
            q.addBindValue(QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)));
            q.addBindValue(now);
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
        }
        return true;
    }, error);
}

} // namespace stadtlabor
