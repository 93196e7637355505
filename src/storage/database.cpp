// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "platform.h"
#include "storagelogging.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace stadtlabor {

namespace {

QAtomicInt connectionCounter;

QString lastError(const QSqlQuery &q)
{
    return q.lastError().text();
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("stadtlabor-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcStorage).noquote() << message;
    close();
    return false;
}

bool Database::snapshot(const QString &from, const QString &to, QString *error)
{
    if (!looksLikeSqlite(from, error))
        return false;
    const QString name = QStringLiteral("stadtlabor-snapshot-%1").arg(reinterpret_cast<quintptr>(&to));
    bool ok = false;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        source.setDatabaseName(from);
        source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!source.open()) {
            *error = QStringLiteral("cannot open %1: %2").arg(from, source.lastError().text());
        } else {
            QSqlQuery q(source);
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(to);
            ok = q.exec();
            if (!ok)
                *error = QStringLiteral("cannot copy %1 to %2: %3").arg(from, to, q.lastError().text());
        }
        source.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool Database::looksLikeSqlite(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() == 0)
        return true; // SQLite treats an empty file as an empty database
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic) {
        *why = QStringLiteral("%1 is not a SQLite database").arg(path);
        return false;
    }
    return true;
}

bool Database::open(const QString &path, int targetVersion)
{
    return open(path, migrations(), targetVersion < 0 ? latestVersion() : targetVersion);
}

bool Database::open(const QString &path, const QList<Migration> &migrationList, int targetVersion)
{
    close();
    m_error.clear();
    m_path = QFileInfo(path).absoluteFilePath();

    const QFileInfo info(m_path);
    if (info.exists()) {
        if (info.isDir())
            return fail(QStringLiteral("%1 is a folder, not a database file").arg(m_path));
        QString why;
        if (!looksLikeSqlite(m_path, &why))
            return fail(why);
    } else if (!QDir().mkpath(info.absolutePath())) {
        return fail(QStringLiteral("cannot create the data folder %1").arg(info.absolutePath()));
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        return fail(QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed"));
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!m_db.open())
        return fail(QStringLiteral("cannot open %1: %2").arg(m_path, m_db.lastError().text()));

    const QString pragmaProblem = applyPragmas();
    if (!pragmaProblem.isEmpty())
        return fail(pragmaProblem);

    const int current = schemaVersion();
    if (current < 0)
        return fail(QStringLiteral("cannot read the schema version of %1: %2").arg(m_path, m_error));
    const int newest = migrationList.isEmpty() ? 0 : migrationList.constLast().version;
    if (current > newest) {
        return fail(QStringLiteral("%1 has schema version %2, newer than this program knows (%3); "
                                   "update the program instead of opening the data with an old one")
                        .arg(m_path).arg(current).arg(newest));
    }
    if (!migrate(migrationList, targetVersion))
        return false;

    // The database may hold sealed personal data later on: only the owner may read it.
    platform::restrictToOwner(m_path);
    qCInfo(lcStorage).noquote() << "opened" << m_path << "schema version" << schemaVersion();
    return true;
}

QString Database::applyPragmas()
{
    QSqlQuery q(m_db);
    // journal_mode answers with the mode it ended up in; anything but wal means a problem.
    // This is also the first read of the file, where SQLite notices a damaged header.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return QStringLiteral("cannot use %1: %2").arg(m_path, lastError(q));
    const QString mode = q.value(0).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return QStringLiteral("cannot switch %1 to WAL journal mode (got %2)").arg(m_path, mode);
    q.finish();
    // The page cache is bounded (SQLite's default is 2 MiB); 512 KiB holds what a visit reads
    // and writes, and keeps a terminal that runs for months from growing by a file that only
    // grows (bench_sessions).
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-512"}) {
        if (!q.exec(QLatin1String(pragma)))
            return QStringLiteral("cannot set %1 on %2: %3").arg(QLatin1String(pragma), m_path, lastError(q));
    }
    return QString();
}

qint64 Database::dataVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::migrate(const QList<Migration> &migrationList, int targetVersion)
{
    // Runs one migration in its own transaction; the transaction and its queries are gone
    // (rolled back on failure) before the connection may be closed.
    const auto apply = [this](const Migration &m) -> QString {
        Transaction tx(m_db);
        if (!tx.isActive())
            return QStringLiteral("cannot start: %1").arg(tx.errorString());
        QSqlQuery q(m_db);
        for (const QString &statement : m.statements) {
            if (!q.exec(statement))
                return lastError(q);
        }
        // PRAGMA takes no bound parameters; the version is our own integer.
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version)))
            return QStringLiteral("cannot set user_version: %1").arg(lastError(q));
        q.finish();
        if (!tx.commit())
            return QStringLiteral("commit failed: %1").arg(tx.errorString());
        return QString();
    };

    const int current = schemaVersion();
    for (const Migration &m : migrationList) {
        if (m.version <= current || m.version > targetVersion)
            continue;
        const QString problem = apply(m);
        if (!problem.isEmpty())
            return fail(QStringLiteral("migration %1 (%2) failed: %3").arg(m.version).arg(m.description, problem));
        qCInfo(lcStorage).noquote() << "migrated to schema version" << m.version << m.description;
    }
    return true;
}

bool inTransaction(const QSqlDatabase &db, const std::function<bool(QString *error)> &write, QString *error)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = QStringLiteral("cannot start a transaction: %1").arg(tx.errorString());
        return false;
    }
    if (!write(error))
        return false; // rolled back by tx
    if (!tx.commit()) {
        *error = QStringLiteral("commit failed: %1").arg(tx.errorString());
        return false;
    }
    return true;
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = q.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError().text();
        return false; // still active: the destructor rolls back
    }
    m_active = false;
    return true;
}

} // namespace stadtlabor
