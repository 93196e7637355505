// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace stadtlabor {

class Database;

// Device settings, kept in the database so one file backs up the whole device.
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database &db);

    QString value(const QString &key, const QString &fallback = QString()) const;
    bool setValue(const QString &key, const QString &value, QString *error);

    // This device's id, made once on first start and kept for its lifetime.
    QString deviceId(QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace stadtlabor
