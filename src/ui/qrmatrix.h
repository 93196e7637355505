// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace stadtlabor {

// A QR code as a square of dark and light modules, made with libqrencode.
class QrMatrix
{
public:
    static constexpr int maxInputBytes = 1200; // a link, not a document

    static QrMatrix encode(const QString &text);

    bool isValid() const { return m_size > 0; }
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace stadtlabor
