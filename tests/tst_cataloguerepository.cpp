// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueimporter.h"
#include "catalogueparser.h"
#include "cataloguerepository.h"
#include "database.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stadtlabor;

namespace {

Catalogue bundled()
{
    const auto result = CatalogueParser::parseFile(QLatin1String(CatalogueImporter::bundledDefault));
    if (!result.ok())
        qFatal("bundled catalogue invalid: %s", qPrintable(result.errors.join(QLatin1Char('\n'))));
    return *result.catalogue;
}

// A second, different valid catalogue: one project fewer, another status, a new fund-rules
// version.
Catalogue changed()
{
    Catalogue c = bundled();
    c.version = QStringLiteral("2027-01-01.1");
    c.projects.removeLast();
    c.projects[0].status = QStringLiteral("in_progress");
    c.fundRules.version = 2;
    c.fundRules.hourlyRateCents = 2000;
    return c;
}

int count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestCatalogueRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n)); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emptyDatabaseHasNoCatalogue()
    {
        Database db;
        QVERIFY(db.open(freshPath()));
        CatalogueRepository repo(db);
        QVERIFY(!repo.hasCatalogue());
        QString error;
        QVERIFY(!repo.load(&error));
        QVERIFY(error.contains(QLatin1String("no catalogue")));
    }

    void roundTrip()
    {
        Database db;
        QVERIFY(db.open(freshPath()));
        CatalogueRepository repo(db);
        const Catalogue original = bundled();
        QString error;
        QVERIFY2(repo.replace(original, &error), qPrintable(error));
        QVERIFY(repo.hasCatalogue());
        const auto loaded = repo.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->projects.size(), original.projects.size());
        QCOMPARE(loaded->areas.size(), original.areas.size());
        QVERIFY(loaded->projects == original.projects);
        QVERIFY(loaded->areas == original.areas);
        QVERIFY(loaded->statuses == original.statuses);
        QVERIFY(loaded->criteriaSet == original.criteriaSet);
        QVERIFY(loaded->fundRules == original.fundRules);
        QVERIFY(*loaded == original);
        QCOMPARE(loaded->minResponses, 10);

        // The minimum group size a catalogue names comes back as it was; a catalogue stored
        // before the key existed (no row) has the default.
        Catalogue strict = original;
        strict.version = QStringLiteral("k-25");
        strict.minResponses = 25;
        QVERIFY2(repo.replace(strict, &error), qPrintable(error));
        QCOMPARE(repo.load(&error)->minResponses, 25);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM catalogue_meta WHERE key = 'min_responses'")));
        QCOMPARE(repo.load(&error)->minResponses, Catalogue::defaultMinResponses);
    }

    void replaceSwapsEverything()
    {
        Database db;
        QVERIFY(db.open(freshPath()));
        CatalogueRepository repo(db);
        QString error;
        QVERIFY(repo.replace(bundled(), &error));
        const Catalogue next = changed();
        QVERIFY2(repo.replace(next, &error), qPrintable(error));
        const auto loaded = repo.load(&error);
        QVERIFY(loaded);
        QVERIFY(*loaded == next);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM projects")), int(next.projects.size()));
        // Old fund-rules version kept for ideas that refer to it; only the new one is current.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM fund_rules")), 2);
        QCOMPARE(count(db, QStringLiteral("SELECT version FROM fund_rules WHERE is_current = 1")), 2);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM criteria_sets WHERE is_current = 1")), 1);
    }

    void failureMidwayLeavesOldCatalogue()
    {
        Database db;
        QVERIFY(db.open(freshPath()));
        CatalogueRepository repo(db);
        QString error;
        const Catalogue original = bundled();
        QVERIFY(repo.replace(original, &error));

        // Inject a fault SQLite raises itself, after statuses and several projects have
        // been written in the same transaction.
        Catalogue next = changed();
        next.projects[3].id = QStringLiteral("boom");
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER inject_fault BEFORE INSERT ON projects WHEN NEW.id = 'boom'"
                                      " BEGIN SELECT RAISE(ABORT, 'injected fault'); END")));
        QVERIFY(!repo.replace(next, &error));
        QVERIFY2(error.contains(QLatin1String("injected fault")), qPrintable(error));

        const auto loaded = repo.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(*loaded == original);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM fund_rules")), 1);
    }

    void changedCriteriaSetUnderSameVersionRefused()
    {
        Database db;
        QVERIFY(db.open(freshPath()));
        CatalogueRepository repo(db);
        QString error;
        const Catalogue original = bundled();
        QVERIFY(repo.replace(original, &error));

        Catalogue sneaky = original;
        sneaky.version = QStringLiteral("sneaky");
        sneaky.criteriaSet.scaleMax = 5; // same id and version, different meaning
        QVERIFY(!repo.replace(sneaky, &error));
        QVERIFY2(error.contains(QLatin1String("criteria set \"stadtraummonitor\" version 1 already exists with different content")),
                 qPrintable(error));
        QVERIFY(*repo.load(&error) == original);

        // The same change under a new version is fine, and the old version stays stored.
        sneaky.criteriaSet.version = 2;
        QVERIFY2(repo.replace(sneaky, &error), qPrintable(error));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM criteria_sets")), 2);
        QCOMPARE(repo.load(&error)->criteriaSet.scaleMax, 5);

        // Going back to version 1 (unchanged) makes it current again.
        QVERIFY2(repo.replace(original, &error), qPrintable(error));
        QCOMPARE(repo.load(&error)->criteriaSet.version, 1);
    }

    void importerStoresOnlyValidDocuments()
    {
        Database db;
        QVERIFY(db.open(freshPath()));
        CatalogueRepository repo(db);
        CatalogueImporter importer(repo);
        const auto first = importer.loadOrImportDefault();
        QVERIFY2(first.ok(), qPrintable(first.errors.join(QLatin1Char('\n'))));
        QCOMPARE(first.catalogue->projects.size(), 6);

        const auto bad = importer.importDocument(QByteArrayLiteral("{\"format_version\": 1}"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.errors.size() > 3);
        QString error;
        QVERIFY(*repo.load(&error) == *first.catalogue);

        // Second start: the stored catalogue is used, the default is not imported again.
        QVERIFY(repo.replace(changed(), &error));
        const auto again = importer.loadOrImportDefault();
        QVERIFY(again.ok());
        QCOMPARE(again.catalogue->version, QStringLiteral("2027-01-01.1"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogueRepository)
#include "tst_cataloguerepository.moc"
