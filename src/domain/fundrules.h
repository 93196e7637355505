// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace stadtlabor {

struct FundCategory
{
    QString id;
    LocalizedText label;

    friend bool operator==(const FundCategory &a, const FundCategory &b) { return a.id == b.id && a.label == b.label; }
};

// The Bochum-Fonds rules. Money in euro cents and shares in basis points (1 % = 100), so the
// rules maths never meets a binary fraction.
struct FundRules
{
    int version = 0;
    QString currency;
    qint64 annualBudgetCents = -1; // -1: not given
    qint64 maxFundingCents = 0;
    qint64 smallApplicationLimitCents = 0;
    int minOwnShareBasisPoints = 0;
    qint64 hourlyRateCents = 0;
    QList<FundCategory> categories;
    LocalizedText privacyNotice;
    QUrl fundUrl;

    QJsonObject toJson() const;

    friend bool operator==(const FundRules &a, const FundRules &b) { return a.toJson() == b.toJson(); }
};

namespace Money {
// Ten billion euros is far beyond any fund; the bound keeps a double exact to the cent.
constexpr double maxEuros = 1e10;
// Euros as a JSON number (at most two decimals) to cents; false when not representable.
bool eurosToCents(double euros, qint64 *cents);
double centsToEuros(qint64 cents);
} // namespace Money

} // namespace stadtlabor
