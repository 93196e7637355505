// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stadtlabor;

namespace {

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pragmasAreInEffect()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("k.sqlite"))), qPrintable(db.errorString()));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA cache_size")).toInt(), -512); // KiB: bounded memory
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), Database::busyTimeoutMs);
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestVersion());
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("k.sqlite"))));
        QSqlQuery q(db.connection());
        const bool inserted = q.exec(QStringLiteral(
            "INSERT INTO projects (id, position, status, title, summary, body, updated_at)"
            " VALUES ('p', 0, 'no-such-status', '{}', '{}', '{}', '2026-01-01')"));
        QVERIFY(!inserted);
        QVERIFY(q.lastError().text().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive));
    }

    void createsMissingFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/c/k.sqlite"));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QVERIFY(QFile::exists(path));
        // The file may later hold sealed personal data: owner only.
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }

    void refusesNonSqliteFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("this is a shopping list, not a database\n");
        QTest::newRow("json") << QByteArray("{\"format_version\": 1}");
        QTest::newRow("almost magic") << QByteArray("SQLite format 2\0 and then some", 31);
        QTest::newRow("binary") << QByteArray(4096, '\x7f');
    }

    void refusesNonSqliteFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(content), content.size());
        }
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QLatin1String("is not a SQLite database")), qPrintable(db.errorString()));
        QVERIFY(!db.isOpen());
        // Never replaced by a silent new, empty database.
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesDamagedSqliteFile()
    {
        // A valid header followed by garbage: SQLite itself must notice, and we must say so.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(QByteArray("SQLite format 3\0", 16)), 16);
            QCOMPARE(f.write(QByteArray(8192 - 16, '\xff')), 8192 - 16);
        }
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY(!db.errorString().isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    void refusesFolder()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.path()));
        QVERIFY2(db.errorString().contains(QLatin1String("is a folder")), qPrintable(db.errorString()));
    }

    // A location that cannot hold a database for anyone, root included (CI runs as root, and
    // file modes do not stop root): the folder would have to be created inside a regular file.
    void refusesLocationInsideAFile()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(blocker);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write("a regular file where the data folder should be\n") > 0);
        }
        const QByteArray before = fileHash(blocker);
        const QString path = blocker + QStringLiteral("/data/k.sqlite");
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY(!db.isOpen());
        QCOMPARE(db.errorString(), QStringLiteral("cannot create the data folder %1").arg(QFileInfo(path).absolutePath()));
        // Nothing created or replaced: the file is untouched and still the only entry.
        QVERIFY(QFileInfo(blocker).isFile());
        QCOMPARE(fileHash(blocker), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("notes.txt")});
    }

#ifdef Q_OS_LINUX
    // The folder exists but no one may create a file in it: /proc refuses new files even to
    // root, so SQLite's own open fails and the message must say which file.
    void refusesFolderNobodyCanWrite()
    {
        const QString path = QStringLiteral("/proc/stadtlabor-test-%1.sqlite").arg(QCoreApplication::applicationPid());
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY(!db.isOpen());
        QVERIFY2(db.errorString().startsWith(QStringLiteral("cannot open %1: ").arg(path)), qPrintable(db.errorString()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
#endif

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::latestVersion() + 1)));
        }
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QLatin1String("newer than this program knows")), qPrintable(db.errorString()));
    }

    void failedMigrationChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
        }
        // A migration whose second statement fails must leave neither its first statement
        // nor a raised user_version behind.
        QList<Database::Migration> broken = Database::migrations();
        const int next = Database::latestVersion() + 1;
        broken.append({next, QStringLiteral("broken"),
                       {QStringLiteral("CREATE TABLE half_done (x INTEGER)"), QStringLiteral("THIS IS NOT SQL")}});
        {
            Database db;
            QVERIFY(!db.open(path, broken, next));
            QVERIFY2(db.errorString().contains(QStringLiteral("migration %1").arg(next)), qPrintable(db.errorString()));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QVERIFY(!scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")).toBool());
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("k.sqlite"))));
        {
            Transaction tx(db.connection());
            QVERIFY(tx.isActive());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('a', '1', 'now')")));
        } // no commit
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM settings")).toInt(), 0);
        {
            Transaction tx(db.connection());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('a', '1', 'now')")));
            q.finish();
            QVERIFY(tx.commit());
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM settings")).toInt(), 1);
    }

    void dataSurvivesReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox (uuid, kind, payload, created_at)"
                                          " VALUES ('u1', 'monitor_response', '{\"a\":1}', '2026-11-27T10:00:00Z')")));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM outbox WHERE uuid = 'u1'")).toString(), QStringLiteral("pending"));
    }

    void outboxRefusesBadRows()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("k.sqlite"))));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox (uuid, kind, payload, created_at) VALUES ('u', 'k', '{}', 'now')")));
        // The same client UUID twice, a payload that is not JSON, an unknown state.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO outbox (uuid, kind, payload, created_at) VALUES ('u', 'k', '{}', 'now')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO outbox (uuid, kind, payload, created_at) VALUES ('v', 'k', '{oops', 'now')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO outbox (uuid, kind, payload, created_at, state) VALUES ('w', 'k', '{}', 'now', 'lost')")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
