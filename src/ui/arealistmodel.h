// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "area.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace stadtlabor {

// One level of the area picker: either the city and its Stadtbezirke, or one Stadtbezirk and
// its statistical districts. The first row is always the whole of the parent.
class AreaListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the StadtRaumMonitor controller")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,   // "city", "district", "statistical_district"
        WholeRole,  // true for the first row: the whole city or the whole Stadtbezirk
    };
    Q_ENUM(Role)

    explicit AreaListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows `parentId` and its children from `areas`, names in `language`.
    void show(const QList<Area> &areas, const QString &parentId, const QString &language);
    void clear();
    QString idAt(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<Area> m_rows;
    QString m_language;
};

} // namespace stadtlabor
