// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueparser.h"
#include "fundcheck.h"
#include "fundrules.h"

#include <QStandardPaths>
#include <QStringList>
#include <QTest>

#include "textsupport.h"

#include <limits>

using namespace stadtlabor;
using namespace stadtlabor::testsupport;

namespace {

constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 int64Min = std::numeric_limits<qint64>::min();
constexpr int intMax = std::numeric_limits<int>::max();
constexpr qint64 absurdCost = FundAssessment::maxTotalCostCents;     // 100 million euros
constexpr qint64 absurdHours = FundAssessment::maxWorkHoursHundredths; // 100,000 hours

QString problemName(FundAssessment::Problem p)
{
    switch (p) {
    case FundAssessment::Problem::CostNotPositive:
        return QStringLiteral("CostNotPositive");
    case FundAssessment::Problem::NegativeAmount:
        return QStringLiteral("NegativeAmount");
    case FundAssessment::Problem::AbsurdAmount:
        return QStringLiteral("AbsurdAmount");
    case FundAssessment::Problem::NothingToRequest:
        return QStringLiteral("NothingToRequest");
    }
    return QStringLiteral("?");
}

// "CostNotPositive,NegativeAmount", in the order assess() reports them.
QString problemsText(const QList<FundAssessment::Problem> &problems)
{
    QStringList names;
    for (FundAssessment::Problem p : problems)
        names.append(problemName(p));
    return names.join(QLatin1Char(','));
}

struct Amounts
{
    qint64 total;
    qint64 money;
    qint64 hours;
    qint64 inKind;
};

struct Expected
{
    qint64 workValue;
    qint64 own;
    qint64 requested;
    int share;
    bool small;
    bool below;
    bool above;
    const char *problems;
};

// Rows name their rules: the bundled Bochum rules or a variant derived from them.
const char *const bundled = "bundled";
const char *const rateZeroMinZero = "rate 0, min share 0";
const char *const oddRate = "rate 19.99 euros";
const char *const hugeRate = "rate 10^10 euros (the parser's maximum)";
const char *const absurdRules = "rate and min share at the type maximum";

void row(const char *name, const char *rules, Amounts a, Expected e)
{
    QTest::addRow("%s", name) << QString::fromUtf8(rules) << a.total << a.money << a.hours << a.inKind
                              << e.workValue << e.own << e.requested << e.share << e.small << e.below << e.above
                              << QString::fromUtf8(e.problems);
}

} // namespace

class TestFundCheck : public QObject
{
    Q_OBJECT

private:
    FundRules m_rules;

    FundRules rulesNamed(const QString &name) const
    {
        FundRules r = m_rules;
        if (name == QLatin1String(rateZeroMinZero)) {
            r.hourlyRateCents = 0;
            r.minOwnShareBasisPoints = 0;
        } else if (name == QLatin1String(oddRate)) {
            r.hourlyRateCents = 1999;
        } else if (name == QLatin1String(hugeRate)) {
            r.hourlyRateCents = 1'000'000'000'000; // 10^10 euros
        } else if (name == QLatin1String(absurdRules)) {
            r.hourlyRateCents = int64Max;
            r.minOwnShareBasisPoints = intMax;
            r.maxFundingCents = 0;
            r.smallApplicationLimitCents = 0;
        } else if (name != QLatin1String(bundled)) {
            qFatal("unknown rules %s", qPrintable(name));
        }
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const CatalogueParser::Result result = CatalogueParser::parseFile(QStringLiteral(":/catalogue/bochum.json"));
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
        m_rules = result.catalogue->fundRules;
        // The rows below are computed for exactly these rules.
        QCOMPARE(m_rules.maxFundingCents, qint64(2'500'000));
        QCOMPARE(m_rules.smallApplicationLimitCents, qint64(750'000));
        QCOMPARE(m_rules.minOwnShareBasisPoints, 2000);
        QCOMPARE(m_rules.hourlyRateCents, qint64(1500));
    }

    void assess_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("money");
        QTest::addColumn<qint64>("hours");
        QTest::addColumn<qint64>("inKind");
        QTest::addColumn<qint64>("workValue");
        QTest::addColumn<qint64>("own");
        QTest::addColumn<qint64>("requested");
        QTest::addColumn<int>("share");
        QTest::addColumn<bool>("small");
        QTest::addColumn<bool>("below");
        QTest::addColumn<bool>("above");
        QTest::addColumn<QString>("problems");

        const bool T = true;
        const bool F = false;

        // Own share: 20 % of the total cost.
        row("share exactly 20 %", bundled, {1'000'000, 200'000, 0, 0},
            {0, 200'000, 800'000, 2000, F, F, F, ""});
        row("share one cent below 20 %", bundled, {1'000'000, 199'999, 0, 0},
            {0, 199'999, 800'001, 1999, F, T, F, ""});
        row("share exactly 20 % from money, 40 h and in-kind", bundled, {1'000'000, 100'000, 4000, 40'000},
            {60'000, 200'000, 800'000, 2000, F, F, F, ""});
        row("share one cent below 20 % from mixed parts", bundled, {1'000'000, 100'000, 4000, 39'999},
            {60'000, 199'999, 800'001, 1999, F, T, F, ""});
        row("share a hair above 20 %, shown as 20.00 %", bundled, {1'000'003, 200'001, 0, 0},
            {0, 200'001, 800'002, 2000, F, F, F, ""});
        row("share a hair below 20 %, rounded down to 19.99 %", bundled, {1'000'001, 200'000, 0, 0},
            {0, 200'000, 800'001, 1999, F, T, F, ""});
        row("no own contribution at all", bundled, {100'000, 0, 0, 0},
            {0, 0, 100'000, 0, T, T, F, ""});
        row("one cent total, nothing own", bundled, {1, 0, 0, 0},
            {0, 0, 1, 0, T, T, F, ""});

        // Maximum funding: 25,000 euros.
        row("request exactly 25,000 euros", bundled, {3'125'000, 625'000, 0, 0},
            {0, 625'000, 2'500'000, 2000, F, F, F, ""});
        row("request one cent above 25,000 euros", bundled, {3'125'002, 625'001, 0, 0},
            {0, 625'001, 2'500'001, 2000, F, F, T, ""});
        row("request far above, share far below", bundled, {10'000'000, 100'000, 0, 0},
            {0, 100'000, 9'900'000, 100, F, T, T, ""});

        // Small applications: up to 7,500 euros requested.
        row("request exactly 7,500 euros: small", bundled, {937'500, 187'500, 0, 0},
            {0, 187'500, 750'000, 2000, T, F, F, ""});
        row("request one cent above 7,500 euros: jury", bundled, {937'502, 187'501, 0, 0},
            {0, 187'501, 750'001, 2000, F, F, F, ""});
        row("small request with too little own share", bundled, {100'000, 10'000, 0, 0},
            {0, 10'000, 90'000, 1000, T, T, F, ""});

        // Each kind of own contribution alone.
        row("work hours only: 20 h x 15 euros", bundled, {100'000, 0, 2000, 0},
            {30'000, 30'000, 70'000, 3000, T, F, F, ""});
        row("fractional hours: 12.5 h x 15 euros = 187.50 euros", bundled, {93'750, 0, 1250, 0},
            {18'750, 18'750, 75'000, 2000, T, F, F, ""});
        row("one hundredth of an hour", bundled, {100'000, 0, 1, 0},
            {15, 15, 99'985, 1, T, T, F, ""});
        row("in-kind only", bundled, {100'000, 0, 0, 25'000},
            {0, 25'000, 75'000, 2500, T, F, F, ""});
        row("money only", bundled, {100'000, 20'000, 0, 0},
            {0, 20'000, 80'000, 2000, T, F, F, ""});

        // Own contribution covers everything.
        row("own equals total", bundled, {100'000, 100'000, 0, 0},
            {0, 100'000, 0, 10000, F, F, F, "NothingToRequest"});
        row("own exceeds total", bundled, {100'000, 50'000, 10000, 0},
            {150'000, 200'000, 0, 20000, F, F, F, "NothingToRequest"});
        row("own share beyond int saturates", bundled, {1, absurdCost, 0, 0},
            {0, absurdCost, 0, intMax, F, F, F, "NothingToRequest"});

        // Zero or negative cost; negative parts.
        row("zero cost", bundled, {0, 0, 0, 0},
            {0, 0, 0, 0, F, F, F, "CostNotPositive"});
        row("zero cost, hours typed first", bundled, {0, 0, 1000, 0},
            {15'000, 15'000, 0, 0, F, F, F, "CostNotPositive"});
        row("negative cost", bundled, {-1, 0, 0, 0},
            {0, 0, 0, 0, F, F, F, "CostNotPositive"});
        row("negative cost with own money", bundled, {-100'000, 20'000, 0, 0},
            {0, 20'000, 0, 0, F, F, F, "CostNotPositive"});
        row("negative money", bundled, {100'000, -1, 0, 0},
            {0, 0, 0, 0, F, F, F, "NegativeAmount"});
        row("negative hours", bundled, {100'000, 0, -1, 0},
            {0, 0, 0, 0, F, F, F, "NegativeAmount"});
        row("negative in-kind", bundled, {100'000, 0, 0, -100},
            {0, 0, 0, 0, F, F, F, "NegativeAmount"});
        row("negative cost and negative money", bundled, {-1, -1, 0, 0},
            {0, 0, 0, 0, F, F, F, "CostNotPositive,NegativeAmount"});

        // Absurd numbers, and no overflow at the type's limits.
        row("total exactly at the absurdity limit", bundled, {absurdCost, absurdCost / 5, 0, 0},
            {0, absurdCost / 5, absurdCost / 5 * 4, 2000, F, F, T, ""});
        row("total one cent beyond the absurdity limit", bundled, {absurdCost + 1, 0, 0, 0},
            {0, 0, 0, 0, F, F, F, "AbsurdAmount"});
        row("money beyond the absurdity limit", bundled, {100'000, absurdCost + 1, 0, 0},
            {0, 0, 0, 0, F, F, F, "AbsurdAmount"});
        row("in-kind beyond the absurdity limit", bundled, {100'000, 0, 0, absurdCost + 1},
            {0, 0, 0, 0, F, F, F, "AbsurdAmount"});
        row("every part at the absurdity limit", bundled, {absurdCost, absurdCost, absurdHours, absurdCost},
            {150'000'000, 2 * absurdCost + 150'000'000, 0, 20150, F, F, F, "NothingToRequest"});
        row("hours exactly at the limit", bundled, {1'000'000'000, 0, absurdHours, 0},
            {150'000'000, 150'000'000, 850'000'000, 1500, F, T, T, ""});
        row("hours one hundredth beyond the limit", bundled, {1'000'000'000, 0, absurdHours + 1, 0},
            {0, 0, 0, 0, F, F, F, "AbsurdAmount"});
        row("qint64 max everywhere", bundled, {int64Max, int64Max, int64Max, int64Max},
            {0, 0, 0, 0, F, F, F, "AbsurdAmount"});
        row("qint64 max total only", bundled, {int64Max, 0, 0, 0},
            {0, 0, 0, 0, F, F, F, "AbsurdAmount"});
        row("qint64 max hours only", bundled, {100'000, 0, int64Max, 0},
            {0, 0, 0, 0, F, F, F, "AbsurdAmount"});
        row("qint64 min everywhere", bundled, {int64Min, int64Min, int64Min, int64Min},
            {0, 0, 0, 0, F, F, F, "CostNotPositive,NegativeAmount"});
        row("qint64 max total, qint64 min parts", bundled, {int64Max, int64Min, int64Min, int64Min},
            {0, 0, 0, 0, F, F, F, "NegativeAmount,AbsurdAmount"});
        row("qint64 min total, qint64 max parts", bundled, {int64Min, int64Max, int64Max, int64Max},
            {0, 0, 0, 0, F, F, F, "CostNotPositive,AbsurdAmount"});

        // Other rules.
        row("rate 0: hours are worth nothing", rateZeroMinZero, {100'000, 0, 5000, 0},
            {0, 0, 100'000, 0, T, F, F, ""});
        row("min share 0: no own contribution needed, above maximum", rateZeroMinZero, {3'000'000, 0, 0, 0},
            {0, 0, 3'000'000, 0, F, F, T, ""});
        row("rate 0, min 0: own equals total", rateZeroMinZero, {100'000, 100'000, 0, 0},
            {0, 100'000, 0, 10000, F, F, F, "NothingToRequest"});
        row("rate 0: hours beyond the limit still absurd", rateZeroMinZero, {100'000, 0, absurdHours + 1, 0},
            {0, 0, 0, 0, F, F, F, "AbsurdAmount"});
        row("odd rate: 0.01 h x 19.99 euros rounds down to 19 cents", oddRate, {100'000, 0, 1, 0},
            {19, 19, 99'981, 1, T, T, F, ""});
        row("odd rate: 1.5 h x 19.99 euros = 29.985 rounds down", oddRate, {100'000, 0, 150, 0},
            {2998, 2998, 97'002, 299, T, T, F, ""});
        row("huge rate: work value exactly at the limit", hugeRate, {absurdCost, 0, 1, 0},
            {absurdCost, absurdCost, 0, 10000, F, F, F, "NothingToRequest"});
        row("huge rate: work value beyond the limit", hugeRate, {absurdCost, 0, 2, 0},
            {0, 0, 0, 0, F, F, F, "AbsurdAmount"});
        row("huge rate: hours x rate would overflow", hugeRate, {absurdCost, 0, absurdHours, 0},
            {0, 0, 0, 0, F, F, F, "AbsurdAmount"});
        row("type-maximum rules: min share x total would overflow", absurdRules, {absurdCost, 1, 0, 0},
            {0, 1, absurdCost - 1, 0, F, T, T, ""});
        row("type-maximum rules: hours x rate would overflow", absurdRules, {absurdCost, 0, 1, 0},
            {0, 0, 0, 0, F, F, F, "AbsurdAmount"});
    }

    void assess()
    {
        QFETCH(QString, rules);
        QFETCH(qint64, total);
        QFETCH(qint64, money);
        QFETCH(qint64, hours);
        QFETCH(qint64, inKind);
        QFETCH(qint64, workValue);
        QFETCH(qint64, own);
        QFETCH(qint64, requested);
        QFETCH(int, share);
        QFETCH(bool, small);
        QFETCH(bool, below);
        QFETCH(bool, above);
        QFETCH(QString, problems);

        FundAmounts amounts;
        amounts.totalCostCents = total;
        amounts.ownMoneyCents = money;
        amounts.workHoursHundredths = hours;
        amounts.inKindCents = inKind;
        const FundAssessment a = FundAssessment::assess(rulesNamed(rules), amounts);

        QCOMPARE(problemsText(a.problems), problems);
        QCOMPARE(a.workValueCents, workValue);
        QCOMPARE(a.ownContributionCents, own);
        QCOMPARE(a.requestedCents, requested);
        QCOMPARE(a.ownShareBasisPoints, share);
        QCOMPARE(a.smallApplication, small);
        QCOMPARE(a.shareBelowMinimum, below);
        QCOMPARE(a.requestAboveMaximum, above);
        QCOMPARE(a.ok(), problems.isEmpty());
        QCOMPARE(a.needsAdvice(), below || above);
    }

    // Over a grid of ordinary amounts: the figures add up, and the flags agree with the rules.
    void invariants()
    {
        const QList<qint64> totals{1, 99, 100'000, 937'500, 937'501, 1'000'000, 3'125'000, 3'125'001, 50'000'000};
        const QList<qint64> parts{0, 1, 1'999, 20'000, 187'500, 625'000, 2'000'000};
        const QList<qint64> hourList{0, 1, 33, 1250, 100'000};
        int checked = 0;
        for (qint64 total : totals) {
            for (qint64 money : parts) {
                for (qint64 inKind : parts) {
                    for (qint64 hours : hourList) {
                        const FundAmounts amounts{total, money, hours, inKind};
                        const FundAssessment a = FundAssessment::assess(m_rules, amounts);
                        const QString where = QStringLiteral("total %1 money %2 hours %3 in-kind %4")
                                                  .arg(total).arg(money).arg(hours).arg(inKind);
                        QVERIFY2(a.workValueCents == hours * 15, qPrintable(where));
                        QVERIFY2(a.ownContributionCents == money + inKind + hours * 15, qPrintable(where));
                        const qint64 own = a.ownContributionCents;
                        if (own >= total) {
                            QVERIFY2(problemsText(a.problems) == QLatin1String("NothingToRequest"), qPrintable(where));
                            QVERIFY2(a.requestedCents == 0, qPrintable(where));
                        } else {
                            QVERIFY2(a.ok(), qPrintable(where));
                            QVERIFY2(a.requestedCents + own == total, qPrintable(where));
                        }
                        // Exact: the share shown (rounded down) is below 20.00 % exactly when the flag is set.
                        QVERIFY2(a.shareBelowMinimum == (a.ownShareBasisPoints < 2000), qPrintable(where));
                        QVERIFY2(a.ownShareBasisPoints == qMin<qint64>(own * 10000 / total, intMax), qPrintable(where));
                        QVERIFY2(a.smallApplication == (a.requestedCents > 0 && a.requestedCents <= 750'000),
                                 qPrintable(where));
                        QVERIFY2(a.requestAboveMaximum == (a.requestedCents > 2'500'000), qPrintable(where));
                        ++checked;
                    }
                }
            }
        }
        QCOMPARE(checked, 9 * 7 * 7 * 5);
    }

    // One more cent of own money never asks for more, and never makes the share too small.
    void moreOwnMoneyNeverHurts()
    {
        const qint64 total = 1'000'000;
        FundAssessment previous = FundAssessment::assess(m_rules, {total, 0, 0, 0});
        for (qint64 money = 1; money <= total; money += 997) {
            const FundAssessment a = FundAssessment::assess(m_rules, {total, money, 0, 0});
            QVERIFY(a.requestedCents <= previous.requestedCents);
            QVERIFY(a.ownShareBasisPoints >= previous.ownShareBasisPoints);
            QVERIFY(!a.shareBelowMinimum || previous.shareBelowMinimum);
            previous = a;
        }
    }
};

QTEST_GUILESS_MAIN(TestFundCheck)
#include "tst_fundcheck.moc"
