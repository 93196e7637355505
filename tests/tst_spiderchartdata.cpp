// SPDX-License-Identifier: GPL-3.0-or-later
#include "spiderchartdata.h"

#include <QList>
#include <QSet>
#include <QPointF>
#include <QStandardPaths>
#include <QString>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <optional>

using namespace stadtlabor;

namespace {

using Values = QList<std::optional<double>>;
using Segment = QList<QPointF>;
using Segments = QList<Segment>;
using Pairs = QList<QPair<int, int>>;

constexpr std::nullopt_t none = std::nullopt;

Values values(std::initializer_list<std::optional<double>> list)
{
    return Values(list);
}

Segment seg(std::initializer_list<QPointF> points)
{
    return Segment(points);
}

QString describe(const Segments &segments)
{
    QStringList parts;
    for (const Segment &s : segments) {
        QStringList points;
        for (const QPointF &p : s)
            points.append(QStringLiteral("(%1,%2)").arg(p.x(), 0, 'g', 17).arg(p.y(), 0, 'g', 17));
        parts.append(QStringLiteral("[") + points.join(u' ') + QStringLiteral("]"));
    }
    return parts.isEmpty() ? QStringLiteral("(none)") : parts.join(u' ');
}

QString describe(const Values &v)
{
    QStringList parts;
    for (const std::optional<double> &value : v)
        parts.append(value ? QString::number(*value) : QStringLiteral("_"));
    return parts.join(u',');
}

// The order in which runs come back does not matter for drawing; the points inside a run do.
Segments sorted(Segments segments)
{
    std::sort(segments.begin(), segments.end(), [](const Segment &a, const Segment &b) {
        return a.isEmpty() || (!b.isEmpty() && a.first().x() < b.first().x());
    });
    return segments;
}

bool isWhole(double x)
{
    return x == static_cast<double>(static_cast<int>(x));
}

// Everything that must hold for any input, whatever the pattern of gaps. Returns the first
// problem found, or an empty string.
QString invariantProblem(const Values &v, const Segments &segments)
{
    const int n = static_cast<int>(v.size());
    const bool allAnswered = std::all_of(v.cbegin(), v.cend(), [](const auto &x) { return x.has_value(); });
    const int answered = static_cast<int>(std::count_if(v.cbegin(), v.cend(), [](const auto &x) { return x.has_value(); }));

    if (answered == 0)
        return segments.isEmpty() ? QString() : QStringLiteral("points although nothing is answered");
    if (allAnswered && segments.size() != 1)
        return QStringLiteral("all answered but %1 segments instead of one ring").arg(segments.size());

    QList<int> seenAt(n, 0);     // how often each axis appears at x = axis
    int seenAtEnd = 0;           // how often axis 0 appears at x = n
    QList<QPair<int, int>> edges; // lines drawn, as (from x, to x)
    for (const Segment &s : segments) {
        if (s.isEmpty())
            return QStringLiteral("an empty segment");
        for (int k = 0; k < s.size(); ++k) {
            const QPointF p = s.at(k);
            if (!isWhole(p.x()) || p.x() < 0 || p.x() > n)
                return QStringLiteral("point at x = %1, not an axis").arg(p.x());
            const int x = static_cast<int>(p.x());
            const int axis = x == n ? 0 : x;
            if (!v.at(axis))
                return QStringLiteral("a point at unanswered axis %1 (x = %2, y = %3)").arg(axis).arg(x).arg(p.y());
            if (p.y() != *v.at(axis))
                return QStringLiteral("axis %1 drawn at %2 instead of %3").arg(axis).arg(p.y()).arg(*v.at(axis));
            if (x == n) {
                ++seenAtEnd;
                if (k != s.size() - 1)
                    return QStringLiteral("x = n is not the end of its segment");
            } else {
                ++seenAt[x];
            }
            if (k > 0) {
                const double step = p.x() - s.at(k - 1).x();
                if (step != 1.0)
                    return QStringLiteral("neighbouring points at x = %1 and x = %2").arg(s.at(k - 1).x()).arg(p.x());
                edges.append({x - 1, x});
            }
        }
    }
    for (int axis = 0; axis < n; ++axis) {
        const bool isAnswered = v.at(axis).has_value();
        if (isAnswered && axis != 0 && seenAt.at(axis) != 1)
            return QStringLiteral("answered axis %1 appears %2 times").arg(axis).arg(seenAt.at(axis));
        if (!isAnswered && seenAt.at(axis) != 0)
            return QStringLiteral("unanswered axis %1 appears").arg(axis);
    }
    if (v.at(0)) {
        // Axis 0 may be there twice, but only as the start (x = 0) and the closing end (x = n).
        if (seenAt.at(0) > 1 || seenAtEnd > 1 || seenAt.at(0) + seenAtEnd == 0)
            return QStringLiteral("axis 0 appears %1 times at x = 0 and %2 times at x = n").arg(seenAt.at(0)).arg(seenAtEnd);
    }
    // Every pair of answered neighbours is joined by a line, the last axis to axis 0 included.
    for (int axis = 0; axis < n; ++axis) {
        const int next = (axis + 1) % n;
        if (n > 1 && v.at(axis) && v.at(next) && !edges.contains(QPair<int, int>(axis, axis + 1)))
            return QStringLiteral("answered neighbours %1 and %2 are not joined").arg(axis).arg(next);
    }
    if (n == 1 && allAnswered && !edges.contains(QPair<int, int>(0, 1)))
        return QStringLiteral("the one-axis ring is not closed");
    // No two runs could have been one line: a run ends where the next gap is.
    for (const Segment &s : segments) {
        const int last = static_cast<int>(s.last().x());
        if (last < n && last + 1 < n && v.at(last + 1))
            return QStringLiteral("a run ends at x = %1 although axis %2 is answered").arg(last).arg(last + 1);
        if (last == n - 1 && v.at(0) && !allAnswered && n > 1)
            return QStringLiteral("a run ends at the last axis although axis 0 is answered");
    }
    return QString();
}

} // namespace

Q_DECLARE_METATYPE(std::optional<double>)

class TestSpiderChartData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void segments_data()
    {
        QTest::addColumn<Values>("input");
        QTest::addColumn<Segments>("expected");

        QTest::addRow("no values") << Values() << Segments();
        QTest::addRow("all answered, n=5: one closed ring")
            << values({3, 5, 2, 7, 1})
            << Segments{seg({{0, 3}, {1, 5}, {2, 2}, {3, 7}, {4, 1}, {5, 3}})};
        QTest::addRow("all answered, averages")
            << values({3.5, 4.25, 6})
            << Segments{seg({{0, 3.5}, {1, 4.25}, {2, 6}, {3, 3.5}})};
        QTest::addRow("all unanswered") << values({none, none, none, none}) << Segments();
        QTest::addRow("gap in the middle: the run wraps from the last axis to axis 0")
            << values({1, 2, none, 4, 5})
            << Segments{seg({{0, 1}, {1, 2}}), seg({{3, 4}, {4, 5}, {5, 1}})};
        QTest::addRow("gap at axis 0: one open run, no wrap")
            << values({none, 2, 3, 4, 5})
            << Segments{seg({{1, 2}, {2, 3}, {3, 4}, {4, 5}})};
        QTest::addRow("gap at the last axis: one open run, no wrap")
            << values({1, 2, 3, 4, none})
            << Segments{seg({{0, 1}, {1, 2}, {2, 3}, {3, 4}})};
        QTest::addRow("two gaps, wrapping run")
            << values({1, 2, none, none, 5, 6})
            << Segments{seg({{0, 1}, {1, 2}}), seg({{4, 5}, {5, 6}, {6, 1}})};
        QTest::addRow("two gaps, inner run")
            << values({none, 2, 3, none, 5, 6, 7})
            << Segments{seg({{1, 2}, {2, 3}}), seg({{4, 5}, {5, 6}, {6, 7}})};
        QTest::addRow("wrap into a lone axis 0: no extra dot, the line already ends there")
            << values({1, none, 3, none, 5})
            << Segments{seg({{2, 3}}), seg({{4, 5}, {5, 1}})};
        QTest::addRow("wrap into axis 0 followed by two gaps")
            << values({1, none, none, 4})
            << Segments{seg({{3, 4}, {4, 1}})};
        QTest::addRow("lone answered axis between two gaps")
            << values({none, 2, none, 4, 5})
            << Segments{seg({{1, 2}}), seg({{3, 4}, {4, 5}})};
        QTest::addRow("lone answered last axis, axis 0 unanswered")
            << values({none, 2, 3, none, 5})
            << Segments{seg({{1, 2}, {2, 3}}), seg({{4, 5}})};
        QTest::addRow("lone answered axis 0, last axis unanswered")
            << values({1, none, 3, 4, none})
            << Segments{seg({{0, 1}}), seg({{2, 3}, {3, 4}})};
        QTest::addRow("alternating, axis 0 answered")
            << values({1, none, 3, none, 5, none})
            << Segments{seg({{0, 1}}), seg({{2, 3}}), seg({{4, 5}})};
        QTest::addRow("alternating, axis 0 unanswered")
            << values({none, 2, none, 4, none, 6})
            << Segments{seg({{1, 2}}), seg({{3, 4}}), seg({{5, 6}})};
        QTest::addRow("answered zero is a point, not a gap")
            << values({0, 2, none})
            << Segments{seg({{0, 0}, {1, 2}})};
        QTest::addRow("n=1 answered: ring of two points")
            << values({4}) << Segments{seg({{0, 4}, {1, 4}})};
        QTest::addRow("n=1 unanswered") << values({none}) << Segments();
        QTest::addRow("n=2 answered") << values({2, 6}) << Segments{seg({{0, 2}, {1, 6}, {2, 2}})};
        QTest::addRow("n=2 one answered") << values({none, 6}) << Segments{seg({{1, 6}})};

        // n = 30.
        Values all30;
        Segment ring30;
        for (int i = 0; i < 30; ++i) {
            all30.append(i % 7 + 1);
            ring30.append(QPointF(i, i % 7 + 1));
        }
        ring30.append(QPointF(30, 1));
        QTest::addRow("n=30 all answered") << all30 << Segments{ring30};

        Values gap15 = all30;
        gap15[15] = std::nullopt;
        Segment head, tail;
        for (int i = 0; i < 15; ++i)
            head.append(QPointF(i, i % 7 + 1));
        for (int i = 16; i < 30; ++i)
            tail.append(QPointF(i, i % 7 + 1));
        tail.append(QPointF(30, 1));
        QTest::addRow("n=30 gap at 15") << gap15 << Segments{head, tail};

        Values gap29 = all30;
        gap29[29] = std::nullopt;
        Segment open29;
        for (int i = 0; i < 29; ++i)
            open29.append(QPointF(i, i % 7 + 1));
        QTest::addRow("n=30 gap at the last axis") << gap29 << Segments{open29};

        Values only7(30, std::nullopt);
        only7[7] = 3;
        QTest::addRow("n=30 only axis 7") << only7 << Segments{seg({{7, 3}})};
    }

    void segments()
    {
        QFETCH(Values, input);
        QFETCH(Segments, expected);

        const Segments actual = SpiderChartData::segments(input);
        QCOMPARE(describe(sorted(actual)), describe(sorted(expected)));
        QCOMPARE(sorted(actual), sorted(expected));
        const QString problem = invariantProblem(input, actual);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // "No answer" is a gap: nothing is drawn at an unanswered axis, and in particular no zero.
    void noAnswerIsNeverZero_data()
    {
        QTest::addColumn<Values>("input");
        QTest::addRow("middle gap") << values({4, 5, none, 6, 7});
        QTest::addRow("first gap") << values({none, 5, 6, 7});
        QTest::addRow("last gap") << values({4, 5, 6, none});
        QTest::addRow("mostly gaps") << values({none, none, 3, none, none, none, none});
        QTest::addRow("alternating odd") << values({1, none, 3, none, 5, none, 7});
        QTest::addRow("n=1 gap") << values({none});
        QTest::addRow("n=14 every third") << values({none, 2, 3, none, 5, 6, none, 1, 2, none, 4, 5, none, 7});
    }

    void noAnswerIsNeverZero()
    {
        QFETCH(Values, input);
        const int n = static_cast<int>(input.size());
        const Segments actual = SpiderChartData::segments(input);
        for (const Segment &s : actual) {
            for (const QPointF &p : s) {
                QVERIFY2(p.y() != 0.0, qPrintable(describe(actual)));
                const int axis = static_cast<int>(p.x()) % n;
                QVERIFY2(input.at(axis).has_value(),
                         qPrintable(QStringLiteral("point at unanswered axis %1 in %2").arg(axis).arg(describe(actual))));
            }
        }
    }

    // Every pattern of answered and unanswered axes for n = 10.
    void segmentsAllPatterns()
    {
        constexpr int n = 10;
        for (int mask = 0; mask < (1 << n); ++mask) {
            Values input;
            for (int i = 0; i < n; ++i) {
                if (mask & (1 << i))
                    input.append(i + 1);
                else
                    input.append(std::nullopt);
            }
            const Segments actual = SpiderChartData::segments(input);
            const QString problem = invariantProblem(input, actual);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1 -> %2: %3")
                                                       .arg(describe(input), describe(actual), problem)));
        }
    }

    void bridges_data()
    {
        QTest::addColumn<Values>("input");
        QTest::addColumn<Pairs>("expected");
        QTest::addRow("one gap") << values({1, none, 3, 4}) << Pairs{{0, 2}};
        QTest::addRow("gap of two, and one across the end")
            << values({1, none, none, 4, 5, none}) << Pairs{{0, 3}, {4, 0}};
        QTest::addRow("every other") << values({none, 2, none, 4, none, 6}) << Pairs{{1, 3}, {3, 5}, {5, 1}};
        QTest::addRow("all answered: no links") << values({1, 2, 3}) << Pairs{};
        QTest::addRow("two answered: dots, no link") << values({1, none, 3, none}) << Pairs{};
        QTest::addRow("nothing answered") << values({none, none, none}) << Pairs{};
        QTest::addRow("no axes") << Values() << Pairs{};
    }

    void bridges()
    {
        QFETCH(Values, input);
        QFETCH(Pairs, expected);
        QCOMPARE(SpiderChartData::bridges(input), expected);
    }

    void extremes_data()
    {
        QTest::addColumn<Values>("input");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expectedStrongest");
        QTest::addColumn<QString>("expectedWeakest");
        QTest::addColumn<bool>("allEqual");

        QTest::addRow("a tie is one group") << values({5, 7, 7, none, 7}) << 3 << "7:1,2,4" << "5:0" << false;
        QTest::addRow("the middle value is neither")
            << values({2, 1, 1, none, 1, 3}) << 2 << "3:5" << "1:1,2,4" << false;
        QTest::addRow("highest / lowest first")
            << values({3, 1, 4, 1, 5, 9, 2, 6}) << 3 << "9:5 6:7 5:4" << "1:1,3 2:6" << false;
        QTest::addRow("a tie larger than count is named whole")
            << values({7, 7, 7, 7, 1, 2}) << 3 << "7:0,1,2,3" << "1:4" << false;
        QTest::addRow("two values") << values({6, 6, 2}) << 3 << "6:0,1" << "2:2" << false;
        QTest::addRow("unanswered ignored") << values({none, 1, none, 2}) << 4 << "2:3" << "1:1" << false;
        QTest::addRow("averages") << values({3.5, 3.25, 3.5, 3.75}) << 2 << "3.75:3" << "3.25:1" << false;
        QTest::addRow("all equal") << values({4, 4, none, 4}) << 3 << "" << "" << true;
        QTest::addRow("one answered") << values({none, none, 5}) << 3 << "" << "" << true;
        QTest::addRow("nothing answered") << values({none, none, none}) << 3 << "" << "" << false;
        QTest::addRow("no values") << Values() << 3 << "" << "" << false;
        QTest::addRow("count 0") << values({2, 6, 4}) << 0 << "" << "" << false;
        QTest::addRow("negative count") << values({2, 6, 4}) << -1 << "" << "" << false;
    }

    void extremes()
    {
        QFETCH(Values, input);
        QFETCH(int, count);
        QFETCH(QString, expectedStrongest);
        QFETCH(QString, expectedWeakest);
        QFETCH(bool, allEqual);

        const SpiderChartData::Extremes e = SpiderChartData::extremes(input, count);
        QCOMPARE(describeGroups(e.strongest), expectedStrongest);
        QCOMPARE(describeGroups(e.weakest), expectedWeakest);
        QCOMPARE(e.allEqual, allEqual);
        if (allEqual)
            QCOMPARE(e.commonValue, *std::find_if(input.cbegin(), input.cend(), [](const auto &v) { return v.has_value(); }));
    }

    // For every pattern of answers and every count: no theme is both strong and weak, every
    // strong value is above every weak one, groups are whole and in order, enough themes are
    // named when there is room, and "all equal" is exactly one distinct value.
    void extremesAllPatterns()
    {
        constexpr int n = 8;
        for (int mask = 0; mask < (1 << n); ++mask) {
            Values input;
            for (int i = 0; i < n; ++i)
                input.append(mask & (1 << i) ? std::optional<double>((i * 5) % 4 + 1) : std::nullopt);
            QList<double> distinct;
            for (const auto &v : input) {
                if (v && !distinct.contains(*v))
                    distinct.append(*v);
            }
            for (int count = 0; count <= n; ++count) {
                const SpiderChartData::Extremes e = SpiderChartData::extremes(input, count);
                const QString what = describe(input) + QStringLiteral(" count %1").arg(count);
                QVERIFY2(e.allEqual == (distinct.size() == 1), qPrintable(what));
                QSet<int> strong;
                for (const SpiderChartData::RankGroup &g : e.strongest)
                    strong.unite(checkGroup(input, g, what));
                QSet<int> weak;
                for (const SpiderChartData::RankGroup &g : e.weakest)
                    weak.unite(checkGroup(input, g, what));
                QVERIFY2(!strong.intersects(weak), qPrintable(what));
                for (int k = 1; k < e.strongest.size(); ++k)
                    QVERIFY2(e.strongest.at(k - 1).value > e.strongest.at(k).value, qPrintable(what));
                for (int k = 1; k < e.weakest.size(); ++k)
                    QVERIFY2(e.weakest.at(k - 1).value < e.weakest.at(k).value, qPrintable(what));
                if (!e.strongest.isEmpty() && !e.weakest.isEmpty())
                    QVERIFY2(e.strongest.constLast().value > e.weakest.constLast().value, qPrintable(what));
                // Enough named: `count` themes, or every group of its half of the values.
                const int half = static_cast<int>(distinct.size()) / 2;
                QVERIFY2(count <= 0 || strong.size() >= count || e.strongest.size() == half, qPrintable(what));
                QVERIFY2(count <= 0 || weak.size() >= count || e.weakest.size() == half, qPrintable(what));
            }
        }
    }

    // The chart's layout at the sizes the pages give it, with labels as long as the longest
    // English theme names: every label and tick inside the box, none over another.
    void layoutNeverOverlaps_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<double>("pixelSize");
        QTest::addRow("landscape summary") << QSizeF(1050, 780) << 23.0;
        QTest::addRow("portrait summary") << QSizeF(1030, 720) << 23.0;
        QTest::addRow("1366x768 summary") << QSizeF(740, 520) << 16.0;
        QTest::addRow("attract card 1366x768") << QSizeF(700, 390) << 16.0;
        QTest::addRow("attract card 1920x1080") << QSizeF(1000, 560) << 23.0;
        QTest::addRow("small square") << QSizeF(560, 560) << 16.0;
        QTest::addRow("small and flat") << QSizeF(600, 400) << 16.0;
        QTest::addRow("square, large type") << QSizeF(700, 700) << 23.0;
    }

    void layoutNeverOverlaps()
    {
        QFETCH(QSizeF, size);
        QFETCH(double, pixelSize);
        const QStringList labels = longLabels();
        for (const int gap : {0, 1, 4, 7, 11}) {
        for (const bool withNotes : {false, true}) {
            SpiderChartData::LayoutInput in = input(size, pixelSize, labels, withNotes);
            in.tickGap = gap;
            const SpiderChartData::Layout l = SpiderChartData::layout(in);
            const QString what = QStringLiteral("%1x%2 notes %3: radius %4, %5 px")
                                     .arg(size.width()).arg(size.height()).arg(withNotes).arg(l.radius).arg(l.pixelSize);
            QVERIFY2(l.fits, qPrintable(what));
            QCOMPARE(l.labels.size(), labels.size());
            QVERIFY2(l.pixelSize >= in.minPixelSize && l.pixelSize <= pixelSize, qPrintable(what));
            QVERIFY2(l.radius >= in.minRadius, qPrintable(what));
            const QList<QRectF> all = l.labels + l.ticks;
            QVERIFY2(!SpiderChartData::anyOverlap(all), qPrintable(what));
            QVERIFY2(SpiderChartData::allInside(all, QRectF(QPointF(0, 0), size)), qPrintable(what));
            // The circle itself is inside the box and under no label.
            const QRectF disc(l.centre.x() - l.radius, l.centre.y() - l.radius, 2 * l.radius, 2 * l.radius);
            QVERIFY2(QRectF(QPointF(0, 0), size).contains(disc), qPrintable(what));
            for (const QRectF &label : l.labels) {
                const double dx = std::max({label.left() - l.centre.x(), 0.0, l.centre.x() - label.right()});
                const double dy = std::max({label.top() - l.centre.y(), 0.0, l.centre.y() - label.bottom()});
                QVERIFY2(std::hypot(dx, dy) >= l.radius, qPrintable(what));
            }
            // The scale keeps its ends and goes up in equal steps.
            QVERIFY2(l.tickValues.size() >= 2, qPrintable(what));
            QCOMPARE(l.tickValues.constFirst(), in.scaleMin);
            QCOMPARE(l.tickValues.constLast(), in.scaleMax);
            for (int k = 2; k < l.tickValues.size(); ++k)
                QCOMPARE(l.tickValues.at(k) - l.tickValues.at(k - 1), l.tickValues.at(1) - l.tickValues.at(0));
            // On the ray half-way between axis gap - 1 and axis gap.
            const QPointF outer = l.ticks.constLast().center() - l.centre;
            const double angle = std::atan2(outer.x(), -outer.y());
            const double expected = 3.14159265358979323846 * (2 * gap - 1) / labels.size();
            QVERIFY2(std::abs(std::remainder(angle - expected, 2 * 3.14159265358979323846)) < 1e-6, qPrintable(what));
        }
        }
    }

    void tickGap()
    {
        using Series = QList<Values>;
        QCOMPARE(SpiderChartData::tickGap(Series{values({1, 2, 3, 4, 5, 6})}, 6), 0);
        // The first axis unanswered: the nearest gap with both neighbours answered, right first.
        QCOMPARE(SpiderChartData::tickGap(Series{values({none, 2, 3, 4, 5, 6})}, 6), 2);
        QCOMPARE(SpiderChartData::tickGap(Series{values({none, 2, none, 4, 5, 6})}, 6), 5);
        // Every series counts.
        QCOMPARE(SpiderChartData::tickGap(Series{values({1, 2, 3, 4, 5, 6}), values({none, 2, 3, 4, none, 6})}, 6), 2);
        QCOMPARE(SpiderChartData::tickGap(Series{values({1, 2, 3, none, 5, 6}), values({none, 2, none, 4, 5, 6})}, 6), 5);
        // No such gap, or nothing drawn: the top.
        QCOMPARE(SpiderChartData::tickGap(Series{values({1, none, 3, none, 5, none})}, 6), 0);
        QCOMPARE(SpiderChartData::tickGap(Series{}, 6), 0);
    }

    // Roomy: the preferred size and every scale value; cramped: smaller type and fewer ticks.
    void layoutShrinksBeforeOverlapping()
    {
        const QStringList labels = longLabels();
        const SpiderChartData::Layout roomy = SpiderChartData::layout(input(QSizeF(1400, 1100), 20, labels, false));
        QVERIFY(roomy.fits);
        QCOMPARE(roomy.pixelSize, 20.0);
        QCOMPARE(roomy.tickValues, (QList<int>{1, 2, 3, 4, 5, 6, 7}));
        const SpiderChartData::Layout cramped = SpiderChartData::layout(input(QSizeF(600, 330), 20, labels, false));
        QVERIFY(cramped.fits);
        QVERIFY2(cramped.pixelSize < 20, qPrintable(QString::number(cramped.pixelSize)));
        QVERIFY2(cramped.tickValues.size() < 7, qPrintable(QString::number(cramped.tickValues.size())));
        // A box far too small: the best attempt, said to be one.
        const SpiderChartData::Layout hopeless = SpiderChartData::layout(input(QSizeF(90, 60), 20, labels, false));
        QVERIFY(!hopeless.fits);
        QCOMPARE(hopeless.labels.size(), labels.size());
    }

    void position()
    {
        SpiderChartData::Layout l;
        l.centre = QPointF(100, 200);
        l.radius = 70;
        QCOMPARE(SpiderChartData::position(l, 4, 0, 7, 1, 7), QPointF(100, 130));            // top
        QCOMPARE(SpiderChartData::position(l, 4, 1, 7, 1, 7), QPointF(170, 200));            // right
        QCOMPARE(SpiderChartData::position(l, 4, 2, 1, 1, 7), QPointF(100, 210));            // lowest, one step out
        QCOMPARE(SpiderChartData::position(l, 4, 4, 7, 1, 7).toPoint(), QPoint(100, 130));   // axis n is axis 0
    }

private:
    static QString describeGroups(const QList<SpiderChartData::RankGroup> &groups)
    {
        QStringList parts;
        for (const SpiderChartData::RankGroup &g : groups) {
            QStringList axes;
            for (int a : g.axes)
                axes.append(QString::number(a));
            parts.append(QString::number(g.value) + u':' + axes.join(u','));
        }
        return parts.join(u' ');
    }

    // A group holds every answered axis of its value, in theme order; returns its axes.
    static QSet<int> checkGroup(const Values &input, const SpiderChartData::RankGroup &g, const QString &what)
    {
        QList<int> expected;
        for (int i = 0; i < input.size(); ++i) {
            if (input.at(i) && *input.at(i) == g.value)
                expected.append(i);
        }
        if (g.axes != expected)
            qWarning("%s: group %g holds the wrong axes", qPrintable(what), g.value);
        return g.axes == expected ? QSet<int>(g.axes.cbegin(), g.axes.cend()) : QSet<int>{-1};
    }

    static QStringList longLabels()
    {
        return {QStringLiteral("1  Moving around"), QStringLiteral("2  Public transport"),
                QStringLiteral("3  Traffic and parking"), QStringLiteral("4  Streets and spaces"),
                QStringLiteral("5  Natural space"), QStringLiteral("6  Play and recreation"),
                QStringLiteral("7  Facilities and amenities"), QStringLiteral("8  Work and local economy"),
                QStringLiteral("9  Housing and community"), QStringLiteral("10  Social contact"),
                QStringLiteral("11  Identity and belonging"), QStringLiteral("12  Feeling safe"),
                QStringLiteral("13  Care and maintenance"), QStringLiteral("14  Influence and sense of control")};
    }

    // A stand-in for text measuring: each character 0.55 em wide, words wrapped greedily,
    // lines 1.35 em high; with a note, one more line.
    static SpiderChartData::LayoutInput input(const QSizeF &size, double pixelSize, const QStringList &labels, bool notes)
    {
        SpiderChartData::LayoutInput in;
        in.size = size;
        in.axes = static_cast<int>(labels.size());
        in.pixelSize = pixelSize;
        in.minPixelSize = 12;
        in.maxLabelWidth = 260 * pixelSize / 23;
        in.gap = 8;
        in.spacing = 4;
        in.tickSize = QSizeF(pixelSize * 0.8 * 0.55 + 12, pixelSize * 0.8 * 1.35);
        in.minRadius = std::min(size.width(), size.height()) * 0.2;
        in.measure = [labels, notes](int axis, double px, double maxWidth) {
            const double charWidth = px * 0.55;
            double width = 0;
            double line = 0;
            int lines = 1;
            for (const QString &word : labels.at(axis).split(u' ', Qt::SkipEmptyParts)) {
                const double w = word.size() * charWidth;
                if (line > 0 && line + charWidth + w > maxWidth) {
                    ++lines;
                    line = w;
                } else {
                    line += (line > 0 ? charWidth : 0) + w;
                }
                width = std::max(width, line);
            }
            return QSizeF(std::ceil(width) + 1, (lines + (notes ? 1 : 0)) * std::ceil(px * 1.35));
        };
        return in;
    }
};

QTEST_GUILESS_MAIN(TestSpiderChartData)
#include "tst_spiderchartdata.moc"
