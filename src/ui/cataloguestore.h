// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

namespace stadtlabor {

// The catalogue in use, in memory, for the screens. Replaced as a whole when a new catalogue
// has been stored; models listen to changed().
class CatalogueStore : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString version READ version NOTIFY changed)
    Q_PROPERTY(int projectCount READ projectCount NOTIFY changed)
    Q_PROPERTY(QStringList statusIds READ statusIds CONSTANT)

public:
    explicit CatalogueStore(QObject *parent = nullptr);

    const Catalogue &catalogue() const { return m_catalogue; }
    void setCatalogue(const Catalogue &catalogue);

    QString version() const { return m_catalogue.version; }
    int projectCount() const { return static_cast<int>(m_catalogue.projects.size()); }
    QStringList statusIds() const;

    Q_INVOKABLE QString statusLabel(const QString &statusId, const QString &language) const;
    Q_INVOKABLE QString statusExplanation(const QString &statusId, const QString &language) const;
    // A project's texts in one language for the detail page; empty when the id is unknown.
    Q_INVOKABLE QVariantMap project(const QString &projectId, const QString &language) const;
    Q_INVOKABLE bool hasProject(const QString &projectId) const;

Q_SIGNALS:
    void changed();

private:
    Catalogue m_catalogue;
};

// Hands the instance made in main() to QML as the singleton `CatalogueStore`.
struct CatalogueStoreForeign
{
    Q_GADGET
    QML_FOREIGN(stadtlabor::CatalogueStore)
    QML_SINGLETON
    QML_NAMED_ELEMENT(CatalogueStore)

public:
    static CatalogueStore *create(QQmlEngine *, QJSEngine *);
    inline static CatalogueStore *instance = nullptr;
};

} // namespace stadtlabor
