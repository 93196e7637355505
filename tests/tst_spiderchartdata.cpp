// SPDX-License-Identifier: GPL-3.0-or-later
#include "spiderchartdata.h"

#include <QList>
#include <QPointF>
#include <QStandardPaths>
#include <QString>
#include <QTest>

#include <algorithm>
#include <initializer_list>
#include <optional>

using namespace stadtlabor;

namespace {

using Values = QList<std::optional<double>>;
using Segment = QList<QPointF>;
using Segments = QList<Segment>;

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

    void ranking_data()
    {
        QTest::addColumn<Values>("input");
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<int>>("expectedStrongest");
        QTest::addColumn<QList<int>>("expectedWeakest");

        QTest::addRow("ties keep theme order")
            << values({5, 7, 7, none, 7}) << 3 << QList<int>{1, 2, 4} << QList<int>{0, 1, 2};
        QTest::addRow("ties keep theme order, weakest")
            << values({2, 1, 1, none, 1, 3}) << 2 << QList<int>{5, 0} << QList<int>{1, 2};
        QTest::addRow("ordered highest / lowest first")
            << values({3, 1, 4, 1, 5, 9, 2, 6}) << 3 << QList<int>{5, 7, 4} << QList<int>{1, 3, 6};
        QTest::addRow("unanswered ignored")
            << values({none, 1, none, 2}) << 4 << QList<int>{3, 1} << QList<int>{1, 3};
        QTest::addRow("unanswered never counts as the weakest")
            << values({4, none, 6, none}) << 1 << QList<int>{2} << QList<int>{0};
        QTest::addRow("count larger than answered")
            << values({2, none, 1}) << 10 << QList<int>{0, 2} << QList<int>{2, 0};
        QTest::addRow("count equal to answered")
            << values({2, 6, 4}) << 3 << QList<int>{1, 2, 0} << QList<int>{0, 2, 1};
        QTest::addRow("count 0") << values({2, 6, 4}) << 0 << QList<int>() << QList<int>();
        QTest::addRow("negative count") << values({2, 6, 4}) << -1 << QList<int>() << QList<int>();
        QTest::addRow("all unanswered") << values({none, none, none}) << 3 << QList<int>() << QList<int>();
        QTest::addRow("no values") << Values() << 3 << QList<int>() << QList<int>();
        QTest::addRow("all equal") << values({4, 4, 4}) << 2 << QList<int>{0, 1} << QList<int>{0, 1};
        QTest::addRow("averages")
            << values({3.5, 3.25, 3.5, 3.75}) << 2 << QList<int>{3, 0} << QList<int>{1, 0};
        QTest::addRow("one answered") << values({none, none, 5}) << 3 << QList<int>{2} << QList<int>{2};
    }

    void ranking()
    {
        QFETCH(Values, input);
        QFETCH(int, count);
        QFETCH(QList<int>, expectedStrongest);
        QFETCH(QList<int>, expectedWeakest);

        QCOMPARE(SpiderChartData::strongest(input, count), expectedStrongest);
        QCOMPARE(SpiderChartData::weakest(input, count), expectedWeakest);
    }

    // For every pattern: the strongest are answered, sorted descending, ties by index; likewise
    // the weakest ascending; and both are prefixes of the full ranking.
    void rankingAllPatterns()
    {
        constexpr int n = 8;
        for (int mask = 0; mask < (1 << n); ++mask) {
            Values input;
            for (int i = 0; i < n; ++i) {
                if (mask & (1 << i))
                    input.append((i * 5) % 4 + 1); // 1,2,3,4,1,2,3,4: plenty of ties
                else
                    input.append(std::nullopt);
            }
            const int answered = qPopulationCount(static_cast<quint32>(mask));
            const QList<int> allStrong = SpiderChartData::strongest(input, n);
            const QList<int> allWeak = SpiderChartData::weakest(input, n);
            QCOMPARE(allStrong.size(), answered);
            QCOMPARE(allWeak.size(), answered);
            for (int k = 1; k < answered; ++k) {
                const int a = allStrong.at(k - 1), b = allStrong.at(k);
                QVERIFY(*input.at(a) > *input.at(b) || (*input.at(a) == *input.at(b) && a < b));
                const int c = allWeak.at(k - 1), d = allWeak.at(k);
                QVERIFY(*input.at(c) < *input.at(d) || (*input.at(c) == *input.at(d) && c < d));
            }
            for (int count = 0; count <= n; ++count) {
                QCOMPARE(SpiderChartData::strongest(input, count), allStrong.mid(0, count));
                QCOMPARE(SpiderChartData::weakest(input, count), allWeak.mid(0, count));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSpiderChartData)
#include "tst_spiderchartdata.moc"
