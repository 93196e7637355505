// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectlistmodel.h"

#include "cataloguestore.h"
#include "dateformat.h"
#include "projectstatus.h"
#include "statusfiltermodel.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace stadtlabor {

ProjectListModel::ProjectListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_statusFilters(new StatusFilterModel(this))
{
}

ProjectListModel::~ProjectListModel() = default;

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_store)
        return {};
    const Project *p = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return p->id;
    case Qt::DisplayRole:
    case TitleRole:
        return p->title.text(m_language);
    case SummaryRole:
        return p->summary.text(m_language);
    case StatusRole:
        return p->status;
    case StatusLabelRole:
        return m_store->statusLabel(p->status, m_language);
    case ImageRole:
        return p->image;
    case LinkUrlRole:
        return p->linkUrl;
    case UpdatedAtRole:
        return readableDate(p->updatedAt, m_language);
    default:
        return {};
    }
}

QHash<int, QByteArray> ProjectListModel::roleNames() const
{
    return {
        {IdRole, "projectId"},
        {TitleRole, "title"},
        {SummaryRole, "summary"},
        {StatusRole, "status"},
        {StatusLabelRole, "statusLabel"},
        {ImageRole, "image"},
        {LinkUrlRole, "linkUrl"},
        {UpdatedAtRole, "updatedAt"},
    };
}

void ProjectListModel::setStore(CatalogueStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &CatalogueStore::changed, this, &ProjectListModel::rebuild);
    Q_EMIT storeChanged();
    rebuild();
}

void ProjectListModel::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
    rebuild();
}

void ProjectListModel::setStatusFilter(const QString &status)
{
    if (m_statusFilter == status)
        return;
    m_statusFilter = status;
    Q_EMIT statusFilterChanged();
    rebuild();
}

void ProjectListModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    Q_EMIT searchTextChanged();
    rebuild();
}

void ProjectListModel::setSortOrder(SortOrder order)
{
    if (m_sortOrder == order)
        return;
    m_sortOrder = order;
    Q_EMIT sortOrderChanged();
    rebuild();
}

int ProjectListModel::totalCount() const
{
    return m_store ? m_store->projectCount() : 0;
}

void ProjectListModel::resetFilters()
{
    setSearchText(QString());
    setStatusFilter(QString());
    setSortOrder(CatalogueOrder);
}

QString ProjectListModel::projectId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row)->id : QString();
}

QVariantMap ProjectListModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_rows.size())
        return map;
    const QModelIndex at = index(row);
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(at, it.key()));
    return map;
}

bool ProjectListModel::matchesSearch(const Project &project) const
{
    // Every word must appear somewhere, in any language and any order: "fonds bochum" finds
    // "Bochum Fonds", and a German word finds a project while the screen is in English.
    const QStringList words = m_searchText.simplified().split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
        return project.title.contains(w) || project.summary.contains(w) || project.body.contains(w);
    });
}

void ProjectListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();

    QList<StatusFilterModel::Entry> chips;
    if (m_store) {
        const Catalogue &c = m_store->catalogue();
        QHash<QString, int> perStatus;
        int matching = 0;
        for (const Project &p : c.projects) {
            if (!matchesSearch(p))
                continue;
            ++matching;
            ++perStatus[p.status];
            if (m_statusFilter.isEmpty() || p.status == m_statusFilter)
                m_rows.append(&p);
        }

        QCollator collator{QLocale(m_language)};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const auto byTitle = [&](const Project *a, const Project *b) {
            return collator.compare(a->title.text(m_language), b->title.text(m_language)) < 0;
        };
        switch (m_sortOrder) {
        case CatalogueOrder:
            break;
        case TitleOrder:
            std::stable_sort(m_rows.begin(), m_rows.end(), byTitle);
            break;
        case StatusOrder:
            std::stable_sort(m_rows.begin(), m_rows.end(), [](const Project *a, const Project *b) {
                return ProjectStatuses::order(a->status) < ProjectStatuses::order(b->status);
            });
            break;
        case UpdatedOrder:
            std::stable_sort(m_rows.begin(), m_rows.end(), [](const Project *a, const Project *b) {
                return a->updatedAt > b->updatedAt;
            });
            break;
        }

        chips.append({QString(), QString(), matching, m_statusFilter.isEmpty()});
        for (const StatusInfo &s : c.statuses)
            chips.append({s.id, s.label.text(m_language), perStatus.value(s.id), m_statusFilter == s.id});
    }
    endResetModel();
    m_statusFilters->setEntries(chips);
    Q_EMIT countChanged(); // totalCount may change with the store even when count does not
}

} // namespace stadtlabor
