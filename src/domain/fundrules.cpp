// SPDX-License-Identifier: GPL-3.0-or-later
#include "fundrules.h"

#include <QJsonArray>

#include <cmath>

namespace stadtlabor {

namespace Money {

bool eurosToCents(double euros, qint64 *cents)
{
    if (!std::isfinite(euros) || std::fabs(euros) > maxEuros)
        return false;
    const double scaled = euros * 100.0;
    const double rounded = std::round(scaled);
    if (std::fabs(scaled - rounded) > 1e-6)
        return false;
    *cents = static_cast<qint64>(rounded);
    return true;
}

double centsToEuros(qint64 cents)
{
    return static_cast<double>(cents) / 100.0;
}

} // namespace Money

QJsonObject FundRules::toJson() const
{
    QJsonArray categoryArray;
    for (const FundCategory &c : categories)
        categoryArray.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("label"), c.label.toJson()}});

    QJsonObject o{
        {QStringLiteral("version"), version},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("max_funding_eur"), Money::centsToEuros(maxFundingCents)},
        {QStringLiteral("small_application_limit_eur"), Money::centsToEuros(smallApplicationLimitCents)},
        {QStringLiteral("min_own_share_percent"), minOwnShareBasisPoints / 100.0},
        {QStringLiteral("hourly_rate_eur"), Money::centsToEuros(hourlyRateCents)},
        {QStringLiteral("categories"), categoryArray},
        {QStringLiteral("privacy_notice"), privacyNotice.toJson()},
        {QStringLiteral("fund_url"), fundUrl.toString()},
    };
    if (annualBudgetCents >= 0)
        o.insert(QStringLiteral("annual_budget_eur"), Money::centsToEuros(annualBudgetCents));
    return o;
}

} // namespace stadtlabor
