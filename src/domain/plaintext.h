// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stadtlabor::PlainText {

// What a visitor typed, made safe to store and show: control characters removed (line
// breaks kept, tabs become spaces), surrounding white space trimmed, at most maxLength
// characters (code points, as people count them). The same rule on the kiosk and the hub.
QString clean(const QString &text, int maxLength);

// Characters as people count them (an emoji is one).
int length(const QString &text);

} // namespace stadtlabor::PlainText
