// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "arealistmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace stadtlabor {

class CatalogueStore;

// Choosing an area by touch in two levels: the whole city or a Stadtbezirk, then the whole
// Stadtbezirk or one of its statistical districts. Shared by every flow that asks "where".
class AreaPicker : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the flow controllers")
    Q_PROPERTY(stadtlabor::AreaListModel *districts READ districts CONSTANT)
    Q_PROPERTY(stadtlabor::AreaListModel *statisticalDistricts READ statisticalDistricts CONSTANT)
    Q_PROPERTY(QString district READ district NOTIFY changed)
    Q_PROPERTY(QString districtName READ districtName NOTIFY changed)
    Q_PROPERTY(QString areaId READ areaId NOTIFY changed)
    Q_PROPERTY(QString areaName READ areaName NOTIFY changed)
    Q_PROPERTY(bool enabled READ isEnabled NOTIFY enabledChanged)

public:
    explicit AreaPicker(CatalogueStore *store, QObject *parent = nullptr);

    AreaListModel *districts() const { return m_districts; }
    AreaListModel *statisticalDistricts() const { return m_statisticalDistricts; }
    QString district() const { return m_district; }
    QString districtName() const;
    QString areaId() const { return m_areaId; }
    QString areaName() const;

    // The flow decides when choosing is allowed (only on its area step).
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    void setLanguage(const QString &language);

    // Returns true when the choice is complete (an area, not only a Stadtbezirk, is chosen).
    Q_INVOKABLE bool chooseDistrict(const QString &districtId);
    Q_INVOKABLE bool chooseArea(const QString &areaId);
    // Back from the second level to the first; false when already on the first.
    bool back();
    // Preselects an area (the device's default); ignored when it does not exist.
    void preselect(const QString &areaId);
    void clear();
    void refresh();

Q_SIGNALS:
    void changed();
    void enabledChanged();

private:
    QPointer<CatalogueStore> m_store;
    QString m_language = QStringLiteral("de");
    bool m_enabled = false;
    AreaListModel *m_districts;
    AreaListModel *m_statisticalDistricts;
    QString m_district;
    QString m_areaId;
};

} // namespace stadtlabor
