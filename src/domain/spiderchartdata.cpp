// SPDX-License-Identifier: GPL-3.0-or-later
#include "spiderchartdata.h"

#include <algorithm>
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

namespace {

QList<int> ranked(const QList<std::optional<double>> &values, int count, bool highestFirst)
{
    QList<int> indices;
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i) && !std::isnan(*values.at(i)))
            indices.append(i);
    }
    std::stable_sort(indices.begin(), indices.end(), [&](int a, int b) {
        return highestFirst ? *values.at(a) > *values.at(b) : *values.at(a) < *values.at(b);
    });
    if (indices.size() > count)
        indices.resize(std::max(0, count));
    return indices;
}

} // namespace

QList<int> strongest(const QList<std::optional<double>> &values, int count)
{
    return ranked(values, count, true);
}

QList<int> weakest(const QList<std::optional<double>> &values, int count)
{
    return ranked(values, count, false);
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
