// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueimporter.h"
#include "catalogueparser.h"
#include "cataloguestore.h"
#include "projectlistmodel.h"
#include "statusfiltermodel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace stadtlabor;

namespace {

Catalogue bundled()
{
    return *CatalogueParser::parseFile(QLatin1String(CatalogueImporter::bundledDefault)).catalogue;
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(role).toString());
    return values;
}

} // namespace

class TestProjectListModel : public QObject
{
    Q_OBJECT

private:
    CatalogueStore m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store.setCatalogue(bundled());
    }

    void showsAllProjectsInCatalogueOrder()
    {
        ProjectListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&m_store);
        QCOMPARE(model.count(), 6);
        QCOMPARE(model.totalCount(), 6);
        QCOMPARE(column(model, ProjectListModel::IdRole),
                 (QStringList{QStringLiteral("beteiligungsplattform"), QStringLiteral("stadtlabor"), QStringLiteral("kulturportal"),
                              QStringLiteral("ehrenamtskarten-app"), QStringLiteral("stadtraummonitor"), QStringLiteral("bochum-fonds")}));
        QCOMPARE(model.index(2, 0).data(ProjectListModel::StatusRole).toString(), QStringLiteral("planning"));
        QCOMPARE(model.index(2, 0).data(ProjectListModel::StatusLabelRole).toString(), QStringLiteral("Vorbereitung/Planung"));
        QVERIFY(model.roleNames().values().contains("statusLabel"));
    }

    void filtersByStatus()
    {
        ProjectListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&m_store);
        QSignalSpy countSpy(&model, &ProjectListModel::countChanged);
        model.setStatusFilter(QStringLiteral("planning"));
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.projectId(0), QStringLiteral("kulturportal"));
        QVERIFY(countSpy.count() >= 1);
        model.setStatusFilter(QStringLiteral("completed"));
        QCOMPARE(model.count(), 5);
        QVERIFY(!column(model, ProjectListModel::StatusRole).contains(QStringLiteral("planning")));
        model.setStatusFilter(QStringLiteral("idea"));
        QCOMPARE(model.count(), 0);
        model.setStatusFilter(QString());
        QCOMPARE(model.count(), 6);
    }

    void statusChipsCountWhatTheyWouldShow()
    {
        ProjectListModel model;
        model.setStore(&m_store);
        StatusFilterModel *chips = model.statusFilters();
        QAbstractItemModelTester tester(chips, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(chips->rowCount(), 6); // "all" and the five statuses
        QCOMPARE(chips->index(0, 0).data(StatusFilterModel::StatusRole).toString(), QString());
        QCOMPARE(chips->countFor(QString()), 6);
        QCOMPARE(chips->countFor(QStringLiteral("completed")), 5);
        QCOMPARE(chips->countFor(QStringLiteral("planning")), 1);
        QCOMPARE(chips->countFor(QStringLiteral("idea")), 0);
        QCOMPARE(chips->index(0, 0).data(StatusFilterModel::SelectedRole).toBool(), true);

        // The counts follow the search, not the status filter, so every chip says what a tap
        // on it would show.
        model.setStatusFilter(QStringLiteral("planning"));
        QCOMPARE(chips->countFor(QStringLiteral("completed")), 5);
        QCOMPARE(chips->index(0, 0).data(StatusFilterModel::SelectedRole).toBool(), false);
        QCOMPARE(chips->index(2, 0).data(StatusFilterModel::SelectedRole).toBool(), true);
        model.setSearchText(QStringLiteral("Kultur"));
        QCOMPARE(chips->countFor(QString()), 1);
        QCOMPARE(chips->countFor(QStringLiteral("completed")), 0);
        QCOMPARE(chips->countFor(QStringLiteral("planning")), 1);
        QCOMPARE(model.count(), 1);
    }

    void chipLabelsFollowLanguage()
    {
        ProjectListModel model;
        model.setStore(&m_store);
        StatusFilterModel *chips = model.statusFilters();
        QSignalSpy changed(chips, &QAbstractItemModel::dataChanged);
        QCOMPARE(chips->index(1, 0).data(StatusFilterModel::LabelRole).toString(), QStringLiteral("Ideenstadium"));
        model.setLanguage(QStringLiteral("en"));
        QCOMPARE(chips->index(1, 0).data(StatusFilterModel::LabelRole).toString(), QStringLiteral("Idea stage"));
        QVERIFY(changed.count() >= 5); // updated in place, not reset: chips keep their state
        QCOMPARE(model.index(2, 0).data(ProjectListModel::TitleRole).toString(), QStringLiteral("Culture portal"));
    }

    void searchesEveryLanguageAndWord()
    {
        ProjectListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&m_store);
        model.setLanguage(QStringLiteral("en"));

        model.setSearchText(QStringLiteral("kulturportal")); // German title, English screen
        QCOMPARE(column(model, ProjectListModel::IdRole), QStringList{QStringLiteral("kulturportal")});
        model.setSearchText(QStringLiteral("  FONDS   bochum "));
        QVERIFY(column(model, ProjectListModel::IdRole).contains(QStringLiteral("bochum-fonds")));
        model.setSearchText(QStringLiteral("Ehrenamtskarte NRW")); // words from the body
        QCOMPARE(column(model, ProjectListModel::IdRole), QStringList{QStringLiteral("ehrenamtskarten-app")});
        model.setSearchText(QStringLiteral("Straßenzügen"));
        QCOMPARE(column(model, ProjectListModel::IdRole), QStringList{QStringLiteral("stadtraummonitor")});
        model.setSearchText(QStringLiteral("xyzzy"));
        QCOMPARE(model.count(), 0);
        model.setSearchText(QString());
        QCOMPARE(model.count(), 6);
    }

    void sorts()
    {
        ProjectListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&m_store);

        model.setSortOrder(ProjectListModel::TitleOrder);
        const QStringList titles = column(model, ProjectListModel::TitleRole);
        QCOMPARE(titles.first(), QStringLiteral("Beteiligungsplattform (bochum-mitgestalten.de)"));
        QCOMPARE(titles.last(), QStringLiteral("StadtRaumMonitor"));
        // German collation, case ignored: "Stadtlabor" before "StadtRaumMonitor".
        QCollator collator{QLocale(QStringLiteral("de"))};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        for (int i = 1; i < titles.size(); ++i)
            QVERIFY2(collator.compare(titles.at(i - 1), titles.at(i)) <= 0, qPrintable(titles.join(QStringLiteral(" | "))));

        // The programme's order puts the planning project before the completed ones; ties
        // keep the city's order.
        model.setSortOrder(ProjectListModel::StatusOrder);
        QCOMPARE(model.projectId(0), QStringLiteral("kulturportal"));
        QCOMPARE(model.projectId(1), QStringLiteral("beteiligungsplattform"));

        Catalogue c = bundled();
        c.projects[4].updatedAt = c.projects[4].updatedAt.addDays(3);
        CatalogueStore store;
        store.setCatalogue(c);
        model.setStore(&store);
        model.setSortOrder(ProjectListModel::UpdatedOrder);
        QCOMPARE(model.projectId(0), QStringLiteral("stadtraummonitor"));

        model.resetFilters();
        QCOMPARE(model.sortOrder(), ProjectListModel::CatalogueOrder);
        QCOMPARE(model.projectId(0), QStringLiteral("beteiligungsplattform"));
    }

    void followsCatalogueReplacement()
    {
        CatalogueStore store;
        store.setCatalogue(bundled());
        ProjectListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        model.setStatusFilter(QStringLiteral("completed"));
        QCOMPARE(model.count(), 5);

        Catalogue next = bundled();
        next.projects[0].status = QStringLiteral("discontinued");
        next.projects.removeLast();
        store.setCatalogue(next);
        QCOMPARE(model.count(), 3);
        QCOMPARE(model.totalCount(), 5);
        QCOMPARE(model.statusFilters()->countFor(QStringLiteral("discontinued")), 1);
    }

    void outOfRangeIsHarmless()
    {
        ProjectListModel model;
        QCOMPARE(model.count(), 0);
        QVERIFY(!model.index(0, 0).data(ProjectListModel::TitleRole).isValid());
        QCOMPARE(model.projectId(-1), QString());
        model.setStore(&m_store);
        QCOMPARE(model.projectId(99), QString());
    }
};

QTEST_GUILESS_MAIN(TestProjectListModel)
#include "tst_projectlistmodel.moc"
