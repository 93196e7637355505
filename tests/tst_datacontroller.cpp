// SPDX-License-Identifier: GPL-3.0-or-later
// The Data and About sections' controller: typed entries checked before anything changes, the
// export into the folder picked, the candidates offered, versions and the log lines.
#include "catalogueimporter.h"
#include "cataloguerepository.h"
#include "database.h"
#include "datacontroller.h"
#include "logbuffer.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace stadtlabor;

class TestDataController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("k.sqlite"))));
        CatalogueRepository catalogues(*m_db);
        QVERIFY(CatalogueImporter(catalogues).loadOrImportDefault().ok());
    }

    void daysAreCheckedAsTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("days");
        QTest::newRow("zero") << QStringLiteral("0") << 0;
        QTest::newRow("thirty") << QStringLiteral(" 30 ") << 30;
        QTest::newRow("max") << QStringLiteral("3650") << 3650;
        QTest::newRow("above") << QStringLiteral("3651") << -1;
        QTest::newRow("negative") << QStringLiteral("-1") << -1;
        QTest::newRow("plus") << QStringLiteral("+5") << -1;
        QTest::newRow("decimal") << QStringLiteral("1.5") << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("text") << QStringLiteral("zehn") << -1;
        QTest::newRow("arabic digits") << QStringLiteral("\u0663\u0660") << -1;
        QTest::newRow("huge") << QStringLiteral("99999999999") << -1;
    }

    void daysAreCheckedAsTyped()
    {
        QFETCH(QString, text);
        QFETCH(int, days);
        QCOMPARE(DataController::parseDays(text), days);
    }

    void badDaysChangeNothingAndSayWhy()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox (uuid, kind, payload, created_at, state, acknowledged_at)"
                                      " VALUES ('x', 'other', '{}', 'then', 'sent', '2000-01-01T00:00:00.000Z')")));
        DataController data(*m_db, QStringLiteral("kiosk-test"));
        QCOMPARE(data.sent(), 1);
        QSignalSpy messages(&data, &DataController::messageChanged);
        QVERIFY(!data.purge(QStringLiteral("-3")));
        QVERIFY(!data.lastOk());
        QVERIFY(data.message().contains(QLatin1String("3650")));
        QCOMPARE(data.sent(), 1);
        QCOMPARE(data.purgeableCount(QStringLiteral("abc")), -1);
        QCOMPARE(data.purgeableCount(QStringLiteral("30")), 1);
        QVERIFY(data.purge(QStringLiteral("30")));
        QVERIFY(data.lastOk());
        QVERIFY(data.message().contains(QLatin1Char('1')));
        QCOMPARE(data.sent(), 0);
        QCOMPARE(messages.count(), 2);
    }

    void exportsIntoTheFolderPicked()
    {
        QTemporaryDir home;
        const QString documents = home.filePath(QStringLiteral("Documents"));
        DataController data(*m_db, QStringLiteral("kiosk-test"));
        data.setMediaRoots({home.filePath(QStringLiteral("media"))});
        data.setDocumentsFolder(documents);
        QCOMPARE(data.exportFolders().size(), 1);
        const QVariantMap first = data.exportFolders().constFirst().toMap();
        QCOMPARE(first.value(QStringLiteral("path")).toString(), documents);
        QCOMPARE(first.value(QStringLiteral("removable")).toBool(), false);
        QVERIFY(!first.value(QStringLiteral("label")).toString().isEmpty());
        QCOMPARE(data.defaultExportFolder(), documents);

        QVERIFY(!data.exportTo(QString()));
        QVERIFY(!data.message().isEmpty());
        QVERIFY(!data.exportTo(home.filePath(QStringLiteral("gone"))));
        QVERIFY(data.message().contains(home.filePath(QStringLiteral("gone"))));
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("gone"))));

        // The Documents folder is made when missing.
        QSignalSpy finished(&data, &DataController::exportFinished);
        QVERIFY(data.exportTo(data.defaultExportFolder()));
        QVERIFY(data.isExporting());
        QVERIFY(!data.exportTo(data.defaultExportFolder())); // one at a time
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY(!data.isExporting());
        QVERIFY(data.lastOk());
        QVERIFY(data.lastExportFolder().startsWith(documents + QStringLiteral("/stadtlabor-export-kiosk-test-")));
        QVERIFY(QFileInfo::exists(data.lastExportFolder() + QStringLiteral("/manifest.json")));
        QVERIFY(data.message().contains(QDir::toNativeSeparators(data.lastExportFolder())));
    }

    void aboutShowsVersionsDatabaseAndLog()
    {
        DataController data(*m_db, QStringLiteral("kiosk-test"));
        QCOMPARE(data.appVersion(), QStringLiteral(STADTLABOR_VERSION));
        QCOMPARE(data.qtVersion(), QString::fromLatin1(qVersion()));
        QVERIFY2(data.sqliteVersion().startsWith(QLatin1String("3.")), qPrintable(data.sqliteVersion()));
        QVERIFY(!data.sodiumVersion().isEmpty());
        QCOMPARE(data.databasePath(), m_db->path());
        QVERIFY(data.databaseBytes() > 0);
        QVERIFY(!data.databaseSize().isEmpty());
        QCOMPARE(data.deviceId(), QStringLiteral("kiosk-test"));

        LogBuffer log(10);
        log.append(QStringLiteral("older"));
        log.append(QStringLiteral("newer"));
        QSignalSpy changed(&data, &DataController::logLinesChanged);
        data.setLogBuffer(&log);
        QCOMPARE(data.logLines(), QStringList({QStringLiteral("newer"), QStringLiteral("older")}));
        QCOMPARE(changed.count(), 1);
        data.refreshLog();
        QCOMPARE(changed.count(), 1); // nothing new, no signal
        log.append(QStringLiteral("newest"));
        data.refresh();
        QCOMPARE(data.logLines().constFirst(), QStringLiteral("newest"));
    }
};

QTEST_GUILESS_MAIN(TestDataController)
#include "tst_datacontroller.moc"
