// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fundrules.h"

#include <QList>

namespace stadtlabor {

// What a Bochum-Fonds applicant says about the money, in integers: euro cents and hours in
// hundredths (12.5 hours = 1250), so the rules maths never meets a binary fraction.
struct FundAmounts
{
    qint64 totalCostCents = 0;
    qint64 ownMoneyCents = 0;
    qint64 workHoursHundredths = 0;
    qint64 inKindCents = 0;
};

// The fund's rules applied to the amounts, live while the visitor types. Hard problems block
// the idea; the advice flags do not: such an idea can be handed in, marked "needs advice".
struct FundAssessment
{
    enum class Problem {
        CostNotPositive,      // total cost zero or negative
        NegativeAmount,       // any part of the own contribution below zero
        AbsurdAmount,         // beyond maxTotalCostCents or maxWorkHoursHundredths
        NothingToRequest,     // own contribution covers the whole cost
    };

    static constexpr qint64 maxTotalCostCents = 100'000'000'00; // 100 million euros
    static constexpr qint64 maxWorkHoursHundredths = 100'000'00; // 100,000 hours

    qint64 workValueCents = 0;        // hours x the rules' hourly rate, rounded down to the cent
    qint64 ownContributionCents = 0;  // money + work value + in-kind
    qint64 requestedCents = 0;        // total cost - own contribution
    int ownShareBasisPoints = 0;      // own / total, in 1/100 %, rounded down
    bool smallApplication = false;    // requested <= the small-application limit: decided continuously
    bool shareBelowMinimum = false;   // own share below the rules' minimum (exact, no rounding)
    bool requestAboveMaximum = false; // requested above the rules' maximum funding
    QList<Problem> problems;

    bool ok() const { return problems.isEmpty(); }
    bool needsAdvice() const { return shareBelowMinimum || requestAboveMaximum; }

    static FundAssessment assess(const FundRules &rules, const FundAmounts &amounts);
};

} // namespace stadtlabor
