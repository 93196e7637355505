// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fundcheck.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

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
    static constexpr int schemaVersion = 1;

    QString uuid;
    QDateTime createdAt;
    QString deviceId;
    int fundRulesVersion = 0;
    QString receiptCode;
    FondsIdeaInput input;       // contact fields empty here
    FundAssessment assessment;
    QByteArray sealedContact;   // crypto_box_seal of FondsContact::toJsonBytes()

    QJsonObject toJson() const; // the outbox payload; contains no clear contact data
};

} // namespace stadtlabor
