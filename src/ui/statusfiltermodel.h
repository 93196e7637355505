// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

namespace stadtlabor {

// The status chips above the project grid: "all" first, then the five statuses, each with the
// number of projects it would show for the current search.
class StatusFilterModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ProjectListModel.statusFilters")

public:
    enum Role {
        StatusRole = Qt::UserRole + 1, // empty for "all"
        LabelRole,
        CountRole,
        SelectedRole,
    };
    Q_ENUM(Role)

    struct Entry
    {
        QString status;
        QString label;
        int count = 0;
        bool selected = false;
    };

    explicit StatusFilterModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int countFor(const QString &status) const;

    // Updates in place when the set of statuses is unchanged, so chips keep their state.
    void setEntries(const QList<Entry> &entries);

private:
    QList<Entry> m_entries;
};

} // namespace stadtlabor
