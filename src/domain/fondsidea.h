// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fundcheck.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stadtlabor {

struct Catalogue;

// The personal part of an idea. Never stored in clear: sealed to the hub's key first.
struct FondsContact
{
    QString name;
    QString email;
    QString phone;
    QString organisation;

    QByteArray toJsonBytes() const; // what gets sealed
    static std::optional<FondsContact> fromJsonBytes(const QByteArray &json);
    friend bool operator==(const FondsContact &a, const FondsContact &b)
    {
        return a.name == b.name && a.email == b.email && a.phone == b.phone && a.organisation == b.organisation;
    }
};

// A Bochum-Fonds idea as the visitor describes it (before sealing).
struct FondsIdeaInput
{
    enum class Applicant { None, Person, Group, Association };

    QString title;
    QString description;
    QString areaId;       // a statistical district, a Stadtbezirk or the city
    QString categoryId;
    QDate plannedStart;   // the first of the month
    FundAmounts amounts;
    Applicant applicant = Applicant::None;
    bool declaresOfAgeAndCapable = false;
    bool declaresNotPublicOrParty = false;
    bool declaresCommonGood = false;
    FondsContact contact;
    bool consent = false;

    static constexpr int maxTitle = 120;
    static constexpr int maxDescription = 4000;
    static constexpr int maxName = 120;
    static constexpr int maxEmail = 254;
    static constexpr int maxPhone = 40;
    static constexpr int maxOrganisation = 160;
    static constexpr int maxYearsAhead = 5;

    static QString applicantId(Applicant a);          // "person", "group", "association"
    static Applicant applicantFromId(const QString &id);
};

// One problem with one field; the screen turns the code into words.
struct FieldError
{
    enum class Code {
        Missing, TooLong, Invalid, Unknown, InPast, TooFarAhead, NoContact, NotConfirmed, Amounts,
    };
    QString field; // "title", "description", "area", "category", "planned_start", "amounts",
                   // "applicant", "organisation", "declarations", "name", "email", "phone",
                   // "contact", "consent"
    Code code;

    friend bool operator==(const FieldError &a, const FieldError &b) { return a.field == b.field && a.code == b.code; }
};

namespace FondsValidation {
// Problems of each step; `today` decides what "in the past" means (month precision).
QList<FieldError> ideaStep(const FondsIdeaInput &in, const Catalogue &catalogue, const QDate &today);
QList<FieldError> moneyStep(const FondsIdeaInput &in, const Catalogue &catalogue);
QList<FieldError> whoStep(const FondsIdeaInput &in);
QList<FieldError> contactStep(const FondsIdeaInput &in);
QList<FieldError> all(const FondsIdeaInput &in, const Catalogue &catalogue, const QDate &today);
bool isValidEmail(const QString &email);
bool isValidPhone(const QString &phone); // digits with + ( ) / - and spaces, 6 to 20 digits
} // namespace FondsValidation

// The idea as stored and sent: the visitor's input without contact data, the computed
// amounts, and the sealed contact blob.
struct FondsIdea
{
    static constexpr int maxDeviceIdLength = 64;
    static constexpr int maxSealedContactBytes = 8192; // the sealed blob, decoded

    QString uuid;
    QDateTime createdAt;
    QString deviceId;
    int fundRulesVersion = 0;
    QString receiptCode;
    FondsIdeaInput input;       // contact fields empty here
    FundAssessment assessment;
    QByteArray sealedContact;   // crypto_box_seal of FondsContact::toJsonBytes()

    QJsonObject toJson() const; // the outbox payload; contains no clear contact data

    // The reverse of toJson(), for the hub: exactly the keys toJson() writes, each of the right
    // type and within its bounds, or nullopt with every problem in `errors`, each with the path
    // of the value (`amounts.total_cost_cents: ...`). input.contact stays empty and
    // assessment.problems too: neither travels. Whether the idea holds up against the fund's
    // rules is validate()'s business.
    static std::optional<FondsIdea> fromJson(const QJsonObject &object, QStringList *errors);

    // Every problem with this idea measured against `catalogue` (areas) and `rules`; empty
    // when it is valid. `rules` must be the fund rules version the idea names
    // (fundRulesVersion): the hub keeps older versions and the caller looks the right one up.
    // A version mismatch is reported, and then the checks that depend on the rules (category,
    // amounts, computed figures and flags) are skipped, since they would only mislead.
    // Checks what FondsValidation::all() requires of the kiosk, except the contact fields
    // (sealed here; only the blob's size is checked); the planned start is measured against
    // the day the idea was handed in, with a day's leeway for the kiosk's time zone.
    QStringList validate(const Catalogue &catalogue, const FundRules &rules) const;

    // What toJson() covers: the same payload is the same idea. input.contact and
    // assessment.problems are not compared.
    friend bool operator==(const FondsIdea &a, const FondsIdea &b) { return a.toJson() == b.toJson(); }
    friend bool operator!=(const FondsIdea &a, const FondsIdea &b) { return !(a == b); }
};

} // namespace stadtlabor
