// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QVariantList>

#include <functional>
#include <optional>

namespace stadtlabor {

// The numbers behind the spider chart, kept out of QML so they can be tested. Axis i sits at
// x = i on an angular axis from 0 to n; x = n is axis 0 again, which closes the ring.
namespace SpiderChartData {

// The lines to draw: runs of neighbouring answered axes. A "no answer" breaks the line, so a
// missing value is a gap and never a zero. A run of one point is a dot, drawn by the caller.
QList<QList<QPointF>> segments(const QList<std::optional<double>> &values);

// The dotted links across the gaps: for each run of unanswered axes, the answered axis before
// it and the one after it (going round). Only with three answered axes or more: with two, a
// link would retrace the line between them, and the pair is read as two dots.
QList<QPair<int, int>> bridges(const QList<std::optional<double>> &values);

// Themes that share a value. Groups are listed best first in `strongest`, worst first in
// `weakest`; axes within a group keep the theme order.
struct RankGroup
{
    double value = 0;
    QList<int> axes;
};

// What stands out, in groups so that ties can be said in words: whole groups are taken from
// the top (and the bottom) until `count` themes are named. A group in the upper half of the
// distinct values can only be strong, one in the lower half only weak, and the middle value
// of an odd count of them neither, so no theme is ever both. When every answered axis has the
// same value (or only one is answered), nothing stands out: both lists are empty and
// `allEqual` is set. Unanswered axes never appear.
struct Extremes
{
    QList<RankGroup> strongest;
    QList<RankGroup> weakest;
    bool allEqual = false;
    double commonValue = 0; // the one value, when allEqual
    int answered = 0;
};
Extremes extremes(const QList<std::optional<double>> &values, int count);

// Where everything of a chart goes inside a box: the circle, the theme labels around it and
// the scale's tick labels on a ray between two axes. Labels are measured
// by the caller (QTextLayout in the product, a stand-in in tests) at a font size and a width.
struct LayoutInput
{
    QSizeF size;
    int axes = 0;
    int scaleMin = 1;
    int scaleMax = 7;
    double pixelSize = 20;    // the labels' preferred font size; tried smaller down to
    double minPixelSize = 10; // this one, until everything fits without overlapping
    double maxLabelWidth = 200;
    double gap = 8;           // from the outer ring to the labels
    double spacing = 4;       // the least room between two labels
    QSizeF tickSize;          // a tick label's box (the widest value)
    double minRadius = 0;
    // The tick labels go on the ray half-way between axis tickGap - 1 and axis tickGap (0:
    // between the last axis and the first), best one the answers cross without a dotted link.
    int tickGap = 0;
    // The size of axis `axis`'s label wrapped at `maxWidth`, at `pixelSize`.
    std::function<QSizeF(int axis, double pixelSize, double maxWidth)> measure;
};

enum class Align { Right = -1, Centre = 0, Left = 1 }; // how a label's lines line up

struct Layout
{
    bool fits = false; // false: even the smallest labels overlap; the best attempt is kept
    QPointF centre;
    double radius = 0;
    double pixelSize = 0;
    QList<QRectF> labels; // one per axis
    QList<Align> alignments;
    QList<int> tickValues; // the scale values that get a label (every step that has room)
    QList<QRectF> ticks;
};
Layout layout(const LayoutInput &input);

// The gap between two axes for the tick labels (see LayoutInput::tickGap): the one nearest the
// top whose two axes are answered in every series given, so that no dotted link runs through
// the scale's values; 0 when there is none.
int tickGap(const QList<QList<std::optional<double>>> &series, int axes);

// Where `value` on axis `axis` (fractions allowed; axis n is axis 0) lies in a layout. The
// lowest value sits one step out from the centre, so the lowest answers stay visible.
QPointF position(const Layout &layout, int axes, double axis, double value, int scaleMin, int scaleMax);

// Whether any two of the rectangles overlap (touching edges do not), and whether all lie
// inside `bounds`: what the chart's labels must never do.
bool anyOverlap(const QList<QRectF> &rects);
bool allInside(const QList<QRectF> &rects, const QRectF &bounds);

// For QML: the segments as a list of lists of points, and the answered axes as points.
QVariantList toVariant(const QList<QList<QPointF>> &segments);
QVariantList pointsVariant(const QList<std::optional<double>> &values);

} // namespace SpiderChartData

} // namespace stadtlabor
