// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace stadtlabor::hub {

// Where the hub keeps its data: `sqlite:PATH` or `postgresql://user:pass@host:port/dbname`
// (`?host=/socket/dir` selects a unix socket folder).
struct DbUrl
{
    enum class Kind { Sqlite, Postgresql };
    Kind kind = Kind::Sqlite;
    QString path;     // sqlite
    QString host;     // postgresql
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static std::optional<DbUrl> parse(const QString &text, QString *error);
    QString kindName() const { return kind == Kind::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql"); }
    QString displayName() const; // without the password
};

// One connection to the hub's database, SQLite or PostgreSQL, migrated to the current schema.
// The schema and every query are written once in the SQL both understand.
class HubDatabase
{
public:
    struct Migration
    {
        int version;
        QString description;
        QStringList statements; // SQL that SQLite and PostgreSQL both accept
    };
    static const QList<Migration> &migrations();

    HubDatabase();
    ~HubDatabase();
    HubDatabase(const HubDatabase &) = delete;
    HubDatabase &operator=(const HubDatabase &) = delete;

    bool open(const DbUrl &url);
    void close();
    QString errorString() const { return m_error; }

    QSqlDatabase connection() const { return m_db; }
    const DbUrl &url() const { return m_url; }
    bool isPostgres() const { return m_url.kind == DbUrl::Kind::Postgresql; }
    int schemaVersion() const;

    // Runs `work` in one transaction and commits. Returns false with *error on failure; nothing
    // of the work stays then. A serialization failure or deadlock (another hub process wrote
    // the same rows) rolls back and runs `work` again, up to a few times.
    bool transaction(const std::function<bool(QString *error)> &work, QString *error);

private:
    bool fail(const QString &message);
    bool migrate();
    bool begin(QString *error);
    void rollback();

    QString m_connectionName;
    DbUrl m_url;
    QString m_error;
    QSqlDatabase m_db;
};

// A retryable failure: PostgreSQL SQLSTATE 40001 / 40P01, SQLite BUSY.
bool isRetryable(const QString &nativeCode);
// Queries inside HubDatabase::transaction() report their failures here, so a deadlock or a
// serialization failure runs the transaction again instead of failing the request.
void noteSqlError(const QSqlError &error);

} // namespace stadtlabor::hub
