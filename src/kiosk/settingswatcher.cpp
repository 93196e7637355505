// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingswatcher.h"

#include "database.h"

namespace stadtlabor {

SettingsWatcher::SettingsWatcher(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    connect(&m_timer, &QTimer::timeout, this, &SettingsWatcher::check);
}

void SettingsWatcher::start(int intervalMs)
{
    m_lastVersion = m_database.dataVersion();
    m_timer.start(intervalMs);
}

void SettingsWatcher::check()
{
    const qint64 version = m_database.dataVersion();
    if (version < 0 || version == m_lastVersion)
        return;
    m_lastVersion = version;
    Q_EMIT databaseChanged();
}

} // namespace stadtlabor
