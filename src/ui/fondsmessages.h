// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fondsidea.h"

#include <QCoreApplication>
#include <QString>

namespace stadtlabor {

// The words a visitor reads for each problem the Bochum-Fonds validation finds.
class FondsMessages
{
    Q_DECLARE_TR_FUNCTIONS(FondsMessages)

public:
    // `assessment` explains an "amounts" problem; `amountsReadable` false means some amount
    // was not a number at all.
    static QString text(const FieldError &error, bool amountsReadable, const FundAssessment &assessment);
};

} // namespace stadtlabor
