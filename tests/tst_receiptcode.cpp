// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptcode.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <cstring>

using namespace stadtlabor;

namespace {

constexpr int radix = 32;

QString alphabetString()
{
    return QString::fromLatin1(ReceiptCode::alphabet);
}

// Positions of the 11 symbols in the canonical "BF-XXXX-XXXX-XXC".
QList<int> symbolPositions()
{
    return {3, 4, 5, 6, 8, 9, 10, 11, 13, 14, 15};
}

// A UUID from 16 bytes of a seeded generator: all 128 bits random, also those a version 4
// UUID fixes, so every symbol value occurs at every position.
QUuid randomUuid(QRandomGenerator *rng)
{
    QByteArray bytes(16, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char(rng->bounded(256));
    return QUuid::fromRfc4122(bytes);
}

// A UUID whose first 50 bits are the given 10 symbol values; the other 78 bits are `fill`.
QUuid uuidFromValues(const QList<int> &values, bool fill = false)
{
    QByteArray bytes(16, fill ? char(0xff) : '\0');
    for (int i = 0; i < values.size(); ++i) {
        for (int b = 0; b < 5; ++b) {
            const int bit = i * 5 + b;
            const char mask = char(1 << (7 - bit % 8));
            if (values.at(i) & (1 << (4 - b)))
                bytes[bit / 8] = char(bytes.at(bit / 8) | mask);
            else
                bytes[bit / 8] = char(bytes.at(bit / 8) & ~mask);
        }
    }
    return QUuid::fromRfc4122(bytes);
}

QString swapped(QString code, int a, int b)
{
    const QChar t = code.at(a);
    code[a] = code.at(b);
    code[b] = t;
    return code;
}

struct TranspositionCount
{
    int tried = 0;
    int caught = 0;
    QStringList missedPairs; // each sorted, e.g. "2Z"
};

// Every adjacent transposition of two distinct symbols (the check symbol included) of `code`.
void countTranspositions(const QString &code, TranspositionCount *count)
{
    const QList<int> pos = symbolPositions();
    for (int i = 0; i + 1 < pos.size(); ++i) {
        const QChar a = code.at(pos.at(i));
        const QChar b = code.at(pos.at(i + 1));
        if (a == b)
            continue;
        ++count->tried;
        if (!ReceiptCode::isValid(swapped(code, pos.at(i), pos.at(i + 1)))) {
            ++count->caught;
        } else {
            QString pair = a < b ? QString(a) + b : QString(b) + a;
            if (!count->missedPairs.contains(pair))
                count->missedPairs.append(pair);
        }
    }
}

} // namespace

class TestReceiptCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(int(std::strlen(ReceiptCode::alphabet)), radix);
        QCOMPARE(QString::fromLatin1(ReceiptCode::prefix), QStringLiteral("BF"));
    }

    void alphabetHasNoLookAlikes()
    {
        const QString alphabet = alphabetString();
        for (const QChar c : {u'0', u'1', u'I', u'O'})
            QVERIFY2(!alphabet.contains(c), qPrintable(QString(c)));
        QCOMPARE(QSet<QChar>(alphabet.begin(), alphabet.end()).size(), radix);
    }

    void format()
    {
        const QRegularExpression re(QStringLiteral("^BF-[%1]{4}-[%1]{4}-[%1]{3}$").arg(alphabetString()));
        QVERIFY(re.isValid());
        for (int i = 0; i < 1000; ++i) {
            const QString code = ReceiptCode::fromUuid(QUuid::createUuid());
            QVERIFY2(re.match(code).hasMatch(), qPrintable(code));
            QVERIFY2(ReceiptCode::isValid(code), qPrintable(code));
        }
    }

    // Vectors computed independently (Python, Luhn mod N as on Wikipedia): they pin the bit
    // order (first 50 bits, big-endian, 5 bits per symbol) and the check symbol.
    void knownVectors_data()
    {
        QTest::addColumn<QUuid>("uuid");
        QTest::addColumn<QString>("code");
        QTest::newRow("null") << QUuid() << QStringLiteral("BF-2222-2222-222");
        QTest::newRow("all ones")
            << QUuid(QStringLiteral("ffffffff-ffff-ffff-ffff-ffffffffffff")) << QStringLiteral("BF-ZZZZ-ZZZZ-ZZC");
        QTest::newRow("values 0 to 9")
            << QUuid(QStringLiteral("00443214-c742-4000-0000-000000000000")) << QStringLiteral("BF-2345-6789-ABU");
        QTest::newRow("values 31 down to 22")
            << QUuid(QStringLiteral("ffbbcdeb-38bd-bfff-ffff-ffffffffffff")) << QStringLiteral("BF-ZYXW-VUTS-RQJ");
    }

    void knownVectors()
    {
        QFETCH(QUuid, uuid);
        QFETCH(QString, code);
        QCOMPARE(ReceiptCode::fromUuid(uuid), code);
        QVERIFY(ReceiptCode::isValid(code));
    }

    void onlyTheFirst50BitsCount()
    {
        QList<int> values;
        for (int i = 0; i < ReceiptCode::dataLength; ++i)
            values.append(i);
        QCOMPARE(uuidFromValues(values), QUuid(QStringLiteral("00443214-c742-4000-0000-000000000000")));
        QCOMPARE(ReceiptCode::fromUuid(uuidFromValues(values, true)), ReceiptCode::fromUuid(uuidFromValues(values)));
    }

    void deterministic()
    {
        const QUuid uuid = QUuid::createUuid();
        const QString code = ReceiptCode::fromUuid(uuid);
        QCOMPARE(ReceiptCode::fromUuid(uuid), code);
        QCOMPARE(ReceiptCode::fromUuid(QUuid(uuid.toString())), code);
        QCOMPARE(ReceiptCode::fromUuid(QUuid::fromRfc4122(uuid.toRfc4122())), code);
    }

    void differentUuidsDifferentCodes()
    {
        const QUuid a = QUuid::createUuid();
        QUuid b = QUuid::createUuid();
        QVERIFY(a != b);
        QVERIFY(ReceiptCode::fromUuid(a) != ReceiptCode::fromUuid(b));

        // One flipped bit in the first 50 changes the code.
        QByteArray bytes = a.toRfc4122();
        for (int bit = 0; bit < 50; ++bit) {
            QByteArray flipped = bytes;
            flipped[bit / 8] = char(flipped.at(bit / 8) ^ (1 << (7 - bit % 8)));
            QVERIFY2(ReceiptCode::fromUuid(QUuid::fromRfc4122(flipped)) != ReceiptCode::fromUuid(a),
                     qPrintable(QString::number(bit)));
        }
    }

    // 100,000 version 4 UUIDs. They carry 48 random bits in the first 50 (bits 48 and 49 are
    // the version's "01"), so the chance of any collision here is about 1.8e-5.
    void uniqueOver100000()
    {
        constexpr int n = 100000;
        QSet<QString> codes;
        codes.reserve(n);
        QStringList duplicates;
        for (int i = 0; i < n; ++i) {
            const QString code = ReceiptCode::fromUuid(QUuid::createUuid());
            if (codes.contains(code))
                duplicates.append(code);
            codes.insert(code);
        }
        QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(u' ')));
        QCOMPARE(codes.size(), n);
    }

    // 200 codes x 11 positions x 31 other symbols: every substitution is rejected.
    void everySingleSubstitutionRejected()
    {
        QRandomGenerator rng(20240611);
        const QString alphabet = alphabetString();
        const QList<int> pos = symbolPositions();
        int checks = 0;
        QStringList accepted;
        for (int c = 0; c < 200; ++c) {
            const QString code = ReceiptCode::fromUuid(randomUuid(&rng));
            QVERIFY(ReceiptCode::isValid(code));
            for (int p : pos) {
                for (const QChar s : alphabet) {
                    if (s == code.at(p))
                        continue;
                    QString typo = code;
                    typo[p] = s;
                    ++checks;
                    if (ReceiptCode::isValid(typo))
                        accepted.append(code + QStringLiteral(" -> ") + typo);
                }
            }
        }
        QCOMPARE(checks, 200 * 11 * 31);
        QVERIFY2(accepted.isEmpty(), qPrintable(accepted.mid(0, 10).join(QStringLiteral(", "))));
    }

    void adjacentTranspositions()
    {
        QRandomGenerator rng(4711);
        TranspositionCount count;
        for (int c = 0; c < 2000; ++c)
            countTranspositions(ReceiptCode::fromUuid(randomUuid(&rng)), &count);
        const double rate = double(count.caught) / count.tried;
        qInfo("adjacent transpositions, random 128-bit UUIDs: %d of %d caught (%.3f %%), missed pairs: %s",
              count.caught, count.tried, 100.0 * rate, qPrintable(count.missedPairs.join(u' ')));
        QVERIFY2(rate >= 0.95, qPrintable(QString::number(rate)));
        // Luhn mod 32 misses exactly the pair of values 0 and 31.
        for (const QString &pair : count.missedPairs)
            QCOMPARE(pair, QStringLiteral("2Z"));

        TranspositionCount v4;
        for (int c = 0; c < 2000; ++c)
            countTranspositions(ReceiptCode::fromUuid(QUuid::createUuid()), &v4);
        qInfo("adjacent transpositions, version 4 UUIDs: %d of %d caught (%.3f %%)", v4.caught, v4.tried,
              100.0 * v4.caught / v4.tried);
        QVERIFY(double(v4.caught) / v4.tried >= 0.95);
    }

    // Every ordered pair of distinct values at every adjacent pair of data positions: only
    // 2/Z and Z/2 slip through.
    void transpositionsExhaustive()
    {
        QRandomGenerator rng(99);
        int tried = 0;
        int caught = 0;
        const QList<int> pos = symbolPositions();
        for (int p = 0; p + 1 < ReceiptCode::dataLength; ++p) {
            for (int a = 0; a < radix; ++a) {
                for (int b = 0; b < radix; ++b) {
                    if (a == b)
                        continue;
                    QList<int> values;
                    for (int i = 0; i < ReceiptCode::dataLength; ++i)
                        values.append(int(rng.bounded(radix)));
                    values[p] = a;
                    values[p + 1] = b;
                    const QString code = ReceiptCode::fromUuid(uuidFromValues(values));
                    const bool missed = ReceiptCode::isValid(swapped(code, pos.at(p), pos.at(p + 1)));
                    const bool zeroAndMax = (a == 0 && b == radix - 1) || (a == radix - 1 && b == 0);
                    QVERIFY2(missed == zeroAndMax, qPrintable(code));
                    ++tried;
                    caught += missed ? 0 : 1;
                }
            }
        }
        qInfo("adjacent transpositions, every pair of values at every data position: %d of %d caught (%.3f %%)",
              caught, tried, 100.0 * caught / tried);
        QCOMPARE(tried - caught, (ReceiptCode::dataLength - 1) * 2);
    }

    void caseHyphensAndSpaces()
    {
        const QString code = ReceiptCode::fromUuid(QUuid::createUuid());
        QString bare = code;
        bare.remove(u'-');
        QCOMPARE(bare.size(), 13);
        const QStringList spellings{
            code.toLower(),
            bare,
            bare.toLower(),
            QString(code).replace(u'-', u' '),
            QStringLiteral("  ") + code + QStringLiteral(" "),
            code + u'-',
            bare.left(2) + u' ' + bare.mid(2, 5).toLower() + u'-' + bare.mid(7),
            bare.left(1) + u'-' + bare.mid(1),
        };
        for (const QString &s : spellings) {
            QVERIFY2(ReceiptCode::isValid(s), qPrintable(s));
            QCOMPARE(ReceiptCode::normalized(s), code);
        }
    }

    void rejected()
    {
        // A fixed code with an S in it, for the long-s case below.
        const QString code = ReceiptCode::fromUuid(QUuid(QStringLiteral("ffbbcdeb-38bd-bfff-ffff-ffffffffffff")));
        QCOMPARE(code, QStringLiteral("BF-ZYXW-VUTS-RQJ"));
        QString bare = code;
        bare.remove(u'-');
        const QString body = bare.mid(2);

        const QStringList bad{
            QString(),
            QStringLiteral("BF"),
            QStringLiteral("BF-"),
            QStringLiteral("---"),
            body,                            // no prefix
            QStringLiteral("BG") + body,     // wrong prefix
            QStringLiteral("FB") + body,
            QStringLiteral("XX") + body,
            QStringLiteral("B") + body,
            QStringLiteral("BFF") + body,    // 12 symbols
            QStringLiteral("BF") + body.left(10),
            QStringLiteral("BF") + body + u'2',
            QStringLiteral("BF") + body + body,
            QStringLiteral("BF_ZYXW_VUTS_RQJ"),
            QStringLiteral("BF.ZYXW.VUTS.RQJ"),
            QStringLiteral("BF-ZYXW-VU") + QChar(0x017F) + QStringLiteral("T-RQJ"), // long s, toUpper() is S
            QStringLiteral("BF-ZYXW-VUT") + QChar(0x00DF) + QStringLiteral("-RQJ"), // sharp s, toUpper() is SS
            QStringLiteral("BF-ZYXW-VUTS-RQJ") + QChar(0),
        };
        for (const QString &s : bad) {
            QVERIFY2(!ReceiptCode::isValid(s), qPrintable(s));
            QVERIFY2(ReceiptCode::normalized(s).isEmpty(), qPrintable(s));
        }

        // The look-alikes 0, 1, I, O (and their lower case) at every position.
        const QList<int> pos = symbolPositions();
        for (int p : pos) {
            for (const QChar c : {u'0', u'1', u'I', u'O', u'i', u'o'}) {
                QString typo = code;
                typo[p] = c;
                QVERIFY2(!ReceiptCode::isValid(typo), qPrintable(typo));
                QVERIFY2(ReceiptCode::normalized(typo).isEmpty(), qPrintable(typo));
            }
        }
    }

    void normalizedRoundTrip()
    {
        for (int i = 0; i < 1000; ++i) {
            const QString code = ReceiptCode::fromUuid(QUuid::createUuid());
            QCOMPARE(ReceiptCode::normalized(code), code);
            QString sloppy = code.toLower();
            sloppy.remove(u'-');
            sloppy.insert(5, u' ');
            const QString n = ReceiptCode::normalized(sloppy);
            QCOMPARE(n, code);
            QCOMPARE(ReceiptCode::normalized(n), n);
            QVERIFY(ReceiptCode::isValid(n));
        }
        QVERIFY(ReceiptCode::normalized(QStringLiteral("BF-2222-2222-223")).isEmpty());
        QCOMPARE(ReceiptCode::normalized(QStringLiteral("bf 2222 2222 222")), QStringLiteral("BF-2222-2222-222"));
    }
};

QTEST_GUILESS_MAIN(TestReceiptCode)
#include "tst_receiptcode.moc"
