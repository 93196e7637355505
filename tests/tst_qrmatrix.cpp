// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcodeitem.h"
#include "qrmatrix.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace stadtlabor;

namespace {

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
