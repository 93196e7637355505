// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small text helpers the domain tests share.

#include <QString>
#include <QStringList>

namespace stadtlabor::testsupport {

// A UTF-8 literal as QString (QT_NO_CAST_FROM_ASCII is on).
inline QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

inline QString repeated(const QString &unit, int times)
{
    return unit.repeated(times);
}

// A list for a failure message, one entry a line.
inline QString joined(const QStringList &list)
{
    return list.isEmpty() ? QStringLiteral("(none)") : list.join(QStringLiteral("\n  "));
}

// U+1F600: two UTF-16 units, one character.
inline const QString grinning = QString::fromUtf8("\xF0\x9F\x98\x80");

} // namespace stadtlabor::testsupport
