// SPDX-License-Identifier: GPL-3.0-or-later
#include "citypicture.h"

#include "cataloguestore.h"
#include "monitorcontroller.h"

#include <QPointF>

#include <iterator>

namespace stadtlabor {

CityPicture::CityPicture(CatalogueStore *store, MeansSource means, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_source(std::move(means))
{
    connect(m_store, &CatalogueStore::changed, this, &CityPicture::refresh);
    refresh();
}

void CityPicture::refresh()
{
    const Catalogue &c = m_store->catalogue();
    m_shown = c.areas.isEmpty() || !m_source
        ? ResultsRepository::Shown()
        : m_source(c.areas.constFirst().id, c.criteriaSet.id, c.criteriaSet.version, c.minResponses);
    Q_EMIT changed();
}

void CityPicture::setLanguage(const QString &language)
{
    m_language = language;
    Q_EMIT changed();
}

QString CityPicture::areaName() const
{
    const Catalogue &c = m_store->catalogue();
    return c.areas.isEmpty() ? QString() : c.areas.constFirst().name.text(m_language);
}

QStringList CityPicture::labels() const
{
    QStringList list;
    for (const stadtlabor::Theme &t : m_store->catalogue().criteriaSet.themes)
        list.append(t.label.text(m_language));
    return list;
}

QVariantList CityPicture::segments() const
{
    QList<std::optional<double>> values;
    for (const stadtlabor::Theme &t : m_store->catalogue().criteriaSet.themes)
        values.append(m_shown.means.contains(t.id) ? std::optional<double>(m_shown.means.value(t.id)) : std::nullopt);
    return MonitorController::chartSegments(values);
}

QVariantList CityPicture::points() const
{
    QList<std::optional<double>> values;
    for (const stadtlabor::Theme &t : m_store->catalogue().criteriaSet.themes)
        values.append(m_shown.means.contains(t.id) ? std::optional<double>(m_shown.means.value(t.id)) : std::nullopt);
    return MonitorController::chartPoints(values);
}

int CityPicture::scaleMin() const
{
    return m_store->catalogue().criteriaSet.scaleMin;
}

int CityPicture::scaleMax() const
{
    return m_store->catalogue().criteriaSet.scaleMax;
}

QString CityPicture::minLabel() const
{
    return m_store->catalogue().criteriaSet.minLabel.text(m_language);
}

QString CityPicture::maxLabel() const
{
    return m_store->catalogue().criteriaSet.maxLabel.text(m_language);
}

int CityPicture::minResponses() const
{
    return m_store->catalogue().minResponses;
}

CityPicture *CityPictureForeign::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(instance, "CityPicture", "main() must create the city picture before QML uses it");
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

} // namespace stadtlabor
