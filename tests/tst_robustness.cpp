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
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace stadtlabor;

namespace {

// Every problem validate() names starts with the field it is about: "answers[3].score: ...".
const QRegularExpression fieldProblem(QStringLiteral(
    "^(id|device_id|created_at|criteria_set|area_id|group_id|interviewer_id"
    "|demographics\\.(age_band|gender|relations)|answers(\\[\\d+\\]\\.(theme|score|good|better))?): \\S"));

// What validate() must hold against, checked independently of it: a response it passes
// answers the set's themes in order, once each, on the set's scale, under a canonical id.
QString violatedInvariant(const MonitorResponse &r, const CriteriaSet &set)
{
    if (QUuid::fromString(r.uuid).toString(QUuid::WithoutBraces) != r.uuid || QUuid::fromString(r.uuid).isNull())
        return QStringLiteral("id not canonical: ") + r.uuid;
    if (r.criteriaSetId != set.id || r.criteriaSetVersion != set.version)
        return QStringLiteral("another criteria set");
    if (r.areaId.isEmpty() || r.deviceId.isEmpty() || !r.createdAt.isValid())
        return QStringLiteral("area, device or time missing");
    if (r.answers.size() != set.themes.size())
        return QStringLiteral("%1 answers for %2 themes").arg(r.answers.size()).arg(set.themes.size());
    for (int i = 0; i < r.answers.size(); ++i) {
        const ThemeAnswer &a = r.answers.at(i);
        if (a.themeId != set.themes.at(i).id)
            return QStringLiteral("answers[%1] is theme %2").arg(i).arg(a.themeId);
        if (a.score && (*a.score < set.scaleMin || *a.score > set.scaleMax))
            return QStringLiteral("answers[%1].score %2 off the scale").arg(i).arg(*a.score);
        if (a.good.toUcs4().size() > set.textMaxLength || a.better.toUcs4().size() > set.textMaxLength)
            return QStringLiteral("answers[%1] text too long").arg(i);
    }
    return QString();
}

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
        int read = 0;
        int invalid = 0;
        for (int i = 0; i < 3000; ++i) {
            const QByteArray bad = testsupport::mutate(good, rng);
            QStringList errors;
            const auto doc = QJsonDocument::fromJson(bad);
            const auto back = MonitorResponse::fromJson(doc.object(), &errors);
            QVERIFY(back.has_value() == errors.isEmpty());
            if (!back)
                continue;
            ++read;
            const QStringList problems = back->validate(set);
            const QByteArray context = bad.left(300);
            if (problems.isEmpty()) {
                // Passed: then it really is a complete response for this set, and it travels.
                const QString broken = violatedInvariant(*back, set);
                QVERIFY2(broken.isEmpty(), qPrintable(broken + QStringLiteral(" in ") + QString::fromUtf8(context)));
                const auto again = MonitorResponse::fromJson(back->toJson(), &errors);
                QVERIFY2(again.has_value(), qPrintable(testsupport::joined(errors)));
                QVERIFY(again->validate(set).isEmpty());
            } else {
                ++invalid;
                for (const QString &p : problems)
                    QVERIFY2(fieldProblem.match(p).hasMatch(), qPrintable(p + QStringLiteral(" for ") + QString::fromUtf8(context)));
            }
            QCOMPARE(back->validate(set), problems); // the same answer every time
        }
        qInfo("%d of 3000 damaged responses read, %d of them refused by validate()", read, invalid);
        // The damage reaches validate() both ways: some pass, some are refused.
        QVERIFY(invalid > 0);
        QVERIFY(read - invalid > 0);
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
