// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrmatrix.h"

#include <qrencode.h>

#include <memory>

namespace stadtlabor {

QrMatrix QrMatrix::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.size() > maxInputBytes)
        return {};
    // Level M survives a scratched or glare-covered screen; 8-bit mode keeps the URL's case.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
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
