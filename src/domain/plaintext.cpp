// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintext.h"

#include <QList>

namespace stadtlabor::PlainText {

QString clean(const QString &text, int maxLength)
{
    QString out;
    out.reserve(text.size());
    for (const uint c : text.toUcs4()) {
        if (c == '\r')
            continue;
        if (c == '\t') {
            out.append(u' ');
            continue;
        }
        if (c != '\n' && QChar::category(c) == QChar::Other_Control)
            continue;
        // Lone surrogates cannot be encoded; toUcs4 hands them through as they are.
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        const char32_t codePoint = c;
        out.append(QString::fromUcs4(&codePoint, 1));
    }
    out = out.trimmed();
    if (maxLength >= 0 && length(out) > maxLength) {
        const QList<uint> codePoints = out.toUcs4();
        out = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), maxLength).trimmed();
    }
    return out;
}

int length(const QString &text)
{
    return static_cast<int>(text.toUcs4().size());
}

} // namespace stadtlabor::PlainText
