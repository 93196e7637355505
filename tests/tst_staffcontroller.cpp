// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueimporter.h"
#include "cataloguerepository.h"
#include "cataloguestore.h"
#include "database.h"
#include "monitorcontroller.h"
#include "monitorrepository.h"
#include "spiderchartdata.h"
#include "staffcontroller.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace stadtlabor;

class TestStaffController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MonitorRepository> m_responses;
    std::unique_ptr<CatalogueStore> m_store;
    std::unique_ptr<MonitorController> m_monitor;
    std::unique_ptr<StaffController> m_staff;

    int count(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    int storedResponses() const { return count(QStringLiteral("SELECT count(*) FROM monitor_responses")); }

    // Respondent `person`'s score for theme `theme`: spread over the scale, with a "no answer"
    // now and then; 0 means "no answer".
    static int scoreOf(int person, int theme) { return (person + theme) % 6 == 5 ? 0 : 1 + (person * 3 + theme * 2) % 7; }

    // One respondent from their first screen to "Send answers". Every other one gives the
    // optional "about you", the others skip it.
    void interview(int person)
    {
        QCOMPARE(m_monitor->step(), MonitorController::AboutYou);
        if (person % 2 == 0) {
            m_monitor->setAgeBand(QStringLiteral("30_44"));
            m_monitor->toggleRelation(QStringLiteral("live"));
            m_monitor->next();
        } else {
            m_monitor->skipAboutYou();
        }
        for (int t = 0; t < m_monitor->themeCount(); ++t) {
            QCOMPARE(m_monitor->step(), MonitorController::Rating);
            const int score = scoreOf(person, t);
            if (score > 0)
                m_monitor->setScore(score);
            else
                m_monitor->setNoAnswer();
            m_monitor->next();
        }
        QCOMPARE(m_monitor->step(), MonitorController::Summary);
        QVERIFY(m_monitor->submit());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // As main() does it: a real database file with the bundled catalogue, the repository as
    // the monitor's saver, the staff controller on top.
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("staff%1.sqlite").arg(++m_n))), qPrintable(m_db->errorString()));
        CatalogueRepository catalogues(*m_db);
        const auto imported = CatalogueImporter(catalogues).loadOrImportDefault();
        QVERIFY2(imported.ok(), qPrintable(imported.errors.join(QLatin1Char('\n'))));
        m_responses = std::make_unique<MonitorRepository>(*m_db);
        m_store = std::make_unique<CatalogueStore>();
        m_store->setCatalogue(*imported.catalogue);
        m_monitor = std::make_unique<MonitorController>(
            m_store.get(), [this](const MonitorResponse &r, QString *error) { return m_responses->save(r, error); },
            MonitorController::AverageSource(), QStringLiteral("laptop-7"));
        m_staff = std::make_unique<StaffController>(m_store.get(), m_monitor.get());
        QCOMPARE(m_staff->step(), StaffController::Setup);
        QVERIFY(!m_staff->isActive());
    }

    void cleanup()
    {
        m_staff.reset();
        m_monitor.reset();
        m_store.reset();
        m_responses.reset();
        m_db.reset();
    }

    // The test: 20 respondents in a row land with the interviewer and group IDs.
    void twentyRespondentsInARow()
    {
        QSignalSpy submitted(m_monitor.get(), &MonitorController::submitted);
        QVERIFY(m_staff->begin(QStringLiteral(" IV-07 "), QStringLiteral("Gruppe_3.a"), QStringLiteral("grumme")));
        QCOMPARE(m_staff->step(), StaffController::Interviewing);
        QVERIFY(m_staff->isActive());
        QCOMPARE(m_staff->interviewerId(), QStringLiteral("IV-07"));
        QCOMPARE(m_staff->groupId(), QStringLiteral("Gruppe_3.a"));
        QCOMPARE(m_staff->areaName(), QStringLiteral("Grumme"));
        // The area step is skipped: the first respondent is already at "about you".
        QCOMPARE(m_monitor->step(), MonitorController::AboutYou);
        QCOMPARE(m_monitor->areaId(), QStringLiteral("grumme"));
        QVERIFY(!m_monitor->back()); // the area is not the respondent's to change
        QCOMPARE(m_monitor->step(), MonitorController::AboutYou);

        for (int person = 0; person < 20; ++person) {
            interview(person);
            if (QTest::currentTestFailed())
                return;
            // The next respondent starts at once, the count follows.
            QCOMPARE(m_monitor->step(), MonitorController::AboutYou);
            QCOMPARE(m_monitor->areaId(), QStringLiteral("grumme"));
            QVERIFY(m_monitor->ageBand().isEmpty());
            QCOMPARE(m_staff->count(), person + 1);
        }
        QCOMPARE(submitted.count(), 20);

        QCOMPARE(storedResponses(), 20);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM monitor_responses WHERE interviewer_id = ? AND group_id = ?"
                                      " AND area_id = ? AND device_id = ?"),
                       {QStringLiteral("IV-07"), QStringLiteral("Gruppe_3.a"), QStringLiteral("grumme"), QStringLiteral("laptop-7")}),
                 20);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 20); // each waits for the hub

        // Each stored row as answered; the session's average is the mean of the stored rows.
        const CriteriaSet set = m_store->catalogue().criteriaSet;
        QList<double> sums(set.themes.size(), 0.0);
        QList<int> counts(set.themes.size(), 0);
        for (int person = 0; person < 20; ++person) {
            const auto stored = m_responses->load(submitted.at(person).at(0).toString());
            QVERIFY(stored);
            QCOMPARE(stored->interviewerId, QStringLiteral("IV-07"));
            QCOMPARE(stored->groupId, QStringLiteral("Gruppe_3.a"));
            QCOMPARE(stored->areaId, QStringLiteral("grumme"));
            QCOMPARE(stored->demographics.ageBand, person % 2 == 0 ? QStringLiteral("30_44") : QString());
            QCOMPARE(stored->answers.size(), set.themes.size());
            for (int t = 0; t < stored->answers.size(); ++t) {
                const ThemeAnswer &a = stored->answers.at(t);
                QCOMPARE(a.score.value_or(0), scoreOf(person, t));
                if (a.score) {
                    sums[t] += *a.score;
                    ++counts[t];
                }
            }
        }
        const QList<std::optional<double>> averages = m_staff->averages();
        QCOMPARE(averages.size(), set.themes.size());
        const QVariantList means = m_staff->themeMeans();
        for (int t = 0; t < set.themes.size(); ++t) {
            QVERIFY(counts.at(t) > 0);
            QVERIFY(averages.at(t));
            QVERIFY2(qAbs(*averages.at(t) - sums.at(t) / counts.at(t)) < 1e-9, qPrintable(QString::number(t)));
            QCOMPARE(means.at(t).toMap().value(QStringLiteral("count")).toInt(), counts.at(t));
            QCOMPARE(means.at(t).toMap().value(QStringLiteral("mean")).toDouble(), *averages.at(t));
        }
        // The chart is the one the monitor draws from the same values.
        QCOMPARE(m_staff->averageSegments(), MonitorController::chartSegments(averages));
        QCOMPARE(m_staff->averageSegments().size(), 1); // every theme rated: one closed ring
        QCOMPARE(m_staff->averagePoints().size(), set.themes.size());
        QCOMPARE(m_staff->themeLabels().size(), set.themes.size());
        QCOMPARE(m_staff->scaleMin(), set.scaleMin);
        QCOMPARE(m_staff->scaleMax(), set.scaleMax);
    }

    void theChartHasGapsWhereNobodyRated()
    {
        QVERIFY(m_staff->begin(QStringLiteral("iv1"), QString(), QStringLiteral("bochum")));
        m_monitor->skipAboutYou();
        for (int t = 0; t < m_monitor->themeCount(); ++t) {
            if (t != 3)
                m_monitor->setScore(4);
            m_monitor->next();
        }
        QVERIFY(m_monitor->submit());
        QCOMPARE(m_staff->count(), 1);
        const QList<std::optional<double>> averages = m_staff->averages();
        QVERIFY(!averages.at(3));
        QCOMPARE(*averages.at(0), 4.0);
        QCOMPARE(m_staff->averageSegments().size(),
                 qsizetype(SpiderChartData::segments(averages).size()));
        const QVariantMap unrated = m_staff->themeMeans().at(3).toMap();
        QVERIFY(!unrated.contains(QStringLiteral("mean")));
        QCOMPARE(unrated.value(QStringLiteral("count")).toInt(), 0);
        QCOMPARE(unrated.value(QStringLiteral("meanText")).toString(), QStringLiteral("\u2013"));
        QCOMPARE(m_staff->themeMeans().at(0).toMap().value(QStringLiteral("meanText")).toString(), QStringLiteral("4,0"));
        m_staff->setLanguage(QStringLiteral("en"));
        QCOMPARE(m_staff->themeMeans().at(0).toMap().value(QStringLiteral("meanText")).toString(), QStringLiteral("4.0"));
    }

    void checksWhileTyping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("interviewerOk");
        QTest::addColumn<bool>("groupOk");
        QTest::newRow("empty") << QString() << false << true;
        QTest::newRow("only spaces") << QStringLiteral("   ") << false << true;
        QTest::newRow("plain") << QStringLiteral("IV-07") << true << true;
        QTest::newRow("all allowed") << QStringLiteral("Müller_2.a-b") << true << true;
        QTest::newRow("surrounding spaces") << QStringLiteral(" a1 ") << true << true;
        QTest::newRow("inner space") << QStringLiteral("a 1") << false << false;
        QTest::newRow("slash") << QStringLiteral("a/1") << false << false;
        QTest::newRow("line break") << QStringLiteral("a\n1") << false << false;
        QTest::newRow("control") << QStringLiteral("a\u00071") << false << false;
        QTest::newRow("emoji") << QStringLiteral("a\U0001F600") << false << false;
        QTest::newRow("longest") << QString(MonitorResponse::maxIdLength, u'x') << true << true;
        QTest::newRow("too long") << QString(MonitorResponse::maxIdLength + 1, u'x') << false << false;
    }

    void checksWhileTyping()
    {
        QFETCH(QString, text);
        QFETCH(bool, interviewerOk);
        QFETCH(bool, groupOk);
        QCOMPARE(m_staff->checkInterviewer(text).isEmpty(), interviewerOk);
        QCOMPARE(m_staff->checkGroup(text).isEmpty(), groupOk);
        m_staff->setInterviewerInput(text);
        m_staff->setGroupInput(text);
        // While typing, an empty interviewer ID is not yet an error; anything else is checked.
        QCOMPARE(m_staff->interviewerError().isEmpty(), interviewerOk || text.trimmed().isEmpty());
        QCOMPARE(m_staff->groupError(), m_staff->checkGroup(text));
    }

    void invalidInputIsRefusedWithReasons()
    {
        QSignalSpy draft(m_staff.get(), &StaffController::draftChanged);
        QVERIFY(m_staff->interviewerError().isEmpty());
        QVERIFY(m_staff->areaError().isEmpty());

        // The empty form: both required things get their reason.
        QVERIFY(!m_staff->beginFromForm());
        QVERIFY(draft.count() > 0);
        QCOMPARE(m_staff->interviewerError(), QStringLiteral("Enter your interviewer ID."));
        QCOMPARE(m_staff->areaError(), QStringLiteral("Choose the area of this session."));
        QVERIFY(m_staff->groupError().isEmpty());

        const QString tooLong(MonitorResponse::maxIdLength + 1, u'a');
        QVERIFY(!m_staff->begin(QString(), QString(), QStringLiteral("grumme")));
        QVERIFY(!m_staff->begin(tooLong, QString(), QStringLiteral("grumme")));
        QVERIFY(!m_staff->begin(QStringLiteral("IV 07"), QString(), QStringLiteral("grumme")));
        QVERIFY(!m_staff->begin(QStringLiteral("IV-07"), QStringLiteral("g;1"), QStringLiteral("grumme")));
        QVERIFY(!m_staff->begin(QStringLiteral("IV-07"), tooLong, QStringLiteral("grumme")));
        QVERIFY(!m_staff->begin(QStringLiteral("IV-07"), QString(), QStringLiteral("atlantis")));
        QVERIFY(!m_staff->begin(QStringLiteral("IV-07"), QString(), QString()));
        QCOMPARE(m_staff->checkInterviewer(tooLong), QStringLiteral("At most 64 characters."));
        QCOMPARE(m_staff->checkInterviewer(QStringLiteral("IV 07")),
                 QStringLiteral("Only letters, digits and the characters - _ . are allowed (no spaces)."));
        QCOMPARE(m_staff->checkArea(QStringLiteral("atlantis")), QStringLiteral("This area is not in the catalogue."));

        // Nothing started, nothing handed to the monitor, nothing stored.
        QCOMPARE(m_staff->step(), StaffController::Setup);
        QCOMPARE(m_staff->count(), 0);
        QVERIFY(m_monitor->sessionAreaId().isEmpty());
        QCOMPARE(m_monitor->step(), MonitorController::Start);
        QVERIFY(m_monitor->response().interviewerId.isEmpty());
        QCOMPARE(storedResponses(), 0);

        // The form as typed: the reasons follow the text, then it starts.
        m_staff->setInterviewerInput(QStringLiteral("IV 07"));
        QVERIFY(!m_staff->interviewerError().isEmpty());
        m_staff->setInterviewerInput(QStringLiteral("IV-07"));
        QVERIFY(m_staff->interviewerError().isEmpty());
        QVERIFY(m_staff->area()->chooseDistrict(QStringLiteral("mitte")) == false);
        QVERIFY(m_staff->areaBack());
        QVERIFY(m_staff->area()->areaId().isEmpty());
        m_staff->area()->chooseDistrict(QStringLiteral("mitte"));
        QVERIFY(m_staff->area()->chooseArea(QStringLiteral("hamme")));
        QVERIFY(m_staff->areaError().isEmpty());
        QVERIFY(m_staff->beginFromForm());
        QCOMPARE(m_staff->areaId(), QStringLiteral("hamme"));
        QVERIFY(m_staff->groupId().isEmpty());
        // The area is fixed for the session.
        QVERIFY(!m_staff->area()->chooseArea(QStringLiteral("grumme")));
        QVERIFY(!m_staff->areaBack());
        // And a second begin while one runs is refused.
        QVERIFY(!m_staff->begin(QStringLiteral("other"), QString(), QStringLiteral("grumme")));
        QCOMPARE(m_staff->interviewerId(), QStringLiteral("IV-07"));
    }

    void endKeepsTheFiguresCloseClearsThem()
    {
        QVERIFY(m_staff->begin(QStringLiteral("IV-07"), QStringLiteral("G1"), QStringLiteral("grumme")));
        interview(0);
        interview(1);
        QCOMPARE(m_staff->count(), 2);
        // A third respondent stops half-way: their answers are not saved.
        m_monitor->skipAboutYou();
        m_monitor->setScore(7);
        m_monitor->next();

        QSignalSpy stepSpy(m_staff.get(), &StaffController::stepChanged);
        m_staff->end();
        QCOMPARE(stepSpy.count(), 1);
        QCOMPARE(m_staff->step(), StaffController::Summary);
        QVERIFY(!m_staff->isActive());
        QCOMPARE(m_staff->count(), 2);
        QCOMPARE(m_staff->interviewerId(), QStringLiteral("IV-07"));
        QVERIFY(m_staff->averages().at(0));
        QCOMPARE(storedResponses(), 2);

        // The monitor is back to the visitor flow: no IDs, no preset area, nothing counted.
        QCOMPARE(m_monitor->step(), MonitorController::Start);
        QVERIFY(m_monitor->sessionAreaId().isEmpty());
        QVERIFY(m_monitor->response().interviewerId.isEmpty());
        QVERIFY(m_monitor->response().groupId.isEmpty());
        m_monitor->start();
        QCOMPARE(m_monitor->step(), MonitorController::ChooseArea);
        m_monitor->chooseDistrict(QStringLiteral("bochum"));
        m_monitor->skipAboutYou();
        for (int t = 0; t < m_monitor->themeCount(); ++t)
            m_monitor->next();
        QVERIFY(m_monitor->submit());
        QCOMPARE(m_monitor->step(), MonitorController::Done);
        QCOMPARE(m_staff->count(), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM monitor_responses WHERE interviewer_id IS NULL OR interviewer_id = ''")), 1);

        m_staff->close();
        QCOMPARE(m_staff->step(), StaffController::Setup);
        QCOMPARE(m_staff->count(), 0);
        QVERIFY(m_staff->interviewerId().isEmpty());
        QVERIFY(m_staff->groupId().isEmpty());
        QVERIFY(m_staff->areaId().isEmpty());
        QVERIFY(m_staff->areaName().isEmpty());
        QVERIFY(m_staff->averages().isEmpty());
        QVERIFY(m_staff->themeMeans().isEmpty());
        QVERIFY(m_staff->averageSegments().isEmpty());
        QVERIFY(m_staff->interviewerInput().isEmpty());
        QVERIFY(m_staff->area()->areaId().isEmpty());
        QCOMPARE(storedResponses(), 3);
    }

    void newSessionKeepsInterviewerAndAreaButNotTheGroup()
    {
        QVERIFY(m_staff->begin(QStringLiteral("IV-07"), QStringLiteral("Werkstatt-1"), QStringLiteral("hamme")));
        interview(0);
        m_staff->end();
        m_staff->newSession();
        QCOMPARE(m_staff->step(), StaffController::Setup);
        QCOMPARE(m_staff->count(), 0);
        QCOMPARE(m_staff->interviewerInput(), QStringLiteral("IV-07"));
        QVERIFY(m_staff->groupInput().isEmpty());
        QCOMPARE(m_staff->area()->areaId(), QStringLiteral("hamme"));
        QVERIFY(m_staff->beginFromForm());
        QCOMPARE(m_staff->count(), 0);
        QVERIFY(m_staff->groupId().isEmpty());
        interview(1);
        QCOMPARE(m_staff->count(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM monitor_responses WHERE group_id = 'Werkstatt-1'")), 1);
    }

    void withoutASessionTheVisitorFlowIsUnchanged()
    {
        m_monitor->setDefaultAreaId(QStringLiteral("hamme"));
        m_monitor->start();
        QCOMPARE(m_monitor->step(), MonitorController::ChooseArea);
        QCOMPARE(m_monitor->areaId(), QStringLiteral("hamme")); // preselected, still asked
        m_monitor->next();
        QCOMPARE(m_monitor->step(), MonitorController::AboutYou);
        QVERIFY(m_monitor->back());
        QCOMPARE(m_monitor->step(), MonitorController::ChooseArea);
        m_monitor->next();
        m_monitor->skipAboutYou();
        for (int t = 0; t < m_monitor->themeCount(); ++t) {
            m_monitor->setScore(3);
            m_monitor->next();
        }
        QVERIFY(m_monitor->submit());
        QCOMPARE(m_monitor->step(), MonitorController::Done);
        QCOMPARE(m_staff->count(), 0);
        QCOMPARE(m_staff->step(), StaffController::Setup);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM monitor_responses WHERE interviewer_id IS NULL AND group_id IS NULL")), 1);
        // end() and close() without a session touch nothing.
        m_staff->end();
        QCOMPARE(m_staff->step(), StaffController::Setup);
        m_staff->close();
        QCOMPARE(m_monitor->step(), MonitorController::Done);
    }

    void aSessionAreaThatLeftTheCatalogueIsAskedFor()
    {
        QVERIFY(m_staff->begin(QStringLiteral("IV-07"), QString(), QStringLiteral("grumme")));
        interview(0);
        Catalogue replaced = m_store->catalogue();
        replaced.areas.removeIf([](const Area &a) { return a.id == QLatin1String("grumme"); });
        m_store->setCatalogue(replaced);
        m_monitor->reset();
        m_monitor->start();
        QCOMPARE(m_monitor->step(), MonitorController::ChooseArea);
        QVERIFY(m_staff->areaName().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStaffController)
#include "tst_staffcontroller.moc"
