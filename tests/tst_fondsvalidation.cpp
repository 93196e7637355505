// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"
#include "catalogueparser.h"
#include "fondsidea.h"
#include "receiptcode.h"
#include "sealedbox.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStandardPaths>
#include <QTest>

#include "textsupport.h"
#include <QUuid>

#include <functional>

using namespace stadtlabor;
using namespace stadtlabor::testsupport;

namespace {

using InputChange = std::function<void(FondsIdeaInput *)>;


// The day the tests pretend it is: mid-month, so "this month" and "today" differ.
const QDate today(2025, 6, 15);

QString codeName(FieldError::Code c)
{
    switch (c) {
    case FieldError::Code::Missing:
        return QStringLiteral("Missing");
    case FieldError::Code::TooLong:
        return QStringLiteral("TooLong");
    case FieldError::Code::Invalid:
        return QStringLiteral("Invalid");
    case FieldError::Code::Unknown:
        return QStringLiteral("Unknown");
    case FieldError::Code::InPast:
        return QStringLiteral("InPast");
    case FieldError::Code::TooFarAhead:
        return QStringLiteral("TooFarAhead");
    case FieldError::Code::NoContact:
        return QStringLiteral("NoContact");
    case FieldError::Code::NotConfirmed:
        return QStringLiteral("NotConfirmed");
    case FieldError::Code::Amounts:
        return QStringLiteral("Amounts");
    }
    return QStringLiteral("?");
}

// "title:Missing, consent:NotConfirmed": readable when a comparison fails.
QString errorsText(const QList<FieldError> &errors)
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts.append(e.field + QLatin1Char(':') + codeName(e.code));
    return parts.join(QStringLiteral(", "));
}

// An idea that passes every step: 1,000 euros, 250 of them as own money.
FondsIdeaInput validInput()
{
    FondsIdeaInput in;
    in.title = s("Offener Bücherschrank am Kortumpark");
    in.description = QStringLiteral("Ein wetterfester Schrank zum Tauschen von Büchern.\nWir bauen ihn selbst.");
    in.areaId = QStringLiteral("grumme");
    in.categoryId = QStringLiteral("nachbarschaft");
    in.plannedStart = QDate(2025, 9, 1);
    in.amounts.totalCostCents = 100'000;
    in.amounts.ownMoneyCents = 10'000;
    in.amounts.workHoursHundredths = 1000; // 10 h = 150 euros
    in.applicant = FondsIdeaInput::Applicant::Group;
    in.declaresOfAgeAndCapable = true;
    in.declaresNotPublicOrParty = true;
    in.declaresCommonGood = true;
    in.contact.name = QStringLiteral("Max Mustermann");
    in.contact.email = QStringLiteral("max.mustermann@bochum.de");
    in.contact.phone = QStringLiteral("0234 910-0");
    in.consent = true;
    return in;
}

} // namespace

Q_DECLARE_METATYPE(InputChange)

class TestFondsValidation : public QObject
{
    Q_OBJECT

private:
    Catalogue m_catalogue;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const CatalogueParser::Result result = CatalogueParser::parseFile(QStringLiteral(":/catalogue/bochum.json"));
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
        m_catalogue = *result.catalogue;
        QVERIFY(m_catalogue.area(QStringLiteral("grumme")));
        QVERIFY(m_catalogue.area(QStringLiteral("mitte")));
        QVERIFY(m_catalogue.area(QStringLiteral("bochum")));
        QCOMPARE(m_catalogue.fundRules.minOwnShareBasisPoints, 2000);
        QVERIFY(!m_catalogue.fundRules.categories.isEmpty());
        QVERIFY(SealedBox::initialize());
    }

    void validIdeaHasNoErrors()
    {
        const FondsIdeaInput in = validInput();
        QCOMPARE(errorsText(FondsValidation::ideaStep(in, m_catalogue, today)), QString());
        QCOMPARE(errorsText(FondsValidation::moneyStep(in, m_catalogue)), QString());
        QCOMPARE(errorsText(FondsValidation::whoStep(in)), QString());
        QCOMPARE(errorsText(FondsValidation::contactStep(in)), QString());
        QVERIFY(FondsValidation::all(in, m_catalogue, today).isEmpty());
    }

    void emptyInputReportsEveryStepInOrder()
    {
        const FondsIdeaInput in;
        QCOMPARE(errorsText(FondsValidation::all(in, m_catalogue, today)),
                 QStringLiteral("title:Missing, description:Missing, area:Missing, category:Missing, "
                                "planned_start:Missing, amounts:Amounts, applicant:Missing, "
                                "declarations:NotConfirmed, name:Missing, contact:NoContact, "
                                "consent:NotConfirmed"));
    }

    void allIsTheStepsInOrder_data()
    {
        QTest::addColumn<InputChange>("change");
        QTest::addRow("valid") << InputChange([](FondsIdeaInput *) {});
        QTest::addRow("empty") << InputChange([](FondsIdeaInput *in) { *in = FondsIdeaInput(); });
        QTest::addRow("one problem per step") << InputChange([](FondsIdeaInput *in) {
            in->categoryId = QStringLiteral("fussball");
            in->amounts.ownMoneyCents = -1;
            in->declaresCommonGood = false;
            in->consent = false;
        });
    }

    void allIsTheStepsInOrder()
    {
        QFETCH(InputChange, change);
        FondsIdeaInput in = validInput();
        change(&in);
        const QList<FieldError> steps = FondsValidation::ideaStep(in, m_catalogue, today)
            + FondsValidation::moneyStep(in, m_catalogue) + FondsValidation::whoStep(in)
            + FondsValidation::contactStep(in);
        QCOMPARE(errorsText(FondsValidation::all(in, m_catalogue, today)), errorsText(steps));
        QVERIFY(FondsValidation::all(in, m_catalogue, today) == steps);
    }

    void fields_data()
    {
        QTest::addColumn<InputChange>("change");
        QTest::addColumn<QString>("expected"); // errorsText() of all()

        const auto add = [](const char *name, InputChange change, const char *expected) {
            QTest::addRow("%s", name) << change << QString::fromUtf8(expected);
        };

        // Title.
        add("title empty", [](FondsIdeaInput *in) { in->title.clear(); }, "title:Missing");
        add("title white space only", [](FondsIdeaInput *in) { in->title = QStringLiteral("  \t\n  "); },
            "title:Missing");
        add("title invisible characters only", [](FondsIdeaInput *in) { in->title = s("\u200b\u2060\u202e"); },
            "title:Missing");
        add("title 120 characters", [](FondsIdeaInput *in) { in->title = repeated(QStringLiteral("a"), 120); }, "");
        add("title 121 characters", [](FondsIdeaInput *in) { in->title = repeated(QStringLiteral("a"), 121); },
            "title:TooLong");
        add("title 120 umlauts", [](FondsIdeaInput *in) { in->title = repeated(s("ä"), 120); }, "");
        add("title 121 umlauts", [](FondsIdeaInput *in) { in->title = repeated(s("ä"), 121); }, "title:TooLong");
        add("title 120 emoji (240 UTF-16 units)", [](FondsIdeaInput *in) { in->title = repeated(grinning, 120); },
            "");
        add("title 121 emoji", [](FondsIdeaInput *in) { in->title = repeated(grinning, 121); }, "title:TooLong");
        add("title 120 characters with surrounding spaces",
            [](FondsIdeaInput *in) { in->title = QStringLiteral("   ") + repeated(QStringLiteral("a"), 120) + QStringLiteral("  "); },
            "");
        add("title 120 characters plus removed controls",
            [](FondsIdeaInput *in) { in->title = repeated(QStringLiteral("a"), 120) + s("\x01\u200b"); }, "");

        // Description.
        add("description empty", [](FondsIdeaInput *in) { in->description.clear(); }, "description:Missing");
        add("description white space only", [](FondsIdeaInput *in) { in->description = QStringLiteral("\n\n   \n"); },
            "description:Missing");
        add("description 4000 characters",
            [](FondsIdeaInput *in) { in->description = repeated(QStringLiteral("b"), 4000); }, "");
        add("description 4001 characters",
            [](FondsIdeaInput *in) { in->description = repeated(QStringLiteral("b"), 4001); }, "description:TooLong");
        add("description 4000 with line breaks",
            [](FondsIdeaInput *in) { in->description = repeated(QStringLiteral("abc\n"), 999) + QStringLiteral("abcd"); },
            "");

        // Area.
        add("area empty", [](FondsIdeaInput *in) { in->areaId.clear(); }, "area:Missing");
        add("area unknown", [](FondsIdeaInput *in) { in->areaId = QStringLiteral("atlantis"); }, "area:Unknown");
        add("area in the wrong case", [](FondsIdeaInput *in) { in->areaId = QStringLiteral("Grumme"); },
            "area:Unknown");
        add("area with a space", [](FondsIdeaInput *in) { in->areaId = QStringLiteral(" grumme"); }, "area:Unknown");
        add("area is a category", [](FondsIdeaInput *in) { in->areaId = QStringLiteral("umwelt"); }, "area:Unknown");
        add("area the whole city", [](FondsIdeaInput *in) { in->areaId = QStringLiteral("bochum"); }, "");
        add("area a Stadtbezirk", [](FondsIdeaInput *in) { in->areaId = QStringLiteral("wattenscheid"); }, "");

        // Category.
        add("category empty", [](FondsIdeaInput *in) { in->categoryId.clear(); }, "category:Missing");
        add("category unknown", [](FondsIdeaInput *in) { in->categoryId = QStringLiteral("fussball"); },
            "category:Unknown");
        add("category in the wrong case", [](FondsIdeaInput *in) { in->categoryId = QStringLiteral("Umwelt"); },
            "category:Unknown");
        add("category is an area", [](FondsIdeaInput *in) { in->categoryId = QStringLiteral("grumme"); },
            "category:Unknown");
        add("category other", [](FondsIdeaInput *in) { in->categoryId = QStringLiteral("sonstiges"); }, "");

        // Planned start (today is 2025-06-15).
        add("planned start not given", [](FondsIdeaInput *in) { in->plannedStart = QDate(); },
            "planned_start:Missing");
        add("planned start last month", [](FondsIdeaInput *in) { in->plannedStart = QDate(2025, 5, 1); },
            "planned_start:InPast");
        add("planned start last day of last month", [](FondsIdeaInput *in) { in->plannedStart = QDate(2025, 5, 31); },
            "planned_start:InPast");
        add("planned start last year, this month", [](FondsIdeaInput *in) { in->plannedStart = QDate(2024, 6, 1); },
            "planned_start:InPast");
        add("planned start this month", [](FondsIdeaInput *in) { in->plannedStart = QDate(2025, 6, 1); }, "");
        add("planned start end of this month", [](FondsIdeaInput *in) { in->plannedStart = QDate(2025, 6, 30); }, "");
        add("planned start next month", [](FondsIdeaInput *in) { in->plannedStart = QDate(2025, 7, 1); }, "");
        add("planned start 5 years ahead, this month", [](FondsIdeaInput *in) { in->plannedStart = QDate(2030, 6, 1); },
            "");
        add("planned start exactly 5 years ahead", [](FondsIdeaInput *in) { in->plannedStart = QDate(2030, 6, 15); },
            "");
        add("planned start 5 years and a day ahead",
            [](FondsIdeaInput *in) { in->plannedStart = QDate(2030, 6, 16); }, "planned_start:TooFarAhead");
        add("planned start 5 years and a month ahead",
            [](FondsIdeaInput *in) { in->plannedStart = QDate(2030, 7, 1); }, "planned_start:TooFarAhead");
        add("planned start 10 years ahead", [](FondsIdeaInput *in) { in->plannedStart = QDate(2035, 1, 1); },
            "planned_start:TooFarAhead");

        // Amounts: hard problems only; advice is not an error.
        add("amounts zero cost", [](FondsIdeaInput *in) { in->amounts = FundAmounts(); }, "amounts:Amounts");
        add("amounts negative money", [](FondsIdeaInput *in) { in->amounts.ownMoneyCents = -1; }, "amounts:Amounts");
        add("amounts absurd cost",
            [](FondsIdeaInput *in) { in->amounts.totalCostCents = FundAssessment::maxTotalCostCents + 1; },
            "amounts:Amounts");
        add("amounts own covers everything", [](FondsIdeaInput *in) { in->amounts.ownMoneyCents = 100'000; },
            "amounts:Amounts");
        add("amounts own share below minimum is advice",
            [](FondsIdeaInput *in) { in->amounts = FundAmounts{100'000, 1'000, 0, 0}; }, "");
        add("amounts request above maximum is advice",
            [](FondsIdeaInput *in) { in->amounts = FundAmounts{10'000'000, 2'000'000, 0, 0}; }, "");

        // Applicant and declarations.
        add("no applicant", [](FondsIdeaInput *in) { in->applicant = FondsIdeaInput::Applicant::None; },
            "applicant:Missing");
        add("person", [](FondsIdeaInput *in) { in->applicant = FondsIdeaInput::Applicant::Person; }, "");
        add("association without organisation",
            [](FondsIdeaInput *in) { in->applicant = FondsIdeaInput::Applicant::Association; },
            "organisation:Missing");
        add("association with white-space organisation",
            [](FondsIdeaInput *in) {
                in->applicant = FondsIdeaInput::Applicant::Association;
                in->contact.organisation = QStringLiteral(" \t ");
            },
            "organisation:Missing");
        add("association with organisation",
            [](FondsIdeaInput *in) {
                in->applicant = FondsIdeaInput::Applicant::Association;
                in->contact.organisation = s("Förderverein Kortumpark e.V.");
            },
            "");
        add("association with organisation of 160 characters",
            [](FondsIdeaInput *in) {
                in->applicant = FondsIdeaInput::Applicant::Association;
                in->contact.organisation = repeated(QStringLiteral("o"), 160);
            },
            "");
        add("association with organisation of 161 characters",
            [](FondsIdeaInput *in) {
                in->applicant = FondsIdeaInput::Applicant::Association;
                in->contact.organisation = repeated(QStringLiteral("o"), 161);
            },
            "organisation:TooLong");
        add("group without organisation", [](FondsIdeaInput *in) { in->contact.organisation.clear(); }, "");
        add("person with organisation of 161 characters",
            [](FondsIdeaInput *in) {
                in->applicant = FondsIdeaInput::Applicant::Person;
                in->contact.organisation = repeated(QStringLiteral("o"), 161);
            },
            "organisation:TooLong");
        add("not of age and capable", [](FondsIdeaInput *in) { in->declaresOfAgeAndCapable = false; },
            "declarations:NotConfirmed");
        add("public body or party", [](FondsIdeaInput *in) { in->declaresNotPublicOrParty = false; },
            "declarations:NotConfirmed");
        add("not for the common good", [](FondsIdeaInput *in) { in->declaresCommonGood = false; },
            "declarations:NotConfirmed");
        add("no declaration at all: one error",
            [](FondsIdeaInput *in) {
                in->declaresOfAgeAndCapable = false;
                in->declaresNotPublicOrParty = false;
                in->declaresCommonGood = false;
            },
            "declarations:NotConfirmed");

        // Contact.
        add("name empty", [](FondsIdeaInput *in) { in->contact.name.clear(); }, "name:Missing");
        add("name white space only", [](FondsIdeaInput *in) { in->contact.name = QStringLiteral("   "); },
            "name:Missing");
        add("name 120 characters", [](FondsIdeaInput *in) { in->contact.name = repeated(s("ü"), 120); }, "");
        add("name 121 characters", [](FondsIdeaInput *in) { in->contact.name = repeated(s("ü"), 121); },
            "name:TooLong");
        add("email malformed", [](FondsIdeaInput *in) { in->contact.email = QStringLiteral("max@bochum"); },
            "email:Invalid");
        add("email with surrounding spaces", [](FondsIdeaInput *in) { in->contact.email = QStringLiteral("  a@b.de  "); },
            "");
        add("phone malformed", [](FondsIdeaInput *in) { in->contact.phone = QStringLiteral("ruf mich an"); },
            "phone:Invalid");
        add("phone with surrounding spaces", [](FondsIdeaInput *in) { in->contact.phone = QStringLiteral(" 0234 9100 "); },
            "");
        add("email and phone malformed",
            [](FondsIdeaInput *in) {
                in->contact.email = QStringLiteral("a@");
                in->contact.phone = QStringLiteral("12");
            },
            "email:Invalid, phone:Invalid");
        add("email only", [](FondsIdeaInput *in) { in->contact.phone.clear(); }, "");
        add("phone only", [](FondsIdeaInput *in) { in->contact.email.clear(); }, "");
        add("no contact at all",
            [](FondsIdeaInput *in) {
                in->contact.email.clear();
                in->contact.phone.clear();
            },
            "contact:NoContact");
        add("no contact, only white space",
            [](FondsIdeaInput *in) {
                in->contact.email = QStringLiteral("  ");
                in->contact.phone = QStringLiteral("\t");
            },
            "contact:NoContact");
        add("malformed email is the only contact",
            [](FondsIdeaInput *in) {
                in->contact.email = QStringLiteral("max");
                in->contact.phone.clear();
            },
            "email:Invalid");
        add("no consent", [](FondsIdeaInput *in) { in->consent = false; }, "consent:NotConfirmed");

        // Several at once, in step order.
        add("one problem in every step",
            [](FondsIdeaInput *in) {
                in->title.clear();
                in->plannedStart = QDate(2020, 1, 1);
                in->amounts.inKindCents = -5;
                in->applicant = FondsIdeaInput::Applicant::None;
                in->contact.name.clear();
                in->consent = false;
            },
            "title:Missing, planned_start:InPast, amounts:Amounts, applicant:Missing, name:Missing, "
            "consent:NotConfirmed");
    }

    void fields()
    {
        QFETCH(InputChange, change);
        QFETCH(QString, expected);
        FondsIdeaInput in = validInput();
        change(&in);
        QCOMPARE(errorsText(FondsValidation::all(in, m_catalogue, today)), expected);
    }

    void everyCategoryAndAreaIsAccepted()
    {
        for (const FundCategory &c : m_catalogue.fundRules.categories) {
            FondsIdeaInput in = validInput();
            in.categoryId = c.id;
            QVERIFY2(FondsValidation::ideaStep(in, m_catalogue, today).isEmpty(), qPrintable(c.id));
        }
        for (const Area &a : m_catalogue.areas) {
            FondsIdeaInput in = validInput();
            in.areaId = a.id;
            QVERIFY2(FondsValidation::ideaStep(in, m_catalogue, today).isEmpty(), qPrintable(a.id));
        }
        QCOMPARE(m_catalogue.areas.size(), 1 + 6 + 30);
    }

    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");

        // Good.
        const QString local123 = repeated(QStringLiteral("x"), 123);
        const QString domain130 = repeated(QStringLiteral("a"), 63) + QStringLiteral(".") + repeated(QStringLiteral("b"), 63)
            + QStringLiteral(".de");
        QTest::addRow("ordinary") << QStringLiteral("max.mustermann@bochum.de") << true;
        QTest::addRow("plus and subdomain") << QStringLiteral("a+b@sub.example.org") << true;
        QTest::addRow("umlauts on both sides") << s("jürgen@müller.de") << true;
        QTest::addRow("shortest") << QStringLiteral("a@b.de") << true;
        QTest::addRow("underscore and hyphens") << QStringLiteral("x_y-z@stadt-bochum.de") << true;
        QTest::addRow("upper case") << QStringLiteral("Max.Mustermann@Bochum.DE") << true;
        QTest::addRow("digits in the domain") << QStringLiteral("a@1und1.de") << true;
        QTest::addRow("punycode domain") << QStringLiteral("info@xn--mller-kva.de") << true;
        QTest::addRow("apostrophe") << QStringLiteral("o'brien@example.ie") << true;
        QTest::addRow("Greek") << s("δοκιμή@παράδειγμα.δοκιμή") << true;
        QTest::addRow("Chinese") << s("用户@例子.广告") << true;
        QTest::addRow("Devanagari with vowel signs") << s("उपयोगकर्ता@उदाहरण.कॉम") << true;
        QTest::addRow("label of 63 characters") << (QStringLiteral("a@") + repeated(QStringLiteral("d"), 63) + QStringLiteral(".de"))
                                                << true;
        QTest::addRow("254 characters") << (local123 + QStringLiteral("@") + domain130) << true;

        // Bad.
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("no @") << QStringLiteral("a") << false;
        QTest::addRow("nothing after @") << QStringLiteral("a@") << false;
        QTest::addRow("nothing before @") << QStringLiteral("@b.de") << false;
        QTest::addRow("space in local part") << QStringLiteral("a b@c.de") << false;
        QTest::addRow("tab in local part") << QStringLiteral("a\tb@c.de") << false;
        QTest::addRow("leading space") << QStringLiteral(" a@b.de") << false;
        QTest::addRow("domain without dot") << QStringLiteral("a@b") << false;
        QTest::addRow("domain starts with dot") << QStringLiteral("a@.de") << false;
        QTest::addRow("domain ends with dot") << QStringLiteral("a@b.de.") << false;
        QTest::addRow("double dot") << QStringLiteral("a@b..de") << false;
        QTest::addRow("label starts with hyphen") << QStringLiteral("a@-b.de") << false;
        QTest::addRow("label ends with hyphen") << QStringLiteral("a@b-.de") << false;
        QTest::addRow("top-level label starts with hyphen") << QStringLiteral("a@b.-de") << false;
        QTest::addRow("two @") << QStringLiteral("a@@b.de") << false;
        QTest::addRow("two @ apart") << QStringLiteral("a@b@c.de") << false;
        QTest::addRow("space in domain") << QStringLiteral("a@b .de") << false;
        QTest::addRow("underscore in domain") << QStringLiteral("a@b_c.de") << false;
        QTest::addRow("comma for dot") << QStringLiteral("a@b,de") << false;
        QTest::addRow("slash in domain") << QStringLiteral("a@b.de/x") << false;
        QTest::addRow("line break at the end") << QStringLiteral("a@b.de\n") << false;
        QTest::addRow("one-letter top level") << QStringLiteral("a@b.d") << false;
        QTest::addRow("numeric top level") << QStringLiteral("a@127.0.0.1") << false;
        QTest::addRow("address literal") << QStringLiteral("a@[127.0.0.1]") << false;
        QTest::addRow("only dot") << QStringLiteral("a@.") << false;
        QTest::addRow("bidi override in local part") << s("a\u202eb@c.de") << false;
        QTest::addRow("label of 64 characters") << (QStringLiteral("a@") + repeated(QStringLiteral("d"), 64) + QStringLiteral(".de"))
                                                << false;
        QTest::addRow("255 characters") << (local123 + QStringLiteral("x@") + domain130) << false;
    }

    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(FondsValidation::isValidEmail(email), valid);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");

        QTest::addRow("Bochum city hall") << QStringLiteral("0234 910-0") << true;
        QTest::addRow("international") << QStringLiteral("+49 234 9100") << true;
        QTest::addRow("all separators") << QStringLiteral("+49 (0)234 / 910 - 0") << true;
        QTest::addRow("area code in brackets") << QStringLiteral("(0234) 91 00") << true;
        QTest::addRow("mobile") << QStringLiteral("0171/1234567") << true;
        QTest::addRow("6 digits") << QStringLiteral("123456") << true;
        QTest::addRow("20 digits") << QStringLiteral("12345678901234567890") << true;
        QTest::addRow("40 characters") << (QStringLiteral("1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0") + QStringLiteral(" "))
                                       << true;

        QTest::addRow("empty") << QString() << false;
        QTest::addRow("5 digits") << QStringLiteral("12345") << false;
        QTest::addRow("5 digits with separators") << QStringLiteral("+(1) 23-45") << false;
        QTest::addRow("21 digits") << QStringLiteral("123456789012345678901") << false;
        QTest::addRow("41 characters") << (QStringLiteral("1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0") + QStringLiteral("  "))
                                       << false;
        QTest::addRow("letters") << QStringLiteral("0234 910 0 ext 1") << false;
        QTest::addRow("words") << QStringLiteral("ruf mich an") << false;
        QTest::addRow("two plus signs") << QStringLiteral("++49 234 9100") << false;
        QTest::addRow("plus in the middle") << QStringLiteral("0234+9100") << false;
        QTest::addRow("only a plus") << QStringLiteral("+") << false;
        QTest::addRow("dots") << QStringLiteral("0234.910.0") << false;
        QTest::addRow("line break") << QStringLiteral("0234\n9100") << false;
        QTest::addRow("Arabic-Indic digits") << s("٠٢٣٤٩١٠٠") << false;
        QTest::addRow("full-width digits") << s("０２３４９１００") << false;
    }

    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QCOMPARE(FondsValidation::isValidPhone(phone), valid);
    }

    void applicantIds()
    {
        using A = FondsIdeaInput::Applicant;
        QCOMPARE(FondsIdeaInput::applicantId(A::Person), QStringLiteral("person"));
        QCOMPARE(FondsIdeaInput::applicantId(A::Group), QStringLiteral("group"));
        QCOMPARE(FondsIdeaInput::applicantId(A::Association), QStringLiteral("association"));
        QCOMPARE(FondsIdeaInput::applicantId(A::None), QString());
        for (A a : {A::Person, A::Group, A::Association})
            QVERIFY(FondsIdeaInput::applicantFromId(FondsIdeaInput::applicantId(a)) == a);
        QVERIFY(FondsIdeaInput::applicantFromId(QString()) == A::None);
        QVERIFY(FondsIdeaInput::applicantFromId(QStringLiteral("Person")) == A::None);
        QVERIFY(FondsIdeaInput::applicantFromId(QStringLiteral("verein")) == A::None);
        QVERIFY(FondsIdeaInput::applicantFromId(QStringLiteral(" group")) == A::None);
    }

    void contactJsonRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("organisation");

        QTest::addRow("full") << QStringLiteral("Max Mustermann") << QStringLiteral("max.mustermann@bochum.de")
                              << QStringLiteral("+49 234 9100") << s("Förderverein Kortumpark e.V.");
        QTest::addRow("all empty") << QString() << QString() << QString() << QString();
        QTest::addRow("awkward characters") << s("Jürgen \"Jo\" O'Neil \\ ") + grinning << s("jürgen@müller.de")
                                            << QString() << QStringLiteral("Zeile 1\nZeile 2\t{}[]:,");
    }

    void contactJsonRoundTrip()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QString, organisation);
        const FondsContact c{name, email, phone, organisation};
        const QByteArray bytes = c.toJsonBytes();
        QVERIFY2(!bytes.contains('\n'), bytes.constData()); // compact
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().keys(), (QStringList{QStringLiteral("email"), QStringLiteral("name"),
                                                   QStringLiteral("organisation"), QStringLiteral("phone")}));
        QCOMPARE(doc.object().value(QStringLiteral("name")).toString(), name);
        const std::optional<FondsContact> back = FondsContact::fromJsonBytes(bytes);
        QVERIFY(back.has_value());
        QVERIFY(*back == c);
        QCOMPARE(back->organisation, organisation);
    }

    void contactFromBadJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("not JSON") << QByteArray("name=Max");
        QTest::addRow("truncated") << QByteArray("{\"name\":\"Max\"");
        QTest::addRow("array") << QByteArray("[\"Max\"]");
        QTest::addRow("string") << QByteArray("\"Max\"");
        QTest::addRow("name a number") << QByteArray("{\"name\":1,\"email\":\"\",\"phone\":\"\",\"organisation\":\"\"}");
        QTest::addRow("email null") << QByteArray("{\"name\":\"Max\",\"email\":null}");
        QTest::addRow("phone an array") << QByteArray("{\"name\":\"Max\",\"phone\":[\"0234\"]}");
        QTest::addRow("organisation an object") << QByteArray("{\"organisation\":{}}");
        QTest::addRow("name a bool") << QByteArray("{\"name\":true}");
    }

    void contactFromBadJson()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!FondsContact::fromJsonBytes(json).has_value());
    }

    void contactFromJsonMissingKeysAreEmpty()
    {
        const std::optional<FondsContact> c = FondsContact::fromJsonBytes(QByteArray("{\"name\":\"Max\",\"future\":1}"));
        QVERIFY(c.has_value());
        QCOMPARE(c->name, QStringLiteral("Max"));
        QVERIFY(c->email.isEmpty() && c->phone.isEmpty() && c->organisation.isEmpty());
    }

    void ideaJson()
    {
        const FondsContact contact{s("Jürgen Quasselstrippe"), QStringLiteral("juergen.quasselstrippe@example.org"),
                                   QStringLiteral("+49 234 5550123"), s("Förderverein Zauberwald e.V.")};
        const SealedBox::KeyPair keys = SealedBox::generateKeyPair();
        QCOMPARE(keys.publicKey.size(), SealedBox::publicKeyBytes);

        FondsIdea idea;
        idea.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        idea.createdAt = QDateTime(QDate(2025, 6, 15), QTime(14, 30, 5, 123), Qt::UTC);
        idea.deviceId = QStringLiteral("kiosk-rathaus-1");
        idea.fundRulesVersion = m_catalogue.fundRules.version;
        idea.receiptCode = ReceiptCode::fromUuid(QUuid::fromString(idea.uuid));
        idea.input = validInput();
        idea.input.applicant = FondsIdeaInput::Applicant::Association;
        idea.input.amounts = FundAmounts{1'000'000, 100'000, 1250, 40'000}; // own 158,750: below 20 %
        // Filled on purpose, against the rule: toJson() must not take it even then.
        idea.input.contact = contact;
        idea.assessment = FundAssessment::assess(m_catalogue.fundRules, idea.input.amounts);
        idea.sealedContact = SealedBox::seal(contact.toJsonBytes(), keys.publicKey);
        QVERIFY(!idea.sealedContact.isEmpty());

        const QJsonObject o = idea.toJson();
        QCOMPARE(o.keys(), (QStringList{
                               QStringLiteral("amounts"), QStringLiteral("applicant"), QStringLiteral("area_id"),
                               QStringLiteral("category_id"), QStringLiteral("consent"), QStringLiteral("created_at"),
                               QStringLiteral("declarations"), QStringLiteral("description"), QStringLiteral("device_id"),
                               QStringLiteral("fund_rules_version"), QStringLiteral("id"), QStringLiteral("needs_advice"),
                               QStringLiteral("planned_start"), QStringLiteral("receipt_code"),
                               QStringLiteral("request_above_maximum"), QStringLiteral("sealed_contact"),
                               QStringLiteral("share_below_minimum"), QStringLiteral("small_application"),
                               QStringLiteral("title"),
                           }));
        QCOMPARE(o.value(QStringLiteral("id")).toString(), idea.uuid);
        QCOMPARE(o.value(QStringLiteral("created_at")).toString(), QStringLiteral("2025-06-15T14:30:05.123Z"));
        QCOMPARE(o.value(QStringLiteral("device_id")).toString(), QStringLiteral("kiosk-rathaus-1"));
        QCOMPARE(o.value(QStringLiteral("fund_rules_version")).toInt(), m_catalogue.fundRules.version);
        QCOMPARE(o.value(QStringLiteral("receipt_code")).toString(), idea.receiptCode);
        QVERIFY(ReceiptCode::isValid(o.value(QStringLiteral("receipt_code")).toString()));
        QCOMPARE(o.value(QStringLiteral("title")).toString(), idea.input.title);
        QCOMPARE(o.value(QStringLiteral("description")).toString(), idea.input.description);
        QCOMPARE(o.value(QStringLiteral("area_id")).toString(), QStringLiteral("grumme"));
        QCOMPARE(o.value(QStringLiteral("category_id")).toString(), QStringLiteral("nachbarschaft"));
        QCOMPARE(o.value(QStringLiteral("planned_start")).toString(), QStringLiteral("2025-09"));
        QCOMPARE(o.value(QStringLiteral("applicant")).toString(), QStringLiteral("association"));
        QCOMPARE(o.value(QStringLiteral("consent")).toBool(), true);

        const QJsonObject amounts = o.value(QStringLiteral("amounts")).toObject();
        QCOMPARE(amounts.keys(), (QStringList{
                                     QStringLiteral("in_kind_cents"), QStringLiteral("own_contribution_cents"),
                                     QStringLiteral("own_money_cents"), QStringLiteral("own_share_basis_points"),
                                     QStringLiteral("requested_cents"), QStringLiteral("total_cost_cents"),
                                     QStringLiteral("work_hours_hundredths"), QStringLiteral("work_value_cents"),
                                 }));
        QCOMPARE(amounts.value(QStringLiteral("total_cost_cents")).toInteger(), qint64(1'000'000));
        QCOMPARE(amounts.value(QStringLiteral("own_money_cents")).toInteger(), qint64(100'000));
        QCOMPARE(amounts.value(QStringLiteral("work_hours_hundredths")).toInteger(), qint64(1250));
        QCOMPARE(amounts.value(QStringLiteral("in_kind_cents")).toInteger(), qint64(40'000));
        QCOMPARE(amounts.value(QStringLiteral("work_value_cents")).toInteger(), qint64(18'750));
        QCOMPARE(amounts.value(QStringLiteral("own_contribution_cents")).toInteger(), qint64(158'750));
        QCOMPARE(amounts.value(QStringLiteral("requested_cents")).toInteger(), qint64(841'250));
        QCOMPARE(amounts.value(QStringLiteral("own_share_basis_points")).toInteger(), qint64(1587));
        QCOMPARE(o.value(QStringLiteral("small_application")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("share_below_minimum")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("request_above_maximum")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("needs_advice")).toBool(), true);

        const QJsonObject declarations = o.value(QStringLiteral("declarations")).toObject();
        QCOMPARE(declarations.keys(), (QStringList{QStringLiteral("common_good"), QStringLiteral("not_public_or_party"),
                                                   QStringLiteral("of_age_and_capable")}));
        for (const QString &key : declarations.keys())
            QCOMPARE(declarations.value(key), QJsonValue(true));

        // No clear contact data anywhere in the payload, in any spelling JSON might use.
        const QByteArray compact = QJsonDocument(o).toJson(QJsonDocument::Compact);
        const QByteArray indented = QJsonDocument(o).toJson(QJsonDocument::Indented);
        const QStringList secrets{contact.name, contact.email, contact.phone, contact.organisation,
                                  QStringLiteral("Quasselstrippe"), QStringLiteral("quasselstrippe"),
                                  QStringLiteral("5550123"), QStringLiteral("Zauberwald"), QStringLiteral("example.org")};
        for (const QString &secret : secrets) {
            QVERIFY2(!compact.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY2(!indented.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY2(!QString::fromUtf8(compact).contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        }

        // The sealed blob is there, and only the hub's secret key opens it.
        const QByteArray sealed = QByteArray::fromBase64(o.value(QStringLiteral("sealed_contact")).toString().toLatin1());
        QCOMPARE(sealed, idea.sealedContact);
        const std::optional<QByteArray> opened = SealedBox::open(sealed, keys.publicKey, keys.secretKey);
        QVERIFY(opened.has_value());
        const std::optional<FondsContact> back = FondsContact::fromJsonBytes(*opened);
        QVERIFY(back.has_value());
        QVERIFY(*back == contact);
    }

    void ideaJsonWithoutApplicantOrStart()
    {
        FondsIdea idea;
        idea.input.title = QStringLiteral("  Titel mit Leerzeichen  ");
        const QJsonObject o = idea.toJson();
        QVERIFY(o.value(QStringLiteral("applicant")).isNull());
        QVERIFY(o.value(QStringLiteral("planned_start")).isNull());
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Titel mit Leerzeichen"));
        QCOMPARE(o.value(QStringLiteral("sealed_contact")).toString(), QString());
        QCOMPARE(o.value(QStringLiteral("needs_advice")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestFondsValidation)
#include "tst_fondsvalidation.moc"
