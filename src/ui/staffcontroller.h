// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "areapicker.h"
#include "criteriaset.h"
#include "monitorresponse.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

#include <optional>

namespace stadtlabor {

class CatalogueStore;
class MonitorController;

// Street survey mode: an interviewer runs many StadtRaumMonitor interviews in a row for one
// area, optionally for a moderated group. This holds the session (who, which group, where,
// how many, the running per-theme sums for the session's average); the interviews themselves
// run through the MonitorController, which saves each response with the session's IDs and
// starts the next respondent at once. Nothing here is stored: every response is saved (and
// later synced) by the monitor like any other, so the session works offline.
class StaffController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY stepChanged)

    // The setup form: what is typed, checked while typing.
    Q_PROPERTY(QString interviewerInput READ interviewerInput WRITE setInterviewerInput NOTIFY draftChanged)
    Q_PROPERTY(QString groupInput READ groupInput WRITE setGroupInput NOTIFY draftChanged)
    Q_PROPERTY(QString interviewerError READ interviewerError NOTIFY draftChanged)
    Q_PROPERTY(QString groupError READ groupError NOTIFY draftChanged)
    Q_PROPERTY(QString areaError READ areaError NOTIFY draftChanged)
    Q_PROPERTY(stadtlabor::AreaPicker *area READ area CONSTANT)
    Q_PROPERTY(int maxIdLength READ maxIdLength CONSTANT)

    // The session under way or just ended.
    Q_PROPERTY(QString interviewerId READ interviewerId NOTIFY sessionChanged)
    Q_PROPERTY(QString groupId READ groupId NOTIFY sessionChanged)
    Q_PROPERTY(QString areaId READ areaId NOTIFY sessionChanged)
    Q_PROPERTY(QString areaName READ areaName NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY summaryChanged)

    // The session's average, shaped like MonitorController's summary chart.
    Q_PROPERTY(QStringList themeLabels READ themeLabels NOTIFY summaryChanged)
    Q_PROPERTY(int scaleMin READ scaleMin NOTIFY summaryChanged)
    Q_PROPERTY(int scaleMax READ scaleMax NOTIFY summaryChanged)
    Q_PROPERTY(QString minLabel READ minLabel NOTIFY summaryChanged)
    Q_PROPERTY(QString maxLabel READ maxLabel NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList averageSegments READ averageSegments NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList averagePoints READ averagePoints NOTIFY summaryChanged)
    // One entry per theme: index, label, count (scores given), mean (a number, or undefined
    // when nobody rated it) and meanText (the mean as this language writes it, or "–").
    Q_PROPERTY(QVariantList themeMeans READ themeMeans NOTIFY summaryChanged)

public:
    enum Step { Setup, Interviewing, Summary };
    Q_ENUM(Step)

    StaffController(CatalogueStore *store, MonitorController *monitor, QObject *parent = nullptr);
    ~StaffController() override;

    Step step() const { return m_step; }
    bool isActive() const { return m_step == Interviewing; }

    QString interviewerInput() const { return m_interviewerInput; }
    void setInterviewerInput(const QString &text);
    QString groupInput() const { return m_groupInput; }
    void setGroupInput(const QString &text);
    // The reasons for the form as it stands; a missing interviewer ID or area is reported only
    // after a first try to begin, so an empty form does not open with complaints.
    QString interviewerError() const;
    QString groupError() const;
    QString areaError() const;
    AreaPicker *area() const { return m_area; }
    static int maxIdLength() { return MonitorResponse::maxIdLength; }

    QString interviewerId() const { return m_interviewerId; }
    QString groupId() const { return m_groupId; }
    QString areaId() const { return m_areaId; }
    QString areaName() const;
    int count() const { return m_count; }

    QStringList themeLabels() const;
    int scaleMin() const { return m_set.scaleMin; }
    int scaleMax() const { return m_set.scaleMax; }
    QString minLabel() const { return m_set.minLabel.text(m_language); }
    QString maxLabel() const { return m_set.maxLabel.text(m_language); }
    QVariantList averageSegments() const;
    QVariantList averagePoints() const;
    QVariantList themeMeans() const;
    // The session's mean per theme in the set's order; empty where nobody gave a score.
    QList<std::optional<double>> averages() const;

    void setLanguage(const QString &language);

    // Empty when acceptable, else the reason in the screen's language. IDs are trimmed first;
    // the interviewer ID is required, the group ID optional; both 1 to maxIdLength letters,
    // digits, "-", "_" or ".".
    Q_INVOKABLE QString checkInterviewer(const QString &text) const;
    Q_INVOKABLE QString checkGroup(const QString &text) const;
    Q_INVOKABLE QString checkArea(const QString &areaId) const;

    // Starts a session and its first respondent; false (and nothing changes but the form's
    // reasons) when an ID or the area is not acceptable.
    Q_INVOKABLE bool begin(const QString &interviewer, const QString &group, const QString &areaId);
    // From the statistical districts back to the Stadtbezirke, on the setup form.
    Q_INVOKABLE bool areaBack() { return m_step == Setup && m_area->back(); }
    // begin() with what the setup form holds.
    Q_INVOKABLE bool beginFromForm();
    // Ends the session: the monitor is back to the visitor flow (an unsaved respondent's
    // answers go), the summary keeps the session's figures until close() or newSession().
    Q_INVOKABLE void end();
    // Clears everything, the form too.
    Q_INVOKABLE void close();
    // After a summary: a fresh setup, with the same interviewer and area filled in. The group
    // ID is not carried over: a new group must never inherit the last one's ID by accident.
    Q_INVOKABLE void newSession();

Q_SIGNALS:
    void stepChanged();
    void draftChanged();
    void sessionChanged();
    void summaryChanged();

private:
    void record(const MonitorResponse &response);
    void add(const MonitorResponse &response);
    void setStep(Step step);
    void clearFigures();
    void detachMonitor();
    QString checkId(const QString &text, bool required) const;

    QPointer<CatalogueStore> m_store;
    QPointer<MonitorController> m_monitor;
    QString m_language = QStringLiteral("de");
    AreaPicker *m_area;

    Step m_step = Setup;
    QString m_interviewerInput;
    QString m_groupInput;
    bool m_triedToBegin = false;

    QString m_interviewerId;
    QString m_groupId;
    QString m_areaId;
    CriteriaSet m_set; // the set the session started with, for labels and the chart's axes
    int m_count = 0;
    QHash<QString, int> m_scoreSums;   // theme id -> sum of the scores given
    QHash<QString, int> m_scoreCounts; // theme id -> how many gave a score
};

// The instance made in main() is the QML singleton `Staff`.
struct StaffControllerForeign
{
    Q_GADGET
    QML_FOREIGN(stadtlabor::StaffController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Staff)

public:
    static StaffController *create(QQmlEngine *, QJSEngine *);
    inline static StaffController *instance = nullptr;
};

} // namespace stadtlabor
