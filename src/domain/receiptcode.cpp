// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptcode.h"

#include <QByteArray>

#include <cstring>

namespace stadtlabor {

namespace ReceiptCode {

namespace {

constexpr int radix = 32;
constexpr int bitsPerSymbol = 5;
constexpr int codeLength = dataLength + 1; // data symbols and the check symbol

static_assert(sizeof(alphabet) == radix + 1, "the alphabet has 32 symbols");
static_assert(dataLength * bitsPerSymbol <= 128, "a UUID has 128 bits");

// The value of an upper-case ASCII symbol, or -1 when it is not in the alphabet.
int valueOf(char16_t c)
{
    for (int v = 0; v < radix; ++v) {
        if (char16_t(alphabet[v]) == c)
            return v;
    }
    return -1;
}

QChar symbolOf(int value)
{
    return QChar(char16_t(alphabet[value]));
}

// Luhn mod N (N = 32) over the data symbols' values: starting from the rightmost data symbol,
// every other value is doubled and its two base-32 "digits" added up. The doubling is a
// permutation of 0..31 (2v for v < 16, 2v - 31 otherwise), so every single substitution changes
// the sum; an adjacent transposition is missed only for the pair 0 and 31 ("2" and "Z").
int checkValue(const int *values, int count)
{
    int factor = 2;
    int sum = 0;
    for (int i = count - 1; i >= 0; --i) {
        int addend = factor * values[i];
        addend = addend / radix + addend % radix;
        sum += addend;
        factor = factor == 2 ? 1 : 2;
    }
    return (radix - sum % radix) % radix;
}

QString format(const int *values)
{
    QString out;
    out.reserve(int(std::strlen(prefix)) + 1 + codeLength + 2);
    out += QLatin1String(prefix);
    for (int i = 0; i < codeLength; ++i) {
        if (i % 4 == 0)
            out += u'-';
        out += symbolOf(values[i]);
    }
    return out;
}

// The 11 symbol values of `code` when it is well formed and its check matches.
bool parse(const QString &code, int *values)
{
    const int prefixLength = int(std::strlen(prefix));
    int seen = 0; // characters of prefix and symbols taken so far
    for (const QChar ch : code) {
        char16_t c = ch.unicode();
        if (c == u'-' || ch.isSpace())
            continue;
        // ASCII only: QString::toUpper() would turn "ß" into "SS" or the long s into "S".
        if (c >= u'a' && c <= u'z')
            c = char16_t(c - u'a' + u'A');
        if (seen < prefixLength) {
            if (c != char16_t(prefix[seen]))
                return false;
        } else {
            const int index = seen - prefixLength;
            if (index >= codeLength)
                return false;
            const int v = valueOf(c);
            if (v < 0)
                return false;
            values[index] = v;
        }
        ++seen;
    }
    if (seen != prefixLength + codeLength)
        return false;
    return checkValue(values, dataLength) == values[dataLength];
}

} // namespace

QString fromUuid(const QUuid &uuid)
{
    const QByteArray bytes = uuid.toRfc4122(); // 16 bytes, big-endian
    int values[codeLength] = {};
    for (int i = 0; i < dataLength; ++i) {
        int v = 0;
        for (int b = 0; b < bitsPerSymbol; ++b) {
            const int bit = i * bitsPerSymbol + b;
            const int byte = static_cast<unsigned char>(bytes.at(bit / 8));
            v = (v << 1) | ((byte >> (7 - bit % 8)) & 1);
        }
        values[i] = v;
    }
    values[dataLength] = checkValue(values, dataLength);
    return format(values);
}

bool isValid(const QString &code)
{
    int values[codeLength] = {};
    return parse(code, values);
}

QString normalized(const QString &code)
{
    int values[codeLength] = {};
    if (!parse(code, values))
        return QString();
    return format(values);
}

} // namespace ReceiptCode

} // namespace stadtlabor
