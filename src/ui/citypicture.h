// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

#include "resultsrepository.h"

#include <functional>

namespace stadtlabor {

class CatalogueStore;

// The city's latest StadtRaumMonitor picture for the attract screen: the hub's averages for
// the whole city (the catalogue's first area), as spider chart data. Not available until the
// city has the catalogue's `min_responses` (k): the next visitor must never see the answers
// of the one before. Meanwhile `responses` says how many there are.
class CityPicture : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ isAvailable NOTIFY changed)
    Q_PROPERTY(QString areaName READ areaName NOTIFY changed)
    Q_PROPERTY(QStringList labels READ labels NOTIFY changed)
    Q_PROPERTY(QVariantList segments READ segments NOTIFY changed)
    Q_PROPERTY(QVariantList points READ points NOTIFY changed)
    Q_PROPERTY(int scaleMin READ scaleMin NOTIFY changed)
    Q_PROPERTY(int scaleMax READ scaleMax NOTIFY changed)
    Q_PROPERTY(QString minLabel READ minLabel NOTIFY changed)
    Q_PROPERTY(QString maxLabel READ maxLabel NOTIFY changed)
    Q_PROPERTY(int responses READ responses NOTIFY changed)
    Q_PROPERTY(int minResponses READ minResponses NOTIFY changed)

public:
    // What may be shown of an area's results (ResultsRepository::shown).
    using MeansSource = std::function<ResultsRepository::Shown(const QString &areaId, const QString &setId, int version,
                                                               int minResponses)>;

    CityPicture(CatalogueStore *store, MeansSource means, QObject *parent = nullptr);

    bool isAvailable() const { return !m_shown.means.isEmpty(); }
    QString areaName() const;
    QStringList labels() const;
    QVariantList segments() const;
    QVariantList points() const;
    int scaleMin() const;
    int scaleMax() const;
    QString minLabel() const;
    QString maxLabel() const;
    int responses() const { return m_shown.responses; }
    int minResponses() const;

    void setLanguage(const QString &language);
    // Reads the averages again (after a sync brought results, or a new catalogue).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    CatalogueStore *m_store;
    MeansSource m_source;
    ResultsRepository::Shown m_shown;
    QString m_language = QStringLiteral("de");
};

struct CityPictureForeign
{
    Q_GADGET
    QML_FOREIGN(stadtlabor::CityPicture)
    QML_SINGLETON
    QML_NAMED_ELEMENT(CityPicture)

public:
    static CityPicture *create(QQmlEngine *, QJSEngine *);
    inline static CityPicture *instance = nullptr;
};

} // namespace stadtlabor
