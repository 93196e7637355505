// SPDX-License-Identifier: GPL-3.0-or-later
#include "spiderchartdata.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace stadtlabor::SpiderChartData {

QList<QList<QPointF>> segments(const QList<std::optional<double>> &values)
{
    const int n = static_cast<int>(values.size());
    QList<QList<QPointF>> result;
    if (n == 0)
        return result;
    const bool allAnswered = std::all_of(values.cbegin(), values.cend(), [](const auto &v) { return v.has_value(); });
    if (allAnswered) {
        QList<QPointF> ring;
        for (int i = 0; i < n; ++i)
            ring.append(QPointF(i, *values.at(i)));
        ring.append(QPointF(n, *values.at(0)));
        result.append(ring);
        return result;
    }

    // Start right after a gap, so no run is cut in two by the start of the list.
    int start = 0;
    while (values.at(start).has_value())
        ++start;
    QList<QPointF> run;
    bool carried = false; // the run holds only axis 0, already drawn as x = n of the last run
    const auto finish = [&] {
        if (!run.isEmpty() && !(carried && run.size() == 1))
            result.append(run);
        run.clear();
        carried = false;
    };
    for (int step = 1; step <= n; ++step) {
        const int i = (start + step) % n;
        if (!values.at(i)) {
            finish();
            continue;
        }
        // Crossing from the last axis to axis 0: finish the line at x = n, go on from x = 0.
        if (i == 0 && !run.isEmpty()) {
            run.append(QPointF(n, *values.at(0)));
            finish();
            carried = true;
        }
        run.append(QPointF(i, *values.at(i)));
        if (run.size() > 1)
            carried = false;
    }
    finish();
    return result;
}

QList<QPair<int, int>> bridges(const QList<std::optional<double>> &values)
{
    const int n = static_cast<int>(values.size());
    QList<int> answered;
    for (int i = 0; i < n; ++i) {
        if (values.at(i))
            answered.append(i);
    }
    QList<QPair<int, int>> result;
    if (answered.size() < 3)
        return result;
    for (int k = 0; k < answered.size(); ++k) {
        const int from = answered.at(k);
        const int to = answered.at((k + 1) % answered.size());
        if ((from + 1) % n != to)
            result.append({from, to});
    }
    return result;
}

Extremes extremes(const QList<std::optional<double>> &values, int count)
{
    Extremes result;
    QList<RankGroup> groups; // best first
    for (int i = 0; i < values.size(); ++i) {
        if (!values.at(i) || std::isnan(*values.at(i)))
            continue;
        ++result.answered;
        const double v = *values.at(i);
        auto it = std::find_if(groups.begin(), groups.end(), [v](const RankGroup &g) { return g.value == v; });
        if (it == groups.end())
            groups.append(RankGroup{v, {i}});
        else
            it->axes.append(i);
    }
    std::sort(groups.begin(), groups.end(), [](const RankGroup &a, const RankGroup &b) { return a.value > b.value; });
    if (groups.size() == 1) {
        result.allEqual = true;
        result.commonValue = groups.constFirst().value;
    }
    const int m = static_cast<int>(groups.size());
    int named = 0;
    for (int i = 0; 2 * i < m - 1 && named < count; ++i) {
        result.strongest.append(groups.at(i));
        named += static_cast<int>(groups.at(i).axes.size());
    }
    named = 0;
    for (int j = m - 1; 2 * j > m - 1 && named < count; --j) {
        result.weakest.append(groups.at(j));
        named += static_cast<int>(groups.at(j).axes.size());
    }
    return result;
}

namespace {

constexpr double pi = 3.14159265358979323846;

// The fraction of the radius at which a value lies: the lowest value one step out.
double radialFraction(double value, int scaleMin, int scaleMax)
{
    const double span = scaleMax - scaleMin + 1;
    return span > 0 ? (value - (scaleMin - 1)) / span : 0;
}

// A label's box around a centre at (0, 0), just outside the circle of radius `r` at its axis,
// in one of two ways (the layout tries both): `onRay`, centred on the line through its axis
// as close as it can be without reaching into the circle (a side label then needs half its
// height of room towards a neighbour); else with a corner on the circle, beside the axis on
// the sides, above it at the top and below at the bottom (which keeps the top crowd narrower).
QRectF labelBox(int axis, int axes, double r, const QSizeF &size, bool onRay, Align *align)
{
    const double angle = 2 * pi * axis / axes;
    const double s = std::sin(angle);
    const double c = std::cos(angle);
    *align = s > 0.2 ? Align::Left : s < -0.2 ? Align::Right : Align::Centre;
    const double halfW = size.width() / 2;
    const double halfH = size.height() / 2;
    if (!onRay) {
        const double left = *align == Align::Left ? r * s : *align == Align::Right ? r * s - size.width() : r * s - halfW;
        const double top = c > 0.2 ? -r * c - size.height() : c < -0.2 ? -r * c : -r * c - halfH;
        return QRectF(left, top, size.width(), size.height());
    }
    // The box's centre at t * (s, -c): the least t at which its nearest point is r away,
    // either a corner (both offsets positive) or the middle of an edge (one of them).
    const double a = std::abs(s);
    const double b = std::abs(c);
    double t = -1;
    const double k = a * halfW + b * halfH;
    const double disc = k * k - (halfW * halfW + halfH * halfH - r * r);
    if (disc >= 0) {
        const double corner = k + std::sqrt(disc);
        if (corner * a >= halfW - 1e-9 && corner * b >= halfH - 1e-9)
            t = corner;
    }
    if (t < 0 && a > 1e-12 && (r + halfW) / a * b <= halfH + 1e-9)
        t = (r + halfW) / a;
    if (t < 0 && b > 1e-12 && (r + halfH) / b * a <= halfW + 1e-9)
        t = (r + halfH) / b;
    t = std::max(0.0, t);
    return QRectF(t * s - halfW, -t * c - halfH, size.width(), size.height());
}

// Tick labels on the ray half-way between axis tickGap - 1 and axis tickGap, centred on their
// ring.
QList<QRectF> tickBoxes(const QList<int> &ticks, int axes, double radius, const LayoutInput &in)
{
    const double angle = pi * (2 * in.tickGap - 1) / std::max(1, axes);
    QList<QRectF> boxes;
    for (int v : ticks) {
        const double r = radius * radialFraction(v, in.scaleMin, in.scaleMax);
        const QPointF c(r * std::sin(angle), -r * std::cos(angle));
        boxes.append(QRectF(c.x() - in.tickSize.width() / 2, c.y() - in.tickSize.height() / 2, in.tickSize.width(),
                            in.tickSize.height()));
    }
    return boxes;
}

QList<int> allTicks(const LayoutInput &in)
{
    QList<int> ticks;
    for (int v = in.scaleMin; v <= in.scaleMax; ++v)
        ticks.append(v);
    return ticks;
}

bool overlap(const QRectF &a, const QRectF &b, double spacing)
{
    return a.adjusted(-spacing / 2, -spacing / 2, spacing / 2, spacing / 2)
        .intersects(b.adjusted(-spacing / 2, -spacing / 2, spacing / 2, spacing / 2));
}

struct Placement
{
    QList<QRectF> labels;
    QList<Align> alignments;
    QRectF bounds; // of the circle, the labels and every tick, around a centre at (0, 0)
};

Placement place(const QList<QSizeF> &sizes, double radius, bool onRay, const LayoutInput &in)
{
    Placement p;
    p.bounds = QRectF(-radius, -radius, 2 * radius, 2 * radius);
    for (int i = 0; i < sizes.size(); ++i) {
        Align align = Align::Centre;
        p.labels.append(labelBox(i, in.axes, radius + in.gap, sizes.at(i), onRay, &align));
        p.alignments.append(align);
        p.bounds |= p.labels.constLast();
    }
    for (const QRectF &t : tickBoxes(allTicks(in), in.axes, radius, in))
        p.bounds |= t;
    return p;
}

// The largest radius whose circle, labels and ticks fit the box; bounds grow with the radius.
double fitRadius(const QList<QSizeF> &sizes, bool onRay, const LayoutInput &in)
{
    const auto fits = [&](double r) {
        const QRectF b = place(sizes, r, onRay, in).bounds;
        return b.width() <= in.size.width() && b.height() <= in.size.height();
    };
    double lo = 0;
    double hi = std::max(in.size.width(), in.size.height());
    if (!fits(lo))
        return -1;
    for (int i = 0; i < 24; ++i) {
        const double mid = (lo + hi) / 2;
        (fits(mid) ? lo : hi) = mid;
    }
    return lo;
}

// The densest set of ticks (every step, every second, ...) that neither overlap each other
// nor a label; the lowest and the highest value are always among them.
QList<int> chooseTicks(const QList<QRectF> &labels, double radius, const LayoutInput &in)
{
    const int range = in.scaleMax - in.scaleMin;
    for (int step = 1; step <= std::max(1, range); ++step) {
        if (range > 0 && range % step != 0)
            continue;
        QList<int> ticks;
        for (int v = in.scaleMin; v <= in.scaleMax; v += step)
            ticks.append(v);
        const QList<QRectF> boxes = tickBoxes(ticks, in.axes, radius, in);
        bool clear = true;
        for (int i = 0; clear && i < boxes.size(); ++i) {
            for (int j = i + 1; clear && j < boxes.size(); ++j)
                clear = !overlap(boxes.at(i), boxes.at(j), in.spacing);
            for (const QRectF &l : labels)
                clear = clear && !overlap(boxes.at(i), l, in.spacing);
        }
        if (clear)
            return ticks;
    }
    return {};
}

bool labelsClear(const QList<QRectF> &labels, double spacing)
{
    for (int i = 0; i < labels.size(); ++i) {
        for (int j = i + 1; j < labels.size(); ++j) {
            if (overlap(labels.at(i), labels.at(j), spacing))
                return false;
        }
    }
    return true;
}

} // namespace

Layout layout(const LayoutInput &input)
{
    // The outermost tick label reaches half its height beyond the circle: the theme labels
    // keep clear of it.
    LayoutInput in = input;
    in.gap = std::max(in.gap, in.tickSize.height() / 2 + in.spacing);
    Layout best;
    const QPointF middle(in.size.width() / 2, in.size.height() / 2);
    if (in.axes <= 0 || !in.measure) {
        best.fits = true;
        best.centre = middle;
        best.radius = std::max(0.0, std::min(in.size.width(), in.size.height()) / 2);
        best.pixelSize = in.pixelSize;
        return best;
    }
    double bestScore = -1;
    const double minPixel = std::min(in.pixelSize, in.minPixelSize);
    for (double px = in.pixelSize;; px = std::max(minPixel, px * 0.9)) {
        for (int attempt = 0; attempt < 8; ++attempt) {
            const bool onRay = attempt % 2 == 1;
            const double widthFactor = std::array<double, 4>{1.0, 0.8, 0.62, 0.48}[attempt / 2];
            const double maxWidth = in.maxLabelWidth * widthFactor;
            QList<QSizeF> sizes;
            for (int i = 0; i < in.axes; ++i)
                sizes.append(in.measure(i, px, maxWidth));
            double radius = fitRadius(sizes, onRay, in);
            // A label at the top or bottom must clear its neighbours' anchors: wrap it narrower.
            if (radius > 0 && in.axes >= 3) {
                const double room = 2 * ((radius + in.gap) * std::sin(2 * pi / in.axes) - in.spacing);
                bool narrowed = false;
                for (int i = 0; i < in.axes; ++i) {
                    Align align = Align::Centre;
                    labelBox(i, in.axes, 1, QSizeF(1, 1), false, &align);
                    if (align == Align::Centre && sizes.at(i).width() > room) {
                        sizes[i] = in.measure(i, px, std::min(maxWidth, std::max(room, px * 2)));
                        narrowed = true;
                    }
                }
                if (narrowed)
                    radius = fitRadius(sizes, onRay, in);
            }
            // Not even a dot fits beside these labels: kept only as the last resort.
            const bool tooBig = radius < 0;
            radius = std::max(0.0, radius);
            const Placement p = place(sizes, radius, onRay, in);
            const QList<int> ticks = chooseTicks(p.labels, radius, in);
            const bool clear = !tooBig && labelsClear(p.labels, in.spacing) && radius >= in.minRadius
                && (ticks.size() >= 2 || in.scaleMax <= in.scaleMin);
            // The bigger the chart the better, but narrower labels wrap into more lines, which
            // reads worse: they must win by more than a little.
            const double score = radius * (1 - 0.25 * (1 - widthFactor));
            const bool better = clear ? (!best.fits || score > bestScore) : (!best.fits && score >= bestScore);
            if (!better)
                continue;
            bestScore = score;
            best.fits = clear;
            best.radius = radius;
            best.pixelSize = px;
            best.alignments = p.alignments;
            // Centre the whole drawing in the box.
            best.centre = middle - p.bounds.center();
            best.labels.clear();
            for (const QRectF &l : p.labels)
                best.labels.append(l.translated(best.centre));
            best.tickValues = ticks;
            best.ticks.clear();
            for (const QRectF &t : tickBoxes(best.tickValues, in.axes, radius, in))
                best.ticks.append(t.translated(best.centre));
        }
        if (best.fits || px <= minPixel)
            break;
    }
    return best;
}

int tickGap(const QList<QList<std::optional<double>>> &series, int axes)
{
    const auto answered = [&](int axis) {
        return std::all_of(series.cbegin(), series.cend(), [&](const QList<std::optional<double>> &v) {
            return v.value((axis + axes) % axes).has_value();
        });
    };
    // Gap g lies at (2g - 1) * 180 / n degrees from the top: 0 and 1 either side of the top,
    // then 2 and n - 1, 3 and n - 2, ...: nearest the top first, the right before the left.
    if (axes > 0 && answered(-1) && answered(0))
        return 0;
    for (int k = 1; k <= axes / 2 + 1; ++k) {
        for (const int gap : {k, axes + 1 - k}) {
            if (gap > 0 && gap < axes && answered(gap - 1) && answered(gap))
                return gap;
        }
    }
    return 0;
}

QPointF position(const Layout &layout, int axes, double axis, double value, int scaleMin, int scaleMax)
{
    const double angle = 2 * pi * axis / std::max(1, axes);
    const double r = layout.radius * radialFraction(value, scaleMin, scaleMax);
    return layout.centre + QPointF(r * std::sin(angle), -r * std::cos(angle));
}

bool anyOverlap(const QList<QRectF> &rects)
{
    return !labelsClear(rects, 0);
}

bool allInside(const QList<QRectF> &rects, const QRectF &bounds)
{
    return std::all_of(rects.cbegin(), rects.cend(), [&](const QRectF &r) { return bounds.contains(r); });
}

QVariantList toVariant(const QList<QList<QPointF>> &segments)
{
    QVariantList list;
    for (const QList<QPointF> &segment : segments) {
        QVariantList points;
        for (const QPointF &p : segment)
            points.append(p);
        list.append(QVariant(points));
    }
    return list;
}

QVariantList pointsVariant(const QList<std::optional<double>> &values)
{
    QVariantList points;
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i))
            points.append(QPointF(i, *values.at(i)));
    }
    return points;
}

} // namespace stadtlabor::SpiderChartData
