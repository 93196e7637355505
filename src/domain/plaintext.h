// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stadtlabor::PlainText {

// What a visitor typed, made safe to store and show: control and invisible format characters
// removed (line breaks and the joiners emoji need are kept, tabs become spaces), surrounding
// white space trimmed, at most maxLength characters as people count them. The same rule on
// the kiosk and the hub.
QString clean(const QString &text, int maxLength);

// clean() without trimming or limiting: what a text field may hold while someone types.
QString strip(const QString &text);

// Characters as people count them: grapheme clusters, so an emoji flag or a family is one.
int length(const QString &text);

// The first maxLength characters (as length() counts them), never splitting one.
QString truncated(const QString &text, int maxLength);

} // namespace stadtlabor::PlainText
