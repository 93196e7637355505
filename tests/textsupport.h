// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small text helpers the domain tests share.

#include <QByteArray>
#include <QRandomGenerator>
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

// One random change to a document: flip a byte, drop a run, duplicate a run, or insert JSON
// punctuation; for the tests that throw damaged documents at a parser.
inline QByteArray mutate(QByteArray data, QRandomGenerator &rng)
{
    static const char symbols[] = "{}[]\":,0123456789-.eE\\ntrufals\x00\xff";
    static const QByteArray punctuation(symbols, sizeof(symbols) - 1);
    const int changes = 1 + int(rng.bounded(4));
    for (int c = 0; c < changes && !data.isEmpty(); ++c) {
        const int at = int(rng.bounded(quint32(data.size())));
        switch (rng.bounded(4)) {
        case 0:
            data[at] = char(rng.bounded(256));
            break;
        case 1:
            data.remove(at, int(rng.bounded(quint32(qMin<qsizetype>(64, data.size() - at))) + 1));
            break;
        case 2:
            data.insert(at, data.mid(at, int(rng.bounded(64u))));
            break;
        default:
            data.insert(at, punctuation.at(int(rng.bounded(quint32(punctuation.size())))));
            break;
        }
    }
    return data;
}

} // namespace stadtlabor::testsupport
