// SPDX-License-Identifier: GPL-3.0-or-later
#include "areapicker.h"

#include "cataloguestore.h"

namespace stadtlabor {

AreaPicker::AreaPicker(CatalogueStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_districts(new AreaListModel(this))
    , m_statisticalDistricts(new AreaListModel(this))
{
    if (m_store)
        connect(m_store, &CatalogueStore::changed, this, &AreaPicker::refresh);
    refresh();
}

void AreaPicker::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    Q_EMIT enabledChanged();
}

void AreaPicker::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    refresh();
    Q_EMIT changed();
}

void AreaPicker::refresh()
{
    const QList<Area> areas = m_store ? m_store->catalogue().areas : QList<Area>();
    m_districts->show(areas, areas.isEmpty() ? QString() : areas.constFirst().id, m_language);
    if (m_district.isEmpty())
        m_statisticalDistricts->clear();
    else
        m_statisticalDistricts->show(areas, m_district, m_language);
}

QString AreaPicker::districtName() const
{
    const Area *area = m_store ? m_store->catalogue().area(m_district) : nullptr;
    return area ? area->name.text(m_language) : QString();
}

QString AreaPicker::areaName() const
{
    const Area *area = m_store ? m_store->catalogue().area(m_areaId) : nullptr;
    return area ? area->name.text(m_language) : QString();
}

bool AreaPicker::chooseDistrict(const QString &districtId)
{
    const Area *area = m_store && m_enabled ? m_store->catalogue().area(districtId) : nullptr;
    if (!area)
        return false;
    if (area->kind == Area::Kind::City) {
        // The whole city needs no second choice.
        m_district.clear();
        refresh();
        return chooseArea(area->id);
    }
    if (area->kind != Area::Kind::District)
        return false;
    m_district = districtId;
    const Area *chosen = m_store->catalogue().area(m_areaId);
    if (chosen && chosen->id != districtId && chosen->parentId != districtId)
        m_areaId.clear();
    refresh();
    Q_EMIT changed();
    return false;
}

bool AreaPicker::chooseArea(const QString &areaId)
{
    if (!m_store || !m_enabled || !m_store->catalogue().area(areaId))
        return false;
    m_areaId = areaId;
    Q_EMIT changed();
    return true;
}

bool AreaPicker::back()
{
    if (m_district.isEmpty())
        return false;
    // Nothing on the first level shows a district's part as chosen, so the choice goes too.
    m_district.clear();
    m_areaId.clear();
    refresh();
    Q_EMIT changed();
    return true;
}

void AreaPicker::preselect(const QString &areaId)
{
    const Area *area = m_store ? m_store->catalogue().area(areaId) : nullptr;
    if (!area)
        return;
    m_district = area->kind == Area::Kind::StatisticalDistrict ? area->parentId : QString();
    m_areaId = area->id;
    refresh();
    Q_EMIT changed();
}

void AreaPicker::clear()
{
    m_district.clear();
    m_areaId.clear();
    refresh();
    Q_EMIT changed();
}

} // namespace stadtlabor
