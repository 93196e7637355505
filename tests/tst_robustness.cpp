// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input from anywhere gets a clear message and never crashes: thousands of randomly
// damaged catalogues, responses and contact blobs, from a fixed seed so a failure repeats.
#include "catalogueimporter.h"
#include "catalogueparser.h"
#include "fondsidea.h"
#include "monitorresponse.h"
#include "receiptcode.h"
#include "textsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace stadtlabor;

namespace {


} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void damagedCataloguesAreRefusedWithReasons()
    {
        QFile f{QLatin1String(CatalogueImporter::bundledDefault)}; // braces: with parentheses Clang reads a function declaration
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray good = f.readAll();
        QRandomGenerator rng(20261127);
        int refused = 0;
        for (int i = 0; i < 3000; ++i) {
            const QByteArray bad = testsupport::mutate(good, rng);
            const auto result = CatalogueParser::parse(bad);
            // Either a complete catalogue or reasons, never neither, never both.
            QVERIFY2(result.ok() != !result.errors.isEmpty(), bad.left(200).constData());
            if (!result.ok()) {
                ++refused;
                for (const QString &e : result.errors)
                    QVERIFY(!e.trimmed().isEmpty());
            }
        }
        qInfo("%d of 3000 damaged catalogues refused, the rest still valid", refused);
        QVERIFY(refused > 1500);
    }

    void damagedResponsesAreRefusedWithReasons()
    {
        const auto parsed = CatalogueParser::parseFile(QLatin1String(CatalogueImporter::bundledDefault));
        QVERIFY(parsed.ok());
        const CriteriaSet &set = parsed.catalogue->criteriaSet;
        MonitorResponse r;
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.createdAt = QDateTime::currentDateTimeUtc();
        r.deviceId = QStringLiteral("kiosk-1");
        r.criteriaSetId = set.id;
        r.criteriaSetVersion = set.version;
        r.areaId = QStringLiteral("grumme");
        for (const Theme &t : set.themes)
            r.answers.append({t.id, 4, QStringLiteral("gut"), QString()});
        QVERIFY(r.validate(set).isEmpty());
        const QByteArray good = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);

        QRandomGenerator rng(7);
        for (int i = 0; i < 3000; ++i) {
            const QByteArray bad = testsupport::mutate(good, rng);
            QStringList errors;
            const auto doc = QJsonDocument::fromJson(bad);
            const auto back = MonitorResponse::fromJson(doc.object(), &errors);
            QVERIFY(back.has_value() == errors.isEmpty());
            if (back)
                back->validate(set); // must not crash whatever it says
        }
    }

    void randomBytesAreNeitherContactNorReceipt()
    {
        QRandomGenerator rng(11);
        for (int i = 0; i < 3000; ++i) {
            QByteArray bytes(int(rng.bounded(80u)), Qt::Uninitialized);
            for (char &b : bytes)
                b = char(rng.bounded(256));
            const auto contact = FondsContact::fromJsonBytes(bytes);
            if (contact)
                QVERIFY(bytes.trimmed().startsWith('{'));
            QVERIFY(!ReceiptCode::isValid(QString::fromLatin1(bytes)) || bytes.size() >= 11);
        }
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
