// SPDX-License-Identifier: GPL-3.0-or-later
#include "fondsidea.h"

#include "catalogue.h"
#include "jsonreader.h"
#include "plaintext.h"
#include "receiptcode.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUuid>

#include <sodium.h>

#include <cmath>
#include <limits>
#include <tuple>
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

// --- Reading and checking the payload (FondsIdea::fromJson, FondsIdea::validate) ---

// The smallest plausible sealed contact: the box's overhead and "{}".
constexpr int minSealedContactBytes = int(crypto_box_SEALBYTES) + 2;
static_assert(crypto_box_SEALBYTES == 48, "a sealed box adds an ephemeral key and a tag");
static_assert(FondsIdea::maxSealedContactBytes > minSealedContactBytes);

// Amounts in cents (and hours in hundredths) as far as Money goes: ten billion euros. Exact
// as a double, and FundAssessment::assess() cannot overflow on them.
constexpr qint64 maxAmount = qint64(Money::maxEuros) * 100;


QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

// Only the canonical spelling: one idea must never travel under two ids.
bool isCanonicalUuid(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

// What PlainText::clean() leaves as it is, within maxLength characters; one line if asked.
bool isCleanText(const QString &text, int maxLength, bool oneLine)
{
    return PlainText::clean(text, maxLength) == text && !(oneLine && text.contains(u'\n'));
}

// The value under `key`, or false with "missing" when there is none. null counts as present.
bool take(JsonReader &r, const QJsonObject &parent, const QString &path, const char *key, QJsonValue *out)
{
    const QString k = QLatin1String(key);
    if (!parent.contains(k)) {
        r.error(JsonReader::join(path, k), QStringLiteral("missing"));
        return false;
    }
    *out = parent.value(k);
    return true;
}

bool readString(JsonReader &r, const QJsonObject &parent, const QString &path, const char *key, QString *out)
{
    QJsonValue v;
    if (!take(r, parent, path, key, &v))
        return false;
    if (!v.isString()) {
        r.error(JsonReader::join(path, QLatin1String(key)),
                QStringLiteral("expected a string, found %1").arg(JsonReader::typeName(v)));
        return false;
    }
    *out = v.toString();
    return true;
}

// A text as PlainText::clean() leaves it: no control or invisible format characters, no
// surrounding white space, at most maxLength characters. Not trimmed or repaired here: what
// the kiosk sends is already clean, so anything else is damage.
bool readText(JsonReader &r, const QJsonObject &parent, const QString &path, const char *key, QString *out,
              int maxLength, bool oneLine, bool allowEmpty)
{
    QString text;
    if (!readString(r, parent, path, key, &text))
        return false;
    const QString p = JsonReader::join(path, QLatin1String(key));
    if (!text.isValidUtf16()) {
        r.error(p, QStringLiteral("contains invalid characters (a broken UTF-16 surrogate)"));
        return false;
    }
    if (PlainText::strip(text) != text) {
        r.error(p, QStringLiteral("contains control characters, tabs or invisible format characters"));
        return false;
    }
    if (oneLine && text.contains(u'\n')) {
        r.error(p, QStringLiteral("line breaks are not allowed here"));
        return false;
    }
    if (text.trimmed() != text) {
        r.error(p, QStringLiteral("surrounding white space"));
        return false;
    }
    if (text.isEmpty() && !allowEmpty) {
        r.error(p, QStringLiteral("empty text"));
        return false;
    }
    const int length = PlainText::length(text);
    if (length > maxLength) {
        r.error(p, QStringLiteral("too long (%1 characters, at most %2)").arg(length).arg(maxLength));
        return false;
    }
    Q_ASSERT(isCleanText(text, maxLength, oneLine));
    *out = text;
    return true;
}

bool readBool(JsonReader &r, const QJsonObject &parent, const QString &path, const char *key, bool *out)
{
    QJsonValue v;
    if (!take(r, parent, path, key, &v))
        return false;
    if (!v.isBool()) {
        r.error(JsonReader::join(path, QLatin1String(key)),
                QStringLiteral("expected true or false, found %1").arg(JsonReader::typeName(v)));
        return false;
    }
    *out = v.toBool();
    return true;
}

// A whole number from min to max (both well inside a double's exact range).
bool readCount(JsonReader &r, const QJsonObject &parent, const QString &path, const char *key, qint64 *out, qint64 min,
               qint64 max)
{
    QJsonValue v;
    if (!take(r, parent, path, key, &v))
        return false;
    const QString p = JsonReader::join(path, QLatin1String(key));
    if (!v.isDouble()) {
        r.error(p, QStringLiteral("expected a whole number, found %1").arg(JsonReader::typeName(v)));
        return false;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d)) {
        r.error(p, QStringLiteral("expected a whole number, found %1").arg(d, 0, 'g', 17));
        return false;
    }
    if (d < double(min) || d > double(max)) {
        r.error(p, QStringLiteral("%1 is out of range (%2 to %3)").arg(d, 0, 'g', 15).arg(min).arg(max));
        return false;
    }
    *out = qint64(d);
    return true;
}

// A clean object under `key` with exactly the given keys; false (reported) otherwise.
bool readObject(JsonReader &r, const QJsonObject &parent, const QString &path, const char *key, QJsonObject *out,
                std::initializer_list<const char *> keys)
{
    QJsonValue v;
    if (!take(r, parent, path, key, &v) || !r.asObject(v, JsonReader::join(path, QLatin1String(key)), out))
        return false;
    r.allowKeys(*out, JsonReader::join(path, QLatin1String(key)), keys);
    return true;
}

QString problemText(FundAssessment::Problem problem)
{
    switch (problem) {
    case FundAssessment::Problem::CostNotPositive:
        return QStringLiteral("total cost not positive");
    case FundAssessment::Problem::NegativeAmount:
        return QStringLiteral("a negative amount");
    case FundAssessment::Problem::AbsurdAmount:
        return QStringLiteral("an amount beyond any fund");
    case FundAssessment::Problem::NothingToRequest:
        return QStringLiteral("the own contribution covers the whole cost");
    }
    return QStringLiteral("unknown problem");
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

std::optional<FondsIdea> FondsIdea::fromJson(const QJsonObject &o, QStringList *errors)
{
    using Applicant = FondsIdeaInput::Applicant;
    JsonReader r;
    FondsIdea idea;
    FondsIdeaInput &in = idea.input;
    FundAssessment &a = idea.assessment;
    const QString root;

    r.allowKeys(o, root,
                {"id", "created_at", "device_id", "fund_rules_version", "receipt_code", "title", "description",
                 "area_id", "category_id", "planned_start", "amounts", "small_application", "needs_advice",
                 "share_below_minimum", "request_above_maximum", "applicant", "declarations", "consent",
                 "sealed_contact"});

    QString text;
    if (readString(r, o, root, "id", &text)) {
        if (isCanonicalUuid(text))
            idea.uuid = text;
        else
            r.error(QStringLiteral("id"),
                    QStringLiteral("\"%1\" is not a UUID in lower-case 8-4-4-4-12 form").arg(text.left(64)));
    }

    if (readString(r, o, root, "created_at", &text)) {
        // What toJson() writes: UTC with a Z, seconds, at most milliseconds.
        static const QRegularExpression utc(
            QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?Z$"));
        const QDateTime t = utc.match(text).hasMatch() ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
        if (t.isValid())
            idea.createdAt = t.toUTC();
        else
            r.error(QStringLiteral("created_at"),
                    QStringLiteral("\"%1\" is not an ISO 8601 UTC time (2025-06-15T14:30:05.123Z)").arg(text.left(64)));
    }

    readText(r, o, root, "device_id", &idea.deviceId, maxDeviceIdLength, true, false);

    qint64 number = 0;
    if (readCount(r, o, root, "fund_rules_version", &number, 1, 1000000))
        idea.fundRulesVersion = int(number);

    // Only a bound here; validate() checks the code itself.
    readText(r, o, root, "receipt_code", &idea.receiptCode, 64, true, true);

    // Empty texts pass here and fail validate(), as on the kiosk.
    readText(r, o, root, "title", &in.title, FondsIdeaInput::maxTitle, false, true);
    readText(r, o, root, "description", &in.description, FondsIdeaInput::maxDescription, false, true);
    r.id(o, root, "area_id", &in.areaId);
    r.id(o, root, "category_id", &in.categoryId);

    QJsonValue v;
    if (take(r, o, root, "planned_start", &v) && !v.isNull()) {
        static const QRegularExpression month(QStringLiteral("^([0-9]{4})-([0-9]{2})$"));
        const QRegularExpressionMatch m = month.match(v.toString());
        const QDate first = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
        if (!v.isString())
            r.error(QStringLiteral("planned_start"),
                    QStringLiteral("expected a month (\"2025-09\") or null, found %1").arg(JsonReader::typeName(v)));
        else if (!first.isValid())
            r.error(QStringLiteral("planned_start"),
                    QStringLiteral("\"%1\" is not a month in the form yyyy-MM").arg(v.toString().left(64)));
        else
            in.plannedStart = first;
    }

    QJsonObject amounts;
    const QString ap = QStringLiteral("amounts");
    if (readObject(r, o, root, "amounts", &amounts,
                   {"total_cost_cents", "own_money_cents", "work_hours_hundredths", "in_kind_cents", "work_value_cents",
                    "own_contribution_cents", "requested_cents", "own_share_basis_points"})) {
        for (const auto &[key, out] :
             {std::pair{"total_cost_cents", &in.amounts.totalCostCents},
              std::pair{"own_money_cents", &in.amounts.ownMoneyCents},
              std::pair{"work_hours_hundredths", &in.amounts.workHoursHundredths},
              std::pair{"in_kind_cents", &in.amounts.inKindCents}, std::pair{"work_value_cents", &a.workValueCents},
              std::pair{"own_contribution_cents", &a.ownContributionCents},
              std::pair{"requested_cents", &a.requestedCents}})
            readCount(r, amounts, ap, key, out, 0, maxAmount);
        // FundAssessment::assess() caps the share at the largest int.
        if (readCount(r, amounts, ap, "own_share_basis_points", &number, 0, std::numeric_limits<int>::max()))
            a.ownShareBasisPoints = int(number);
    }

    readBool(r, o, root, "small_application", &a.smallApplication);
    readBool(r, o, root, "share_below_minimum", &a.shareBelowMinimum);
    readBool(r, o, root, "request_above_maximum", &a.requestAboveMaximum);
    bool needsAdvice = false;
    if (readBool(r, o, root, "needs_advice", &needsAdvice) && o.value(QLatin1String("share_below_minimum")).isBool()
        && o.value(QLatin1String("request_above_maximum")).isBool() && needsAdvice != a.needsAdvice())
        r.error(QStringLiteral("needs_advice"),
                QStringLiteral("%1, but share_below_minimum is %2 and request_above_maximum is %3")
                    .arg(boolText(needsAdvice), boolText(a.shareBelowMinimum), boolText(a.requestAboveMaximum)));

    if (take(r, o, root, "applicant", &v) && !v.isNull()) {
        const Applicant applicant = v.isString() ? FondsIdeaInput::applicantFromId(v.toString()) : Applicant::None;
        if (!v.isString())
            r.error(
                QStringLiteral("applicant"),
                QStringLiteral("expected \"person\", \"group\", \"association\" or null, found %1").arg(JsonReader::typeName(v)));
        else if (applicant == Applicant::None)
            r.error(
                QStringLiteral("applicant"),
                QStringLiteral("unknown applicant \"%1\" (person, group or association)").arg(v.toString().left(64)));
        else
            in.applicant = applicant;
    }

    QJsonObject declarations;
    const QString dp = QStringLiteral("declarations");
    if (readObject(r, o, root, "declarations", &declarations,
                   {"of_age_and_capable", "not_public_or_party", "common_good"})) {
        readBool(r, declarations, dp, "of_age_and_capable", &in.declaresOfAgeAndCapable);
        readBool(r, declarations, dp, "not_public_or_party", &in.declaresNotPublicOrParty);
        readBool(r, declarations, dp, "common_good", &in.declaresCommonGood);
    }
    readBool(r, o, root, "consent", &in.consent);

    if (readString(r, o, root, "sealed_contact", &text)) {
        // Canonical base64 only (padded, no white space), so the blob travels one way only.
        // The bound comes before decoding; validate() checks the lower one.
        const QString p = QStringLiteral("sealed_contact");
        const qsizetype maxEncoded = (maxSealedContactBytes + 2) / 3 * 4;
        if (text.size() > maxEncoded) {
            r.error(p,
                    QStringLiteral("too long (%1 base64 characters, at most %2 for %3 bytes)")
                        .arg(text.size())
                        .arg(maxEncoded)
                        .arg(maxSealedContactBytes));
        } else {
            const QByteArray encoded = text.toLatin1();
            const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
            if (QString::fromLatin1(encoded) != text || !decoded || decoded.decoded.toBase64() != encoded)
                r.error(p, QStringLiteral("not canonical base64"));
            else if (decoded.decoded.size() > maxSealedContactBytes)
                r.error(p,
                        QStringLiteral("too long (%1 bytes, at most %2)")
                            .arg(decoded.decoded.size())
                            .arg(maxSealedContactBytes));
            else
                idea.sealedContact = decoded.decoded;
        }
    }

    if (errors)
        *errors = r.errors();
    if (r.hasErrors())
        return std::nullopt;
    return idea;
}

QStringList FondsIdea::validate(const Catalogue &catalogue, const FundRules &rules) const
{
    QStringList problems;
    if (!isCanonicalUuid(uuid))
        problems.append(QStringLiteral("id: \"%1\" is not a UUID in lower-case 8-4-4-4-12 form").arg(uuid.left(64)));
    if (!createdAt.isValid())
        problems.append(QStringLiteral("created_at: missing"));
    if (deviceId.isEmpty() || !isCleanText(deviceId, maxDeviceIdLength, true))
        problems.append(QStringLiteral("device_id: missing or not a clean one-line text within %1 characters")
                            .arg(maxDeviceIdLength));

    // The receipt code is the id's, in its canonical spelling.
    if (!ReceiptCode::isValid(receiptCode))
        problems.append(QStringLiteral("receipt_code: \"%1\" is not a valid receipt code").arg(receiptCode.left(64)));
    else if (ReceiptCode::normalized(receiptCode) != receiptCode)
        problems.append(QStringLiteral("receipt_code: \"%1\" is not spelt canonically (\"%2\")")
                            .arg(receiptCode.left(64), ReceiptCode::normalized(receiptCode)));
    else if (isCanonicalUuid(uuid) && ReceiptCode::fromUuid(QUuid::fromString(uuid)) != receiptCode)
        problems.append(QStringLiteral("receipt_code: \"%1\" does not belong to the id (\"%2\")")
                            .arg(receiptCode.left(64), ReceiptCode::fromUuid(QUuid::fromString(uuid))));

    const bool rulesMatch = fundRulesVersion == rules.version;
    if (!rulesMatch)
        problems.append(QStringLiteral("fund_rules_version: the idea names version %1 but is checked against version "
                                       "%2; category and amounts not checked")
                            .arg(fundRulesVersion)
                            .arg(rules.version));

    // The kiosk's own steps, with the rules the idea names. Without a day the planned start
    // is only checked for presence here; its window follows below.
    Catalogue withRules = catalogue;
    withRules.fundRules = rules;
    const QList<FieldError> steps = FondsValidation::ideaStep(input, withRules, QDate())
        + FondsValidation::moneyStep(input, withRules) + FondsValidation::whoStep(input);
    QStringList fieldsReported;
    for (const FieldError &e : steps) {
        fieldsReported.append(e.field);
        const bool tooLong = e.code == FieldError::Code::TooLong;
        const bool missing = e.code == FieldError::Code::Missing;
        if (e.field == QLatin1String("title") && (missing || tooLong)) {
            problems.append(
                missing ? QStringLiteral("title: missing")
                        : QStringLiteral("title: too long (at most %1 characters)").arg(FondsIdeaInput::maxTitle));
        } else if (e.field == QLatin1String("description") && (missing || tooLong)) {
            problems.append(missing ? QStringLiteral("description: missing")
                                    : QStringLiteral("description: too long (at most %1 characters)")
                                          .arg(FondsIdeaInput::maxDescription));
        } else if (e.field == QLatin1String("area")) {
            problems.append(missing ? QStringLiteral("area_id: missing")
                                    : QStringLiteral("area_id: unknown area \"%1\"").arg(input.areaId.left(64)));
        } else if (e.field == QLatin1String("category") && rulesMatch) {
            problems.append(missing ? QStringLiteral("category_id: missing")
                                    : QStringLiteral("category_id: unknown category \"%1\" in fund rules version %2")
                                          .arg(input.categoryId.left(64), QString::number(rules.version)));
        } else if (e.field == QLatin1String("planned_start") && missing) {
            problems.append(QStringLiteral("planned_start: missing"));
        } else if (e.field == QLatin1String("amounts") && rulesMatch) {
            QStringList reasons;
            for (FundAssessment::Problem p : FundAssessment::assess(rules, input.amounts).problems)
                reasons.append(problemText(p));
            problems.append(QStringLiteral("amounts: refused by fund rules version %1 (%2)")
                                .arg(rules.version)
                                .arg(reasons.join(QStringLiteral(", "))));
        } else if (e.field == QLatin1String("applicant")) {
            problems.append(QStringLiteral("applicant: missing"));
        } else if (e.field == QLatin1String("declarations")) {
            problems.append(QStringLiteral("declarations: not all three confirmed"));
        }
        // The organisation is in the sealed contact: the hub cannot see it.
    }
    for (const auto &[key, text, maxLength] :
         {std::tuple{"title", input.title, FondsIdeaInput::maxTitle},
          std::tuple{"description", input.description, FondsIdeaInput::maxDescription}}) {
        if (!fieldsReported.contains(QLatin1String(key)) && !isCleanText(text, maxLength, false))
            problems.append(QStringLiteral("%1: not clean plain text").arg(QLatin1String(key)));
    }

    // The month the visitor chose was checked against the kiosk's local day; the hub only
    // knows the UTC instant, so it allows a day either way.
    if (input.plannedStart.isValid() && createdAt.isValid()) {
        const QDate handedIn = createdAt.toUTC().date();
        const QDate earliest = handedIn.addDays(-1);
        const QDate latest = handedIn.addDays(1).addYears(FondsIdeaInput::maxYearsAhead);
        const QString month = input.plannedStart.toString(QStringLiteral("yyyy-MM"));
        if (input.plannedStart < QDate(earliest.year(), earliest.month(), 1))
            problems.append(QStringLiteral("planned_start: %1 lies before the month the idea was handed in (%2)")
                                .arg(month, handedIn.toString(QStringLiteral("yyyy-MM"))));
        else if (input.plannedStart > latest)
            problems.append(QStringLiteral("planned_start: %1 is more than %2 years after the idea was handed in (%3)")
                                .arg(month)
                                .arg(FondsIdeaInput::maxYearsAhead)
                                .arg(handedIn.toString(Qt::ISODate)));
    }

    // The figures and flags the kiosk computed are the rules' own.
    if (rulesMatch) {
        const FundAssessment expected = FundAssessment::assess(rules, input.amounts);
        for (const auto &[key, sent, computed] :
             {std::tuple{"amounts.work_value_cents", assessment.workValueCents, expected.workValueCents},
              std::tuple{"amounts.own_contribution_cents", assessment.ownContributionCents,
                         expected.ownContributionCents},
              std::tuple{"amounts.requested_cents", assessment.requestedCents, expected.requestedCents},
              std::tuple{"amounts.own_share_basis_points", qint64(assessment.ownShareBasisPoints),
                         qint64(expected.ownShareBasisPoints)}}) {
            if (sent != computed)
                problems.append(QStringLiteral("%1: %2 sent, but fund rules version %3 give %4")
                                    .arg(QLatin1String(key))
                                    .arg(sent)
                                    .arg(rules.version)
                                    .arg(computed));
        }
        for (const auto &[key, sent, computed] :
             {std::tuple{"small_application", assessment.smallApplication, expected.smallApplication},
              std::tuple{"share_below_minimum", assessment.shareBelowMinimum, expected.shareBelowMinimum},
              std::tuple{"request_above_maximum", assessment.requestAboveMaximum, expected.requestAboveMaximum}}) {
            if (sent != computed)
                problems.append(QStringLiteral("%1: %2 sent, but fund rules version %3 give %4")
                                    .arg(QLatin1String(key), boolText(sent))
                                    .arg(rules.version)
                                    .arg(boolText(computed)));
        }
    }

    if (!input.consent)
        problems.append(QStringLiteral("consent: not given"));

    // The contact itself is sealed; only its size can be checked.
    if (sealedContact.isEmpty())
        problems.append(QStringLiteral("sealed_contact: missing"));
    else if (sealedContact.size() < minSealedContactBytes)
        problems.append(QStringLiteral("sealed_contact: %1 bytes is too short for a sealed box (at least %2)")
                            .arg(sealedContact.size())
                            .arg(minSealedContactBytes));
    else if (sealedContact.size() > maxSealedContactBytes)
        problems.append(QStringLiteral("sealed_contact: %1 bytes is too long (at most %2)")
                            .arg(sealedContact.size())
                            .arg(maxSealedContactBytes));
    return problems;
}

} // namespace stadtlabor
