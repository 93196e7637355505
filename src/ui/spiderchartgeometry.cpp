// SPDX-License-Identifier: GPL-3.0-or-later
#include "spiderchartgeometry.h"

#include <QRectF>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace stadtlabor {

namespace {

QVariantList polyline(const QList<QPointF> &points)
{
    QVariantList list;
    for (const QPointF &p : points)
        list.append(p);
    return list;
}

} // namespace

SpiderChartGeometry::SpiderChartGeometry(QObject *parent)
    : QObject(parent)
{
}

void SpiderChartGeometry::componentComplete()
{
    m_complete = true;
    Q_EMIT changed();
}

QSizeF SpiderChartGeometry::measure(const QString &text, const QFont &font, qreal maxWidth)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    qreal width = 0;
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(maxWidth);
        width = std::max(width, line.naturalTextWidth());
        height += line.height();
    }
    layout.endLayout();
    // Whole pixels, and one more: a Text given exactly this width breaks its lines as here.
    return QSizeF(std::ceil(width) + 1, std::ceil(height));
}

QString SpiderChartGeometry::labelText(int axis) const
{
    return QString::number(axis + 1) + QStringLiteral("  ") + m_labels.value(axis);
}

QList<std::optional<double>> SpiderChartGeometry::values(const QVariantList &points) const
{
    QList<std::optional<double>> result(m_labels.size());
    for (const QVariant &v : points) {
        const QPointF p = v.toPointF();
        const int axis = qRound(p.x());
        if (axis >= 0 && axis < result.size())
            result[axis] = p.y();
    }
    return result;
}

const SpiderChartGeometry::Result &SpiderChartGeometry::ensure() const
{
    if (m_dirty) {
        compute();
        m_dirty = false;
    }
    return m_result;
}

void SpiderChartGeometry::compute() const
{
    Result r;
    const int n = static_cast<int>(m_labels.size());
    const QList<std::optional<double>> own = values(m_ownPoints);
    const QList<std::optional<double>> average = values(m_averagePoints);
    const auto answered = [](const QList<std::optional<double>> &v) {
        return std::count_if(v.cbegin(), v.cend(), [](const auto &x) { return x.has_value(); });
    };
    const bool hasOwn = answered(own) > 0;
    r.empty = !hasOwn && answered(average) == 0;
    for (int i = 0; i < n; ++i)
        r.noAnswer.append(hasOwn && !own.at(i));

    QFont font(m_fontFamily);
    SpiderChartData::LayoutInput in;
    in.size = QSizeF(m_width, m_height);
    in.axes = n;
    in.scaleMin = m_scaleMin;
    in.scaleMax = m_scaleMax;
    in.pixelSize = m_pixelSize;
    in.minPixelSize = m_minPixelSize;
    in.maxLabelWidth = m_maxLabelWidth;
    in.gap = m_gap;
    in.spacing = m_spacing;
    in.minRadius = std::min(m_width, m_height) * 0.2;
    QList<QList<std::optional<double>>> drawn;
    if (hasOwn)
        drawn.append(own);
    if (answered(average) > 0)
        drawn.append(average);
    in.tickGap = SpiderChartData::tickGap(drawn, n);
    QFont tickFont(m_fontFamily);
    tickFont.setPixelSize(std::max(1, m_tickPixelSize));
    const QSizeF tickText = measure(QString::number(std::max(std::abs(m_scaleMin), std::abs(m_scaleMax))), tickFont, 1e6);
    in.tickSize = QSizeF(tickText.width() + 2 * m_tickPadding, tickText.height());
    in.measure = [&](int axis, double px, double maxWidth) {
        const int pixels = std::max(1, qRound(px));
        const bool note = r.noAnswer.at(axis);
        const QString key = QStringLiteral("%1/%2/%3/%4").arg(axis).arg(pixels).arg(qRound(maxWidth)).arg(note);
        const auto cached = m_sizes.constFind(key);
        if (cached != m_sizes.constEnd())
            return *cached;
        font.setPixelSize(pixels);
        QSizeF size = measure(labelText(axis), font, maxWidth);
        if (note) {
            const QSizeF extra = measure(m_noAnswerText, font, maxWidth);
            size = QSizeF(std::max(size.width(), extra.width()), size.height() + extra.height());
        }
        m_sizes.insert(key, size);
        return size;
    };
    if (m_width > 0 && m_height > 0)
        r.layout = SpiderChartData::layout(in);
    r.layout.pixelSize = std::max(1, qRound(r.layout.pixelSize));

    const auto at = [&](double axis, double value) {
        return SpiderChartData::position(r.layout, n, axis, value, m_scaleMin, m_scaleMax);
    };
    if (n > 0 && r.layout.radius > 0) {
        for (int v = m_scaleMin; v <= m_scaleMax; ++v) {
            QList<QPointF> ring;
            for (int i = 0; i <= n; ++i)
                ring.append(at(i, v));
            r.rings.append(QVariant(polyline(ring)));
        }
        for (int i = 0; i < n; ++i)
            r.spokes.append(QVariant(polyline({r.layout.centre, at(i, m_scaleMax)})));
    }
    // The own series also marks its gaps (the labels' notes and the legend's "no answer").
    const auto series = [&](const QList<std::optional<double>> &v, QVariantList &lines, QVariantList &bridges,
                            QVariantList *area, QVariantList &dots) {
        const bool isOwn = area != nullptr;
        if (r.layout.radius <= 0)
            return;
        for (const QList<QPointF> &segment : SpiderChartData::segments(v)) {
            QList<QPointF> points;
            for (const QPointF &p : segment)
                points.append(at(p.x(), p.y()));
            lines.append(QVariant(polyline(points)));
        }
        for (const auto &[from, to] : SpiderChartData::bridges(v)) {
            bridges.append(QVariant(polyline({at(from, *v.at(from)), at(to, *v.at(to))})));
            r.hasGaps = r.hasGaps || isOwn;
        }
        QList<QPointF> points;
        for (int i = 0; i < v.size(); ++i) {
            if (v.at(i)) {
                points.append(at(i, *v.at(i)));
                dots.append(points.constLast());
            } else if (isOwn && hasOwn) {
                r.hasGaps = true;
            }
        }
        if (area && points.size() >= 3) {
            points.append(points.constFirst());
            *area = polyline(points);
        }
    };
    series(own, r.ownLines, r.ownBridges, &r.ownArea, r.ownDots);
    series(average, r.averageLines, r.averageBridges, nullptr, r.averageDots);
    m_result = r;
}

QVariantList SpiderChartGeometry::labelItems() const
{
    const Result &r = ensure();
    QVariantList list;
    for (int i = 0; i < r.layout.labels.size() && i < m_labels.size(); ++i) {
        const SpiderChartData::Align a = r.layout.alignments.at(i);
        const int align = a == SpiderChartData::Align::Left    ? int(Qt::AlignLeft)
                          : a == SpiderChartData::Align::Right ? int(Qt::AlignRight)
                                                               : int(Qt::AlignHCenter);
        list.append(QVariantMap{{QStringLiteral("text"), labelText(i)},
                                {QStringLiteral("note"), r.noAnswer.value(i) ? m_noAnswerText : QString()},
                                {QStringLiteral("rect"), r.layout.labels.at(i)},
                                {QStringLiteral("align"), align},
                                {QStringLiteral("pixelSize"), qRound(r.layout.pixelSize)}});
    }
    return list;
}

QVariantList SpiderChartGeometry::tickItems() const
{
    const Result &r = ensure();
    QVariantList list;
    for (int i = 0; i < r.layout.ticks.size(); ++i)
        list.append(QVariantMap{{QStringLiteral("value"), r.layout.tickValues.at(i)},
                                {QStringLiteral("rect"), r.layout.ticks.at(i)}});
    return list;
}

} // namespace stadtlabor
