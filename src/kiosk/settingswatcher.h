// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace stadtlabor {

class Database;

// Notices when another process has written to the kiosk's database (`--setting KEY=VALUE`
// or `--import-catalogue` from a shell while the kiosk runs) by polling SQLite's
// data_version, a cheap read that changes only on another connection's commit.
class SettingsWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 2000;

    explicit SettingsWatcher(const Database &database, QObject *parent = nullptr);

    void start(int intervalMs = defaultIntervalMs);
    void stop() { m_timer.stop(); }
    // Compares now (also what the timer does).
    void check();

Q_SIGNALS:
    // Someone else committed: settings, PIN or catalogue may differ.
    void databaseChanged();

private:
    const Database &m_database;
    qint64 m_lastVersion = -1;
    QTimer m_timer;
};

} // namespace stadtlabor
