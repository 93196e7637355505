// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubdatabase.h"

#include "platform.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace stadtlabor::hub {

namespace {

QAtomicInt connectionCounter;
constexpr int maxAttempts = 5;
// PostgreSQL: one advisory lock key for "migrating the hub schema".
constexpr qint64 migrationLockKey = 0x5354414C; // "STAL"

thread_local QString retryCode;

} // namespace

bool isRetryable(const QString &nativeCode)
{
    return nativeCode == QLatin1String("40001") || nativeCode == QLatin1String("40P01")
        || nativeCode == QLatin1String("5") || nativeCode == QLatin1String("6"); // SQLITE_BUSY, SQLITE_LOCKED
}

std::optional<DbUrl> DbUrl::parse(const QString &text, QString *error)
{
    DbUrl url;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.kind = Kind::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2); // sqlite:///abs/path
        if (url.path.isEmpty()) {
            *error = QStringLiteral("--db sqlite:PATH needs a file path");
            return std::nullopt;
        }
        return url;
    }
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(text, QUrl::StrictMode);
        if (!u.isValid()) {
            *error = QStringLiteral("--db: not a valid postgresql:// URL");
            return std::nullopt;
        }
        url.kind = Kind::Postgresql;
        url.host = u.host();
        url.port = u.port(5432);
        url.user = u.userName(QUrl::FullyDecoded);
        url.password = u.password(QUrl::FullyDecoded);
        url.database = u.path(QUrl::FullyDecoded).mid(1);
        const QUrlQuery query(u);
        if (query.hasQueryItem(QStringLiteral("host")))
            url.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        if (url.database.isEmpty() || url.database.contains(QLatin1Char('/'))) {
            *error = QStringLiteral("--db: the postgresql:// URL needs a database name, e.g. postgresql://hub@localhost/stadtlabor");
            return std::nullopt;
        }
        if (url.port <= 0 || url.port > 65535) {
            *error = QStringLiteral("--db: port out of range");
            return std::nullopt;
        }
        return url;
    }
    *error = QStringLiteral("--db must be sqlite:PATH or postgresql://user:pass@host:port/dbname, not \"%1\"").arg(text.left(80));
    return std::nullopt;
}

QString DbUrl::displayName() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:%1").arg(path);
    return QStringLiteral("postgresql://%1%2/%3")
        .arg(user.isEmpty() ? QString() : user + QLatin1Char('@'),
             host.startsWith(QLatin1Char('/')) ? host : QStringLiteral("%1:%2").arg(host).arg(port), database);
}

HubDatabase::HubDatabase()
    : m_connectionName(QStringLiteral("stadtlabor-hub-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

HubDatabase::~HubDatabase()
{
    close();
}

void HubDatabase::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool HubDatabase::fail(const QString &message)
{
    m_error = message;
    close();
    return false;
}

bool HubDatabase::open(const DbUrl &url)
{
    close();
    m_url = url;
    m_error.clear();
    if (url.kind == DbUrl::Kind::Sqlite) {
        const QFileInfo info(url.path);
        if (info.isDir())
            return fail(QStringLiteral("%1 is a folder, not a database file").arg(url.path));
        if (info.exists() && info.size() > 0) {
            QFile file(url.path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("cannot read %1: %2").arg(url.path, file.errorString()));
            if (file.read(16) != QByteArray("SQLite format 3\0", 16))
                return fail(QStringLiteral("%1 is not a SQLite database").arg(url.path));
        } else if (!QDir().mkpath(info.absolutePath())) {
            return fail(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
        }
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!m_db.isValid())
            return fail(QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed"));
        m_db.setDatabaseName(url.path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!m_db.open())
            return fail(QStringLiteral("cannot open %1: %2").arg(url.path, m_db.lastError().text()));
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
            || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return fail(QStringLiteral("cannot switch %1 to WAL: %2").arg(url.path, q.lastError().text()));
        q.finish();
        if (!q.exec(QStringLiteral("PRAGMA synchronous=FULL")) || !q.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
            return fail(QStringLiteral("cannot set the pragmas on %1: %2").arg(url.path, q.lastError().text()));
        platform::restrictToOwner(url.path);
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!m_db.isValid())
            return fail(QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed; on Debian: apt install libqt6sql6-psql"));
        m_db.setHostName(url.host.isEmpty() ? QStringLiteral("localhost") : url.host);
        m_db.setPort(url.port);
        m_db.setUserName(url.user);
        m_db.setPassword(url.password);
        m_db.setDatabaseName(url.database);
        m_db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=stadtlabor-hub"));
        if (!m_db.open())
            return fail(QStringLiteral("cannot connect to %1: %2").arg(url.displayName(), m_db.lastError().text().simplified()));
        QSqlQuery q(m_db);
        // Timestamps are written by the hub as UTC text; keep the session from reinterpreting anything.
        q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
        // libpq prints notices ("already exists, skipping") to stderr; the log is for requests.
        q.exec(QStringLiteral("SET client_min_messages TO warning"));
    }
    return migrate();
}

int HubDatabase::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT max(version) FROM hub_schema")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool HubDatabase::begin(QString *error)
{
    QSqlQuery q(m_db);
    // SQLite: take the write lock now, so two writers never deadlock upgrading read locks.
    if (!q.exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = q.lastError().text();
        retryCode = q.lastError().nativeErrorCode();
        return false;
    }
    return true;
}

void HubDatabase::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

bool HubDatabase::transaction(const std::function<bool(QString *error)> &work, QString *error)
{
    for (int attempt = 1;; ++attempt) {
        retryCode.clear();
        QString problem;
        bool ok = begin(&problem);
        if (ok) {
            ok = work(&problem);
            if (ok) {
                QSqlQuery q(m_db);
                ok = q.exec(QStringLiteral("COMMIT"));
                if (!ok) {
                    problem = QStringLiteral("commit failed: %1").arg(q.lastError().text());
                    retryCode = q.lastError().nativeErrorCode();
                }
            }
            if (!ok)
                rollback();
        }
        if (ok)
            return true;
        if (attempt >= maxAttempts || !isRetryable(retryCode)) {
            *error = problem;
            return false;
        }
        QThread::msleep(5 * attempt);
    }
}

// Queries report a retryable failure through this, so transaction() knows to run again.
void noteSqlError(const QSqlError &e)
{
    if (isRetryable(e.nativeErrorCode()))
        retryCode = e.nativeErrorCode();
}

bool HubDatabase::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS hub_schema ("
                               " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")))
        return fail(QStringLiteral("cannot prepare %1: %2").arg(m_url.displayName(), q.lastError().text()));
    // Two hub processes starting at once on one PostgreSQL: one migrates, the other waits.
    if (isPostgres() && !q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(migrationLockKey)))
        return fail(QStringLiteral("cannot lock for migration: %1").arg(q.lastError().text()));
    const auto unlock = [&] {
        if (isPostgres()) {
            QSqlQuery u(m_db);
            u.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(migrationLockKey));
        }
    };
    const int current = schemaVersion();
    const int newest = migrations().constLast().version;
    if (current > newest) {
        unlock();
        return fail(QStringLiteral("%1 has hub schema version %2, newer than this program knows (%3); update the hub")
                        .arg(m_url.displayName()).arg(current).arg(newest));
    }
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        QString error;
        const bool ok = transaction(
            [&](QString *e) {
                QSqlQuery s(m_db);
                for (const QString &statement : m.statements) {
                    if (!s.exec(statement)) {
                        *e = QStringLiteral("%1 (in: %2)").arg(s.lastError().text(), statement.left(60));
                        return false;
                    }
                }
                s.prepare(QStringLiteral("INSERT INTO hub_schema (version, description, applied_at) VALUES (?, ?, ?)"));
                s.addBindValue(m.version);
                s.addBindValue(m.description);
                s.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
                if (!s.exec()) {
                    *e = s.lastError().text();
                    return false;
                }
                return true;
            },
            &error);
        if (!ok) {
            unlock();
            return fail(QStringLiteral("hub migration %1 (%2) failed: %3").arg(m.version).arg(m.description, error));
        }
    }
    unlock();
    return true;
}

} // namespace stadtlabor::hub
