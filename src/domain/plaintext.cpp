// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintext.h"

#include <QList>
#include <QTextBoundaryFinder>

namespace stadtlabor::PlainText {

namespace {

// Format characters show nothing but can reorder what is shown (bidi overrides) or make a
// text look empty; only the joiners that emoji and some scripts need are kept.
bool isKept(char32_t c)
{
    if (c == U'\n')
        return true;
    if (c == U'\r')
        return false;
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Other_Control)
        return false;
    if (category == QChar::Other_Format)
        return c == 0x200C || c == 0x200D; // zero-width non-joiner and joiner
    return true;
}

// Where the first `count` characters (grapheme clusters) end, in UTF-16 units.
qsizetype endOfCharacters(const QString &text, int count)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int seen = 0;
    while (seen < count && finder.toNextBoundary() >= 0)
        ++seen;
    return finder.position() < 0 ? text.size() : finder.position();
}

} // namespace

// Whether strip() would change nothing: most texts are like that, and the hub checks
// thousands of them per request, so this is worth a scan without copying.
bool isAlreadyStripped(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7f)
            continue;
        if (u == '\n')
            continue;
        if (u < 0x80 || c.isSurrogate() || u == 0x2028 || u == 0x2029 || !isKept(char32_t(u)))
            return false;
    }
    return true;
}

QString strip(const QString &text)
{
    if (isAlreadyStripped(text))
        return text;
    QString out;
    out.reserve(text.size());
    // toUcs4() has already turned a broken surrogate into U+FFFD, which is stored as such.
    for (const uint c : text.toUcs4()) {
        // Tabs become spaces; the Unicode line and paragraph separators become line breaks.
        const char32_t codePoint = c == '\t' ? U' ' : (c == 0x2028 || c == 0x2029) ? U'\n' : char32_t(c);
        if (isKept(codePoint))
            out.append(QString::fromUcs4(&codePoint, 1));
    }
    return out;
}

QString clean(const QString &text, int maxLength)
{
    QString out = strip(text).trimmed();
    // A text of n UTF-16 units has at most n characters: count graphemes only when it could matter.
    if (maxLength >= 0 && out.size() > maxLength && length(out) > maxLength)
        out = out.left(endOfCharacters(out, maxLength)).trimmed();
    return out;
}

int length(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() >= 0 && finder.position() > 0)
        ++count;
    return count;
}

QString truncated(const QString &text, int maxLength)
{
    return length(text) > maxLength ? text.left(endOfCharacters(text, maxLength)) : text;
}

} // namespace stadtlabor::PlainText
