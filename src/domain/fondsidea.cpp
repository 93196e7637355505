// SPDX-License-Identifier: GPL-3.0-or-later
#include "fondsidea.h"

#include "catalogue.h"
#include "jsonreader.h"
#include "plaintext.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <utility>

namespace stadtlabor {

namespace {

QString isoUtc(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue optionalString(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString cleaned(const QString &text)
{
    return PlainText::clean(text, -1);
}

// Missing when empty after cleaning, TooLong when longer than `maxLength` characters.
void checkText(QList<FieldError> *errors, const QString &field, const QString &text, int maxLength,
               bool required)
{
    const QString c = cleaned(text);
    if (c.isEmpty()) {
        if (required)
            errors->append({field, FieldError::Code::Missing});
    } else if (PlainText::length(c) > maxLength) {
        errors->append({field, FieldError::Code::TooLong});
    }
}

bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

// One label of a domain: letters (any script), digits, combining marks after the first
// character and inner hyphens; 1 to 63 characters.
bool isValidDomainLabel(const QString &label)
{
    const QList<uint> codePoints = label.toUcs4();
    if (codePoints.isEmpty() || codePoints.size() > 63)
        return false;
    if (codePoints.first() == U'-' || codePoints.last() == U'-')
        return false;
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints.at(i);
        if (c == U'-')
            continue;
        if (QChar::isLetterOrNumber(c))
            continue;
        if (i > 0 && QChar::isMark(c))
            continue;
        return false;
    }
    return true;
}

} // namespace

// --- FondsContact -----------------------------------------------------------------------

QByteArray FondsContact::toJsonBytes() const
{
    const QJsonObject o{
        {QStringLiteral("name"), name},
        {QStringLiteral("email"), email},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("organisation"), organisation},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A missing key reads as empty; a present value that is not a string refuses the document.
std::optional<FondsContact> FondsContact::fromJsonBytes(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    FondsContact c;
    for (const auto &[key, out] : {std::pair{"name", &c.name}, std::pair{"email", &c.email},
                                   std::pair{"phone", &c.phone}, std::pair{"organisation", &c.organisation}}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!v.isString())
            return std::nullopt;
        *out = v.toString();
    }
    return c;
}

// --- FondsIdeaInput ---------------------------------------------------------------------

QString FondsIdeaInput::applicantId(Applicant a)
{
    switch (a) {
    case Applicant::None:
        return {};
    case Applicant::Person:
        return QStringLiteral("person");
    case Applicant::Group:
        return QStringLiteral("group");
    case Applicant::Association:
        return QStringLiteral("association");
    }
    return {};
}

FondsIdeaInput::Applicant FondsIdeaInput::applicantFromId(const QString &id)
{
    for (Applicant a : {Applicant::Person, Applicant::Group, Applicant::Association}) {
        if (applicantId(a) == id)
            return a;
    }
    return Applicant::None;
}

// --- FondsValidation --------------------------------------------------------------------

namespace FondsValidation {

QList<FieldError> ideaStep(const FondsIdeaInput &in, const Catalogue &catalogue, const QDate &today)
{
    QList<FieldError> errors;
    checkText(&errors, QStringLiteral("title"), in.title, FondsIdeaInput::maxTitle, true);
    checkText(&errors, QStringLiteral("description"), in.description, FondsIdeaInput::maxDescription, true);

    if (in.areaId.isEmpty())
        errors.append({QStringLiteral("area"), FieldError::Code::Missing});
    else if (!JsonReader::isValidId(in.areaId) || !catalogue.area(in.areaId))
        errors.append({QStringLiteral("area"), FieldError::Code::Unknown});

    if (in.categoryId.isEmpty()) {
        errors.append({QStringLiteral("category"), FieldError::Code::Missing});
    } else {
        bool known = false;
        for (const FundCategory &c : catalogue.fundRules.categories)
            known = known || c.id == in.categoryId;
        if (!known)
            errors.append({QStringLiteral("category"), FieldError::Code::Unknown});
    }

    if (!in.plannedStart.isValid()) {
        errors.append({QStringLiteral("planned_start"), FieldError::Code::Missing});
    } else if (today.isValid()) {
        const QDate firstOfThisMonth(today.year(), today.month(), 1);
        if (in.plannedStart < firstOfThisMonth)
            errors.append({QStringLiteral("planned_start"), FieldError::Code::InPast});
        else if (in.plannedStart > today.addYears(FondsIdeaInput::maxYearsAhead))
            errors.append({QStringLiteral("planned_start"), FieldError::Code::TooFarAhead});
    }
    return errors;
}

QList<FieldError> moneyStep(const FondsIdeaInput &in, const Catalogue &catalogue)
{
    QList<FieldError> errors;
    // Only the hard problems; an idea that needs advice may still be handed in.
    if (!FundAssessment::assess(catalogue.fundRules, in.amounts).problems.isEmpty())
        errors.append({QStringLiteral("amounts"), FieldError::Code::Amounts});
    return errors;
}

QList<FieldError> whoStep(const FondsIdeaInput &in)
{
    QList<FieldError> errors;
    if (in.applicant == FondsIdeaInput::Applicant::None)
        errors.append({QStringLiteral("applicant"), FieldError::Code::Missing});
    checkText(&errors, QStringLiteral("organisation"), in.contact.organisation, FondsIdeaInput::maxOrganisation,
              in.applicant == FondsIdeaInput::Applicant::Association);
    if (!in.declaresOfAgeAndCapable || !in.declaresNotPublicOrParty || !in.declaresCommonGood)
        errors.append({QStringLiteral("declarations"), FieldError::Code::NotConfirmed});
    return errors;
}

QList<FieldError> contactStep(const FondsIdeaInput &in)
{
    QList<FieldError> errors;
    checkText(&errors, QStringLiteral("name"), in.contact.name, FondsIdeaInput::maxName, true);
    const QString email = cleaned(in.contact.email);
    const QString phone = cleaned(in.contact.phone);
    if (!email.isEmpty() && !isValidEmail(email))
        errors.append({QStringLiteral("email"), FieldError::Code::Invalid});
    if (!phone.isEmpty() && !isValidPhone(phone))
        errors.append({QStringLiteral("phone"), FieldError::Code::Invalid});
    if (email.isEmpty() && phone.isEmpty())
        errors.append({QStringLiteral("contact"), FieldError::Code::NoContact});
    if (!in.consent)
        errors.append({QStringLiteral("consent"), FieldError::Code::NotConfirmed});
    return errors;
}

QList<FieldError> all(const FondsIdeaInput &in, const Catalogue &catalogue, const QDate &today)
{
    return ideaStep(in, catalogue, today) + moneyStep(in, catalogue) + whoStep(in) + contactStep(in);
}

// Deliberately simple, not RFC 5322: what a person types at a kiosk. One @; a local part
// without white space or control characters; a domain of at least two dot-separated labels
// (letters of any script, digits, inner hyphens), the last of at least two characters and not
// only digits; at most maxEmail characters in all.
bool isValidEmail(const QString &email)
{
    if (email.isEmpty() || PlainText::length(email) > FondsIdeaInput::maxEmail)
        return false;
    if (email.count(QLatin1Char('@')) != 1)
        return false;
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    if (local.isEmpty())
        return false;
    for (const uint c : local.toUcs4()) {
        const QChar::Category category = QChar::category(char32_t(c));
        if (QChar::isSpace(char32_t(c)) || category == QChar::Other_Control || category == QChar::Other_Format
            || c == 0xFFFD)
            return false;
    }
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (!isValidDomainLabel(label))
            return false;
    }
    const QList<uint> tld = labels.last().toUcs4();
    if (tld.size() < 2)
        return false;
    bool onlyDigits = true;
    for (const uint c : tld)
        onlyDigits = onlyDigits && isAsciiDigit(char32_t(c));
    return !onlyDigits;
}

// Digits (0-9) with + ( ) / - and spaces; a + only as the very first character; 6 to 20
// digits; at most maxPhone characters.
bool isValidPhone(const QString &phone)
{
    if (phone.isEmpty() || phone.size() > FondsIdeaInput::maxPhone)
        return false;
    int digits = 0;
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const char16_t c = phone.at(i).unicode();
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (c == u'+' && i != 0)
            return false;
        else if (c != u'+' && c != u'(' && c != u')' && c != u'/' && c != u'-' && c != u' ')
            return false;
    }
    return digits >= 6 && digits <= 20;
}

} // namespace FondsValidation

// --- FondsIdea --------------------------------------------------------------------------

QJsonObject FondsIdea::toJson() const
{
    // Built field by field from the non-personal parts: input.contact is never read here.
    const QJsonObject amounts{
        {QStringLiteral("total_cost_cents"), input.amounts.totalCostCents},
        {QStringLiteral("own_money_cents"), input.amounts.ownMoneyCents},
        {QStringLiteral("work_hours_hundredths"), input.amounts.workHoursHundredths},
        {QStringLiteral("in_kind_cents"), input.amounts.inKindCents},
        {QStringLiteral("work_value_cents"), assessment.workValueCents},
        {QStringLiteral("own_contribution_cents"), assessment.ownContributionCents},
        {QStringLiteral("requested_cents"), assessment.requestedCents},
        {QStringLiteral("own_share_basis_points"), assessment.ownShareBasisPoints},
    };
    const QJsonObject declarations{
        {QStringLiteral("of_age_and_capable"), input.declaresOfAgeAndCapable},
        {QStringLiteral("not_public_or_party"), input.declaresNotPublicOrParty},
        {QStringLiteral("common_good"), input.declaresCommonGood},
    };
    return QJsonObject{
        {QStringLiteral("id"), uuid},
        {QStringLiteral("created_at"), isoUtc(createdAt)},
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("fund_rules_version"), fundRulesVersion},
        {QStringLiteral("receipt_code"), receiptCode},
        {QStringLiteral("title"), PlainText::clean(input.title, FondsIdeaInput::maxTitle)},
        {QStringLiteral("description"), PlainText::clean(input.description, FondsIdeaInput::maxDescription)},
        {QStringLiteral("area_id"), input.areaId},
        {QStringLiteral("category_id"), input.categoryId},
        {QStringLiteral("planned_start"),
         input.plannedStart.isValid() ? QJsonValue(input.plannedStart.toString(QStringLiteral("yyyy-MM")))
                                      : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("amounts"), amounts},
        {QStringLiteral("small_application"), assessment.smallApplication},
        {QStringLiteral("needs_advice"), assessment.needsAdvice()},
        {QStringLiteral("share_below_minimum"), assessment.shareBelowMinimum},
        {QStringLiteral("request_above_maximum"), assessment.requestAboveMaximum},
        {QStringLiteral("applicant"), optionalString(FondsIdeaInput::applicantId(input.applicant))},
        {QStringLiteral("declarations"), declarations},
        {QStringLiteral("consent"), input.consent},
        {QStringLiteral("sealed_contact"), QString::fromLatin1(sealedContact.toBase64())},
    };
}

} // namespace stadtlabor
