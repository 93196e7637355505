// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrmatrix.h"

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace stadtlabor {

QrMatrix QrMatrix::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.size() > maxInputBytes)
        return {};
    // Level M survives a scratched or glare-covered screen; 8-bit mode keeps the URL's case.
    std::unique_ptr<QRinput, decltype(&QRinput_free)> input(QRinput_new2(0, QR_ECLEVEL_M), &QRinput_free);
    if (!input)
        return {};
    // Bytes beyond ASCII: an ECI designator says they are UTF-8 (ECI 26). Without it a scanner
    // guesses the character set, and zbar, for one, reads "Grüße" as Shift-JIS. Plain ASCII
    // (every link) stays without, as short and as widely readable as before.
    const bool ascii = std::all_of(utf8.cbegin(), utf8.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    constexpr unsigned int eciUtf8 = 26;
    if ((!ascii && QRinput_appendECIheader(input.get(), eciUtf8) != 0)
        || QRinput_append(input.get(), QR_MODE_8, int(utf8.size()), reinterpret_cast<const unsigned char *>(utf8.constData())) != 0)
        return {};
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeInput(input.get()), &QRcode_free);
    if (!code)
        return {};
    QrMatrix m;
    m.m_size = code->width;
    m.m_modules.resize(code->width * code->width);
    for (int i = 0; i < m.m_modules.size(); ++i)
        m.m_modules[i] = code->data[i] & 1; // bit 0: dark module
    return m;
}

} // namespace stadtlabor
