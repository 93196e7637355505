// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spiderchartdata.h"

#include <QFont>
#include <QHash>
#include <QObject>
#include <QPointF>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace stadtlabor {

// Everything SpiderChart.qml draws, in pixels: SpiderChartData::layout() with the labels
// measured in the font the chart shows them in, and the series as lines, dotted links across
// "no answer" gaps, a filled area and dots. Recomputed when an input changes, read lazily.
class SpiderChartGeometry : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT

    // Inputs
    Q_PROPERTY(qreal width MEMBER m_width WRITE setWidth NOTIFY inputChanged)
    Q_PROPERTY(qreal height MEMBER m_height WRITE setHeight NOTIFY inputChanged)
    Q_PROPERTY(QStringList labels MEMBER m_labels WRITE setLabels NOTIFY inputChanged)
    Q_PROPERTY(QString noAnswerText MEMBER m_noAnswerText WRITE setNoAnswerText NOTIFY inputChanged)
    Q_PROPERTY(int scaleMin MEMBER m_scaleMin WRITE setScaleMin NOTIFY inputChanged)
    Q_PROPERTY(int scaleMax MEMBER m_scaleMax WRITE setScaleMax NOTIFY inputChanged)
    Q_PROPERTY(QVariantList ownPoints MEMBER m_ownPoints WRITE setOwnPoints NOTIFY inputChanged)
    Q_PROPERTY(QVariantList averagePoints MEMBER m_averagePoints WRITE setAveragePoints NOTIFY inputChanged)
    Q_PROPERTY(QString fontFamily MEMBER m_fontFamily WRITE setFontFamily NOTIFY inputChanged)
    Q_PROPERTY(int pixelSize MEMBER m_pixelSize WRITE setPixelSize NOTIFY inputChanged)
    Q_PROPERTY(int minPixelSize MEMBER m_minPixelSize WRITE setMinPixelSize NOTIFY inputChanged)
    Q_PROPERTY(int tickPixelSize MEMBER m_tickPixelSize WRITE setTickPixelSize NOTIFY inputChanged)
    Q_PROPERTY(qreal tickPadding MEMBER m_tickPadding WRITE setTickPadding NOTIFY inputChanged)
    Q_PROPERTY(qreal maxLabelWidth MEMBER m_maxLabelWidth WRITE setMaxLabelWidth NOTIFY inputChanged)
    Q_PROPERTY(qreal gap MEMBER m_gap WRITE setGap NOTIFY inputChanged)
    Q_PROPERTY(qreal spacing MEMBER m_spacing WRITE setSpacing NOTIFY inputChanged)

    // Outputs
    Q_PROPERTY(bool fits READ fits NOTIFY changed)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY changed)
    Q_PROPERTY(bool hasAverage READ hasAverage NOTIFY changed)
    Q_PROPERTY(bool hasGaps READ hasGaps NOTIFY changed)
    Q_PROPERTY(int labelPixelSize READ labelPixelSize NOTIFY changed)
    Q_PROPERTY(QPointF centre READ centre NOTIFY changed)
    Q_PROPERTY(qreal radius READ radius NOTIFY changed)
    // One map per theme label: text, note ("no answer" or empty), rect, align (Qt::Alignment),
    // pixelSize; one per tick label shown: value, rect.
    Q_PROPERTY(QVariantList labelItems READ labelItems NOTIFY changed)
    Q_PROPERTY(QVariantList tickItems READ tickItems NOTIFY changed)
    Q_PROPERTY(QVariantList rings READ rings NOTIFY changed)
    Q_PROPERTY(QVariantList spokes READ spokes NOTIFY changed)
    Q_PROPERTY(QVariantList ownLines READ ownLines NOTIFY changed)
    Q_PROPERTY(QVariantList ownBridges READ ownBridges NOTIFY changed)
    Q_PROPERTY(QVariantList ownArea READ ownArea NOTIFY changed)
    Q_PROPERTY(QVariantList ownDots READ ownDots NOTIFY changed)
    Q_PROPERTY(QVariantList averageLines READ averageLines NOTIFY changed)
    Q_PROPERTY(QVariantList averageBridges READ averageBridges NOTIFY changed)
    Q_PROPERTY(QVariantList averageDots READ averageDots NOTIFY changed)

public:
    explicit SpiderChartGeometry(QObject *parent = nullptr);

    void classBegin() override {}
    void componentComplete() override;

    void setWidth(qreal v) { set(m_width, v); }
    void setHeight(qreal v) { set(m_height, v); }
    void setLabels(const QStringList &v) { set(m_labels, v, true); }
    void setNoAnswerText(const QString &v) { set(m_noAnswerText, v, true); }
    void setScaleMin(int v) { set(m_scaleMin, v); }
    void setScaleMax(int v) { set(m_scaleMax, v); }
    void setOwnPoints(const QVariantList &v) { set(m_ownPoints, v); }
    void setAveragePoints(const QVariantList &v) { set(m_averagePoints, v); }
    void setFontFamily(const QString &v) { set(m_fontFamily, v, true); }
    void setPixelSize(int v) { set(m_pixelSize, v); }
    void setMinPixelSize(int v) { set(m_minPixelSize, v); }
    void setTickPixelSize(int v) { set(m_tickPixelSize, v); }
    void setTickPadding(qreal v) { set(m_tickPadding, v); }
    void setMaxLabelWidth(qreal v) { set(m_maxLabelWidth, v); }
    void setGap(qreal v) { set(m_gap, v); }
    void setSpacing(qreal v) { set(m_spacing, v); }

    bool fits() const { return ensure().layout.fits; }
    bool isEmpty() const { return ensure().empty; }
    bool hasAverage() const { return !ensure().averageDots.isEmpty(); }
    bool hasGaps() const { return ensure().hasGaps; }
    int labelPixelSize() const { return qRound(ensure().layout.pixelSize); }
    QPointF centre() const { return ensure().layout.centre; }
    qreal radius() const { return ensure().layout.radius; }
    QVariantList labelItems() const;
    QVariantList tickItems() const;
    QVariantList rings() const { return ensure().rings; }
    QVariantList spokes() const { return ensure().spokes; }
    QVariantList ownLines() const { return ensure().ownLines; }
    QVariantList ownBridges() const { return ensure().ownBridges; }
    QVariantList ownArea() const { return ensure().ownArea; }
    QVariantList ownDots() const { return ensure().ownDots; }
    QVariantList averageLines() const { return ensure().averageLines; }
    QVariantList averageBridges() const { return ensure().averageBridges; }
    QVariantList averageDots() const { return ensure().averageDots; }

    // A text's size wrapped at `maxWidth` the way a QML Text with WordWrap lays it out.
    static QSizeF measure(const QString &text, const QFont &font, qreal maxWidth);

Q_SIGNALS:
    void inputChanged();
    void changed();

private:
    struct Result
    {
        SpiderChartData::Layout layout;
        bool empty = true;
        bool hasGaps = false;
        QList<bool> noAnswer;
        QVariantList rings, spokes;
        QVariantList ownLines, ownBridges, ownArea, ownDots;
        QVariantList averageLines, averageBridges, averageDots;
    };

    template<typename T>
    void set(T &member, const T &value, bool remeasure = false)
    {
        if (member == value)
            return;
        member = value;
        if (remeasure)
            m_sizes.clear();
        m_dirty = true;
        Q_EMIT inputChanged();
        if (m_complete)
            Q_EMIT changed();
    }
    const Result &ensure() const;
    void compute() const;
    QList<std::optional<double>> values(const QVariantList &points) const;
    QString labelText(int axis) const;

    bool m_complete = false;
    qreal m_width = 0;
    qreal m_height = 0;
    QStringList m_labels;
    QString m_noAnswerText;
    int m_scaleMin = 1;
    int m_scaleMax = 7;
    QVariantList m_ownPoints;
    QVariantList m_averagePoints;
    QString m_fontFamily;
    int m_pixelSize = 20;
    int m_minPixelSize = 10;
    int m_tickPixelSize = 16;
    qreal m_tickPadding = 4;
    qreal m_maxLabelWidth = 200;
    qreal m_gap = 8;
    qreal m_spacing = 4;

    mutable bool m_dirty = true;
    mutable Result m_result;
    // Label sizes by axis, pixel size and width: a resize measures nothing again.
    mutable QHash<QString, QSizeF> m_sizes;
};

} // namespace stadtlabor
