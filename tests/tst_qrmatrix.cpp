// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcodeitem.h"
#include "qrmatrix.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <zbar.h>

#include <memory>

using namespace stadtlabor;

namespace {

// What zbar reads from a picture: each QR code found, as raw bytes (binary mode: no guessing
// of a character set) and as the text zbar makes of them, as a phone's scanner would.
struct Decoded
{
    QList<QByteArray> raw;
    QList<QByteArray> text;
};

QList<QByteArray> scanWith(const QImage &picture, bool binary)
{
    const QImage grey = picture.convertToFormat(QImage::Format_Grayscale8);
    // zbar wants the rows packed without padding (Y800: one byte a pixel).
    QByteArray pixels;
    pixels.reserve(grey.width() * grey.height());
    for (int y = 0; y < grey.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(grey.constScanLine(y)), grey.width());

    std::unique_ptr<zbar::zbar_image_scanner_t, decltype(&zbar::zbar_image_scanner_destroy)> scanner(
        zbar::zbar_image_scanner_create(), &zbar::zbar_image_scanner_destroy);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    if (binary)
        zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_BINARY, 1);
    std::unique_ptr<zbar::zbar_image_t, decltype(&zbar::zbar_image_destroy)> image(zbar::zbar_image_create(),
                                                                                 &zbar::zbar_image_destroy);
    zbar::zbar_image_set_format(image.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar::zbar_image_set_size(image.get(), unsigned(grey.width()), unsigned(grey.height()));
    zbar::zbar_image_set_data(image.get(), pixels.constData(), unsigned(pixels.size()), nullptr);

    QList<QByteArray> found;
    if (zbar::zbar_scan_image(scanner.get(), image.get()) <= 0)
        return found;
    for (const zbar::zbar_symbol_t *symbol = zbar::zbar_image_first_symbol(image.get()); symbol;
         symbol = zbar::zbar_symbol_next(symbol)) {
        if (zbar::zbar_symbol_get_type(symbol) == zbar::ZBAR_QRCODE)
            found.append(QByteArray(zbar::zbar_symbol_get_data(symbol), int(zbar::zbar_symbol_get_data_length(symbol))));
    }
    return found;
}

Decoded decode(const QImage &picture)
{
    return {scanWith(picture, true), scanWith(picture, false)};
}

// The item as the pages use it, painted onto a background of the page's colour.
QImage render(const QString &text, int side, const QColor &color = Qt::black)
{
    QrCodeItem item;
    item.setSize(QSizeF(side, side));
    item.setColor(color);
    item.setText(text);
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(QColor(0xf4, 0xf1, 0xea));
    QPainter painter(&image);
    item.paint(&painter);
    painter.end();
    return image;
}

// The 7x7 finder pattern every QR code has in three corners: a dark ring, a light ring, a
// dark 3x3 centre.
bool hasFinderAt(const QrMatrix &m, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (m.isDark(left + x, top + y) != (ring || centre))
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void encodesLinkWithFinderPatterns()
    {
        const QrMatrix m = QrMatrix::encode(QStringLiteral("https://www.bochum-mitgestalten.de"));
        QVERIFY(m.isValid());
        QVERIFY(m.size() >= 21);
        QCOMPARE((m.size() - 17) % 4, 0); // QR sizes are 17 + 4 * version
        QVERIFY(hasFinderAt(m, 0, 0));
        QVERIFY(hasFinderAt(m, m.size() - 7, 0));
        QVERIFY(hasFinderAt(m, 0, m.size() - 7));
        QVERIFY(!hasFinderAt(m, m.size() - 7, m.size() - 7)); // the fourth corner has none
    }

    void differentTextsGiveDifferentCodes()
    {
        const QrMatrix a = QrMatrix::encode(QStringLiteral("https://www.bochum.de/a"));
        const QrMatrix b = QrMatrix::encode(QStringLiteral("https://www.bochum.de/b"));
        const QrMatrix a2 = QrMatrix::encode(QStringLiteral("https://www.bochum.de/a"));
        QCOMPARE(a.size(), b.size());
        bool differs = false;
        bool same = true;
        for (int y = 0; y < a.size(); ++y) {
            for (int x = 0; x < a.size(); ++x) {
                differs = differs || a.isDark(x, y) != b.isDark(x, y);
                same = same && a.isDark(x, y) == a2.isDark(x, y);
            }
        }
        QVERIFY(differs);
        QVERIFY(same);
    }

    void longerTextNeedsLargerCode()
    {
        const QrMatrix shortCode = QrMatrix::encode(QStringLiteral("https://x.de"));
        const QrMatrix longCode = QrMatrix::encode(QStringLiteral("https://www.bochum.de/") + QString(200, u'a'));
        QVERIFY(longCode.size() > shortCode.size());
    }

    void refusesEmptyAndHugeInput()
    {
        QVERIFY(!QrMatrix::encode(QString()).isValid());
        QVERIFY(!QrMatrix::encode(QString(QrMatrix::maxInputBytes + 1, u'x')).isValid());
        QVERIFY(QrMatrix::encode(QString(QrMatrix::maxInputBytes, u'x')).isValid());
    }

    void itemPaintsTheModules()
    {
        QrCodeItem item;
        item.setSize(QSizeF(300, 300));
        QSignalSpy spy(&item, &QrCodeItem::textChanged);
        item.setText(QStringLiteral("https://www.bochum.de/smartcity"));
        QCOMPARE(spy.count(), 1);
        QVERIFY(item.isValid());

        QImage image(300, 300, QImage::Format_RGB32);
        image.fill(Qt::red);
        QPainter painter(&image);
        item.paint(&painter);
        painter.end();

        // Same geometry as the item: whole pixels per module, four modules of quiet zone.
        const QrMatrix m = QrMatrix::encode(item.text());
        const int total = m.size() + 8;
        const int module = 300 / total;
        const int offset = (300 - module * total) / 2 + 4 * module;
        int checked = 0;
        for (int y = 0; y < m.size(); ++y) {
            for (int x = 0; x < m.size(); ++x) {
                const QColor pixel = image.pixelColor(offset + x * module + module / 2, offset + y * module + module / 2);
                QCOMPARE(pixel == QColor(Qt::black), m.isDark(x, y));
                ++checked;
            }
        }
        QCOMPARE(checked, m.size() * m.size());
        QCOMPARE(image.pixelColor(offset - 2 * module, offset - 2 * module), QColor(Qt::white)); // quiet zone
    }

    // What the kiosk shows is what a phone reads: the painted code, decoded by zbar, gives
    // back exactly the text, byte for byte.
    void renderedCodeDecodesToTheText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("side");
        QTest::newRow("ascii") << QStringLiteral("Stadtlabor Bochum") << 320;
        QTest::newRow("umlauts") << QString::fromUtf8("Grüße aus Wattenscheid: Höntrop, Günnigfeld, Straße") << 320;
        QTest::newRow("status link") << QStringLiteral("https://hub.example.org/status/ABCD-EFGH-JKLM") << 320;
        QTest::newRow("fund link") << QStringLiteral("https://www.bochum.de/Bochum-Fonds?quelle=kiosk&seite=1#regeln") << 320;
        QTest::newRow("emoji") << QString::fromUtf8("Idee \xF0\x9F\x8C\xB3 für den Park") << 320;
        QTest::newRow("long link") << (QStringLiteral("https://hub.example.org/projects/") + QString(300, u'x')) << 640;
        QTest::newRow("largest") << QString(QrMatrix::maxInputBytes, u'7') << 900;
    }

    void renderedCodeDecodesToTheText()
    {
        QFETCH(QString, text);
        QFETCH(int, side);
        const QImage image = render(text, side);
        const Decoded d = decode(image);
        QCOMPARE(d.raw.size(), 1);
        QCOMPARE(d.raw.first(), text.toUtf8());
        QCOMPARE(d.text.size(), 1);
        QCOMPARE(QString::fromUtf8(d.text.first()), text); // zbar's own reading of the bytes as text
        // In a colour of its own on the page's background too.
        const Decoded coloured = decode(render(text, side, QColor(0x1d, 0x3a, 0x5f)));
        QCOMPARE(coloured.raw, QList<QByteArray>{text.toUtf8()});
    }

    // The check can fail: another text, or a damaged code, does not decode to the text.
    void decodingTellsCodesApart()
    {
        const QString text = QStringLiteral("https://hub.example.org/status/ABCD-EFGH-JKLM");
        const Decoded other = decode(render(QStringLiteral("https://hub.example.org/status/ABCD-EFGH-JKLN"), 320));
        QCOMPARE(other.raw, QList<QByteArray>{QByteArray("https://hub.example.org/status/ABCD-EFGH-JKLN")});
        QVERIFY(other.raw.first() != text.toUtf8());
        QImage damaged = render(text, 320);
        QPainter painter(&damaged);
        painter.fillRect(QRect(0, 0, 160, 160), Qt::white); // a finder pattern gone
        painter.end();
        QVERIFY(decode(damaged).raw.isEmpty());
        QImage blank(320, 320, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(decode(blank).raw.isEmpty());
    }

    void itemWithoutTextPaintsNothing()
    {
        QrCodeItem item;
        item.setSize(QSizeF(100, 100));
        QImage image(100, 100, QImage::Format_RGB32);
        image.fill(Qt::red);
        QPainter painter(&image);
        item.paint(&painter);
        painter.end();
        QCOMPARE(image.pixelColor(50, 50), QColor(Qt::red));
        QVERIFY(!item.isValid());
    }
};

QTEST_MAIN(TestQrMatrix)
#include "tst_qrmatrix.moc"
