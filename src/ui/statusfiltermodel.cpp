// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusfiltermodel.h"

namespace stadtlabor {

StatusFilterModel::StatusFilterModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int StatusFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant StatusFilterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case StatusRole:
        return e.status;
    case Qt::DisplayRole:
    case LabelRole:
        return e.label;
    case CountRole:
        return e.count;
    case SelectedRole:
        return e.selected;
    default:
        return {};
    }
}

QHash<int, QByteArray> StatusFilterModel::roleNames() const
{
    return {{StatusRole, "status"}, {LabelRole, "label"}, {CountRole, "count"}, {SelectedRole, "selected"}};
}

int StatusFilterModel::countFor(const QString &status) const
{
    for (const Entry &e : m_entries) {
        if (e.status == status)
            return e.count;
    }
    return 0;
}

void StatusFilterModel::setEntries(const QList<Entry> &entries)
{
    bool sameShape = entries.size() == m_entries.size();
    for (int i = 0; sameShape && i < entries.size(); ++i)
        sameShape = entries.at(i).status == m_entries.at(i).status;
    if (!sameShape) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
        return;
    }
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &n = entries.at(i);
        Entry &o = m_entries[i];
        if (n.label == o.label && n.count == o.count && n.selected == o.selected)
            continue;
        o = n;
        const QModelIndex idx = index(i);
        Q_EMIT dataChanged(idx, idx, {LabelRole, Qt::DisplayRole, CountRole, SelectedRole});
    }
}

} // namespace stadtlabor
