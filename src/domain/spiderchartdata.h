// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QVariantList>

#include <optional>

namespace stadtlabor {

// The numbers behind the spider chart, kept out of QML so they can be tested. Axis i sits at
// x = i on an angular axis from 0 to n; x = n is axis 0 again, which closes the ring.
namespace SpiderChartData {

// The lines to draw: runs of neighbouring answered axes. A "no answer" breaks the line, so a
// missing value is a gap and never a zero. A run of one point is a dot, drawn by the caller.
QList<QList<QPointF>> segments(const QList<std::optional<double>> &values);

// The indices of up to `count` answered axes with the highest (strongest) or lowest (weakest)
// values; equal values keep the theme order. Unanswered axes never appear.
QList<int> strongest(const QList<std::optional<double>> &values, int count);
QList<int> weakest(const QList<std::optional<double>> &values, int count);

// For QML: the segments as a list of lists of points, and the answered axes as points.
QVariantList toVariant(const QList<QList<QPointF>> &segments);
QVariantList pointsVariant(const QList<std::optional<double>> &values);

} // namespace SpiderChartData

} // namespace stadtlabor
