// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcodeitem.h"

#include <QPainter>

#include <cmath>

namespace stadtlabor {

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
}

void QrCodeItem::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_matrix = QrMatrix::encode(text);
    Q_EMIT textChanged();
    update();
}

void QrCodeItem::setColor(const QColor &color)
{
    if (m_color == color)
        return;
    m_color = color;
    Q_EMIT colorChanged();
    update();
}

void QrCodeItem::paint(QPainter *painter)
{
    if (!m_matrix.isValid())
        return;
    // Four modules of quiet zone around the code, as scanners expect; whole pixels per module
    // keep the edges sharp.
    const int total = m_matrix.size() + 8;
    const qreal side = std::min(width(), height());
    const int module = std::max(1, static_cast<int>(std::floor(side / total)));
    const int offsetX = static_cast<int>((width() - module * total) / 2) + 4 * module;
    const int offsetY = static_cast<int>((height() - module * total) / 2) + 4 * module;

    painter->fillRect(QRectF(offsetX - 4 * module, offsetY - 4 * module, module * total, module * total), Qt::white);
    for (int y = 0; y < m_matrix.size(); ++y) {
        for (int x = 0; x < m_matrix.size(); ++x) {
            if (m_matrix.isDark(x, y))
                painter->fillRect(offsetX + x * module, offsetY + y * module, module, module, m_color);
        }
    }
}

} // namespace stadtlabor
