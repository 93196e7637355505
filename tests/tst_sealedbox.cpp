// SPDX-License-Identifier: GPL-3.0-or-later
#include "sealedbox.h"

#include <QByteArray>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <sodium.h>

#include <optional>

using namespace stadtlabor;

namespace {

// A distinctive 20-byte marker and a name with umlauts, as they would appear in a record.
const QByteArray marker = QByteArrayLiteral("STADTLABOR-SEAL-0042");
const QByteArray umlautName = QByteArrayLiteral("J\xC3\xBCrgen M\xC3\xBCller-Gro\xC3\x9F\x65 aus Wattenscheid");

QByteArray personalRecord()
{
    return QByteArrayLiteral("{\"name\":\"") + umlautName + QByteArrayLiteral("\",\"email\":\"j.mueller@example.org\",\"ref\":\"")
        + marker + QByteArrayLiteral("\"}");
}

} // namespace

class TestSealedBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(marker.size(), 20);
        QVERIFY(QString::fromUtf8(umlautName).contains(QChar(0x00FC))); // really UTF-8 ü
        QVERIFY(SealedBox::initialize());
        QVERIFY(SealedBox::initialize()); // a second call is fine
    }

    void keyPair()
    {
        const SealedBox::KeyPair a = SealedBox::generateKeyPair();
        const SealedBox::KeyPair b = SealedBox::generateKeyPair();
        QCOMPARE(a.publicKey.size(), SealedBox::publicKeyBytes);
        QCOMPARE(a.secretKey.size(), SealedBox::secretKeyBytes);
        QVERIFY(a.publicKey != b.publicKey);
        QVERIFY(a.secretKey != b.secretKey);
        QVERIFY(a.publicKey != a.secretKey);

        // The public key belongs to the secret key.
        QByteArray derived(SealedBox::publicKeyBytes, '\0');
        QCOMPARE(crypto_scalarmult_base(reinterpret_cast<unsigned char *>(derived.data()),
                                        reinterpret_cast<const unsigned char *>(a.secretKey.constData())),
                 0);
        QCOMPARE(derived, a.publicKey);
    }

    void roundTrip()
    {
        const SealedBox::KeyPair keys = SealedBox::generateKeyPair();
        const QByteArray plaintext = personalRecord();
        const QByteArray sealed = SealedBox::seal(plaintext, keys.publicKey);
        QCOMPARE(sealed.size(), plaintext.size() + qsizetype(crypto_box_SEALBYTES));
        const std::optional<QByteArray> opened = SealedBox::open(sealed, keys.publicKey, keys.secretKey);
        QVERIFY(opened.has_value());
        QCOMPARE(*opened, plaintext);
    }

    void otherKeyPairCannotOpen()
    {
        const SealedBox::KeyPair keys = SealedBox::generateKeyPair();
        const SealedBox::KeyPair other = SealedBox::generateKeyPair();
        const QByteArray sealed = SealedBox::seal(personalRecord(), keys.publicKey);
        QVERIFY(!SealedBox::open(sealed, other.publicKey, other.secretKey).has_value());
        // Mixed halves do not open it either.
        QVERIFY(!SealedBox::open(sealed, keys.publicKey, other.secretKey).has_value());
        QVERIFY(!SealedBox::open(sealed, other.publicKey, keys.secretKey).has_value());
        QVERIFY(SealedBox::open(sealed, keys.publicKey, keys.secretKey).has_value());
    }

    void sealingTwiceGivesDifferentBlobs()
    {
        const SealedBox::KeyPair keys = SealedBox::generateKeyPair();
        const QByteArray plaintext = personalRecord();
        const QByteArray a = SealedBox::seal(plaintext, keys.publicKey);
        const QByteArray b = SealedBox::seal(plaintext, keys.publicKey);
        QCOMPARE(a.size(), b.size());
        QVERIFY(a != b);
        // The ephemeral public keys at the front differ too.
        QVERIFY(a.left(crypto_box_PUBLICKEYBYTES) != b.left(crypto_box_PUBLICKEYBYTES));
        QCOMPARE(*SealedBox::open(a, keys.publicKey, keys.secretKey), plaintext);
        QCOMPARE(*SealedBox::open(b, keys.publicKey, keys.secretKey), plaintext);

        QSet<QByteArray> blobs;
        for (int i = 0; i < 100; ++i)
            blobs.insert(SealedBox::seal(plaintext, keys.publicKey));
        QCOMPARE(blobs.size(), 100);
    }

    void blobHidesPlaintext()
    {
        const SealedBox::KeyPair keys = SealedBox::generateKeyPair();
        const QByteArray plaintext = personalRecord();
        QVERIFY(plaintext.contains(marker));
        QVERIFY(plaintext.contains(umlautName));
        for (int i = 0; i < 50; ++i) {
            const QByteArray sealed = SealedBox::seal(plaintext, keys.publicKey);
            QVERIFY(!sealed.contains(marker));
            QVERIFY(!sealed.contains(umlautName));
            QVERIFY(!sealed.contains(QByteArrayLiteral("M\xC3\xBCller")));
            QVERIFY(!sealed.contains(QByteArrayLiteral("example.org")));
        }
        // The marker alone, sealed by itself, is not in its box either.
        QVERIFY(!SealedBox::seal(marker, keys.publicKey).contains(marker));
    }

    void flippedBitFails()
    {
        const SealedBox::KeyPair keys = SealedBox::generateKeyPair();
        const QByteArray sealed = SealedBox::seal(personalRecord(), keys.publicKey);
        // Every bit of the box, one at a time: ephemeral key, MAC and ciphertext.
        int opened = 0;
        for (int byte = 0; byte < sealed.size(); ++byte) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray damaged = sealed;
                damaged[byte] = char(damaged.at(byte) ^ (1 << bit));
                if (SealedBox::open(damaged, keys.publicKey, keys.secretKey).has_value())
                    ++opened;
            }
        }
        QCOMPARE(opened, 0);
        QVERIFY(SealedBox::open(sealed, keys.publicKey, keys.secretKey).has_value());
    }

    void truncatedOrExtendedFails()
    {
        const SealedBox::KeyPair keys = SealedBox::generateKeyPair();
        const QByteArray sealed = SealedBox::seal(personalRecord(), keys.publicKey);
        for (qsizetype n = 0; n < sealed.size(); ++n)
            QVERIFY2(!SealedBox::open(sealed.left(n), keys.publicKey, keys.secretKey).has_value(),
                     qPrintable(QString::number(n)));
        QVERIFY(!SealedBox::open(sealed.mid(1), keys.publicKey, keys.secretKey).has_value());
        QVERIFY(!SealedBox::open(sealed + '\0', keys.publicKey, keys.secretKey).has_value());
        QVERIFY(!SealedBox::open(QByteArray(), keys.publicKey, keys.secretKey).has_value());
    }

    void wrongKeySizes()
    {
        const SealedBox::KeyPair keys = SealedBox::generateKeyPair();
        const QByteArray plaintext = personalRecord();
        for (int size : {0, 1, 31, 33, 64}) {
            const QByteArray key = keys.publicKey.leftJustified(size, '\x5a', true);
            QCOMPARE(key.size(), size);
            QVERIFY2(SealedBox::seal(plaintext, key).isEmpty(), qPrintable(QString::number(size)));
        }
        const QByteArray sealed = SealedBox::seal(plaintext, keys.publicKey);
        QVERIFY(!SealedBox::open(sealed, keys.publicKey.left(31), keys.secretKey).has_value());
        QVERIFY(!SealedBox::open(sealed, keys.publicKey, keys.secretKey.left(31)).has_value());
        QVERIFY(!SealedBox::open(sealed, keys.publicKey + '\0', keys.secretKey).has_value());
        QVERIFY(!SealedBox::open(sealed, keys.publicKey, keys.secretKey + '\0').has_value());
        QVERIFY(!SealedBox::open(sealed, QByteArray(), QByteArray()).has_value());
    }

    void emptyPlaintext()
    {
        const SealedBox::KeyPair keys = SealedBox::generateKeyPair();
        const QByteArray sealed = SealedBox::seal(QByteArray(), keys.publicKey);
        QCOMPARE(sealed.size(), qsizetype(crypto_box_SEALBYTES));
        const std::optional<QByteArray> opened = SealedBox::open(sealed, keys.publicKey, keys.secretKey);
        QVERIFY(opened.has_value());
        QVERIFY(opened->isEmpty());
        QCOMPARE(SealedBox::seal(QByteArrayLiteral(""), keys.publicKey).size(), qsizetype(crypto_box_SEALBYTES));
    }

    void largePlaintext()
    {
        const SealedBox::KeyPair keys = SealedBox::generateKeyPair();
        QByteArray plaintext(100 * 1024, '\0');
        for (int i = 0; i < plaintext.size(); ++i)
            plaintext[i] = char((i * 131 + i / 251) & 0xff);
        const QByteArray sealed = SealedBox::seal(plaintext, keys.publicKey);
        QCOMPARE(sealed.size(), plaintext.size() + qsizetype(crypto_box_SEALBYTES));
        const std::optional<QByteArray> opened = SealedBox::open(sealed, keys.publicKey, keys.secretKey);
        QVERIFY(opened.has_value());
        QCOMPARE(*opened, plaintext);
    }

    void blobSize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {0, 1, 15, 16, 17, 48, 1000, 65536})
            QTest::addRow("%d", size) << size;
    }

    void blobSize()
    {
        QFETCH(int, size);
        QCOMPARE(int(crypto_box_SEALBYTES), 48); // 32-byte ephemeral key + 16-byte MAC
        const SealedBox::KeyPair keys = SealedBox::generateKeyPair();
        const QByteArray plaintext(size, 'x');
        const QByteArray sealed = SealedBox::seal(plaintext, keys.publicKey);
        QCOMPARE(sealed.size(), qsizetype(size) + qsizetype(crypto_box_SEALBYTES));
        QCOMPARE(*SealedBox::open(sealed, keys.publicKey, keys.secretKey), plaintext);
    }
};

QTEST_GUILESS_MAIN(TestSealedBox)
#include "tst_sealedbox.moc"
