// SPDX-License-Identifier: GPL-3.0-or-later
#include "fundcheck.h"

#include <QtNumeric>

#include <limits>

namespace stadtlabor {

namespace {

constexpr qint64 qint64Max = std::numeric_limits<qint64>::max();

// a x b for a, b >= 0, saturating at the largest qint64 instead of overflowing.
qint64 saturatedProduct(qint64 a, qint64 b)
{
    qint64 product = 0;
    return qMulOverflow(a, b, &product) ? qint64Max : product;
}

} // namespace

// Integers only. Every input is bounded before any sum or product, so nothing overflows:
// total and each part at most maxTotalCostCents (1e10), hours at most 1e7 hundredths, and the
// products with the rules' figures saturate. When an amount is negative or absurd the figures
// mean nothing and stay zero; when only the total is missing (zero or negative) the work value
// and the own contribution are still shown, since visitors often type those first.
FundAssessment FundAssessment::assess(const FundRules &rules, const FundAmounts &amounts)
{
    FundAssessment a;
    const qint64 total = amounts.totalCostCents;
    const qint64 money = amounts.ownMoneyCents;
    const qint64 hours = amounts.workHoursHundredths;
    const qint64 inKind = amounts.inKindCents;

    if (total <= 0)
        a.problems.append(Problem::CostNotPositive);
    const bool negative = money < 0 || hours < 0 || inKind < 0;
    if (negative)
        a.problems.append(Problem::NegativeAmount);

    bool absurd = total > maxTotalCostCents || money > maxTotalCostCents || inKind > maxTotalCostCents
        || hours > maxWorkHoursHundredths;
    qint64 workValue = 0;
    if (!negative && !absurd) {
        // The work value is a part of the own contribution too: with an absurd hourly rate it
        // can be absurd although the hours are not.
        const qint64 rate = qMax<qint64>(rules.hourlyRateCents, 0);
        workValue = saturatedProduct(hours, rate) / 100;
        absurd = workValue > maxTotalCostCents;
    }
    if (absurd)
        a.problems.append(Problem::AbsurdAmount);
    if (negative || absurd)
        return a;

    a.workValueCents = workValue;
    a.ownContributionCents = money + workValue + inKind; // at most 3e10
    if (total <= 0)
        return a;

    const qint64 own = a.ownContributionCents;
    if (own >= total) {
        a.problems.append(Problem::NothingToRequest);
        a.requestedCents = 0;
    } else {
        a.requestedCents = total - own;
    }

    const qint64 share = own * 10000 / total; // own * 10000 <= 3e14
    a.ownShareBasisPoints = share > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : int(share);
    const qint64 minShare = qMax<qint64>(rules.minOwnShareBasisPoints, 0);
    a.shareBelowMinimum = own * 10000 < saturatedProduct(minShare, total);
    a.requestAboveMaximum = a.requestedCents > rules.maxFundingCents;
    a.smallApplication = a.requestedCents > 0 && a.requestedCents <= rules.smallApplicationLimitCents;
    return a;
}

} // namespace stadtlabor
