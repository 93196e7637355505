// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorcontroller.h"

#include "cataloguestore.h"
#include "plaintext.h"
#include "spiderchartdata.h"

#include <QPointF>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace stadtlabor {

QVariantList MonitorController::chartSegments(const QList<std::optional<double>> &values)
{
    return SpiderChartData::toVariant(SpiderChartData::segments(values));
}

QVariantList MonitorController::chartPoints(const QList<std::optional<double>> &values)
{
    return SpiderChartData::pointsVariant(values);
}

MonitorController::MonitorController(CatalogueStore *store, Saver saver, AverageSource averages, QString deviceId,
                                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_saver(std::move(saver))
    , m_averageSource(std::move(averages))
    , m_deviceId(std::move(deviceId))
    , m_area(new AreaPicker(store, this))
{
    if (m_store)
        connect(m_store, &CatalogueStore::changed, this, &MonitorController::loadSet);
    connect(m_area, &AreaPicker::changed, this, &MonitorController::areaChanged);
    for (auto signal : {&MonitorController::answerChanged, &MonitorController::demographicsChanged,
                        &MonitorController::stepChanged})
        connect(this, signal, this, &MonitorController::hasAnswersChanged);
    loadSet();
}

MonitorController::~MonitorController() = default;

void MonitorController::loadSet()
{
    // A new catalogue never changes a flow under way: the person finishes with the set they
    // started with. It takes effect at the next start.
    if (m_step != Start && m_step != Done)
        return;
    m_set = m_store ? m_store->catalogue().criteriaSet : CriteriaSet();
    m_entries = QList<Entry>(m_set.themes.size());
    Q_EMIT setChanged();
    Q_EMIT textsChanged();
}

void MonitorController::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    m_area->setLanguage(language);
    Q_EMIT textsChanged();
    Q_EMIT themeChanged();
    Q_EMIT areaChanged();
    Q_EMIT summaryChanged();
}

void MonitorController::setInterviewer(const QString &interviewerId, const QString &groupId)
{
    // One line, spaces collapsed before the limit, so "a   b" never loses its "b".
    m_interviewerId = PlainText::clean(interviewerId.simplified(), MonitorResponse::maxIdLength);
    m_groupId = PlainText::clean(groupId.simplified(), MonitorResponse::maxIdLength);
}

void MonitorController::setStep(Step step)
{
    m_area->setEnabled(step == ChooseArea);
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stepChanged();
}

void MonitorController::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void MonitorController::setThemeIndex(int index)
{
    m_themeIndex = std::clamp(index, 0, std::max(0, themeCount() - 1));
    Q_EMIT themeChanged();
    Q_EMIT answerChanged();
}

void MonitorController::setAgeBand(const QString &band)
{
    if (m_step != AboutYou || (!band.isEmpty() && !Demographics::ageBands().contains(band)))
        return;
    // Tapping the chosen band again takes the answer back.
    m_demographics.ageBand = band == m_demographics.ageBand ? QString() : band;
    Q_EMIT demographicsChanged();
}

void MonitorController::setGender(const QString &gender)
{
    if (m_step != AboutYou || (!gender.isEmpty() && !Demographics::genders().contains(gender)))
        return;
    m_demographics.gender = gender == m_demographics.gender ? QString() : gender;
    Q_EMIT demographicsChanged();
}

void MonitorController::toggleRelation(const QString &relation)
{
    if (m_step != AboutYou || !Demographics::relationIds().contains(relation))
        return;
    QStringList next;
    // Kept in the canonical order, whatever order they were tapped in.
    for (const QString &r : Demographics::relationIds()) {
        const bool on = m_demographics.relations.contains(r);
        if (r == relation ? !on : on)
            next.append(r);
    }
    m_demographics.relations = next;
    Q_EMIT demographicsChanged();
}

const stadtlabor::Theme *MonitorController::currentTheme() const
{
    return m_themeIndex >= 0 && m_themeIndex < m_set.themes.size() ? &m_set.themes.at(m_themeIndex) : nullptr;
}

QString MonitorController::themeGroup() const
{
    const stadtlabor::Theme *t = currentTheme();
    if (!t)
        return {};
    for (const ThemeGroup &g : m_set.groups) {
        if (g.id == t->groupId)
            return g.label.text(m_language);
    }
    return {};
}

QString MonitorController::themeLabel() const
{
    const stadtlabor::Theme *t = currentTheme();
    return t ? t->label.text(m_language) : QString();
}

QString MonitorController::themeQuestion() const
{
    const stadtlabor::Theme *t = currentTheme();
    return t ? t->question.text(m_language) : QString();
}

QStringList MonitorController::themePrompts() const
{
    QStringList prompts;
    if (const stadtlabor::Theme *t = currentTheme()) {
        for (const LocalizedText &p : t->prompts)
            prompts.append(p.text(m_language));
    }
    return prompts;
}

int MonitorController::score() const
{
    if (m_themeIndex >= m_entries.size())
        return -1;
    const Entry &e = m_entries.at(m_themeIndex);
    return e.state == Answer::Score ? e.score : -1;
}

bool MonitorController::noAnswer() const
{
    return m_themeIndex < m_entries.size() && m_entries.at(m_themeIndex).state == Answer::NoAnswer;
}

QString MonitorController::good() const
{
    return m_themeIndex < m_entries.size() ? m_entries.at(m_themeIndex).good : QString();
}

QString MonitorController::better() const
{
    return m_themeIndex < m_entries.size() ? m_entries.at(m_themeIndex).better : QString();
}

QString MonitorController::limitText(const QString &text) const
{
    // While typing, only what can never be stored goes (control and invisible characters,
    // text beyond the limit); trimming waits for the response, or a space typed between
    // words would vanish.
    return PlainText::truncated(PlainText::strip(text), m_set.textMaxLength);
}

void MonitorController::setGood(const QString &text)
{
    if (m_step != Rating || m_themeIndex >= m_entries.size())
        return;
    m_entries[m_themeIndex].good = limitText(text);
    Q_EMIT answerChanged(); // also when the text was cut, so the field shows what is kept
}

void MonitorController::setBetter(const QString &text)
{
    if (m_step != Rating || m_themeIndex >= m_entries.size())
        return;
    m_entries[m_themeIndex].better = limitText(text);
    Q_EMIT answerChanged();
}

void MonitorController::setScore(int value)
{
    if (m_step != Rating || value < m_set.scaleMin || value > m_set.scaleMax)
        return;
    m_entries[m_themeIndex].state = Answer::Score;
    m_entries[m_themeIndex].score = value;
    Q_EMIT answerChanged();
}

void MonitorController::setNoAnswer()
{
    if (m_step != Rating)
        return;
    m_entries[m_themeIndex].state = Answer::NoAnswer;
    Q_EMIT answerChanged();
}

int MonitorController::textLength(const QString &text)
{
    return PlainText::length(text);
}

void MonitorController::start()
{
    // Back at the start with answers given (the person walked back through the steps): on
    // again with every answer kept. Otherwise a new response.
    if (m_step == Start && hasAnswers() && isAvailable()) {
        setStep(ChooseArea);
        return;
    }
    reset();
    if (!isAvailable()) {
        setError(tr("The StadtRaumMonitor has no themes in this catalogue."));
        return;
    }
    // In a staff session the area is the session's: straight to the respondent's first
    // question. (Should the area have left the catalogue, it is asked for as usual.)
    if (!m_sessionAreaId.isEmpty()) {
        m_area->preselect(m_sessionAreaId);
        if (areaId() == m_sessionAreaId) {
            setStep(AboutYou);
            return;
        }
    }
    // A device set up for one area starts there; the visitor can still choose another.
    m_area->preselect(m_defaultAreaId);
    setStep(ChooseArea);
}

void MonitorController::chooseDistrict(const QString &districtId)
{
    if (m_step == ChooseArea && m_area->chooseDistrict(districtId))
        setStep(AboutYou);
}

void MonitorController::chooseArea(const QString &areaId)
{
    if (m_step == ChooseArea && m_area->chooseArea(areaId))
        setStep(AboutYou);
}

void MonitorController::skipAboutYou()
{
    if (m_step != AboutYou)
        return;
    m_demographics = Demographics();
    Q_EMIT demographicsChanged();
    setThemeIndex(0);
    setStep(Rating);
}

void MonitorController::next()
{
    setError(QString());
    switch (m_step) {
    case Start:
        start();
        break;
    case ChooseArea:
        if (!areaId().isEmpty())
            setStep(AboutYou);
        break;
    case AboutYou:
        setThemeIndex(0);
        setStep(Rating);
        break;
    case Rating:
        // Moving on without choosing counts as "no answer": the person may skip any theme,
        // and sees it marked so on coming back.
        if (m_entries[m_themeIndex].state == Answer::Unanswered) {
            m_entries[m_themeIndex].state = Answer::NoAnswer;
            Q_EMIT answerChanged();
        }
        if (m_returnToSummary || m_themeIndex + 1 >= themeCount()) {
            m_returnToSummary = false;
            refreshSummary();
            setStep(Summary);
            Q_EMIT themeChanged();
        } else {
            setThemeIndex(m_themeIndex + 1);
        }
        break;
    case Summary:
        submit();
        break;
    case Done:
        reset();
        break;
    }
}

bool MonitorController::back()
{
    setError(QString());
    switch (m_step) {
    case Start:
        return false;
    case ChooseArea:
        if (!m_area->back())
            setStep(Start);
        return true;
    case AboutYou:
        // A staff session's respondent starts here: the area is not theirs to change.
        if (!m_sessionAreaId.isEmpty() && areaId() == m_sessionAreaId)
            return false;
        setStep(ChooseArea);
        return true;
    case Rating:
        if (m_returnToSummary) {
            m_returnToSummary = false;
            refreshSummary();
            setStep(Summary);
            Q_EMIT themeChanged();
        } else if (m_themeIndex == 0) {
            setStep(AboutYou);
        } else {
            setThemeIndex(m_themeIndex - 1);
        }
        return true;
    case Summary:
        setThemeIndex(themeCount() - 1);
        setStep(Rating);
        return true;
    case Done:
        return false;
    }
    return false;
}

void MonitorController::editTheme(int index)
{
    if (m_step != Summary || index < 0 || index >= themeCount())
        return;
    setError(QString());
    m_returnToSummary = true;
    setThemeIndex(index);
    setStep(Rating);
}

MonitorResponse MonitorController::response() const
{
    MonitorResponse r;
    r.criteriaSetId = m_set.id;
    r.criteriaSetVersion = m_set.version;
    r.deviceId = m_deviceId;
    r.areaId = areaId();
    r.demographics = m_demographics;
    r.groupId = m_groupId;
    r.interviewerId = m_interviewerId;
    for (int i = 0; i < m_set.themes.size(); ++i) {
        const Entry &e = m_entries.value(i);
        ThemeAnswer a;
        a.themeId = m_set.themes.at(i).id;
        if (e.state == Answer::Score)
            a.score = e.score;
        a.good = PlainText::clean(e.good, m_set.textMaxLength);
        a.better = PlainText::clean(e.better, m_set.textMaxLength);
        r.answers.append(a);
    }
    return r;
}

bool MonitorController::submit()
{
    if (m_step != Summary)
        return false;
    // The terminal's may-collect rule (PIN, opening hours, module): nothing is saved against it.
    if (const QString refusal = m_collectCheck ? m_collectCheck() : QString(); !refusal.isEmpty()) {
        setError(refusal);
        return false;
    }
    MonitorResponse r = response();
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.createdAt = QDateTime::currentDateTimeUtc();
    const QStringList problems = r.validate(m_set);
    QString error;
    if (!problems.isEmpty())
        error = problems.join(QStringLiteral("; "));
    else if (!m_saver || !m_saver(r, &error)) {
        if (error.isEmpty())
            error = QStringLiteral("no storage");
    } else {
        // Saved durably: now, and only now, forget everything the person entered.
        Q_EMIT responseSaved(r);
        reset();
        if (!m_sessionAreaId.isEmpty()) {
            // Street survey: the interviewer hands the device to the next respondent.
            Q_EMIT submitted(r.uuid);
            start();
            return true;
        }
        setStep(Done);
        Q_EMIT submitted(r.uuid);
        return true;
    }
    // The answers stay, so the person can try again or ask for help.
    setError(tr("Your answers could not be saved. Please try again or ask the staff. (%1)").arg(error));
    return false;
}

bool MonitorController::hasAnswers() const
{
    // Once saved (the thank-you) nothing is lost any more; an area alone is quickly chosen again.
    if (m_step == Done)
        return false;
    if (!m_demographics.isEmpty())
        return true;
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) {
        return e.state != Answer::Unanswered || !e.good.isEmpty() || !e.better.isEmpty();
    });
}

void MonitorController::reset()
{
    m_area->clear();
    m_demographics = Demographics();
    m_returnToSummary = false;
    m_comparison = ResultsRepository::Shown();
    m_themeIndex = 0;
    m_step = Start; // so that loadSet() picks up a catalogue replaced during the flow
    m_area->setEnabled(false);
    loadSet();
    setError(QString());
    Q_EMIT stepChanged();
    Q_EMIT areaChanged();
    Q_EMIT demographicsChanged();
    Q_EMIT themeChanged();
    Q_EMIT answerChanged();
    Q_EMIT summaryChanged();
}

QList<std::optional<double>> MonitorController::ownValues() const
{
    QList<std::optional<double>> values;
    for (const Entry &e : m_entries)
        values.append(e.state == Answer::Score ? std::optional<double>(e.score) : std::nullopt);
    return values;
}

void MonitorController::refreshSummary()
{
    m_comparison = m_averageSource && !areaId().isEmpty()
        ? m_averageSource(areaId(), m_set.id, m_set.version, minResponses())
        : ResultsRepository::Shown();
    Q_EMIT summaryChanged();
}

int MonitorController::minResponses() const
{
    return m_store ? m_store->catalogue().minResponses : Catalogue::defaultMinResponses;
}

QStringList MonitorController::themeLabels() const
{
    QStringList labels;
    for (const stadtlabor::Theme &t : m_set.themes)
        labels.append(t.label.text(m_language));
    return labels;
}

QVariantList MonitorController::ownSegments() const
{
    return chartSegments(ownValues());
}

QVariantList MonitorController::ownPoints() const
{
    return chartPoints(ownValues());
}

QVariantList MonitorController::averageSegments() const
{
    QList<std::optional<double>> values;
    for (const stadtlabor::Theme &t : m_set.themes)
        values.append(m_comparison.means.contains(t.id) ? std::optional<double>(m_comparison.means.value(t.id)) : std::nullopt);
    return hasComparison() ? chartSegments(values) : QVariantList();
}

QVariantList MonitorController::averagePoints() const
{
    QList<std::optional<double>> values;
    for (const stadtlabor::Theme &t : m_set.themes)
        values.append(m_comparison.means.contains(t.id) ? std::optional<double>(m_comparison.means.value(t.id)) : std::nullopt);
    return hasComparison() ? chartPoints(values) : QVariantList();
}

QVariantList MonitorController::rankEntries(const QList<SpiderChartData::RankGroup> &groups) const
{
    QVariantList list;
    const QStringList labels = themeLabels();
    for (const SpiderChartData::RankGroup &g : groups) {
        QVariantList indices;
        QStringList names;
        for (int i : g.axes) {
            indices.append(i);
            names.append(labels.value(i));
        }
        const int score = qRound(g.value);
        const QString text = g.axes.size() == 1
            ? tr("%1 (%2)", "a theme and its rating").arg(names.constFirst(), QString::number(score))
            // Semicolons, since theme names hold "and" and commas themselves.
            : tr("Equally rated (%1 each): %2").arg(QString::number(score), names.join(tr("; ", "between tied themes")));
        list.append(QVariantMap{{QStringLiteral("index"), g.axes.constFirst()},
                                {QStringLiteral("indices"), indices},
                                {QStringLiteral("label"), names.constFirst()},
                                {QStringLiteral("labels"), names},
                                {QStringLiteral("score"), score},
                                {QStringLiteral("text"), text}});
    }
    return list;
}

QVariantList MonitorController::strongest() const
{
    return rankEntries(SpiderChartData::extremes(ownValues(), 3).strongest);
}

QVariantList MonitorController::weakest() const
{
    return rankEntries(SpiderChartData::extremes(ownValues(), 3).weakest);
}

QString MonitorController::extremesNote() const
{
    const SpiderChartData::Extremes e = SpiderChartData::extremes(ownValues(), 3);
    if (!e.allEqual)
        return QString();
    if (e.answered == 1)
        return tr("You rated one theme only, so none stands out as the strongest or the weakest.");
    return tr("You gave every theme you rated the same rating (%1), so none stands out as the strongest or the weakest.")
        .arg(qRound(e.commonValue));
}

int MonitorController::answeredCount() const
{
    return static_cast<int>(std::count_if(m_entries.cbegin(), m_entries.cend(),
                                          [](const Entry &e) { return e.state == Answer::Score; }));
}

MonitorController *MonitorControllerForeign::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(instance, "Monitor", "main() must create the StadtRaumMonitor controller before QML uses it");
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

} // namespace stadtlabor
