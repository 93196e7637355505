// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qrmatrix.h"

#include <QColor>
#include <QQuickPaintedItem>

namespace stadtlabor {

// Shows a link as a QR code, so a visitor takes it along on their phone and the kiosk never
// opens a browser.
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY textChanged)
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    bool isValid() const { return m_matrix.isValid(); }
    int modules() const { return m_matrix.size(); }

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();
    void colorChanged();

private:
    QString m_text;
    QColor m_color = Qt::black;
    QrMatrix m_matrix;
};

} // namespace stadtlabor
