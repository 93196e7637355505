// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsrepository.h"

#include "database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace stadtlabor {

SettingsRepository::SettingsRepository(const Database &db)
    : m_db(db.connection())
{
}

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool SettingsRepository::setValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    q.addBindValue(key);
    q.addBindValue(value);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

QString SettingsRepository::deviceId(QString *error)
{
    const QString key = QStringLiteral("device_id");
    QString id = value(key);
    if (!id.isEmpty())
        return id;
    id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return setValue(key, id, error) ? id : QString();
}

} // namespace stadtlabor
