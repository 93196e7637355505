// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffcontroller.h"

#include "cataloguestore.h"
#include "monitorcontroller.h"

#include <QLocale>

#include <algorithm>
#include <iterator>

namespace stadtlabor {

namespace {

// What an ID is compared as: surrounding spaces gone (a physical keyboard's stray space),
// composed characters, so an "ü" typed as u + dieresis is one letter.
QString normalisedId(const QString &text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C);
}

bool isIdCharacter(char32_t c)
{
    return QChar::isLetter(c) || QChar::isDigit(c) || c == U'-' || c == U'_' || c == U'.';
}

} // namespace

StaffController::StaffController(CatalogueStore *store, MonitorController *monitor, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_monitor(monitor)
    , m_area(new AreaPicker(store, this))
{
    m_area->setEnabled(true);
    connect(m_area, &AreaPicker::changed, this, &StaffController::draftChanged);
    if (m_monitor)
        connect(m_monitor, &MonitorController::responseSaved, this, &StaffController::record);
    if (m_store)
        connect(m_store, &CatalogueStore::changed, this, &StaffController::sessionChanged);
}

StaffController::~StaffController()
{
    detachMonitor();
}

void StaffController::setStep(Step step)
{
    // The area is chosen only on the setup form.
    m_area->setEnabled(step == Setup);
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stepChanged();
}

void StaffController::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    m_area->setLanguage(language);
    // The reasons and labels are translated when read; the screen reads them again.
    Q_EMIT draftChanged();
    Q_EMIT sessionChanged();
    Q_EMIT summaryChanged();
}

void StaffController::setInterviewerInput(const QString &text)
{
    if (m_interviewerInput == text)
        return;
    m_interviewerInput = text;
    Q_EMIT draftChanged();
}

void StaffController::setGroupInput(const QString &text)
{
    if (m_groupInput == text)
        return;
    m_groupInput = text;
    Q_EMIT draftChanged();
}

QString StaffController::checkId(const QString &text, bool required) const
{
    const QString id = normalisedId(text);
    if (id.isEmpty())
        return required ? tr("Enter your interviewer ID.") : QString();
    if (id.size() > MonitorResponse::maxIdLength)
        return tr("At most %1 characters.").arg(MonitorResponse::maxIdLength);
    for (const char32_t c : id.toUcs4()) {
        if (!isIdCharacter(c))
            return tr("Only letters, digits and the characters - _ . are allowed (no spaces).");
    }
    return {};
}

QString StaffController::checkInterviewer(const QString &text) const
{
    return checkId(text, true);
}

QString StaffController::checkGroup(const QString &text) const
{
    return checkId(text, false);
}

QString StaffController::checkArea(const QString &areaId) const
{
    if (areaId.isEmpty())
        return tr("Choose the area of this session.");
    if (!m_store || !m_store->catalogue().area(areaId))
        return tr("This area is not in the catalogue.");
    return {};
}

QString StaffController::interviewerError() const
{
    if (!m_triedToBegin && m_interviewerInput.trimmed().isEmpty())
        return {};
    return checkInterviewer(m_interviewerInput);
}

QString StaffController::groupError() const
{
    return checkGroup(m_groupInput);
}

QString StaffController::areaError() const
{
    return m_triedToBegin ? checkArea(m_area->areaId()) : QString();
}

QString StaffController::areaName() const
{
    const Area *area = m_store ? m_store->catalogue().area(m_areaId) : nullptr;
    return area ? area->name.text(m_language) : QString();
}

bool StaffController::begin(const QString &interviewer, const QString &group, const QString &areaId)
{
    if (m_step == Interviewing || !m_monitor || !m_store)
        return false;
    if (!checkInterviewer(interviewer).isEmpty() || !checkGroup(group).isEmpty() || !checkArea(areaId).isEmpty()) {
        m_triedToBegin = true;
        Q_EMIT draftChanged();
        return false;
    }
    clearFigures();
    m_interviewerId = normalisedId(interviewer);
    m_groupId = normalisedId(group);
    m_areaId = areaId;
    m_set = m_store->catalogue().criteriaSet;
    m_triedToBegin = false;
    m_monitor->setInterviewer(m_interviewerId, m_groupId);
    m_monitor->setSessionArea(m_areaId);
    m_monitor->start();
    setStep(Interviewing);
    Q_EMIT draftChanged();
    Q_EMIT sessionChanged();
    Q_EMIT summaryChanged();
    return true;
}

bool StaffController::beginFromForm()
{
    return begin(m_interviewerInput, m_groupInput, m_area->areaId());
}

void StaffController::record(const MonitorResponse &response)
{
    // While a session runs the monitor serves only its interviews (with its IDs); outside one
    // it serves visitors, who are not counted.
    if (m_step != Interviewing)
        return;
    add(response);
    Q_EMIT summaryChanged();
}

void StaffController::add(const MonitorResponse &response)
{
    ++m_count;
    for (const ThemeAnswer &a : response.answers) {
        if (!a.score)
            continue;
        m_scoreSums[a.themeId] += *a.score;
        ++m_scoreCounts[a.themeId];
    }
}

void StaffController::detachMonitor()
{
    if (!m_monitor || m_monitor->sessionAreaId().isEmpty())
        return;
    m_monitor->setSessionArea(QString());
    m_monitor->setInterviewer(QString(), QString());
    m_monitor->reset();
}

void StaffController::end()
{
    if (m_step != Interviewing)
        return;
    detachMonitor();
    setStep(Summary);
}

void StaffController::clearFigures()
{
    m_interviewerId.clear();
    m_groupId.clear();
    m_areaId.clear();
    m_set = CriteriaSet();
    m_count = 0;
    m_scoreSums.clear();
    m_scoreCounts.clear();
}

void StaffController::close()
{
    detachMonitor();
    clearFigures();
    m_interviewerInput.clear();
    m_groupInput.clear();
    m_triedToBegin = false;
    m_area->clear();
    setStep(Setup);
    Q_EMIT draftChanged();
    Q_EMIT sessionChanged();
    Q_EMIT summaryChanged();
}

void StaffController::newSession()
{
    const QString interviewer = m_interviewerId;
    const QString area = m_areaId;
    close();
    m_interviewerInput = interviewer;
    m_area->preselect(area);
    Q_EMIT draftChanged();
}

QStringList StaffController::themeLabels() const
{
    QStringList labels;
    for (const stadtlabor::Theme &t : m_set.themes)
        labels.append(t.label.text(m_language));
    return labels;
}

QList<std::optional<double>> StaffController::averages() const
{
    QList<std::optional<double>> values;
    for (const stadtlabor::Theme &t : m_set.themes) {
        const int n = m_scoreCounts.value(t.id);
        values.append(n > 0 ? std::optional<double>(double(m_scoreSums.value(t.id)) / n) : std::nullopt);
    }
    return values;
}

QVariantList StaffController::averageSegments() const
{
    return MonitorController::chartSegments(averages());
}

QVariantList StaffController::averagePoints() const
{
    return MonitorController::chartPoints(averages());
}

QVariantList StaffController::themeMeans() const
{
    QVariantList list;
    const QList<std::optional<double>> means = averages();
    const QLocale locale(m_language);
    for (int i = 0; i < m_set.themes.size(); ++i) {
        QVariantMap entry{{QStringLiteral("index"), i},
                          {QStringLiteral("label"), m_set.themes.at(i).label.text(m_language)},
                          {QStringLiteral("count"), m_scoreCounts.value(m_set.themes.at(i).id)},
                          {QStringLiteral("meanText"), QStringLiteral("\u2013")}};
        if (means.at(i)) {
            entry.insert(QStringLiteral("mean"), *means.at(i));
            entry.insert(QStringLiteral("meanText"), locale.toString(*means.at(i), 'f', 1));
        }
        list.append(entry);
    }
    return list;
}

StaffController *StaffControllerForeign::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(instance, "Staff", "main() must create the staff controller before QML uses it");
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

} // namespace stadtlabor
