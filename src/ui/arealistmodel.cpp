// SPDX-License-Identifier: GPL-3.0-or-later
#include "arealistmodel.h"

namespace stadtlabor {

AreaListModel::AreaListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int AreaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AreaListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Area &a = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return a.id;
    case Qt::DisplayRole:
    case NameRole:
        return a.name.text(m_language);
    case KindRole:
        return Area::kindId(a.kind);
    case WholeRole:
        return index.row() == 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> AreaListModel::roleNames() const
{
    return {{IdRole, "areaId"}, {NameRole, "name"}, {KindRole, "kind"}, {WholeRole, "whole"}};
}

void AreaListModel::show(const QList<Area> &areas, const QString &parentId, const QString &language)
{
    beginResetModel();
    m_rows.clear();
    m_language = language;
    for (const Area &a : areas) {
        if (a.id == parentId)
            m_rows.prepend(a);
        else if (a.parentId == parentId && !parentId.isEmpty())
            m_rows.append(a);
    }
    endResetModel();
    Q_EMIT countChanged();
}

void AreaListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT countChanged();
}

QString AreaListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

} // namespace stadtlabor
