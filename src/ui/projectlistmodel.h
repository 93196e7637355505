// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cataloguestore.h"
#include "statusfiltermodel.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace stadtlabor {

// The projects a visitor sees: filtered by status and free text, sorted, in one language.
class ProjectListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(stadtlabor::CatalogueStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY statusFilterChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY sortOrderChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(stadtlabor::StatusFilterModel *statusFilters READ statusFilters CONSTANT)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        StatusRole,
        StatusLabelRole,
        ImageRole,
        LinkUrlRole,
        UpdatedAtRole,
    };
    Q_ENUM(Role)

    enum SortOrder {
        CatalogueOrder, // as the city lists them
        TitleOrder,
        StatusOrder,    // the programme's order, idea stage first
        UpdatedOrder,   // most recently changed first
    };
    Q_ENUM(SortOrder)

    explicit ProjectListModel(QObject *parent = nullptr);
    ~ProjectListModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    CatalogueStore *store() const { return m_store; }
    void setStore(CatalogueStore *store);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString statusFilter() const { return m_statusFilter; }
    void setStatusFilter(const QString &status);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    SortOrder sortOrder() const { return m_sortOrder; }
    void setSortOrder(SortOrder order);
    int count() const { return static_cast<int>(m_rows.size()); }
    int totalCount() const;
    StatusFilterModel *statusFilters() const { return m_statusFilters; }

    Q_INVOKABLE void resetFilters();
    Q_INVOKABLE QString projectId(int row) const;
    // Every role of one row by its QML name (for a view that shows one project at a time).
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void storeChanged();
    void languageChanged();
    void statusFilterChanged();
    void searchTextChanged();
    void sortOrderChanged();
    void countChanged();

private:
    void rebuild();
    bool matchesSearch(const Project &project) const;

    QPointer<CatalogueStore> m_store;
    QString m_language = QStringLiteral("de");
    QString m_statusFilter;
    QString m_searchText;
    SortOrder m_sortOrder = CatalogueOrder;
    QList<const Project *> m_rows;
    StatusFilterModel *m_statusFilters;
};

} // namespace stadtlabor
