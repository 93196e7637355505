// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsrepository.h"

#include "database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace stadtlabor {

ResultsRepository::ResultsRepository(const Database &db)
    : m_db(db.connection())
{
}

QHash<QString, double> ResultsRepository::means(const QString &areaId, const QString &setId, int setVersion) const
{
    QHash<QString, double> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT theme_id, mean FROM area_results WHERE area_id = ? AND criteria_set_id = ?"
                             " AND criteria_set_version = ? AND n > 0 AND mean IS NOT NULL"));
    q.addBindValue(areaId);
    q.addBindValue(setId);
    q.addBindValue(setVersion);
    if (q.exec()) {
        while (q.next())
            result.insert(q.value(0).toString(), q.value(1).toDouble());
    }
    return result;
}

bool ResultsRepository::replaceArea(const QString &areaId, const QString &setId, int setVersion,
                                    const QList<ThemeResult> &results, QString *error)
{
    return inTransaction(m_db, [&](QString *why) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM area_results WHERE area_id = ? AND criteria_set_id = ? AND criteria_set_version = ?"));
        q.addBindValue(areaId);
        q.addBindValue(setId);
        q.addBindValue(setVersion);
        if (!q.exec()) {
            *why = q.lastError().text();
            return false;
        }
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
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
            q.addBindValue(r.n > 0 ? QVariant(r.mean) : QVariant());
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
