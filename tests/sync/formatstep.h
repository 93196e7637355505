// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace stadtlabor::synctest {

// The test-only step to the next payload format: the content stays what the current parser
// reads (the kiosk keeps writing it), so a hub can check the upgraded payload as usual; what
// the tests see is that an older row is taken, stored in the newer format, and counted once.
inline QJsonObject nextTestFormat(const QString &kind, const QJsonObject &payload)
{
    Q_UNUSED(kind)
    return payload;
}

} // namespace stadtlabor::synctest
