// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace stadtlabor {

// Owns one SQLite connection: refuses what is not a SQLite file, sets the durability pragmas
// and brings the schema to the current version, one transaction per migration.
class Database
{
public:
    struct Migration
    {
        int version;
        QString description;
        QStringList statements;
    };

    static const QList<Migration> &migrations();
    static int latestVersion();
    static constexpr int busyTimeoutMs = 5000;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating the file and its folder when missing) and migrates to targetVersion
    // (-1: the latest). On failure errorString() says why and nothing was changed.
    bool open(const QString &path, int targetVersion = -1);
    // The same with another list of migrations; tests use it to inject a failing one.
    bool open(const QString &path, const QList<Migration> &migrationList, int targetVersion);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    // PRAGMA data_version: changes whenever another connection (another process, e.g.
    // `--setting` from a shell) has committed to the file since the last call; -1 on error.
    qint64 dataVersion() const;

    // A consistent copy of the database at `from` in a new file `to` (VACUUM INTO), read
    // while others may write; `from` is neither migrated nor changed.
    static bool snapshot(const QString &from, const QString &to, QString *error);

    // The first 16 bytes of every SQLite 3 database file.
    static bool looksLikeSqlite(const QString &path, QString *why);

private:
    bool fail(const QString &message);
    QString applyPragmas(); // empty when all pragmas are in effect
    bool migrate(const QList<Migration> &migrationList, int targetVersion);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    QSqlDatabase m_db;
};

// Runs `write` in one write transaction and commits; on any failure nothing of it stays and
// *error says why.
bool inTransaction(const QSqlDatabase &db, const std::function<bool(QString *error)> &write, QString *error);

// A write transaction (BEGIN IMMEDIATE) that rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace stadtlabor
