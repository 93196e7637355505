// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's side of a Bochum-Fonds idea: FondsIdea::fromJson() reads exactly what toJson()
// writes, and validate() measures it against the catalogue and the fund rules it names.
#include "catalogue.h"
#include "catalogueparser.h"
#include "fondsidea.h"
#include "plaintext.h"
#include "receiptcode.h"
#include "sealedbox.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include "textsupport.h"
#include <QUuid>

#include <functional>
#include <optional>

using namespace stadtlabor;
using namespace stadtlabor::testsupport;

namespace {

using InputChange = std::function<void(FondsIdeaInput *)>;
using JsonChange = std::function<void(QJsonObject *)>;

// When the test ideas were handed in.
const QDateTime handedIn(QDate(2025, 6, 15), QTime(14, 30, 5, 123), Qt::UTC);

const QStringList topKeys{QStringLiteral("id"),
                          QStringLiteral("created_at"),
                          QStringLiteral("device_id"),
                          QStringLiteral("fund_rules_version"),
                          QStringLiteral("receipt_code"),
                          QStringLiteral("title"),
                          QStringLiteral("description"),
                          QStringLiteral("area_id"),
                          QStringLiteral("category_id"),
                          QStringLiteral("planned_start"),
                          QStringLiteral("amounts"),
                          QStringLiteral("small_application"),
                          QStringLiteral("needs_advice"),
                          QStringLiteral("share_below_minimum"),
                          QStringLiteral("request_above_maximum"),
                          QStringLiteral("applicant"),
                          QStringLiteral("declarations"),
                          QStringLiteral("consent"),
                          QStringLiteral("sealed_contact")};
const QStringList amountKeys{QStringLiteral("total_cost_cents"),      QStringLiteral("own_money_cents"),
                             QStringLiteral("work_hours_hundredths"), QStringLiteral("in_kind_cents"),
                             QStringLiteral("work_value_cents"),      QStringLiteral("own_contribution_cents"),
                             QStringLiteral("requested_cents"),       QStringLiteral("own_share_basis_points")};
const QStringList declarationKeys{QStringLiteral("of_age_and_capable"), QStringLiteral("not_public_or_party"),
                                  QStringLiteral("common_good")};

// 1,000 euros, 100 of them own money and 10 hours of work (150 euros): a small application.
FondsIdeaInput validInput()
{
    FondsIdeaInput in;
    in.title = s("Offener Bücherschrank am Kortumpark");
    in.description = s("Ein wetterfester Schrank zum Tauschen von Büchern.\nWir bauen ihn selbst.");
    in.areaId = QStringLiteral("grumme");
    in.categoryId = QStringLiteral("nachbarschaft");
    in.plannedStart = QDate(2025, 9, 1);
    in.amounts = FundAmounts{100'000, 10'000, 1000, 0};
    in.applicant = FondsIdeaInput::Applicant::Group;
    in.declaresOfAgeAndCapable = true;
    in.declaresNotPublicOrParty = true;
    in.declaresCommonGood = true;
    in.contact.name = QStringLiteral("Max Mustermann");
    in.contact.email = QStringLiteral("max.mustermann@bochum.de");
    in.consent = true;
    return in;
}

// An idea as FondsController::submit() makes it: cleaned texts, the contact sealed away.
FondsIdea makeIdea(const FundRules &rules, const FondsIdeaInput &in, const QByteArray &publicKey)
{
    FondsIdea idea;
    const QUuid uuid = QUuid::createUuid();
    idea.uuid = uuid.toString(QUuid::WithoutBraces);
    idea.createdAt = handedIn;
    idea.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    idea.fundRulesVersion = rules.version;
    idea.receiptCode = ReceiptCode::fromUuid(uuid);
    idea.input = in;
    idea.input.title = PlainText::clean(in.title, FondsIdeaInput::maxTitle);
    idea.input.description = PlainText::clean(in.description, FondsIdeaInput::maxDescription);
    idea.input.contact = FondsContact();
    idea.assessment = FundAssessment::assess(rules, in.amounts);
    idea.sealedContact = SealedBox::seal(in.contact.toJsonBytes(), publicKey);
    return idea;
}

// Through the bytes that go over the wire, not just the object.
std::optional<FondsIdea> viaWire(const QJsonObject &o, QStringList *errors)
{
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return FondsIdea::fromJson(QJsonDocument::fromJson(bytes).object(), errors);
}

// "key" or "object.key".
void setAt(QJsonObject *o, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        o->insert(path, value);
        return;
    }
    QJsonObject sub = o->value(path.left(dot)).toObject();
    sub.insert(path.mid(dot + 1), value);
    o->insert(path.left(dot), sub);
}

void removeAt(QJsonObject *o, const QString &path)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        o->remove(path);
        return;
    }
    QJsonObject sub = o->value(path.left(dot)).toObject();
    sub.remove(path.mid(dot + 1));
    o->insert(path.left(dot), sub);
}

JsonChange setting(const QString &path, const QJsonValue &value)
{
    return [path, value](QJsonObject *o) { setAt(o, path, value); };
}

JsonChange removing(const QString &path)
{
    return [path](QJsonObject *o) { removeAt(o, path); };
}

QString base64Of(int bytes)
{
    QByteArray data(bytes, '\0');
    for (int i = 0; i < bytes; ++i)
        data[i] = char(i * 7 + 3);
    return QString::fromLatin1(data.toBase64());
}

bool hasPath(const QStringList &errors, const QString &path)
{
    for (const QString &e : errors) {
        if (e.startsWith(path + QStringLiteral(": ")))
            return true;
    }
    return false;
}


// Any JSON value, often a nasty one.
QJsonValue randomValue(QRandomGenerator &rng)
{
    static const QList<double> numbers{0,    -1,   1,    0.5,  -0.0, 1e12, 1e12 + 1, 1e300, -1e300,       2147483648.0,
                                       1e10, 7500, 2000, 1587, 3,    1e6,  1e6 + 1,  2025,  99999999999.0};
    static const QStringList strings{QString(),
                                     QStringLiteral(" "),
                                     QStringLiteral("null"),
                                     QStringLiteral("person"),
                                     QStringLiteral("grumme"),
                                     QStringLiteral("2025-09"),
                                     QStringLiteral("2025-06-15T14:30:05.123Z"),
                                     QStringLiteral("BF-2222-2222-222"),
                                     QStringLiteral("AAAA"),
                                     s("a\x01z"),
                                     QStringLiteral("\u202eevil"),
                                     QStringLiteral("x\ty"),
                                     QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                     QStringLiteral("1"),
                                     QStringLiteral("true")};
    switch (rng.bounded(8)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return QJsonValue(rng.bounded(2) == 1);
    case 2:
        return numbers.at(int(rng.bounded(quint32(numbers.size()))));
    case 3:
        return strings.at(int(rng.bounded(quint32(strings.size()))));
    case 4: {
        QString text;
        const int length = int(rng.bounded(300u));
        for (int i = 0; i < length; ++i)
            text.append(QChar(char16_t(rng.bounded(0x10000u))));
        return text;
    }
    case 5:
        return QJsonArray{1, QStringLiteral("a")};
    case 6:
        return QJsonObject{{QStringLiteral("de"), QStringLiteral("x")}};
    default:
        return QString::number(qint64(rng.bounded(1000000u)) - 500000);
    }
}

// One to three random changes to values, keys or nesting.
QJsonObject mutateValues(QJsonObject o, QRandomGenerator &rng)
{
    const int changes = 1 + int(rng.bounded(3));
    for (int c = 0; c < changes; ++c) {
        const QString key = topKeys.at(int(rng.bounded(quint32(topKeys.size()))));
        const bool nested = key == QLatin1String("amounts") || key == QLatin1String("declarations");
        QString path = key;
        if (nested && rng.bounded(3) != 0) {
            const QStringList &sub = key == QLatin1String("amounts") ? amountKeys : declarationKeys;
            path += u'.' + sub.at(int(rng.bounded(quint32(sub.size()))));
        }
        switch (rng.bounded(4)) {
        case 0:
            removeAt(&o, path);
            break;
        case 1:
            setAt(&o, path + QStringLiteral("_x"), randomValue(rng));
            break;
        default:
            setAt(&o, path, randomValue(rng));
            break;
        }
    }
    return o;
}

} // namespace

Q_DECLARE_METATYPE(InputChange)
Q_DECLARE_METATYPE(JsonChange)

class TestFondsIdea : public QObject
{
    Q_OBJECT

private:
    Catalogue m_catalogue;
    SealedBox::KeyPair m_keys;
    FondsIdea m_idea; // valid against m_catalogue

    QStringList validateAgainstCatalogue(const FondsIdea &idea) const
    {
        return idea.validate(m_catalogue, m_catalogue.fundRules);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const CatalogueParser::Result result = CatalogueParser::parseFile(QStringLiteral(":/catalogue/bochum.json"));
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
        m_catalogue = *result.catalogue;
        QVERIFY(m_catalogue.area(QStringLiteral("grumme")));
        QVERIFY(m_catalogue.fundRules.version >= 1);
        QCOMPARE(m_catalogue.fundRules.hourlyRateCents, qint64(1500));
        QCOMPARE(m_catalogue.fundRules.minOwnShareBasisPoints, 2000);
        QVERIFY(SealedBox::initialize());
        m_keys = SealedBox::generateKeyPair();

        m_idea = makeIdea(m_catalogue.fundRules, validInput(), m_keys.publicKey);
        QVERIFY(m_idea.assessment.ok());
        QVERIFY(m_idea.assessment.smallApplication);
        QVERIFY(!m_idea.assessment.needsAdvice());
        QVERIFY(m_idea.sealedContact.size() > 48);
        QCOMPARE(validateAgainstCatalogue(m_idea), QStringList());
    }

    // --- Round trip ------------------------------------------------------------------------

    void roundTrip_data()
    {
        QTest::addColumn<InputChange>("change");
        QTest::addColumn<bool>("valid"); // validate() finds nothing

        QTest::addRow("small application") << InputChange([](FondsIdeaInput *) {}) << true;
        QTest::addRow("association, own share below minimum") << InputChange([](FondsIdeaInput *in) {
            in->applicant = FondsIdeaInput::Applicant::Association;
            in->contact.organisation = s("Förderverein Zauberwald e.V.");
            in->amounts = FundAmounts{1'000'000, 100'000, 1250, 40'000};
        }) << true;
        QTest::addRow("request above maximum") << InputChange([](FondsIdeaInput *in) {
            in->applicant = FondsIdeaInput::Applicant::Person;
            in->amounts = FundAmounts{10'000'000, 2'000'000, 0, 123};
        }) << true;
        QTest::addRow("both advice flags") << InputChange([](FondsIdeaInput *in) {
            in->amounts = FundAmounts{50'000'000, 1, 1, 1};
        }) << true;
        QTest::addRow("whole city, no applicant, no start") << InputChange([](FondsIdeaInput *in) {
            in->areaId = QStringLiteral("bochum");
            in->applicant = FondsIdeaInput::Applicant::None;
            in->plannedStart = QDate();
        }) << false;
        QTest::addRow("120 emoji title, 4000 character description") << InputChange([](FondsIdeaInput *in) {
            in->title = repeated(grinning, 120);
            in->description = repeated(QStringLiteral("abc\n"), 999) + QStringLiteral("abcd");
        }) << true;
        QTest::addRow("texts with joiners, umlauts and surrounding space") << InputChange([](FondsIdeaInput *in) {
            in->title = s("  Familie \U0001F468\u200D\U0001F469\u200D\U0001F467 und Grüße\u200b  ");
            in->description = s("Zeile 1\r\nZeile\t2\n\n\u202eZeile 3");
        }) << true;
        QTest::addRow("nothing declared, no consent") << InputChange([](FondsIdeaInput *in) {
            in->declaresOfAgeAndCapable = false;
            in->declaresNotPublicOrParty = false;
            in->declaresCommonGood = false;
            in->consent = false;
        }) << false;
        QTest::addRow("largest contact") << InputChange([](FondsIdeaInput *in) {
            in->contact.name = repeated(grinning, FondsIdeaInput::maxName);
            in->contact.email = repeated(QStringLiteral("e"), FondsIdeaInput::maxEmail);
            in->contact.phone = repeated(QStringLiteral("1"), FondsIdeaInput::maxPhone);
            in->contact.organisation = repeated(grinning, FondsIdeaInput::maxOrganisation);
        }) << true;
        for (const char *category : {"umwelt", "kultur", "sport", "bildung", "stadtbild", "sonstiges"}) {
            const QString id = QLatin1String(category);
            QTest::addRow("category %s, five years ahead", category) << InputChange([id](FondsIdeaInput *in) {
                in->categoryId = id;
                in->plannedStart = QDate(2030, 6, 1);
            }) << true;
        }
    }

    void roundTrip()
    {
        QFETCH(InputChange, change);
        QFETCH(bool, valid);
        FondsIdeaInput in = validInput();
        change(&in);
        const FondsIdea idea = makeIdea(m_catalogue.fundRules, in, m_keys.publicKey);
        QVERIFY(!idea.sealedContact.isEmpty());
        QVERIFY(idea.sealedContact.size() <= FondsIdea::maxSealedContactBytes);

        const QJsonObject json = idea.toJson();
        QStringList errors;
        const std::optional<FondsIdea> back = viaWire(json, &errors);
        QVERIFY2(back.has_value(), qPrintable(joined(errors)));
        QCOMPARE(errors, QStringList());
        QVERIFY(*back == idea);
        QVERIFY(!(*back != idea));
        QCOMPARE(back->toJson(), json);

        // Field by field, too.
        QCOMPARE(back->uuid, idea.uuid);
        QCOMPARE(back->createdAt, idea.createdAt);
        QCOMPARE(back->createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(back->deviceId, idea.deviceId);
        QCOMPARE(back->fundRulesVersion, idea.fundRulesVersion);
        QCOMPARE(back->receiptCode, idea.receiptCode);
        QCOMPARE(back->input.title, idea.input.title);
        QCOMPARE(back->input.description, idea.input.description);
        QCOMPARE(back->input.areaId, idea.input.areaId);
        QCOMPARE(back->input.categoryId, idea.input.categoryId);
        QCOMPARE(back->input.plannedStart, idea.input.plannedStart);
        QCOMPARE(back->input.amounts.totalCostCents, idea.input.amounts.totalCostCents);
        QCOMPARE(back->input.amounts.ownMoneyCents, idea.input.amounts.ownMoneyCents);
        QCOMPARE(back->input.amounts.workHoursHundredths, idea.input.amounts.workHoursHundredths);
        QCOMPARE(back->input.amounts.inKindCents, idea.input.amounts.inKindCents);
        QCOMPARE(back->input.applicant, idea.input.applicant);
        QCOMPARE(back->input.declaresOfAgeAndCapable, idea.input.declaresOfAgeAndCapable);
        QCOMPARE(back->input.declaresNotPublicOrParty, idea.input.declaresNotPublicOrParty);
        QCOMPARE(back->input.declaresCommonGood, idea.input.declaresCommonGood);
        QCOMPARE(back->input.consent, idea.input.consent);
        QVERIFY(back->input.contact == FondsContact());
        QCOMPARE(back->assessment.workValueCents, idea.assessment.workValueCents);
        QCOMPARE(back->assessment.ownContributionCents, idea.assessment.ownContributionCents);
        QCOMPARE(back->assessment.requestedCents, idea.assessment.requestedCents);
        QCOMPARE(back->assessment.ownShareBasisPoints, idea.assessment.ownShareBasisPoints);
        QCOMPARE(back->assessment.smallApplication, idea.assessment.smallApplication);
        QCOMPARE(back->assessment.shareBelowMinimum, idea.assessment.shareBelowMinimum);
        QCOMPARE(back->assessment.requestAboveMaximum, idea.assessment.requestAboveMaximum);
        QCOMPARE(back->sealedContact, idea.sealedContact);

        // Only the hub opens the contact.
        const std::optional<QByteArray> opened
            = SealedBox::open(back->sealedContact, m_keys.publicKey, m_keys.secretKey);
        QVERIFY(opened.has_value());
        const std::optional<FondsContact> contact = FondsContact::fromJsonBytes(*opened);
        QVERIFY(contact.has_value());
        QCOMPARE(contact->name, in.contact.name);

        const QStringList problems = validateAgainstCatalogue(*back);
        if (valid)
            QCOMPARE(problems, QStringList());
        else
            QVERIFY(!problems.isEmpty());
        QCOMPARE(problems, validateAgainstCatalogue(idea));
    }

    void equalityIsWhatTravels()
    {
        FondsIdea other = m_idea;
        QVERIFY(other == m_idea);
        other.input.contact.name = QStringLiteral("Not sent");
        other.assessment.problems.append(FundAssessment::Problem::NothingToRequest);
        QVERIFY(other == m_idea);
        other.input.consent = false;
        QVERIFY(other != m_idea);
        other = m_idea;
        other.sealedContact.append('x');
        QVERIFY(other != m_idea);
        other = m_idea;
        other.assessment.requestedCents += 1;
        QVERIFY(other != m_idea);
    }

    void emptyObjectReportsEveryKey()
    {
        QStringList errors;
        QVERIFY(!FondsIdea::fromJson(QJsonObject(), &errors).has_value());
        QCOMPARE(errors.size(), topKeys.size());
        for (const QString &key : topKeys)
            QVERIFY2(errors.contains(key + QStringLiteral(": missing")), qPrintable(key));
        QVERIFY(!FondsIdea::fromJson(QJsonObject(), nullptr).has_value());
        QVERIFY(FondsIdea::fromJson(m_idea.toJson(), nullptr).has_value());
    }

    // --- Broken payloads -------------------------------------------------------------------

    void brokenPayloads_data()
    {
        QTest::addColumn<JsonChange>("change");
        QTest::addColumn<QString>("stage"); // "fromJson", "validate" or "valid"
        QTest::addColumn<QString>("path"); // the path an error names

        int rows = 0;
        const auto add
            = [&rows](const QString &name, const char *stage, const QString &path, const JsonChange &change) {
                  QTest::addRow("%s", qPrintable(name)) << change << QString::fromLatin1(stage) << path;
                  ++rows;
              };
        const auto parse = [&add](const QString &name, const QString &path, const JsonChange &change) {
            add(name, "fromJson", path, change);
        };
        const auto check = [&add](const QString &name, const QString &path, const JsonChange &change) {
            add(name, "validate", path, change);
        };
        const auto fine
            = [&add](const QString &name, const JsonChange &change) { add(name, "valid", QString(), change); };
        const auto set = [](const char *path, const QJsonValue &value) { return setting(QLatin1String(path), value); };

        fine(QStringLiteral("unchanged"), [](QJsonObject *) {});

        // Every key missing.
        for (const QString &key : topKeys)
            parse(QStringLiteral("missing ") + key, key, removing(key));
        for (const QString &key : amountKeys) {
            const QString path = QStringLiteral("amounts.") + key;
            parse(QStringLiteral("missing ") + path, path, removing(path));
        }
        for (const QString &key : declarationKeys) {
            const QString path = QStringLiteral("declarations.") + key;
            parse(QStringLiteral("missing ") + path, path, removing(path));
        }

        // Extra keys.
        parse(QStringLiteral("extra key: clear contact"), QStringLiteral("contact"),
              set("contact", QJsonObject{{QStringLiteral("name"), QStringLiteral("Max")}}));
        parse(QStringLiteral("extra key: schema"), QStringLiteral("schema_version"), set("schema_version", 1));
        parse(QStringLiteral("extra key in amounts"), QStringLiteral("amounts.bonus_cents"),
              set("amounts.bonus_cents", 5));
        parse(QStringLiteral("extra key in declarations"), QStringLiteral("declarations.sober"),
              set("declarations.sober", true));

        // Wrong types.
        parse(QStringLiteral("id a number"), QStringLiteral("id"), set("id", 42));
        parse(QStringLiteral("created_at null"), QStringLiteral("created_at"), set("created_at", QJsonValue()));
        parse(QStringLiteral("device_id a number"), QStringLiteral("device_id"), set("device_id", 7));
        parse(QStringLiteral("fund_rules_version a string"), QStringLiteral("fund_rules_version"),
              set("fund_rules_version", QStringLiteral("1")));
        parse(QStringLiteral("fund_rules_version a fraction"), QStringLiteral("fund_rules_version"),
              set("fund_rules_version", 1.5));
        parse(QStringLiteral("fund_rules_version zero"), QStringLiteral("fund_rules_version"),
              set("fund_rules_version", 0));
        parse(QStringLiteral("fund_rules_version too large"), QStringLiteral("fund_rules_version"),
              set("fund_rules_version", 1000001));
        parse(QStringLiteral("receipt_code a number"), QStringLiteral("receipt_code"), set("receipt_code", 1234));
        parse(QStringLiteral("receipt_code null"), QStringLiteral("receipt_code"), set("receipt_code", QJsonValue()));
        parse(QStringLiteral("title null"), QStringLiteral("title"), set("title", QJsonValue()));
        parse(QStringLiteral("title an array"), QStringLiteral("title"), set("title", QJsonArray{QStringLiteral("a")}));
        parse(QStringLiteral("title localized"), QStringLiteral("title"),
              set("title", QJsonObject{{QStringLiteral("de"), QStringLiteral("Titel")}}));
        parse(QStringLiteral("description a boolean"), QStringLiteral("description"), set("description", true));
        parse(QStringLiteral("area_id a number"), QStringLiteral("area_id"), set("area_id", 3));
        parse(QStringLiteral("area_id upper case"), QStringLiteral("area_id"),
              set("area_id", QStringLiteral("Grumme")));
        parse(QStringLiteral("area_id padded"), QStringLiteral("area_id"), set("area_id", QStringLiteral(" grumme")));
        parse(QStringLiteral("category_id empty"), QStringLiteral("category_id"), set("category_id", QString()));
        parse(QStringLiteral("category_id null"), QStringLiteral("category_id"), set("category_id", QJsonValue()));
        parse(QStringLiteral("planned_start a number"), QStringLiteral("planned_start"), set("planned_start", 202509));
        parse(QStringLiteral("amounts an array"), QStringLiteral("amounts"), set("amounts", QJsonArray{1, 2}));
        parse(QStringLiteral("amounts null"), QStringLiteral("amounts"), set("amounts", QJsonValue()));
        parse(QStringLiteral("total cost a string"), QStringLiteral("amounts.total_cost_cents"),
              set("amounts.total_cost_cents", QStringLiteral("100000")));
        parse(QStringLiteral("total cost a fraction"), QStringLiteral("amounts.total_cost_cents"),
              set("amounts.total_cost_cents", 100000.5));
        parse(QStringLiteral("work hours null"), QStringLiteral("amounts.work_hours_hundredths"),
              set("amounts.work_hours_hundredths", QJsonValue()));
        parse(QStringLiteral("own share a boolean"), QStringLiteral("amounts.own_share_basis_points"),
              set("amounts.own_share_basis_points", true));
        parse(QStringLiteral("small_application a string"), QStringLiteral("small_application"),
              set("small_application", QStringLiteral("true")));
        parse(QStringLiteral("needs_advice a number"), QStringLiteral("needs_advice"), set("needs_advice", 0));
        parse(QStringLiteral("share_below_minimum null"), QStringLiteral("share_below_minimum"),
              set("share_below_minimum", QJsonValue()));
        parse(QStringLiteral("request_above_maximum an object"), QStringLiteral("request_above_maximum"),
              set("request_above_maximum", QJsonObject()));
        parse(QStringLiteral("applicant a number"), QStringLiteral("applicant"), set("applicant", 1));
        parse(QStringLiteral("applicant empty"), QStringLiteral("applicant"), set("applicant", QString()));
        parse(QStringLiteral("applicant capitalised"), QStringLiteral("applicant"),
              set("applicant", QStringLiteral("Person")));
        parse(QStringLiteral("applicant unknown"), QStringLiteral("applicant"),
              set("applicant", QStringLiteral("verein")));
        parse(QStringLiteral("applicant none"), QStringLiteral("applicant"), set("applicant", QStringLiteral("none")));
        parse(QStringLiteral("declarations an array"), QStringLiteral("declarations"),
              set("declarations", QJsonArray{true, true, true}));
        parse(QStringLiteral("declaration a string"), QStringLiteral("declarations.common_good"),
              set("declarations.common_good", QStringLiteral("yes")));
        parse(QStringLiteral("declaration a number"), QStringLiteral("declarations.of_age_and_capable"),
              set("declarations.of_age_and_capable", 1));
        parse(QStringLiteral("consent a string"), QStringLiteral("consent"), set("consent", QStringLiteral("true")));
        parse(QStringLiteral("consent null"), QStringLiteral("consent"), set("consent", QJsonValue()));
        parse(QStringLiteral("sealed_contact a number"), QStringLiteral("sealed_contact"), set("sealed_contact", 0));
        parse(QStringLiteral("sealed_contact null"), QStringLiteral("sealed_contact"),
              set("sealed_contact", QJsonValue()));

        // Texts.
        parse(QStringLiteral("title 121 characters"), QStringLiteral("title"),
              set("title", repeated(QStringLiteral("a"), 121)));
        parse(QStringLiteral("title 121 emoji"), QStringLiteral("title"), set("title", repeated(grinning, 121)));
        fine(QStringLiteral("title 120 emoji"), set("title", repeated(grinning, 120)));
        parse(QStringLiteral("title with a control character"), QStringLiteral("title"),
              set("title", s("Titel\x01 mit Steuerzeichen")));
        parse(QStringLiteral("title with a NUL"), QStringLiteral("title"),
              set("title", QStringLiteral("Titel") + QChar(u'\0')));
        parse(QStringLiteral("title with a bidi override"), QStringLiteral("title"),
              set("title", s("Titel \u202egnalhcs")));
        parse(QStringLiteral("title with a zero-width space"), QStringLiteral("title"), set("title", s("Ti\u200btel")));
        parse(QStringLiteral("title with a tab"), QStringLiteral("title"), set("title", QStringLiteral("Ti\ttel")));
        parse(QStringLiteral("title with a carriage return"), QStringLiteral("title"),
              set("title", QStringLiteral("Ti\r\ntel")));
        parse(QStringLiteral("title with surrounding space"), QStringLiteral("title"),
              set("title", QStringLiteral(" Titel ")));
        parse(QStringLiteral("title with a non-breaking space at the end"), QStringLiteral("title"),
              set("title", s("Titel\u00a0")));
        parse(QStringLiteral("title with a broken surrogate"), QStringLiteral("title"),
              set("title", QStringLiteral("Titel") + QChar(char16_t(0xD83D))));
        parse(QStringLiteral("description 4001 characters"), QStringLiteral("description"),
              set("description", repeated(QStringLiteral("b"), 4001)));
        fine(QStringLiteral("description 4000 characters"), set("description", repeated(QStringLiteral("b"), 4000)));
        parse(QStringLiteral("description with an escape sequence"), QStringLiteral("description"),
              set("description", s("Text \x1b[31mrot")));
        parse(QStringLiteral("description with a line separator"), QStringLiteral("description"),
              set("description", s("Zeile\u2028Zeile")));
        parse(QStringLiteral("device_id empty"), QStringLiteral("device_id"), set("device_id", QString()));
        parse(QStringLiteral("device_id with a line break"), QStringLiteral("device_id"),
              set("device_id", QStringLiteral("kiosk\n1")));
        parse(QStringLiteral("device_id 65 characters"), QStringLiteral("device_id"),
              set("device_id", repeated(QStringLiteral("k"), 65)));
        fine(QStringLiteral("device_id 64 characters"), set("device_id", repeated(QStringLiteral("k"), 64)));
        parse(QStringLiteral("receipt_code 65 characters"), QStringLiteral("receipt_code"),
              set("receipt_code", repeated(QStringLiteral("B"), 65)));

        // Ids and times.
        parse(QStringLiteral("id upper case"), QStringLiteral("id"), [](QJsonObject *o) {
            o->insert(QStringLiteral("id"), o->value(QStringLiteral("id")).toString().toUpper());
        });
        parse(QStringLiteral("id in braces"), QStringLiteral("id"), [](QJsonObject *o) {
            o->insert(QStringLiteral("id"), u'{' + o->value(QStringLiteral("id")).toString() + u'}');
        });
        parse(QStringLiteral("id without hyphens"), QStringLiteral("id"), [](QJsonObject *o) {
            o->insert(QStringLiteral("id"), o->value(QStringLiteral("id")).toString().remove(u'-'));
        });
        parse(QStringLiteral("id nil"), QStringLiteral("id"),
              set("id", QStringLiteral("00000000-0000-0000-0000-000000000000")));
        parse(QStringLiteral("id not a UUID"), QStringLiteral("id"), set("id", QStringLiteral("idee-1")));
        parse(QStringLiteral("created_at a date only"), QStringLiteral("created_at"),
              set("created_at", QStringLiteral("2025-06-15")));
        parse(QStringLiteral("created_at with an offset"), QStringLiteral("created_at"),
              set("created_at", QStringLiteral("2025-06-15T16:30:05.123+02:00")));
        parse(QStringLiteral("created_at without a zone"), QStringLiteral("created_at"),
              set("created_at", QStringLiteral("2025-06-15T14:30:05.123")));
        parse(QStringLiteral("created_at month 13"), QStringLiteral("created_at"),
              set("created_at", QStringLiteral("2025-13-15T14:30:05Z")));
        parse(QStringLiteral("created_at microseconds"), QStringLiteral("created_at"),
              set("created_at", QStringLiteral("2025-06-15T14:30:05.123456Z")));
        parse(QStringLiteral("created_at words"), QStringLiteral("created_at"),
              set("created_at", QStringLiteral("gestern")));
        fine(QStringLiteral("created_at without milliseconds"),
             set("created_at", QStringLiteral("2025-06-15T14:30:05Z")));

        // The planned month.
        parse(QStringLiteral("planned_start month 13"), QStringLiteral("planned_start"),
              set("planned_start", QStringLiteral("2025-13")));
        parse(QStringLiteral("planned_start month 0"), QStringLiteral("planned_start"),
              set("planned_start", QStringLiteral("2025-00")));
        parse(QStringLiteral("planned_start one-digit month"), QStringLiteral("planned_start"),
              set("planned_start", QStringLiteral("2025-9")));
        parse(QStringLiteral("planned_start a full date"), QStringLiteral("planned_start"),
              set("planned_start", QStringLiteral("2025-09-01")));
        parse(QStringLiteral("planned_start words"), QStringLiteral("planned_start"),
              set("planned_start", QStringLiteral("Sept. 2025")));
        parse(QStringLiteral("planned_start empty"), QStringLiteral("planned_start"), set("planned_start", QString()));
        parse(QStringLiteral("planned_start year 0"), QStringLiteral("planned_start"),
              set("planned_start", QStringLiteral("0000-09")));
        check(QStringLiteral("planned_start null"), QStringLiteral("planned_start"),
              set("planned_start", QJsonValue()));
        check(QStringLiteral("planned_start before the month handed in"), QStringLiteral("planned_start"),
              set("planned_start", QStringLiteral("2025-05")));
        fine(QStringLiteral("planned_start the month handed in"), set("planned_start", QStringLiteral("2025-06")));
        fine(QStringLiteral("planned_start five years ahead"), set("planned_start", QStringLiteral("2030-06")));
        check(QStringLiteral("planned_start five years and a month ahead"), QStringLiteral("planned_start"),
              set("planned_start", QStringLiteral("2030-07")));
        // The kiosk's day is not the UTC day: a day's leeway either way.
        fine(QStringLiteral("planned_start five years ahead, handed in just after midnight in Bochum"),
             [](QJsonObject *o) {
                 o->insert(QStringLiteral("created_at"), QStringLiteral("2025-05-31T22:30:00.000Z"));
                 o->insert(QStringLiteral("planned_start"), QStringLiteral("2030-06"));
             });
        fine(QStringLiteral("planned_start last month, handed in on the first (UTC)"), [](QJsonObject *o) {
            o->insert(QStringLiteral("created_at"), QStringLiteral("2025-06-01T10:00:00.000Z"));
            o->insert(QStringLiteral("planned_start"), QStringLiteral("2025-05"));
        });
        check(QStringLiteral("planned_start last month, handed in on the second"), QStringLiteral("planned_start"),
              [](QJsonObject *o) {
                  o->insert(QStringLiteral("created_at"), QStringLiteral("2025-06-02T10:00:00.000Z"));
                  o->insert(QStringLiteral("planned_start"), QStringLiteral("2025-05"));
              });

        // Amounts out of range.
        for (const QString &key : amountKeys) {
            const QString path = QStringLiteral("amounts.") + key;
            parse(QStringLiteral("negative ") + path, path, setting(path, -1));
        }
        parse(QStringLiteral("total cost beyond Money"), QStringLiteral("amounts.total_cost_cents"),
              set("amounts.total_cost_cents", 1e12 + 1));
        parse(QStringLiteral("total cost 1e300"), QStringLiteral("amounts.total_cost_cents"),
              set("amounts.total_cost_cents", 1e300));
        parse(QStringLiteral("own share beyond int"), QStringLiteral("amounts.own_share_basis_points"),
              set("amounts.own_share_basis_points", 2147483648.0));

        // Computed figures and flags that are not the rules' own.
        check(QStringLiteral("requested raised"), QStringLiteral("amounts.requested_cents"),
              set("amounts.requested_cents", 75'001));
        check(QStringLiteral("work value raised"), QStringLiteral("amounts.work_value_cents"),
              set("amounts.work_value_cents", 30'000));
        check(QStringLiteral("own contribution raised"), QStringLiteral("amounts.own_contribution_cents"),
              set("amounts.own_contribution_cents", 50'000));
        check(QStringLiteral("own share raised"), QStringLiteral("amounts.own_share_basis_points"),
              set("amounts.own_share_basis_points", 5000));
        check(QStringLiteral("total cost raised, figures left"), QStringLiteral("amounts.requested_cents"),
              set("amounts.total_cost_cents", 200'000));
        check(QStringLiteral("work hours doubled, figures left"), QStringLiteral("amounts.work_value_cents"),
              set("amounts.work_hours_hundredths", 2000));
        check(QStringLiteral("small_application flipped"), QStringLiteral("small_application"),
              set("small_application", false));
        check(QStringLiteral("share_below_minimum flipped"), QStringLiteral("share_below_minimum"), [](QJsonObject *o) {
            o->insert(QStringLiteral("share_below_minimum"), true);
            o->insert(QStringLiteral("needs_advice"), true);
        });
        check(QStringLiteral("request_above_maximum flipped"), QStringLiteral("request_above_maximum"),
              [](QJsonObject *o) {
                  o->insert(QStringLiteral("request_above_maximum"), true);
                  o->insert(QStringLiteral("needs_advice"), true);
              });
        parse(QStringLiteral("needs_advice without a reason"), QStringLiteral("needs_advice"),
              set("needs_advice", true));
        check(QStringLiteral("own money covers the cost"), QStringLiteral("amounts"),
              [](QJsonObject *o) { setAt(o, QStringLiteral("amounts.own_money_cents"), 100'000); });
        check(QStringLiteral("total cost beyond any fund"), QStringLiteral("amounts"),
              set("amounts.total_cost_cents", 100'000'000'01.0));
        check(QStringLiteral("no cost at all"), QStringLiteral("amounts"), [](QJsonObject *o) {
            for (const QString &key : amountKeys)
                setAt(o, QStringLiteral("amounts.") + key, 0);
            o->insert(QStringLiteral("small_application"), false);
        });

        // The catalogue and the rules.
        check(QStringLiteral("unknown area"), QStringLiteral("area_id"), set("area_id", QStringLiteral("atlantis")));
        check(QStringLiteral("a category as area"), QStringLiteral("area_id"),
              set("area_id", QStringLiteral("umwelt")));
        fine(QStringLiteral("a Stadtbezirk"), set("area_id", QStringLiteral("wattenscheid")));
        check(QStringLiteral("unknown category"), QStringLiteral("category_id"),
              set("category_id", QStringLiteral("fussball")));
        check(QStringLiteral("an area as category"), QStringLiteral("category_id"),
              set("category_id", QStringLiteral("grumme")));
        check(QStringLiteral("fund rules version 2"), QStringLiteral("fund_rules_version"), [](QJsonObject *o) {
            o->insert(QStringLiteral("fund_rules_version"), o->value(QStringLiteral("fund_rules_version")).toInt() + 1);
        });

        // The receipt code.
        check(QStringLiteral("receipt_code malformed"), QStringLiteral("receipt_code"),
              set("receipt_code", QStringLiteral("BF-1234")));
        check(QStringLiteral("receipt_code empty"), QStringLiteral("receipt_code"), set("receipt_code", QString()));
        check(QStringLiteral("receipt_code mistyped"), QStringLiteral("receipt_code"), [](QJsonObject *o) {
            QString code = o->value(QStringLiteral("receipt_code")).toString();
            code[3] = code.at(3) == u'A' ? u'B' : u'A';
            o->insert(QStringLiteral("receipt_code"), code);
        });
        check(QStringLiteral("receipt_code lower case"), QStringLiteral("receipt_code"), [](QJsonObject *o) {
            o->insert(QStringLiteral("receipt_code"), o->value(QStringLiteral("receipt_code")).toString().toLower());
        });
        check(QStringLiteral("receipt_code of another idea"), QStringLiteral("receipt_code"), [](QJsonObject *o) {
            o->insert(QStringLiteral("receipt_code"), ReceiptCode::fromUuid(QUuid::createUuid()));
        });

        // What the kiosk's steps require.
        check(QStringLiteral("title empty"), QStringLiteral("title"), set("title", QString()));
        check(QStringLiteral("description empty"), QStringLiteral("description"), set("description", QString()));
        check(QStringLiteral("applicant null"), QStringLiteral("applicant"), set("applicant", QJsonValue()));
        fine(QStringLiteral("applicant association"), set("applicant", QStringLiteral("association")));
        check(QStringLiteral("not of age"), QStringLiteral("declarations"),
              set("declarations.of_age_and_capable", false));
        check(QStringLiteral("public body"), QStringLiteral("declarations"),
              set("declarations.not_public_or_party", false));
        check(QStringLiteral("not for the common good"), QStringLiteral("declarations"),
              set("declarations.common_good", false));
        check(QStringLiteral("no consent"), QStringLiteral("consent"), set("consent", false));

        // The sealed contact.
        check(QStringLiteral("sealed_contact empty"), QStringLiteral("sealed_contact"),
              set("sealed_contact", QString()));
        check(QStringLiteral("sealed_contact 49 bytes"), QStringLiteral("sealed_contact"),
              set("sealed_contact", base64Of(49)));
        fine(QStringLiteral("sealed_contact 50 bytes"), set("sealed_contact", base64Of(50)));
        fine(QStringLiteral("sealed_contact 8192 bytes"),
             set("sealed_contact", base64Of(FondsIdea::maxSealedContactBytes)));
        parse(QStringLiteral("sealed_contact 8193 bytes"), QStringLiteral("sealed_contact"),
              set("sealed_contact", base64Of(FondsIdea::maxSealedContactBytes + 1)));
        parse(QStringLiteral("sealed_contact a megabyte"), QStringLiteral("sealed_contact"),
              set("sealed_contact", base64Of(1 << 20)));
        parse(QStringLiteral("sealed_contact not base64"), QStringLiteral("sealed_contact"),
              set("sealed_contact", QStringLiteral("Max Mustermann, max@bochum.de")));
        parse(QStringLiteral("sealed_contact without padding"), QStringLiteral("sealed_contact"),
              [](QJsonObject *o) { o->insert(QStringLiteral("sealed_contact"), base64Of(61).remove(u'=')); });
        parse(QStringLiteral("sealed_contact with a line break"), QStringLiteral("sealed_contact"),
              [](QJsonObject *o) { o->insert(QStringLiteral("sealed_contact"), base64Of(60).insert(40, u'\n')); });
        parse(
            QStringLiteral("sealed_contact base64url"), QStringLiteral("sealed_contact"),
            set("sealed_contact", QString::fromLatin1(QByteArray(60, '\xfb').toBase64(QByteArray::Base64UrlEncoding))));
        parse(QStringLiteral("sealed_contact non-Latin-1"), QStringLiteral("sealed_contact"),
              set("sealed_contact", base64Of(60).replace(0, 1, grinning)));

        QVERIFY(rows >= 40);
    }

    void brokenPayloads()
    {
        QFETCH(JsonChange, change);
        QFETCH(QString, stage);
        QFETCH(QString, path);
        QJsonObject o = m_idea.toJson();
        change(&o);

        QStringList errors;
        const std::optional<FondsIdea> idea = FondsIdea::fromJson(o, &errors);
        QCOMPARE(idea.has_value(), errors.isEmpty());
        if (stage == QLatin1String("fromJson")) {
            QVERIFY2(!idea.has_value(), "read although broken");
            QVERIFY2(hasPath(errors, path), qPrintable(joined(errors)));
            for (const QString &e : errors)
                QVERIFY2(e.size() < 400, qPrintable(e.left(400)));
            return;
        }
        QVERIFY2(idea.has_value(), qPrintable(joined(errors)));
        // What was read is what was sent (up to the milliseconds toJson() always writes).
        QJsonObject sent = o;
        sent.insert(QStringLiteral("created_at"), idea->createdAt.toString(Qt::ISODateWithMs));
        QCOMPARE(idea->toJson(), sent);
        const QStringList problems = validateAgainstCatalogue(*idea);
        if (stage == QLatin1String("valid")) {
            QCOMPARE(problems, QStringList());
        } else {
            QVERIFY2(hasPath(problems, path), qPrintable(joined(problems)));
        }
    }

    void errorsNameTheirPath()
    {
        QJsonObject o = m_idea.toJson();
        setAt(&o, QStringLiteral("amounts.total_cost_cents"), -5);
        setAt(&o, QStringLiteral("declarations.common_good"), QStringLiteral("ja"));
        o.insert(QStringLiteral("applicant"), QStringLiteral("firma"));
        QStringList errors;
        QVERIFY(!FondsIdea::fromJson(o, &errors).has_value());
        QCOMPARE(errors,
                 (QStringList{
                     QStringLiteral("amounts.total_cost_cents: -5 is out of range (0 to 1000000000000)"),
                     QStringLiteral("applicant: unknown applicant \"firma\" (person, group or association)"),
                     QStringLiteral("declarations.common_good: expected true or false, found a string"),
                 }));
    }

    void olderRulesVersion()
    {
        // The hub still knows version 1 after the fund moved to version 2 with a higher rate
        // and without the category "nachbarschaft".
        FundRules older = m_catalogue.fundRules;
        FundRules newer = m_catalogue.fundRules;
        newer.version = older.version + 1;
        newer.hourlyRateCents = 2000;
        newer.categories.removeFirst();
        QCOMPARE(older.categories.first().id, QStringLiteral("nachbarschaft"));

        // An idea made with the older rules: valid against them, not against the newer.
        QCOMPARE(m_idea.validate(m_catalogue, older), QStringList());
        const QStringList mismatch = m_idea.validate(m_catalogue, newer);
        QCOMPARE(mismatch.size(), 1); // the rules' own checks would only mislead
        QVERIFY2(hasPath(mismatch, QStringLiteral("fund_rules_version")), qPrintable(joined(mismatch)));

        // An idea made with the newer rules is checked against them.
        FondsIdeaInput in = validInput();
        in.categoryId = QStringLiteral("umwelt");
        const FondsIdea idea = makeIdea(newer, in, m_keys.publicKey);
        QCOMPARE(idea.assessment.workValueCents, qint64(20'000));
        QCOMPARE(idea.validate(m_catalogue, newer), QStringList());
        QVERIFY(hasPath(idea.validate(m_catalogue, older), QStringLiteral("fund_rules_version")));

        // The category is the named rules' business, not the current catalogue's.
        FondsIdea stale = makeIdea(newer, validInput(), m_keys.publicKey);
        QCOMPARE(stale.input.categoryId, QStringLiteral("nachbarschaft"));
        const QStringList problems = stale.validate(m_catalogue, newer);
        QVERIFY2(hasPath(problems, QStringLiteral("category_id")), qPrintable(joined(problems)));
    }

    void validateFindsEveryProblemOfAnEmptyIdea()
    {
        const FondsIdea empty;
        const QStringList problems = empty.validate(m_catalogue, m_catalogue.fundRules);
        for (const char *path :
             {"id", "created_at", "device_id", "receipt_code", "fund_rules_version", "title", "description", "area_id",
              "planned_start", "applicant", "declarations", "consent", "sealed_contact"})
            QVERIFY2(hasPath(problems, QLatin1String(path)), path);
    }

    // --- Random damage ---------------------------------------------------------------------

    // Whatever fromJson() accepts travels unchanged once more.
    void damagedBytesNeverCrash()
    {
        const QByteArray good = QJsonDocument(m_idea.toJson()).toJson(QJsonDocument::Compact);
        QRandomGenerator rng(20250615);
        static const QRegularExpression fieldProblem(QStringLiteral("^[a-z_]+(\\.[a-z_]+)*(\\[\\d+\\])?: \\S"));
        int refused = 0;
        int invalid = 0;
        for (int i = 0; i < 4000; ++i) {
            const QByteArray bad = testsupport::mutate(good, rng);
            QStringList errors;
            const std::optional<FondsIdea> idea = FondsIdea::fromJson(QJsonDocument::fromJson(bad).object(), &errors);
            QVERIFY2(idea.has_value() == errors.isEmpty(), bad.left(200).constData());
            if (!idea) {
                ++refused;
                for (const QString &e : errors)
                    QVERIFY(!e.trimmed().isEmpty());
                continue;
            }
            const QStringList problems = idea->validate(m_catalogue, m_catalogue.fundRules);
            for (const QString &p : problems) // each names its field: "amounts: refused ..."
                QVERIFY2(fieldProblem.match(p).hasMatch(), qPrintable(p));
            invalid += problems.isEmpty() ? 0 : 1;
            const std::optional<FondsIdea> again = viaWire(idea->toJson(), &errors);
            QVERIFY2(again.has_value(), qPrintable(joined(errors)));
            QVERIFY(*again == *idea);
            // The same idea after the wire gets the same verdict.
            QCOMPARE(again->validate(m_catalogue, m_catalogue.fundRules), problems);
        }
        qInfo("%d of 4000 damaged documents refused, %d read but invalid", refused, invalid);
        QVERIFY(refused > 2000);
        QVERIFY(invalid > 0);
    }

    void damagedValuesNeverCrash()
    {
        const QJsonObject good = m_idea.toJson();
        QRandomGenerator rng(1127);
        int refused = 0;
        int invalid = 0;
        for (int i = 0; i < 4000; ++i) {
            const QJsonObject bad = mutateValues(good, rng);
            QStringList errors;
            const std::optional<FondsIdea> idea = FondsIdea::fromJson(bad, &errors);
            QVERIFY(idea.has_value() == errors.isEmpty());
            if (!idea) {
                ++refused;
                continue;
            }
            if (!idea->validate(m_catalogue, m_catalogue.fundRules).isEmpty())
                ++invalid;
            const std::optional<FondsIdea> again = viaWire(idea->toJson(), &errors);
            QVERIFY2(again.has_value(), qPrintable(joined(errors)));
            QVERIFY(*again == *idea);
        }
        qInfo("%d of 4000 damaged values refused, %d read but invalid", refused, invalid);
        QVERIFY(refused > 2000);
    }
};

QTEST_GUILESS_MAIN(TestFondsIdea)
#include "tst_fondsidea.moc"
