// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "areapicker.h"
#include "criteriaset.h"
#include "monitorresponse.h"
#include "resultsrepository.h"
#include "spiderchartdata.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

#include <functional>

namespace stadtlabor {

class CatalogueStore;
class MonitorRepository;

// The StadtRaumMonitor flow for one person: area, optional "about you", one screen per theme,
// summary, submit. All state lives here; the pages only show it. After submit or reset()
// nothing of the person's answers is left in memory.
class MonitorController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool available READ isAvailable NOTIFY setChanged)

    // Area
    Q_PROPERTY(stadtlabor::AreaPicker *area READ area CONSTANT)
    Q_PROPERTY(stadtlabor::AreaListModel *districts READ districts CONSTANT)
    Q_PROPERTY(stadtlabor::AreaListModel *statisticalDistricts READ statisticalDistricts CONSTANT)
    Q_PROPERTY(QString district READ district NOTIFY areaChanged)
    Q_PROPERTY(QString districtName READ districtName NOTIFY areaChanged)
    Q_PROPERTY(QString areaId READ areaId NOTIFY areaChanged)
    Q_PROPERTY(QString areaName READ areaName NOTIFY areaChanged)

    // About you
    Q_PROPERTY(QString ageBand READ ageBand WRITE setAgeBand NOTIFY demographicsChanged)
    Q_PROPERTY(QString gender READ gender WRITE setGender NOTIFY demographicsChanged)
    Q_PROPERTY(QStringList relations READ relations NOTIFY demographicsChanged)

    // The set
    Q_PROPERTY(int themeCount READ themeCount NOTIFY setChanged)
    Q_PROPERTY(int scaleMin READ scaleMin NOTIFY setChanged)
    Q_PROPERTY(int scaleMax READ scaleMax NOTIFY setChanged)
    Q_PROPERTY(QString minLabel READ minLabel NOTIFY textsChanged)
    Q_PROPERTY(QString maxLabel READ maxLabel NOTIFY textsChanged)
    Q_PROPERTY(int textLimit READ textLimit NOTIFY setChanged)

    // The current theme
    Q_PROPERTY(int themeIndex READ themeIndex NOTIFY themeChanged)
    Q_PROPERTY(QString themeGroup READ themeGroup NOTIFY themeChanged)
    Q_PROPERTY(QString themeLabel READ themeLabel NOTIFY themeChanged)
    Q_PROPERTY(QString themeQuestion READ themeQuestion NOTIFY themeChanged)
    Q_PROPERTY(QStringList themePrompts READ themePrompts NOTIFY themeChanged)
    Q_PROPERTY(int score READ score NOTIFY answerChanged)          // -1 when none chosen
    Q_PROPERTY(bool noAnswer READ noAnswer NOTIFY answerChanged)
    Q_PROPERTY(QString good READ good WRITE setGood NOTIFY answerChanged)
    Q_PROPERTY(QString better READ better WRITE setBetter NOTIFY answerChanged)
    Q_PROPERTY(bool returnsToSummary READ returnsToSummary NOTIFY themeChanged)

    // The summary
    Q_PROPERTY(QStringList themeLabels READ themeLabels NOTIFY textsChanged)
    Q_PROPERTY(QVariantList ownSegments READ ownSegments NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList ownPoints READ ownPoints NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList averageSegments READ averageSegments NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList averagePoints READ averagePoints NOTIFY summaryChanged)
    Q_PROPERTY(bool hasComparison READ hasComparison NOTIFY summaryChanged)
    // The comparison is held back below the catalogue's `min_responses` (k): then the page
    // says how many responses the area has and from how many on it appears.
    Q_PROPERTY(int comparisonResponses READ comparisonResponses NOTIFY summaryChanged)
    Q_PROPERTY(int minResponses READ minResponses NOTIFY summaryChanged)
    // Themes with an average shown; fewer than themeCount when some have fewer than k ratings.
    Q_PROPERTY(int comparisonThemes READ comparisonThemes NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList strongest READ strongest NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList weakest READ weakest NOTIFY summaryChanged)
    // Said instead of both lists when nothing stands out (one theme rated, or all the same).
    Q_PROPERTY(QString extremesNote READ extremesNote NOTIFY summaryChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY summaryChanged)
    // A street survey's area: each respondent starts at "about you" and cannot go back to
    // the area (see StaffController).
    Q_PROPERTY(bool inStaffSession READ inStaffSession NOTIFY sessionChanged)
    // Whether leaving now would lose something the person gave (asked before leaving the flow).
    Q_PROPERTY(bool hasAnswers READ hasAnswers NOTIFY hasAnswersChanged)

public:
    // Asked before anything is saved: empty when the terminal may collect now, else why not
    // (CollectionGate in the product).
    using CollectCheck = std::function<QString()>;
    void setCollectCheck(CollectCheck check) { m_collectCheck = std::move(check); }

    enum Step { Start, ChooseArea, AboutYou, Rating, Summary, Done };
    Q_ENUM(Step)

    // Saves a response durably; returns false with a reason. The repository in the product.
    using Saver = std::function<bool(const MonitorResponse &, QString *)>;
    // What may be shown of the hub's results for an area with at least minResponses
    // (ResultsRepository::shown in the product).
    using AverageSource = std::function<ResultsRepository::Shown(const QString &areaId, const QString &setId, int version,
                                                                 int minResponses)>;

    MonitorController(CatalogueStore *store, Saver saver, AverageSource averages, QString deviceId,
                      QObject *parent = nullptr);
    ~MonitorController() override;

    Step step() const { return m_step; }
    QString error() const { return m_error; }
    bool isAvailable() const { return !m_set.themes.isEmpty(); }

    AreaPicker *area() const { return m_area; }
    AreaListModel *districts() const { return m_area->districts(); }
    AreaListModel *statisticalDistricts() const { return m_area->statisticalDistricts(); }
    QString district() const { return m_area->district(); }
    QString areaId() const { return m_area->areaId(); }
    QString areaName() const { return m_area->areaName(); }
    QString districtName() const { return m_area->districtName(); }

    QString ageBand() const { return m_demographics.ageBand; }
    void setAgeBand(const QString &band);
    QString gender() const { return m_demographics.gender; }
    void setGender(const QString &gender);
    QStringList relations() const { return m_demographics.relations; }

    int themeCount() const { return static_cast<int>(m_set.themes.size()); }
    int scaleMin() const { return m_set.scaleMin; }
    int scaleMax() const { return m_set.scaleMax; }
    QString minLabel() const { return m_set.minLabel.text(m_language); }
    QString maxLabel() const { return m_set.maxLabel.text(m_language); }
    int textLimit() const { return m_set.textMaxLength; }

    int themeIndex() const { return m_themeIndex; }
    QString themeGroup() const;
    QString themeLabel() const;
    QString themeQuestion() const;
    QStringList themePrompts() const;
    int score() const;
    bool noAnswer() const;
    QString good() const;
    void setGood(const QString &text);
    QString better() const;
    void setBetter(const QString &text);
    bool returnsToSummary() const { return m_returnToSummary; }

    QStringList themeLabels() const;
    QVariantList ownSegments() const;
    QVariantList ownPoints() const;
    QVariantList averageSegments() const;
    QVariantList averagePoints() const;
    bool hasComparison() const { return !m_comparison.means.isEmpty(); }
    int comparisonResponses() const { return m_comparison.responses; }
    int minResponses() const;
    int comparisonThemes() const { return static_cast<int>(m_comparison.means.size()); }
    QVariantList strongest() const;
    QVariantList weakest() const;
    QString extremesNote() const;
    int answeredCount() const;
    bool hasAnswers() const;

    void setLanguage(const QString &language);
    void setDefaultAreaId(const QString &areaId) { m_defaultAreaId = areaId; }
    void setInterviewer(const QString &interviewerId, const QString &groupId);
    // A staff session's area (empty: none, the visitor flow). While set, start() skips the
    // area step, going back never reaches it, and each saved response starts the next
    // respondent at once instead of the thank-you.
    void setSessionArea(const QString &areaId)
    {
        m_sessionAreaId = areaId;
        Q_EMIT sessionChanged();
    }
    QString sessionAreaId() const { return m_sessionAreaId; }
    bool inStaffSession() const { return !m_sessionAreaId.isEmpty(); }

    // The spider chart's input for QML: SpiderChartData's runs of answered axes, and the
    // answered axes as points; shared by every chart on screen.
    static QVariantList chartSegments(const QList<std::optional<double>> &values);
    static QVariantList chartPoints(const QList<std::optional<double>> &values);

    // The response as it would be submitted now (also what the tests inspect).
    MonitorResponse response() const;

    Q_INVOKABLE static int textLength(const QString &text); // as people count characters
    Q_INVOKABLE void start();
    Q_INVOKABLE void chooseDistrict(const QString &districtId);
    Q_INVOKABLE void chooseArea(const QString &areaId);
    Q_INVOKABLE void toggleRelation(const QString &relation);
    Q_INVOKABLE void skipAboutYou();
    Q_INVOKABLE void setScore(int score);
    Q_INVOKABLE void setNoAnswer();
    Q_INVOKABLE void next();
    Q_INVOKABLE bool back(); // false at the start, where going back means leaving the flow
    Q_INVOKABLE void editTheme(int index);
    Q_INVOKABLE bool submit();
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void sessionChanged();
    void stepChanged();
    void errorChanged();
    void areaChanged();
    void demographicsChanged();
    void setChanged();
    void textsChanged();
    void themeChanged();
    void answerChanged();
    void summaryChanged();
    void hasAnswersChanged();
    void submitted(const QString &uuid);
    // The response just saved durably, before anything of it is forgotten (the staff session
    // counts it and adds it to its average).
    void responseSaved(const stadtlabor::MonitorResponse &response);

private:
    enum class Answer { Unanswered, NoAnswer, Score };
    struct Entry
    {
        Answer state = Answer::Unanswered;
        int score = 0;
        QString good;
        QString better;
    };

    void loadSet();
    void setStep(Step step);
    void setThemeIndex(int index);
    void setError(const QString &error);
    void refreshSummary();
    QList<std::optional<double>> ownValues() const;
    // The strongest or weakest themes for QML: per group of equal ratings its themes and one
    // sentence that names a tie as such.
    QVariantList rankEntries(const QList<SpiderChartData::RankGroup> &groups) const;
    QString limitText(const QString &text) const;
    const stadtlabor::Theme *currentTheme() const;

    CollectCheck m_collectCheck;
    QPointer<CatalogueStore> m_store;
    Saver m_saver;
    AverageSource m_averageSource;
    QString m_deviceId;
    QString m_language = QStringLiteral("de");
    QString m_defaultAreaId;
    QString m_interviewerId;
    QString m_groupId;
    QString m_sessionAreaId;

    CriteriaSet m_set;
    Step m_step = Start;
    QString m_error;
    AreaPicker *m_area;
    Demographics m_demographics;
    QList<Entry> m_entries;
    int m_themeIndex = 0;
    bool m_returnToSummary = false;
    ResultsRepository::Shown m_comparison;
};

// The instance made in main() is the QML singleton `Monitor`.
struct MonitorControllerForeign
{
    Q_GADGET
    QML_FOREIGN(stadtlabor::MonitorController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Monitor)

public:
    static MonitorController *create(QQmlEngine *, QJSEngine *);
    inline static MonitorController *instance = nullptr;
};

} // namespace stadtlabor
