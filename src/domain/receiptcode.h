// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace stadtlabor {

// The short code a Bochum-Fonds applicant takes home, e.g. "BF-7K3Q-9XJ2-M43": derived from
// the idea's UUID, in an alphabet without look-alikes (no 0/O, 1/I), with a check character
// that catches every single mistyped character.
namespace ReceiptCode {

// 32 symbols: digits 2-9 and the letters without I and O.
inline constexpr char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
inline constexpr int dataLength = 10; // the first 50 bits of the UUID (48 random in a version 4)
inline constexpr const char *prefix = "BF";

QString fromUuid(const QUuid &uuid);
// True when `code` (any case, with or without hyphens and spaces) is well formed and its
// check character matches.
bool isValid(const QString &code);
// The canonical spelling ("BF-XXXX-XXXX-XXC"), or empty when the code is not valid.
QString normalized(const QString &code);

} // namespace ReceiptCode

} // namespace stadtlabor
