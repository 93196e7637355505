// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueimporter.h"
#include "cataloguerepository.h"
#include "cataloguestore.h"
#include "database.h"
#include "fondscontroller.h"
#include "fondsrepository.h"
#include "receiptcode.h"
#include "sealedbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace stadtlabor;

// Runs a helper that may fail a check and leaves the test function when it did.
#define STEP(call)                                                                                                   \
    do {                                                                                                             \
        call;                                                                                                        \
        if (QTest::currentTestFailed())                                                                              \
            return;                                                                                                  \
    } while (false)

namespace {

// A visitor's contact data, distinctive enough to be searched for in the raw database bytes.
const QString visitorName = QStringLiteral("Xaverine Quappenberg");
const QString visitorEmail = QStringLiteral("xaverine.quappenberg@example.org");
const QString visitorPhone = QStringLiteral("0234 98765432");
const QString visitorPhoneDigits = QStringLiteral("023498765432");
const QString visitorOrganisation = QStringLiteral("Krötenfreunde Zwielichtweiher e.V.");

// The idea itself (not personal, stored in clear).
const QString ideaTitle = QStringLiteral("Ein Amphibienteich für die Grumme");
const QString ideaDescription = QStringLiteral(
    "Hinter dem Spielplatz an der Vierhausstraße liegt eine feuchte Senke. Wir möchten dort mit den Nachbarn einen "
    "kleinen Teich anlegen, mit Steg und Infotafel für die Schulklassen.");

// Currency text with Qt's no-break spaces turned into plain ones, so expectations stay readable.
QString spaced(const QString &text)
{
    QString s = text;
    s.replace(QChar(0x00A0), u' ');
    s.replace(QChar(0x202F), u' ');
    return s;
}

bool hasControlCharacter(const QString &text, bool newlineAllowed = false)
{
    for (const uint c : text.toUcs4()) {
        if (c == '\n' && newlineAllowed)
            continue;
        const QChar::Category category = QChar::category(char32_t(c));
        if (category == QChar::Other_Control)
            return true;
        if (category == QChar::Other_Format && c != 0x200C && c != 0x200D)
            return true;
    }
    return false;
}

QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xFF);
        bytes.append(bigEndian ? hi : lo);
        bytes.append(bigEndian ? lo : hi);
    }
    return bytes;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

} // namespace

class TestFondsController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_dbPath;
    Catalogue m_bundled;
    SealedBox::KeyPair m_keys;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CatalogueStore> m_store;
    std::unique_ptr<FondsController> m_ctl;

    int count(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    // The first row of a query as column -> value; empty when there is none.
    QVariantMap row(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVariantMap map;
        if (!q.exec() || !q.next())
            return map;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            map.insert(record.fieldName(i), q.value(i));
        return map;
    }

    bool exec(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (q.exec(sql))
            return true;
        qWarning().noquote() << sql << q.lastError().text();
        return false;
    }

    QString errorText(const QString &field) const { return m_ctl->errors().value(field).toString(); }

    // --- The visitor's way through the form, one step each ------------------------------------

    void fillIdea()
    {
        m_ctl->start();
        QCOMPARE(m_ctl->step(), FondsController::Idea);
        m_ctl->setTitle(ideaTitle);
        m_ctl->setDescription(ideaDescription);
        m_ctl->area()->chooseDistrict(QStringLiteral("mitte"));
        QVERIFY(m_ctl->area()->chooseArea(QStringLiteral("grumme")));
        m_ctl->setCategoryId(QStringLiteral("umwelt"));
        m_ctl->setPlannedYear(2027);
        m_ctl->setPlannedMonth(3);
        QVERIFY(m_ctl->errors().isEmpty());
    }

    void fillMoney(const QString &total, const QString &own, const QString &hours, const QString &inKind)
    {
        QCOMPARE(m_ctl->step(), FondsController::Money);
        m_ctl->setTotalCostText(total);
        m_ctl->setOwnMoneyText(own);
        m_ctl->setWorkHoursText(hours);
        m_ctl->setInKindText(inKind);
    }

    void fillWho()
    {
        QCOMPARE(m_ctl->step(), FondsController::Who);
        m_ctl->setApplicant(QStringLiteral("association"));
        m_ctl->setOrganisation(visitorOrganisation);
        m_ctl->setDeclaresOfAgeAndCapable(true);
        m_ctl->setDeclaresNotPublicOrParty(true);
        m_ctl->setDeclaresCommonGood(true);
    }

    void fillContact()
    {
        QCOMPARE(m_ctl->step(), FondsController::Contact);
        m_ctl->setName(visitorName);
        m_ctl->setEmail(visitorEmail);
        m_ctl->setPhone(visitorPhone);
        m_ctl->setConsent(true);
    }

    void nextTo(FondsController::Step expected)
    {
        m_ctl->next();
        QVERIFY2(m_ctl->errors().isEmpty(),
                 qPrintable(QStringList(m_ctl->errors().keys()).join(QStringLiteral(", "))));
        QCOMPARE(m_ctl->step(), expected);
    }

    void walkToMoney()
    {
        STEP(fillIdea());
        STEP(nextTo(FondsController::Money));
    }

    void walkToWho(const QString &total = QStringLiteral("12.000"), const QString &own = QStringLiteral("2.500,50"),
                   const QString &hours = QStringLiteral("12,5"), const QString &inKind = QStringLiteral("300"))
    {
        STEP(walkToMoney());
        STEP(fillMoney(total, own, hours, inKind));
        STEP(nextTo(FondsController::Who));
    }

    void walkToContact()
    {
        STEP(walkToWho());
        STEP(fillWho());
        STEP(nextTo(FondsController::Contact));
    }

    void walkToReview()
    {
        STEP(walkToContact());
        STEP(fillContact());
        STEP(nextTo(FondsController::Review));
    }

    // Everything walkToReview() typed is still in the controller.
    void verifyAllValuesKept()
    {
        QCOMPARE(m_ctl->title(), ideaTitle);
        QCOMPARE(m_ctl->description(), ideaDescription);
        QCOMPARE(m_ctl->area()->areaId(), QStringLiteral("grumme"));
        QCOMPARE(m_ctl->input().areaId, QStringLiteral("grumme"));
        QCOMPARE(m_ctl->categoryId(), QStringLiteral("umwelt"));
        QCOMPARE(m_ctl->plannedYear(), 2027);
        QCOMPARE(m_ctl->plannedMonth(), 3);
        QCOMPARE(m_ctl->totalCostText(), QStringLiteral("12.000"));
        QCOMPARE(m_ctl->ownMoneyText(), QStringLiteral("2.500,50"));
        QCOMPARE(m_ctl->workHoursText(), QStringLiteral("12,5"));
        QCOMPARE(m_ctl->inKindText(), QStringLiteral("300"));
        QCOMPARE(m_ctl->applicant(), QStringLiteral("association"));
        QCOMPARE(m_ctl->organisation(), visitorOrganisation);
        QVERIFY(m_ctl->declaresOfAgeAndCapable());
        QVERIFY(m_ctl->declaresNotPublicOrParty());
        QVERIFY(m_ctl->declaresCommonGood());
        QCOMPARE(m_ctl->name(), visitorName);
        QCOMPARE(m_ctl->email(), visitorEmail);
        QCOMPARE(m_ctl->phone(), visitorPhone);
        QVERIFY(m_ctl->consent());
    }

    // Nothing the visitor typed is left in the controller.
    void verifyNothingKept()
    {
        QVERIFY(m_ctl->title().isEmpty());
        QVERIFY(m_ctl->description().isEmpty());
        QVERIFY(m_ctl->area()->areaId().isEmpty());
        QVERIFY(m_ctl->area()->district().isEmpty());
        QVERIFY(m_ctl->input().areaId.isEmpty());
        QVERIFY(m_ctl->categoryId().isEmpty());
        QCOMPARE(m_ctl->plannedYear(), 0);
        QCOMPARE(m_ctl->plannedMonth(), 0);
        QVERIFY(!m_ctl->input().plannedStart.isValid());
        QVERIFY(m_ctl->totalCostText().isEmpty());
        QVERIFY(m_ctl->ownMoneyText().isEmpty());
        QVERIFY(m_ctl->workHoursText().isEmpty());
        QVERIFY(m_ctl->inKindText().isEmpty());
        QCOMPARE(m_ctl->input().amounts.totalCostCents, 0);
        QCOMPARE(m_ctl->input().amounts.ownMoneyCents, 0);
        QCOMPARE(m_ctl->input().amounts.workHoursHundredths, 0);
        QCOMPARE(m_ctl->input().amounts.inKindCents, 0);
        QVERIFY(!m_ctl->check().value(QStringLiteral("hasTotal")).toBool());
        QVERIFY(m_ctl->applicant().isEmpty());
        QVERIFY(m_ctl->organisation().isEmpty());
        QVERIFY(!m_ctl->declaresOfAgeAndCapable());
        QVERIFY(!m_ctl->declaresNotPublicOrParty());
        QVERIFY(!m_ctl->declaresCommonGood());
        QVERIFY(m_ctl->name().isEmpty());
        QVERIFY(m_ctl->email().isEmpty());
        QVERIFY(m_ctl->phone().isEmpty());
        QVERIFY(!m_ctl->consent());
        QVERIFY(m_ctl->errors().isEmpty());
    }

    // The sealed contact of the idea `uuid`, opened with the test's secret key.
    FondsContact openedContact(const QString &uuid)
    {
        const QByteArray sealed =
            row(QStringLiteral("SELECT sealed_contact FROM fonds_ideas WHERE uuid = ?"), {uuid})
                .value(QStringLiteral("sealed_contact"))
                .toByteArray();
        const auto opened = SealedBox::open(sealed, m_keys.publicKey, m_keys.secretKey);
        if (!opened)
            return FondsContact{QStringLiteral("<does not open>"), {}, {}, {}};
        return FondsContact::fromJsonBytes(*opened).value_or(FondsContact{QStringLiteral("<no JSON>"), {}, {}, {}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(SealedBox::initialize());
    }

    // As main() does it, plus a hub key: a real database with the bundled catalogue, re-stored
    // with a fresh public key and loaded from storage into the store.
    void init()
    {
        m_db = std::make_unique<Database>();
        m_dbPath = m_dir.filePath(QStringLiteral("fonds%1.sqlite").arg(++m_n));
        QVERIFY2(m_db->open(m_dbPath), qPrintable(m_db->errorString()));
        CatalogueRepository catalogues(*m_db);
        CatalogueImporter importer(catalogues);
        const auto imported = importer.importFile(QString::fromLatin1(CatalogueImporter::bundledDefault));
        QVERIFY2(imported.ok(), qPrintable(imported.errors.join(QLatin1Char('\n'))));
        m_bundled = *imported.catalogue;
        QVERIFY(m_bundled.hubPublicKey.isEmpty());

        m_keys = SealedBox::generateKeyPair();
        QCOMPARE(m_keys.publicKey.size(), SealedBox::publicKeyBytes);
        QCOMPARE(m_keys.secretKey.size(), SealedBox::secretKeyBytes);
        Catalogue keyed = m_bundled;
        keyed.hubPublicKey = m_keys.publicKey;
        QString error;
        QVERIFY2(catalogues.replace(keyed, &error), qPrintable(error));
        const auto loaded = catalogues.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->hubPublicKey, m_keys.publicKey);

        m_store = std::make_unique<CatalogueStore>();
        m_store->setCatalogue(*loaded);
        m_ctl = std::make_unique<FondsController>(
            m_store.get(),
            [this](const FondsIdea &idea, QString *saveError) {
                FondsRepository repository(*m_db);
                return repository.save(idea, saveError);
            },
            QStringLiteral("kiosk-test-01"));
        m_ctl->setToday(QDate(2026, 11, 27));
        QVERIFY(m_ctl->isAvailable());
        QCOMPARE(m_ctl->step(), FondsController::Intro);
        QVERIFY(m_ctl->error().isEmpty());
        QVERIFY(m_ctl->errors().isEmpty());
    }

    void cleanup()
    {
        m_ctl.reset();
        m_store.reset();
        m_db.reset();
    }

    void unavailableWithoutHubKey()
    {
        // The bundled catalogue names no hub key: a controller on it does not offer the form.
        CatalogueStore bare;
        bare.setCatalogue(m_bundled);
        FondsController ctl(&bare, [](const FondsIdea &, QString *) { return true; }, QStringLiteral("kiosk-test-01"));
        ctl.setToday(QDate(2026, 11, 27));
        QVERIFY(!ctl.isAvailable());
        ctl.start();
        QCOMPARE(ctl.step(), FondsController::Intro);
        QVERIFY(!ctl.error().isEmpty());
        QCOMPARE(ctl.stepNumber(), 0);
        ctl.next();
        QCOMPARE(ctl.step(), FondsController::Intro);
        QVERIFY(!ctl.error().isEmpty());
        ctl.setTitle(ideaTitle);
        QVERIFY(ctl.title().isEmpty());
        QVERIFY(!ctl.area()->chooseDistrict(QStringLiteral("bochum")));
        QVERIFY(ctl.area()->areaId().isEmpty());

        // The same for the test's store once its key is taken away, or is not 32 bytes...
        QSignalSpy rulesSpy(m_ctl.get(), &FondsController::rulesChanged);
        Catalogue c = m_store->catalogue();
        c.hubPublicKey.clear();
        m_store->setCatalogue(c);
        QVERIFY(rulesSpy.count() >= 1);
        QVERIFY(!m_ctl->isAvailable());
        m_ctl->start();
        QCOMPARE(m_ctl->step(), FondsController::Intro);
        QVERIFY(!m_ctl->error().isEmpty());

        c.hubPublicKey = m_keys.publicKey.left(31);
        m_store->setCatalogue(c);
        QVERIFY(!m_ctl->isAvailable());
        m_ctl->start();
        QCOMPARE(m_ctl->step(), FondsController::Intro);
        QVERIFY(!m_ctl->error().isEmpty());

        // ...and available again with the key back.
        c.hubPublicKey = m_keys.publicKey;
        m_store->setCatalogue(c);
        QVERIFY(m_ctl->isAvailable());
        m_ctl->start();
        QCOMPARE(m_ctl->step(), FondsController::Idea);
        QVERIFY(m_ctl->error().isEmpty());
    }

    void wholeFlow()
    {
        QSignalSpy submittedSpy(m_ctl.get(), &FondsController::submitted);
        QSignalSpy receiptSpy(m_ctl.get(), &FondsController::receiptChanged);

        // Idea
        m_ctl->start();
        QCOMPARE(m_ctl->step(), FondsController::Idea);
        QCOMPARE(m_ctl->stepNumber(), 1);
        QVERIFY(m_ctl->area()->isEnabled());
        QCOMPARE(m_ctl->categories().size(), 7);
        QCOMPARE(m_ctl->categories().constFirst().toMap().value(QStringLiteral("id")).toString(),
                 QStringLiteral("nachbarschaft"));
        QCOMPARE(m_ctl->plannedYears(), (QVariantList{2026, 2027, 2028}));
        QCOMPARE(m_ctl->titleLimit(), 120);
        QCOMPARE(m_ctl->descriptionLimit(), 4000);
        m_ctl->setTitle(ideaTitle);
        m_ctl->setDescription(ideaDescription);
        QVERIFY(!m_ctl->area()->chooseDistrict(QStringLiteral("mitte")));
        QCOMPARE(m_ctl->area()->district(), QStringLiteral("mitte"));
        QVERIFY(m_ctl->area()->areaId().isEmpty());
        QVERIFY(m_ctl->area()->chooseArea(QStringLiteral("grumme")));
        QCOMPARE(m_ctl->area()->areaId(), QStringLiteral("grumme"));
        QCOMPARE(m_ctl->input().areaId, QStringLiteral("grumme"));
        m_ctl->setCategoryId(QStringLiteral("umwelt"));
        m_ctl->setPlannedYear(2027);
        m_ctl->setPlannedMonth(3);
        QCOMPARE(m_ctl->input().plannedStart, QDate(2027, 3, 1));
        QVERIFY(m_ctl->errors().isEmpty());
        STEP(nextTo(FondsController::Money));
        QCOMPARE(m_ctl->stepNumber(), 2);
        QVERIFY(!m_ctl->area()->isEnabled());

        // Money, typed the German way
        STEP(fillMoney(QStringLiteral("12.000"), QStringLiteral("2.500,50"), QStringLiteral("12,5"), QStringLiteral("300")));
        const FundAmounts &amounts = m_ctl->input().amounts;
        QCOMPARE(amounts.totalCostCents, 1200000);
        QCOMPARE(amounts.ownMoneyCents, 250050);
        QCOMPARE(amounts.workHoursHundredths, 1250);
        QCOMPARE(amounts.inKindCents, 30000);
        const FundRules &rules = m_store->catalogue().fundRules;
        const FundAssessment a = FundAssessment::assess(rules, amounts);
        QVERIFY(a.ok());
        QCOMPARE(a.workValueCents, 18750);         // 12.5 h x 15 €
        QCOMPARE(a.ownContributionCents, 298800);  // 2,500.50 + 187.50 + 300
        QCOMPARE(a.requestedCents, 901200);
        QCOMPARE(a.ownShareBasisPoints, 2490);
        const QVariantMap check = m_ctl->check();
        QVERIFY(check.value(QStringLiteral("readable")).toBool());
        QVERIFY(check.value(QStringLiteral("hasTotal")).toBool());
        QCOMPARE(check.value(QStringLiteral("ok")).toBool(), a.ok());
        QCOMPARE(spaced(check.value(QStringLiteral("workValue")).toString()), QStringLiteral("187,50 €"));
        QCOMPARE(spaced(check.value(QStringLiteral("ownContribution")).toString()), QStringLiteral("2.988 €"));
        QCOMPARE(spaced(check.value(QStringLiteral("requested")).toString()), QStringLiteral("9.012 €"));
        QCOMPARE(check.value(QStringLiteral("ownShare")).toString(), QStringLiteral("24,9"));
        QCOMPARE(check.value(QStringLiteral("small")).toBool(), a.smallApplication);
        QVERIFY(!check.value(QStringLiteral("small")).toBool()); // 9,012 € is above the 7,500 € limit
        QCOMPARE(check.value(QStringLiteral("belowMinimum")).toBool(), a.shareBelowMinimum);
        QCOMPARE(check.value(QStringLiteral("aboveMaximum")).toBool(), a.requestAboveMaximum);
        QCOMPARE(check.value(QStringLiteral("needsAdvice")).toBool(), a.needsAdvice());
        QVERIFY(!check.value(QStringLiteral("needsAdvice")).toBool());
        QVERIFY(check.value(QStringLiteral("problem")).toString().isEmpty());
        const QVariantMap shownRules = m_ctl->rules();
        QCOMPARE(spaced(shownRules.value(QStringLiteral("maxFunding")).toString()), QStringLiteral("25.000 €"));
        QCOMPARE(spaced(shownRules.value(QStringLiteral("smallLimit")).toString()), QStringLiteral("7.500 €"));
        QCOMPARE(shownRules.value(QStringLiteral("minShare")).toString(), QStringLiteral("20"));
        QCOMPARE(spaced(shownRules.value(QStringLiteral("hourlyRate")).toString()), QStringLiteral("15 €"));
        STEP(nextTo(FondsController::Who));
        QCOMPARE(m_ctl->stepNumber(), 3);

        // Who
        STEP(fillWho());
        STEP(nextTo(FondsController::Contact));
        QCOMPARE(m_ctl->stepNumber(), 4);

        // Contact
        QVERIFY(!m_ctl->privacyNotice().isEmpty());
        STEP(fillContact());
        STEP(nextTo(FondsController::Review));
        QCOMPARE(m_ctl->stepNumber(), 5);
        STEP(verifyAllValuesKept());

        // Hand in
        receiptSpy.clear();
        QVERIFY(m_ctl->submit());
        QCOMPARE(m_ctl->step(), FondsController::Receipt);
        QCOMPARE(m_ctl->stepNumber(), 0);
        QVERIFY(m_ctl->error().isEmpty());
        QVERIFY(receiptSpy.count() >= 1);
        const QString code = m_ctl->receiptCode();
        QVERIFY(ReceiptCode::isValid(code));
        QCOMPARE(ReceiptCode::normalized(code), code);
        QVERIFY(code.startsWith(QStringLiteral("BF-")));
        QVERIFY(!m_ctl->receiptNeedsAdvice());
        QVERIFY(!m_ctl->receiptSmallApplication());
        QCOMPARE(submittedSpy.count(), 1);
        const QString uuid = submittedSpy.at(0).at(0).toString();
        QCOMPARE(submittedSpy.at(0).at(1).toString(), code);
        QVERIFY(!QUuid(uuid).isNull());
        QCOMPARE(ReceiptCode::fromUuid(QUuid(uuid)), code);

        // The idea, without contact data
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM fonds_ideas")), 1);
        const QVariantMap idea = row(QStringLiteral("SELECT * FROM fonds_ideas WHERE uuid = ?"), {uuid});
        QVERIFY(!idea.isEmpty());
        QCOMPARE(idea.value(QStringLiteral("receipt_code")).toString(), code);
        QCOMPARE(idea.value(QStringLiteral("device_id")).toString(), QStringLiteral("kiosk-test-01"));
        QCOMPARE(idea.value(QStringLiteral("fund_rules_version")).toInt(), rules.version);
        QCOMPARE(idea.value(QStringLiteral("title")).toString(), ideaTitle);
        QCOMPARE(idea.value(QStringLiteral("description")).toString(), ideaDescription);
        QCOMPARE(idea.value(QStringLiteral("area_id")).toString(), QStringLiteral("grumme"));
        QCOMPARE(idea.value(QStringLiteral("category_id")).toString(), QStringLiteral("umwelt"));
        QCOMPARE(idea.value(QStringLiteral("planned_start")).toString(), QStringLiteral("2027-03"));
        QCOMPARE(idea.value(QStringLiteral("total_cost_cents")).toLongLong(), 1200000);
        QCOMPARE(idea.value(QStringLiteral("own_money_cents")).toLongLong(), 250050);
        QCOMPARE(idea.value(QStringLiteral("work_hours_hundredths")).toLongLong(), 1250);
        QCOMPARE(idea.value(QStringLiteral("in_kind_cents")).toLongLong(), 30000);
        QCOMPARE(idea.value(QStringLiteral("requested_cents")).toLongLong(), 901200);
        QCOMPARE(idea.value(QStringLiteral("own_share_basis_points")).toInt(), 2490);
        QCOMPARE(idea.value(QStringLiteral("small_application")).toInt(), 0);
        QCOMPARE(idea.value(QStringLiteral("needs_advice")).toInt(), 0);
        QCOMPARE(idea.value(QStringLiteral("applicant")).toString(), QStringLiteral("association"));
        QVERIFY(QDateTime::fromString(idea.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs).isValid());

        // Its outbox row
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 1);
        const QVariantMap outbox = row(QStringLiteral("SELECT kind, state, payload FROM outbox WHERE uuid = ?"), {uuid});
        QCOMPARE(outbox.value(QStringLiteral("kind")).toString(), QStringLiteral("fonds_idea"));
        QCOMPARE(outbox.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        const QJsonObject payload = QJsonDocument::fromJson(outbox.value(QStringLiteral("payload")).toString().toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("id")).toString(), uuid);
        QCOMPARE(payload.value(QStringLiteral("receipt_code")).toString(), code);
        QCOMPARE(payload.value(QStringLiteral("area_id")).toString(), QStringLiteral("grumme"));
        QCOMPARE(payload.value(QStringLiteral("category_id")).toString(), QStringLiteral("umwelt"));
        QCOMPARE(payload.value(QStringLiteral("applicant")).toString(), QStringLiteral("association"));
        QCOMPARE(payload.value(QStringLiteral("needs_advice")).toBool(), false);
        QCOMPARE(payload.value(QStringLiteral("consent")).toBool(), true);
        const QJsonObject payloadAmounts = payload.value(QStringLiteral("amounts")).toObject();
        QCOMPARE(payloadAmounts.value(QStringLiteral("total_cost_cents")).toInteger(), 1200000);
        QCOMPARE(payloadAmounts.value(QStringLiteral("own_money_cents")).toInteger(), 250050);
        QCOMPARE(payloadAmounts.value(QStringLiteral("work_hours_hundredths")).toInteger(), 1250);
        QCOMPARE(payloadAmounts.value(QStringLiteral("in_kind_cents")).toInteger(), 30000);
        QCOMPARE(payloadAmounts.value(QStringLiteral("requested_cents")).toInteger(), 901200);
        const QJsonObject declarations = payload.value(QStringLiteral("declarations")).toObject();
        for (const QString &key : declarations.keys())
            QVERIFY2(declarations.value(key).toBool(), qPrintable(key));
        QCOMPARE(declarations.size(), 3);

        // The sealed contact opens with the hub's secret key, to exactly what was typed...
        const QByteArray sealed = idea.value(QStringLiteral("sealed_contact")).toByteArray();
        QVERIFY(!sealed.isEmpty());
        QCOMPARE(QByteArray::fromBase64(payload.value(QStringLiteral("sealed_contact")).toString().toLatin1()), sealed);
        const auto opened = SealedBox::open(sealed, m_keys.publicKey, m_keys.secretKey);
        QVERIFY(opened);
        const QJsonObject contactJson = QJsonDocument::fromJson(*opened).object();
        QCOMPARE(contactJson.keys(), (QStringList{QStringLiteral("email"), QStringLiteral("name"),
                                                  QStringLiteral("organisation"), QStringLiteral("phone")}));
        const auto contact = FondsContact::fromJsonBytes(*opened);
        QVERIFY(contact);
        QCOMPARE(contact->name, visitorName);
        QCOMPARE(contact->email, visitorEmail);
        QCOMPARE(contact->phone, visitorPhone);
        QCOMPARE(contact->organisation, visitorOrganisation);

        // ...and with no other key.
        const SealedBox::KeyPair other = SealedBox::generateKeyPair();
        QVERIFY(!SealedBox::open(sealed, other.publicKey, other.secretKey));
        QVERIFY(!SealedBox::open(sealed, m_keys.publicKey, other.secretKey));
        QVERIFY(!SealedBox::open(sealed, other.publicKey, m_keys.secretKey));
    }

    void privacyOnDisk()
    {
        STEP(walkToReview());
        QSignalSpy submittedSpy(m_ctl.get(), &FondsController::submitted);
        QVERIFY(m_ctl->submit());
        QCOMPARE(submittedSpy.count(), 1);
        const QString uuid = submittedSpy.at(0).at(0).toString();

        const QStringList secrets = {visitorName, QStringLiteral("Xaverine"), QStringLiteral("Quappenberg"),
                                     visitorEmail, visitorPhone, visitorPhoneDigits, visitorOrganisation,
                                     QStringLiteral("Zwielichtweiher")};

        // The outbox payload, as the hub will get it, holds none of them either.
        const QString payload = row(QStringLiteral("SELECT payload FROM outbox WHERE uuid = ?"), {uuid})
                                    .value(QStringLiteral("payload"))
                                    .toString();
        QVERIFY(payload.contains(ideaTitle));
        for (const QString &secret : secrets)
            QVERIFY2(!payload.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        const QJsonObject payloadObject = QJsonDocument::fromJson(payload.toUtf8()).object();
        for (const char *key : {"name", "email", "phone", "organisation", "contact"})
            QVERIFY2(!payloadObject.contains(QLatin1String(key)), key);

        // Every byte the database left on disk.
        m_db->close();
        QVERIFY(!m_db->isOpen());
        QByteArray disk = readAll(m_dbPath);
        QVERIFY(disk.startsWith("SQLite format 3"));
        for (const char *suffix : {"-wal", "-shm", "-journal"}) {
            const QString path = m_dbPath + QLatin1String(suffix);
            if (QFile::exists(path))
                disk += readAll(path);
        }
        // The search does find what is stored in clear.
        QVERIFY(disk.contains(ideaTitle.toUtf8()));
        QVERIFY(disk.contains(QStringLiteral("kiosk-test-01").toUtf8()));
        for (const QString &secret : secrets) {
            QVERIFY2(!disk.contains(secret.toUtf8()), qPrintable(QStringLiteral("UTF-8: ") + secret));
            QVERIFY2(!disk.contains(secret.toLower().toUtf8()), qPrintable(QStringLiteral("UTF-8 lower: ") + secret));
            QVERIFY2(!disk.contains(utf16(secret, false)), qPrintable(QStringLiteral("UTF-16LE: ") + secret));
            QVERIFY2(!disk.contains(utf16(secret, true)), qPrintable(QStringLiteral("UTF-16BE: ") + secret));
        }
    }

    void nothingKeptAfterSubmit()
    {
        STEP(walkToReview());
        QVERIFY(m_ctl->submit());
        QCOMPARE(m_ctl->step(), FondsController::Receipt);
        STEP(verifyNothingKept());
        const QString code = m_ctl->receiptCode();
        QVERIFY(ReceiptCode::isValid(code));

        // Nothing can be typed on the receipt, and the code stays there...
        m_ctl->setTitle(ideaTitle);
        m_ctl->setName(visitorName);
        QVERIFY(!m_ctl->area()->chooseDistrict(QStringLiteral("bochum")));
        QVERIFY(!m_ctl->back());
        QCOMPARE(m_ctl->step(), FondsController::Receipt);
        STEP(verifyNothingKept());
        QCOMPARE(m_ctl->receiptCode(), code);

        // ...until reset().
        QSignalSpy receiptSpy(m_ctl.get(), &FondsController::receiptChanged);
        m_ctl->reset();
        QVERIFY(receiptSpy.count() >= 1);
        QVERIFY(m_ctl->receiptCode().isEmpty());
        QVERIFY(!m_ctl->receiptNeedsAdvice());
        QVERIFY(!m_ctl->receiptSmallApplication());
        QCOMPARE(m_ctl->step(), FondsController::Intro);
        STEP(verifyNothingKept());

        // "next" on the receipt is the same as reset().
        STEP(walkToReview());
        QVERIFY(m_ctl->submit());
        QVERIFY(!m_ctl->receiptCode().isEmpty());
        QVERIFY(m_ctl->receiptCode() != code);
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Intro);
        QVERIFY(m_ctl->receiptCode().isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM fonds_ideas")), 2);
    }

    void ideaStepValidation()
    {
        QSignalSpy errorsSpy(m_ctl.get(), &FondsController::errorsChanged);
        m_ctl->start();
        QVERIFY(m_ctl->errors().isEmpty());
        m_ctl->setTitle(QStringLiteral("   ")); // typing, not yet scolded
        QVERIFY(m_ctl->errors().isEmpty());
        errorsSpy.clear();
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Idea);
        QVERIFY(errorsSpy.count() >= 1);
        QVERIFY(m_ctl->error().isEmpty());
        const QStringList fields = {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("area"),
                                    QStringLiteral("category"), QStringLiteral("planned_start")};
        for (const QString &field : fields)
            QVERIFY2(!errorText(field).isEmpty(), qPrintable(field));
        QCOMPARE(m_ctl->errors().size(), fields.size());

        // Each entry goes as soon as it is right.
        m_ctl->setTitle(ideaTitle);
        QVERIFY(!m_ctl->errors().contains(QStringLiteral("title")));
        QVERIFY(m_ctl->errors().contains(QStringLiteral("description")));
        m_ctl->setDescription(ideaDescription);
        QVERIFY(!m_ctl->errors().contains(QStringLiteral("description")));
        m_ctl->area()->chooseDistrict(QStringLiteral("mitte"));
        QVERIFY(m_ctl->errors().contains(QStringLiteral("area"))); // a Bezirk opened, nothing chosen yet
        m_ctl->area()->chooseArea(QStringLiteral("grumme"));
        QVERIFY(!m_ctl->errors().contains(QStringLiteral("area")));
        m_ctl->setCategoryId(QStringLiteral("atlantis"));
        QVERIFY(!errorText(QStringLiteral("category")).isEmpty());
        m_ctl->setCategoryId(QStringLiteral("umwelt"));
        QVERIFY(!m_ctl->errors().contains(QStringLiteral("category")));

        // The start: month and year, not in the past (this month is fine), not too far ahead.
        m_ctl->setPlannedYear(2026);
        const QString missing = errorText(QStringLiteral("planned_start"));
        QVERIFY(!missing.isEmpty());
        const QVariantList months = m_ctl->plannedMonths();
        QCOMPARE(months.size(), 12);
        for (int m = 1; m <= 12; ++m) {
            const QVariantMap month = months.at(m - 1).toMap();
            QCOMPARE(month.value(QStringLiteral("month")).toInt(), m);
            QVERIFY(!month.value(QStringLiteral("label")).toString().isEmpty());
            QCOMPARE(month.value(QStringLiteral("enabled")).toBool(), m >= 11);
        }
        m_ctl->setPlannedMonth(10);
        const QString inPast = errorText(QStringLiteral("planned_start"));
        QVERIFY(!inPast.isEmpty());
        QVERIFY(inPast != missing);
        m_ctl->setPlannedMonth(11);
        QVERIFY(m_ctl->errors().isEmpty());
        m_ctl->setPlannedMonth(13); // ignored
        m_ctl->setPlannedMonth(0);  // ignored
        QCOMPARE(m_ctl->plannedMonth(), 11);
        m_ctl->setPlannedYear(2032);
        QVERIFY(!errorText(QStringLiteral("planned_start")).isEmpty());
        m_ctl->setPlannedYear(2028);
        for (const QVariant &month : m_ctl->plannedMonths())
            QVERIFY(month.toMap().value(QStringLiteral("enabled")).toBool());
        QVERIFY(m_ctl->errors().isEmpty());

        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Money);
        QVERIFY(m_ctl->errors().isEmpty()); // a new step starts unscolded
    }

    void moneyStepBlocks()
    {
        STEP(walkToMoney());
        QVERIFY(m_ctl->errors().isEmpty());
        QVariantMap check = m_ctl->check();
        QVERIFY(check.value(QStringLiteral("readable")).toBool());
        QVERIFY(!check.value(QStringLiteral("hasTotal")).toBool());

        // Typing something that is no amount: the check says so at once, the errors wait.
        m_ctl->setTotalCostText(QStringLiteral("zwölf"));
        QVERIFY(m_ctl->errors().isEmpty());
        check = m_ctl->check();
        QVERIFY(!check.value(QStringLiteral("readable")).toBool());
        QVERIFY(!check.value(QStringLiteral("hasTotal")).toBool());
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Money);
        const QString unreadable = errorText(QStringLiteral("amounts"));
        QVERIFY(!unreadable.isEmpty());

        // No total, a total of 0: blocked, with another message.
        m_ctl->setTotalCostText(QString());
        QVERIFY(!errorText(QStringLiteral("amounts")).isEmpty());
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Money);
        m_ctl->setTotalCostText(QStringLiteral("0"));
        const QString noTotal = errorText(QStringLiteral("amounts"));
        QVERIFY(!noTotal.isEmpty());
        QVERIFY(noTotal != unreadable);
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Money);

        // A negative part blocks.
        m_ctl->setTotalCostText(QStringLiteral("1.000"));
        m_ctl->setOwnMoneyText(QStringLiteral("-100"));
        QVERIFY(!errorText(QStringLiteral("amounts")).isEmpty());
        QVERIFY(!m_ctl->check().value(QStringLiteral("ok")).toBool());
        QVERIFY(!m_ctl->check().value(QStringLiteral("problem")).toString().isEmpty());
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Money);

        // Own contribution covering everything: nothing to ask for, blocked.
        m_ctl->setOwnMoneyText(QStringLiteral("1.000"));
        QVERIFY(!errorText(QStringLiteral("amounts")).isEmpty());
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Money);

        // Fixed: the entry goes, next goes on.
        m_ctl->setOwnMoneyText(QStringLiteral("300"));
        QVERIFY(m_ctl->errors().isEmpty());
        QVERIFY(m_ctl->check().value(QStringLiteral("ok")).toBool());
        QVERIFY(m_ctl->check().value(QStringLiteral("small")).toBool()); // 700 € requested
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Who);
    }

    void adviceDoesNotBlock_data()
    {
        QTest::addColumn<QString>("total");
        QTest::addColumn<QString>("own");
        QTest::addColumn<bool>("belowMinimum");
        QTest::addColumn<bool>("aboveMaximum");
        QTest::addColumn<bool>("small");
        // 500 + 20 h x 15 € + 150 = 950 € of 12,000 €: 7.9 %.
        QTest::newRow("share below minimum") << QStringLiteral("12.000") << QStringLiteral("500") << true << false << false;
        // 10,000 + 450 € of 40,000 €: 26.1 %, but 29,550 € requested.
        QTest::newRow("request above maximum") << QStringLiteral("40.000") << QStringLiteral("10.000") << false << true << false;
        QTest::newRow("both") << QStringLiteral("100.000") << QStringLiteral("1.000") << true << true << false;
        // 0 + 300 + 150 = 450 € of 3,000 €: 15 %, 2,550 € requested.
        QTest::newRow("small and below minimum") << QStringLiteral("3.000") << QStringLiteral("0") << true << false << true;
    }

    void adviceDoesNotBlock()
    {
        QFETCH(QString, total);
        QFETCH(QString, own);
        QFETCH(bool, belowMinimum);
        QFETCH(bool, aboveMaximum);
        QFETCH(bool, small);

        STEP(walkToMoney());
        STEP(fillMoney(total, own, QStringLiteral("20"), QStringLiteral("150")));
        const QVariantMap check = m_ctl->check();
        QVERIFY(check.value(QStringLiteral("ok")).toBool());
        QCOMPARE(check.value(QStringLiteral("belowMinimum")).toBool(), belowMinimum);
        QCOMPARE(check.value(QStringLiteral("aboveMaximum")).toBool(), aboveMaximum);
        QVERIFY(check.value(QStringLiteral("needsAdvice")).toBool());
        QCOMPARE(check.value(QStringLiteral("small")).toBool(), small);
        const FundAssessment a = FundAssessment::assess(m_store->catalogue().fundRules, m_ctl->input().amounts);
        QCOMPARE(a.shareBelowMinimum, belowMinimum);
        QCOMPARE(a.requestAboveMaximum, aboveMaximum);

        // Handed in all the same, marked as needing advice.
        STEP(nextTo(FondsController::Who));
        STEP(fillWho());
        STEP(nextTo(FondsController::Contact));
        STEP(fillContact());
        STEP(nextTo(FondsController::Review));
        QSignalSpy submittedSpy(m_ctl.get(), &FondsController::submitted);
        QVERIFY(m_ctl->submit());
        QVERIFY(m_ctl->receiptNeedsAdvice());
        QCOMPARE(m_ctl->receiptSmallApplication(), small);
        QCOMPARE(submittedSpy.count(), 1);
        const QVariantMap idea = row(QStringLiteral("SELECT needs_advice, small_application, requested_cents FROM fonds_ideas WHERE uuid = ?"),
                                     {submittedSpy.at(0).at(0)});
        QCOMPARE(idea.value(QStringLiteral("needs_advice")).toInt(), 1);
        QCOMPARE(idea.value(QStringLiteral("small_application")).toInt(), small ? 1 : 0);
        QCOMPARE(idea.value(QStringLiteral("requested_cents")).toLongLong(), a.requestedCents);
    }

    void whoStepValidation()
    {
        STEP(walkToWho());
        QVERIFY(m_ctl->errors().isEmpty());
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Who);
        QVERIFY(!errorText(QStringLiteral("applicant")).isEmpty());
        QVERIFY(!errorText(QStringLiteral("declarations")).isEmpty());

        m_ctl->setApplicant(QStringLiteral("martian")); // not a kind of applicant
        QVERIFY(m_ctl->applicant().isEmpty());
        m_ctl->setApplicant(QStringLiteral("person"));
        QCOMPARE(m_ctl->applicant(), QStringLiteral("person"));
        QVERIFY(!m_ctl->errors().contains(QStringLiteral("applicant")));
        QVERIFY(!m_ctl->errors().contains(QStringLiteral("organisation"))); // a person needs none

        // All three statements, or no way on.
        m_ctl->setDeclaresOfAgeAndCapable(true);
        m_ctl->setDeclaresNotPublicOrParty(true);
        QVERIFY(!errorText(QStringLiteral("declarations")).isEmpty());
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Who);
        m_ctl->setDeclaresCommonGood(true);
        QVERIFY(m_ctl->errors().isEmpty());

        // An association needs its name.
        m_ctl->setApplicant(QStringLiteral("association"));
        QVERIFY(!errorText(QStringLiteral("organisation")).isEmpty());
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Who);
        m_ctl->setOrganisation(QStringLiteral("   "));
        QVERIFY(!errorText(QStringLiteral("organisation")).isEmpty());
        m_ctl->setOrganisation(visitorOrganisation);
        QVERIFY(m_ctl->errors().isEmpty());
        m_ctl->setDeclaresCommonGood(false);
        QVERIFY(!errorText(QStringLiteral("declarations")).isEmpty());
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Who);
        m_ctl->setDeclaresCommonGood(true);
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Contact);
        QVERIFY(m_ctl->errors().isEmpty());
    }

    void contactStepValidation()
    {
        STEP(walkToContact());
        m_ctl->setName(visitorName); // typing, not yet scolded
        QVERIFY(m_ctl->errors().isEmpty());
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Contact);
        QVERIFY(!errorText(QStringLiteral("contact")).isEmpty());
        QVERIFY(!errorText(QStringLiteral("consent")).isEmpty());
        QVERIFY(!m_ctl->errors().contains(QStringLiteral("name")));

        m_ctl->setName(QString());
        QVERIFY(!errorText(QStringLiteral("name")).isEmpty());
        m_ctl->setName(visitorName);
        m_ctl->setConsent(true);
        QVERIFY(!m_ctl->errors().contains(QStringLiteral("consent")));
        m_ctl->next(); // still neither e-mail nor phone
        QCOMPARE(m_ctl->step(), FondsController::Contact);
        QVERIFY(!errorText(QStringLiteral("contact")).isEmpty());

        // A malformed e-mail address blocks.
        m_ctl->setEmail(QStringLiteral("xaverine@"));
        QVERIFY(!errorText(QStringLiteral("email")).isEmpty());
        QVERIFY(!m_ctl->errors().contains(QStringLiteral("contact")));
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Contact);
        m_ctl->setEmail(QStringLiteral("xaverine quappenberg@example.org"));
        QVERIFY(!errorText(QStringLiteral("email")).isEmpty());
        m_ctl->setEmail(QStringLiteral("  ") + visitorEmail + QStringLiteral(" "));
        QCOMPARE(m_ctl->email(), visitorEmail);
        QVERIFY(m_ctl->errors().isEmpty());

        // A malformed phone number blocks too, an empty one does not.
        m_ctl->setPhone(QStringLiteral("ruf mich an"));
        QVERIFY(!errorText(QStringLiteral("phone")).isEmpty());
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Contact);
        m_ctl->setPhone(QString());
        QVERIFY(m_ctl->errors().isEmpty());

        // A phone number alone is enough.
        m_ctl->setEmail(QString());
        m_ctl->setPhone(visitorPhone);
        QVERIFY(m_ctl->errors().isEmpty());

        // Without consent, no way on.
        m_ctl->setConsent(false);
        QVERIFY(!errorText(QStringLiteral("consent")).isEmpty());
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Contact);
        m_ctl->setConsent(true);
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Review);
        QVERIFY(m_ctl->errors().isEmpty());
        QVERIFY(m_ctl->submit());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM fonds_ideas")), 1);
    }

    void settersOnlyInTheirStep()
    {
        // On the intro nothing can be typed.
        QCOMPARE(m_ctl->step(), FondsController::Intro);
        m_ctl->setTitle(ideaTitle);
        m_ctl->setDescription(ideaDescription);
        m_ctl->setCategoryId(QStringLiteral("umwelt"));
        m_ctl->setPlannedYear(2027);
        m_ctl->setPlannedMonth(3);
        m_ctl->setTotalCostText(QStringLiteral("100"));
        m_ctl->setApplicant(QStringLiteral("person"));
        m_ctl->setName(visitorName);
        m_ctl->setConsent(true);
        QVERIFY(!m_ctl->area()->chooseDistrict(QStringLiteral("bochum")));
        STEP(verifyNothingKept());

        // Idea: nothing of the later steps.
        STEP(fillIdea());
        QSignalSpy inputSpy(m_ctl.get(), &FondsController::inputChanged);
        m_ctl->setTotalCostText(QStringLiteral("100"));
        m_ctl->setOwnMoneyText(QStringLiteral("10"));
        m_ctl->setWorkHoursText(QStringLiteral("1"));
        m_ctl->setInKindText(QStringLiteral("1"));
        m_ctl->setApplicant(QStringLiteral("person"));
        m_ctl->setOrganisation(visitorOrganisation);
        m_ctl->setDeclaresOfAgeAndCapable(true);
        m_ctl->setDeclaresNotPublicOrParty(true);
        m_ctl->setDeclaresCommonGood(true);
        m_ctl->setName(visitorName);
        m_ctl->setEmail(visitorEmail);
        m_ctl->setPhone(visitorPhone);
        m_ctl->setConsent(true);
        QCOMPARE(inputSpy.count(), 0);
        QVERIFY(m_ctl->totalCostText().isEmpty());
        QVERIFY(m_ctl->ownMoneyText().isEmpty());
        QVERIFY(m_ctl->workHoursText().isEmpty());
        QVERIFY(m_ctl->inKindText().isEmpty());
        QVERIFY(m_ctl->applicant().isEmpty());
        QVERIFY(m_ctl->organisation().isEmpty());
        QVERIFY(!m_ctl->declaresOfAgeAndCapable());
        QVERIFY(!m_ctl->declaresNotPublicOrParty());
        QVERIFY(!m_ctl->declaresCommonGood());
        QVERIFY(m_ctl->name().isEmpty());
        QVERIFY(m_ctl->email().isEmpty());
        QVERIFY(m_ctl->phone().isEmpty());
        QVERIFY(!m_ctl->consent());

        // Money, Who, Contact, Review: the idea is fixed, the area cannot be chosen.
        STEP(nextTo(FondsController::Money));
        const auto tryIdeaSetters = [this] {
            m_ctl->setTitle(QStringLiteral("Etwas ganz anderes"));
            m_ctl->setDescription(QStringLiteral("Anders beschrieben"));
            m_ctl->setCategoryId(QStringLiteral("sport"));
            m_ctl->setPlannedYear(2028);
            m_ctl->setPlannedMonth(7);
            m_ctl->area()->chooseDistrict(QStringLiteral("sued"));
            m_ctl->area()->chooseArea(QStringLiteral("stiepel"));
        };
        const auto verifyIdeaUnchanged = [this] {
            QCOMPARE(m_ctl->title(), ideaTitle);
            QCOMPARE(m_ctl->description(), ideaDescription);
            QCOMPARE(m_ctl->categoryId(), QStringLiteral("umwelt"));
            QCOMPARE(m_ctl->plannedYear(), 2027);
            QCOMPARE(m_ctl->plannedMonth(), 3);
            QCOMPARE(m_ctl->area()->district(), QStringLiteral("mitte"));
            QCOMPARE(m_ctl->area()->areaId(), QStringLiteral("grumme"));
            QCOMPARE(m_ctl->input().areaId, QStringLiteral("grumme"));
        };
        STEP(tryIdeaSetters());
        STEP(verifyIdeaUnchanged());
        m_ctl->setApplicant(QStringLiteral("person"));
        m_ctl->setName(visitorName);
        QVERIFY(m_ctl->applicant().isEmpty());
        QVERIFY(m_ctl->name().isEmpty());
        STEP(fillMoney(QStringLiteral("12.000"), QStringLiteral("2.500,50"), QStringLiteral("12,5"), QStringLiteral("300")));
        STEP(nextTo(FondsController::Who));
        STEP(tryIdeaSetters());
        STEP(verifyIdeaUnchanged());
        m_ctl->setTotalCostText(QStringLiteral("1"));
        m_ctl->setName(visitorName);
        QCOMPARE(m_ctl->totalCostText(), QStringLiteral("12.000"));
        QVERIFY(m_ctl->name().isEmpty());
        STEP(fillWho());
        STEP(nextTo(FondsController::Contact));
        STEP(tryIdeaSetters());
        STEP(verifyIdeaUnchanged());
        m_ctl->setOwnMoneyText(QStringLiteral("1"));
        m_ctl->setOrganisation(QStringLiteral("Andere"));
        m_ctl->setDeclaresCommonGood(false);
        QCOMPARE(m_ctl->ownMoneyText(), QStringLiteral("2.500,50"));
        QCOMPARE(m_ctl->organisation(), visitorOrganisation);
        QVERIFY(m_ctl->declaresCommonGood());
        STEP(fillContact());
        STEP(nextTo(FondsController::Review));

        // Review: nothing changes without edit().
        STEP(tryIdeaSetters());
        m_ctl->setTotalCostText(QStringLiteral("1"));
        m_ctl->setApplicant(QStringLiteral("person"));
        m_ctl->setOrganisation(QStringLiteral("Andere"));
        m_ctl->setDeclaresOfAgeAndCapable(false);
        m_ctl->setName(QStringLiteral("Jemand"));
        m_ctl->setEmail(QStringLiteral("jemand@example.de"));
        m_ctl->setPhone(QStringLiteral("0234 111111"));
        m_ctl->setConsent(false);
        STEP(verifyAllValuesKept());
    }

    void textLimits()
    {
        m_ctl->start();
        const QString longTitle = QString(200, u'T');
        m_ctl->setTitle(longTitle);
        QCOMPARE(m_ctl->title().size(), 120);
        QCOMPARE(m_ctl->title(), longTitle.left(120));
        QCOMPARE(FondsController::textLength(m_ctl->title()), 120);
        // Characters as people count them: 200 flags are cut to 120 flags, never half of one.
        QString flags;
        for (int i = 0; i < 200; ++i)
            flags += QStringLiteral("🇩🇪");
        m_ctl->setTitle(flags);
        QCOMPARE(FondsController::textLength(m_ctl->title()), 120);
        QCOMPARE(m_ctl->title(), flags.left(120 * 4));

        m_ctl->setDescription(QString(4100, u'd'));
        QCOMPARE(m_ctl->description().size(), 4000);

        // One line for the title, lines kept in the description, no control characters anywhere.
        m_ctl->setTitle(QStringLiteral("Ein\nTeich\r\nfür\tdie\u0007 Grumme\u202E\u0000"));
        QCOMPARE(m_ctl->title(), QStringLiteral("Ein Teich für die Grumme"));
        m_ctl->setDescription(QStringLiteral("Zeile eins\r\nZeile\u0001 zwei\u200B\u202D"));
        QCOMPARE(m_ctl->description(), QStringLiteral("Zeile eins\nZeile zwei"));
        QVERIFY(!hasControlCharacter(m_ctl->title()));
        QVERIFY(!hasControlCharacter(m_ctl->description(), true));
        // Joiners that emoji need stay.
        m_ctl->setTitle(QStringLiteral("Familie 👨\u200D👩\u200D👧"));
        QCOMPARE(m_ctl->title(), QStringLiteral("Familie 👨\u200D👩\u200D👧"));

        m_ctl->setTitle(ideaTitle);
        m_ctl->setDescription(ideaDescription);
        m_ctl->area()->chooseDistrict(QStringLiteral("bochum")); // the whole city: one level
        QCOMPARE(m_ctl->area()->areaId(), QStringLiteral("bochum"));
        m_ctl->setCategoryId(QStringLiteral("kultur"));
        m_ctl->setPlannedYear(2027);
        m_ctl->setPlannedMonth(1);
        STEP(nextTo(FondsController::Money));

        m_ctl->setTotalCostText(QStringLiteral("12\u0000.000\u0007\n"));
        QVERIFY(!hasControlCharacter(m_ctl->totalCostText()));
        QVERIFY(!m_ctl->totalCostText().contains(u'\n'));
        QCOMPARE(m_ctl->input().amounts.totalCostCents, 1200000);
        m_ctl->setOwnMoneyText(QString(40, u'9'));
        QCOMPARE(m_ctl->ownMoneyText().size(), 20);
        m_ctl->setWorkHoursText(QString(40, u'9'));
        QCOMPARE(m_ctl->workHoursText().size(), 12);
        m_ctl->setInKindText(QStringLiteral("3\u202E00"));
        QCOMPARE(m_ctl->inKindText(), QStringLiteral("300"));
        m_ctl->setOwnMoneyText(QStringLiteral("2.500"));
        m_ctl->setWorkHoursText(QStringLiteral("10"));
        STEP(nextTo(FondsController::Who));

        m_ctl->setApplicant(QStringLiteral("group"));
        m_ctl->setOrganisation(QStringLiteral("Kröten\nfreunde\u0008 ") + QString(300, u'o'));
        QVERIFY(!m_ctl->organisation().contains(u'\n'));
        QVERIFY(!hasControlCharacter(m_ctl->organisation()));
        QCOMPARE(FondsController::textLength(m_ctl->organisation()), FondsIdeaInput::maxOrganisation);
        QVERIFY(m_ctl->organisation().startsWith(QStringLiteral("Kröten freunde ")));
        m_ctl->setOrganisation(visitorOrganisation);
        m_ctl->setDeclaresOfAgeAndCapable(true);
        m_ctl->setDeclaresNotPublicOrParty(true);
        m_ctl->setDeclaresCommonGood(true);
        STEP(nextTo(FondsController::Contact));

        m_ctl->setName(QStringLiteral("Xaverine\nQuappenberg"));
        QCOMPARE(m_ctl->name(), visitorName);
        m_ctl->setName(QStringLiteral("Xaverine\r\nQuappen\u0000berg\u202E\u001B"));
        QCOMPARE(m_ctl->name(), visitorName);
        m_ctl->setName(QString(200, u'n'));
        QCOMPARE(m_ctl->name().size(), FondsIdeaInput::maxName);
        m_ctl->setName(visitorName);
        m_ctl->setEmail(QStringLiteral("xaverine.quappenberg\u200B@example.org\u0007\n"));
        QCOMPARE(m_ctl->email(), visitorEmail);
        m_ctl->setPhone(QStringLiteral("0234\u0000 987\n65432\u202E"));
        QVERIFY(!hasControlCharacter(m_ctl->phone()));
        QVERIFY(!m_ctl->phone().contains(u'\n'));
        m_ctl->setPhone(QString(60, u'1'));
        QCOMPARE(m_ctl->phone().size(), FondsIdeaInput::maxPhone);
        m_ctl->setPhone(visitorPhone);
        m_ctl->setConsent(true);
        STEP(nextTo(FondsController::Review));
        for (const QString &field : {m_ctl->title(), m_ctl->name(), m_ctl->email(), m_ctl->phone(), m_ctl->organisation(),
                                     m_ctl->totalCostText(), m_ctl->ownMoneyText(), m_ctl->workHoursText(), m_ctl->inKindText()}) {
            QVERIFY2(!hasControlCharacter(field), qPrintable(field));
            QVERIFY2(!field.contains(u'\n'), qPrintable(field));
        }
        QVERIFY(!hasControlCharacter(m_ctl->description(), true));
        QVERIFY(m_ctl->submit());
    }

    void parseEuros_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("cents");
        const QString de = QStringLiteral("de");
        const QString en = QStringLiteral("en");
        QTest::newRow("de grouped with decimals") << QStringLiteral("1.234,50") << de << true << qint64(123450);
        QTest::newRow("de falls back to C") << QStringLiteral("1234.5") << de << true << qint64(123450);
        QTest::newRow("spaces and euro sign") << QStringLiteral("12 000 €") << de << true << qint64(1200000);
        QTest::newRow("no-break space") << QStringLiteral("12\u00A0000\u00A0€") << de << true << qint64(1200000);
        QTest::newRow("narrow no-break space") << QStringLiteral("12\u202F000") << de << true << qint64(1200000);
        QTest::newRow("de thousands") << QStringLiteral("12.000") << de << true << qint64(1200000);
        QTest::newRow("de cents") << QStringLiteral("2.500,50") << de << true << qint64(250050);
        QTest::newRow("plain") << QStringLiteral("300") << de << true << qint64(30000);
        QTest::newRow("empty") << QString() << de << true << qint64(0);
        QTest::newRow("blank") << QStringLiteral("   ") << de << true << qint64(0);
        QTest::newRow("only euro sign") << QStringLiteral("€") << de << true << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-5") << de << true << qint64(-500);
        QTest::newRow("word de") << QStringLiteral("abc") << de << false << qint64(0);
        QTest::newRow("word en") << QStringLiteral("abc") << en << false << qint64(0);
        QTest::newRow("zwölf") << QStringLiteral("zwölf") << de << false << qint64(0);
        QTest::newRow("three decimals en") << QStringLiteral("1.234") << en << false << qint64(0);
        QTest::newRow("three decimals de") << QStringLiteral("1,234") << de << false << qint64(0);
        // In English the comma groups thousands: "1,234" is 1,234 euros, not 1.234.
        QTest::newRow("en thousands") << QStringLiteral("1,234") << en << true << qint64(123400);
        QTest::newRow("en comma decimals") << QStringLiteral("12,5") << en << false << qint64(0);
        QTest::newRow("en grouped with decimals") << QStringLiteral("1,234.50") << en << true << qint64(123450);
        QTest::newRow("fraction of a cent") << QStringLiteral("0,005") << de << false << qint64(0);
        QTest::newRow("beyond ten billion") << QStringLiteral("20.000.000.000") << de << false << qint64(0);
    }

    void parseEuros()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(bool, ok);
        QFETCH(qint64, cents);
        qint64 result = -12345;
        QCOMPARE(FondsController::parseEuros(text, language, &result), ok);
        if (ok)
            QCOMPARE(result, cents);
    }

    void parseHours()
    {
        qint64 hundredths = -1;
        QVERIFY(FondsController::parseHours(QStringLiteral("12,5"), QStringLiteral("de"), &hundredths));
        QCOMPARE(hundredths, 1250);
        QVERIFY(FondsController::parseHours(QStringLiteral("12.5"), QStringLiteral("en"), &hundredths));
        QCOMPARE(hundredths, 1250);
        QVERIFY(FondsController::parseHours(QStringLiteral("40"), QStringLiteral("de"), &hundredths));
        QCOMPARE(hundredths, 4000);
        QVERIFY(FondsController::parseHours(QString(), QStringLiteral("de"), &hundredths));
        QCOMPARE(hundredths, 0);
        QVERIFY(!FondsController::parseHours(QStringLiteral("zwölf"), QStringLiteral("de"), &hundredths));
    }

    void reviewEditing()
    {
        STEP(walkToReview());
        // edit() only from the review and only to a form step.
        m_ctl->edit(FondsController::Intro);
        QCOMPARE(m_ctl->step(), FondsController::Review);
        m_ctl->edit(FondsController::Receipt);
        QCOMPARE(m_ctl->step(), FondsController::Review);
        m_ctl->edit(FondsController::Review);
        QCOMPARE(m_ctl->step(), FondsController::Review);

        m_ctl->edit(FondsController::Money);
        QCOMPARE(m_ctl->step(), FondsController::Money);
        QVERIFY(m_ctl->errors().isEmpty());
        m_ctl->edit(FondsController::Who); // not from Money
        QCOMPARE(m_ctl->step(), FondsController::Money);
        QCOMPARE(m_ctl->ownMoneyText(), QStringLiteral("2.500,50"));
        m_ctl->setOwnMoneyText(QStringLiteral("3.000"));
        QCOMPARE(m_ctl->input().amounts.ownMoneyCents, 300000);
        STEP(nextTo(FondsController::Review)); // straight back, not on to Who
        QCOMPARE(m_ctl->ownMoneyText(), QStringLiteral("3.000"));

        // A blocked edit stays until it is fixed, then returns to the review too.
        m_ctl->edit(FondsController::Contact);
        QCOMPARE(m_ctl->step(), FondsController::Contact);
        m_ctl->setEmail(QStringLiteral("kaputt@"));
        m_ctl->next();
        QCOMPARE(m_ctl->step(), FondsController::Contact);
        QVERIFY(!errorText(QStringLiteral("email")).isEmpty());
        m_ctl->setEmail(visitorEmail);
        STEP(nextTo(FondsController::Review));

        // After returning, the ordinary order applies again.
        QVERIFY(m_ctl->back());
        QCOMPARE(m_ctl->step(), FondsController::Contact);
        STEP(nextTo(FondsController::Review));

        QSignalSpy submittedSpy(m_ctl.get(), &FondsController::submitted);
        QVERIFY(m_ctl->submit());
        const QVariantMap idea = row(QStringLiteral("SELECT own_money_cents, requested_cents FROM fonds_ideas WHERE uuid = ?"),
                                     {submittedSpy.at(0).at(0)});
        QCOMPARE(idea.value(QStringLiteral("own_money_cents")).toLongLong(), 300000);
        QCOMPARE(idea.value(QStringLiteral("requested_cents")).toLongLong(), 1200000 - 300000 - 18750 - 30000);
    }

    void backNavigation()
    {
        QVERIFY(!m_ctl->back());
        QCOMPARE(m_ctl->step(), FondsController::Intro);

        STEP(walkToMoney());
        STEP(fillMoney(QStringLiteral("12.000"), QStringLiteral("2.500,50"), QStringLiteral("12,5"), QStringLiteral("300")));
        m_ctl->setOwnMoneyText(QStringLiteral("zwölf"));
        m_ctl->next(); // scolded...
        QVERIFY(!m_ctl->errors().isEmpty());
        m_ctl->setOwnMoneyText(QStringLiteral("2.500,50"));

        // Money -> Idea keeps everything, and is not scolded.
        QVERIFY(m_ctl->back());
        QCOMPARE(m_ctl->step(), FondsController::Idea);
        QVERIFY(m_ctl->errors().isEmpty());
        QVERIFY(m_ctl->area()->isEnabled());
        QCOMPARE(m_ctl->title(), ideaTitle);
        QCOMPARE(m_ctl->description(), ideaDescription);
        QCOMPARE(m_ctl->area()->district(), QStringLiteral("mitte"));
        QCOMPARE(m_ctl->area()->areaId(), QStringLiteral("grumme"));
        QCOMPARE(m_ctl->input().areaId, QStringLiteral("grumme"));
        QCOMPARE(m_ctl->categoryId(), QStringLiteral("umwelt"));
        QCOMPARE(m_ctl->plannedYear(), 2027);
        QCOMPARE(m_ctl->plannedMonth(), 3);
        QCOMPARE(m_ctl->totalCostText(), QStringLiteral("12.000"));
        QCOMPARE(m_ctl->ownMoneyText(), QStringLiteral("2.500,50"));
        QCOMPARE(m_ctl->workHoursText(), QStringLiteral("12,5"));
        QCOMPARE(m_ctl->inKindText(), QStringLiteral("300"));
        STEP(nextTo(FondsController::Money));
        QCOMPARE(m_ctl->input().amounts.totalCostCents, 1200000);

        // Further on and all the way back to the review's neighbours.
        STEP(nextTo(FondsController::Who));
        STEP(fillWho());
        STEP(nextTo(FondsController::Contact));
        STEP(fillContact());
        STEP(nextTo(FondsController::Review));
        for (FondsController::Step s : {FondsController::Contact, FondsController::Who, FondsController::Money,
                                        FondsController::Idea}) {
            QVERIFY(m_ctl->back());
            QCOMPARE(m_ctl->step(), s);
            STEP(verifyAllValuesKept());
        }

        // Idea, second area level -> first level; the rest of the idea stays.
        QVERIFY(m_ctl->back());
        QCOMPARE(m_ctl->step(), FondsController::Idea);
        QVERIFY(m_ctl->area()->district().isEmpty());
        QCOMPARE(m_ctl->title(), ideaTitle);
        QCOMPARE(m_ctl->categoryId(), QStringLiteral("umwelt"));
        QCOMPARE(m_ctl->name(), visitorName);

        // Idea, first level -> the intro, everything kept: leaving from there is the frame's
        // question, and starting again goes on with the same idea.
        QVERIFY(m_ctl->back());
        QCOMPARE(m_ctl->step(), FondsController::Intro);
        QVERIFY(m_ctl->hasAnswers());
        QCOMPARE(m_ctl->title(), ideaTitle);
        QVERIFY(!m_ctl->back());
        m_ctl->start();
        QCOMPARE(m_ctl->step(), FondsController::Idea);
        QCOMPARE(m_ctl->title(), ideaTitle);
        QCOMPARE(m_ctl->name(), visitorName);
        // Discarded (the visitor said so, or walked away): nothing kept.
        m_ctl->reset();
        QVERIFY(!m_ctl->hasAnswers());
        STEP(verifyNothingKept());
        QVERIFY(!m_ctl->area()->isEnabled());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM fonds_ideas")), 0);
    }

    void saveFailure()
    {
        STEP(walkToReview());
        QVERIFY(exec(QStringLiteral(
            "CREATE TRIGGER fail BEFORE INSERT ON outbox_items BEGIN SELECT RAISE(ABORT, 'injected fault'); END")));
        QSignalSpy submittedSpy(m_ctl.get(), &FondsController::submitted);
        QSignalSpy errorSpy(m_ctl.get(), &FondsController::errorChanged);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not saved:.*injected fault")));
        QVERIFY(!m_ctl->submit());
        QVERIFY(!m_ctl->error().isEmpty());
        QVERIFY(errorSpy.count() >= 1);
        QCOMPARE(m_ctl->step(), FondsController::Review);
        QCOMPARE(submittedSpy.count(), 0);
        QVERIFY(m_ctl->receiptCode().isEmpty());
        STEP(verifyAllValuesKept());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM fonds_ideas")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);

        QVERIFY(exec(QStringLiteral("DROP TRIGGER fail")));
        QVERIFY(m_ctl->submit());
        QVERIFY(m_ctl->error().isEmpty());
        QCOMPARE(m_ctl->step(), FondsController::Receipt);
        QCOMPARE(submittedSpy.count(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM fonds_ideas")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'fonds_idea'")), 1);
        QCOMPARE(openedContact(submittedSpy.at(0).at(0).toString()),
                 (FondsContact{visitorName, visitorEmail, visitorPhone, visitorOrganisation}));
    }

    // Found in review: a language switch once changed what a typed amount meant.
    void languageSwitchKeepsAmounts()
    {
        walkToMoney();
        m_ctl->setTotalCostText(QStringLiteral("12.000"));
        m_ctl->setOwnMoneyText(QStringLiteral("2.500,50"));
        QCOMPARE(m_ctl->input().amounts.totalCostCents, 1200000);
        m_ctl->setLanguage(QStringLiteral("en"));
        QCOMPARE(m_ctl->input().amounts.totalCostCents, 1200000);
        QCOMPARE(m_ctl->input().amounts.ownMoneyCents, 250050);
        QCOMPARE(m_ctl->totalCostText(), QStringLiteral("12,000")); // shown as English writes it
        QCOMPARE(m_ctl->ownMoneyText(), QStringLiteral("2,500.50"));
        m_ctl->setLanguage(QStringLiteral("de"));
        QCOMPARE(m_ctl->totalCostText(), QStringLiteral("12.000"));
        QCOMPARE(m_ctl->input().amounts.totalCostCents, 1200000);
    }

    // Found in review: back while changing a section from the review lost the whole form.
    void backFromAnEditReturnsToReview()
    {
        walkToReview();
        m_ctl->edit(FondsController::Idea);
        QCOMPARE(m_ctl->step(), FondsController::Idea);
        QVERIFY(m_ctl->back());
        QCOMPARE(m_ctl->step(), FondsController::Review);
        verifyAllValuesKept();
        m_ctl->edit(FondsController::Who);
        QVERIFY(m_ctl->back());
        QCOMPARE(m_ctl->step(), FondsController::Review);
    }

    void unicodeLineSeparatorsInOneLineFields()
    {
        walkToMoney();
        QVERIFY(m_ctl->back());
        m_ctl->setTitle(QStringLiteral("Eins\u2028Zwei\u2029Drei"));
        QCOMPARE(m_ctl->title(), QStringLiteral("Eins Zwei Drei"));
    }
};

QTEST_GUILESS_MAIN(TestFondsController)
#include "tst_fondscontroller.moc"
