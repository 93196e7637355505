// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloadformat.h"

namespace stadtlabor {

namespace {

// The released steps: steps[i] turns format i + 1 into format i + 2. Append only, like the
// database's migrations: a kiosk in the field may still hold rows of every format.
const QList<PayloadFormat::Step> &releasedSteps()
{
    static const QList<PayloadFormat::Step> steps = {};
    return steps;
}

QList<PayloadFormat::Step> &testSteps()
{
    static QList<PayloadFormat::Step> steps;
    return steps;
}

} // namespace

int PayloadFormat::current()
{
    return 1 + int(releasedSteps().size() + testSteps().size());
}

int PayloadFormat::oldestAccepted()
{
    return qMax(1, current() - 1);
}

std::optional<QJsonObject> PayloadFormat::upgrade(const QString &kind, int from, const QJsonObject &payload)
{
    if (!accepts(from))
        return std::nullopt;
    const QList<Step> steps = releasedSteps() + testSteps();
    QJsonObject out = payload;
    for (int version = from; version < current(); ++version)
        out = steps.at(version - 1)(kind, out);
    return out;
}

void PayloadFormat::bumpForTesting(Step step)
{
    testSteps().append(step);
}

void PayloadFormat::resetForTesting()
{
    testSteps().clear();
}

} // namespace stadtlabor
