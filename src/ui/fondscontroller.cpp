// SPDX-License-Identifier: GPL-3.0-or-later
#include "fondscontroller.h"

#include "cataloguestore.h"
#include "fondsmessages.h"
#include "plaintext.h"
#include "receiptcode.h"
#include "sealedbox.h"

#include <QLocale>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace stadtlabor {

namespace {

// What a text field may hold while someone types: nothing invisible, nothing beyond the limit.
QString typed(const QString &text, int limit)
{
    return PlainText::truncated(PlainText::strip(text), limit);
}

// A one-line field: line breaks become spaces.
QString typedLine(const QString &text, int limit)
{
    QString line = typed(text, limit); // line and paragraph separators are '\n' by now
    line.replace(u'\n', u' ');
    return line;
}

bool parseDecimal(const QString &text, const QString &language, qint64 *hundredths)
{
    QString t = text.trimmed();
    t.remove(u'€');
    t.remove(u' ');
    t.remove(QChar(0x00A0)); // no-break space, as some keyboards group thousands
    t.remove(QChar(0x202F));
    if (t.isEmpty()) {
        *hundredths = 0;
        return true;
    }
    bool ok = false;
    double value = QLocale(language).toDouble(t, &ok);
    if (!ok)
        value = QLocale::c().toDouble(t, &ok);
    return ok && Money::eurosToCents(value, hundredths);
}

} // namespace

FondsController::FondsController(CatalogueStore *store, Saver saver, QString deviceId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_saver(std::move(saver))
    , m_deviceId(std::move(deviceId))
    , m_area(new AreaPicker(store, this))
{
    SealedBox::initialize();
    if (m_store)
        connect(m_store, &CatalogueStore::changed, this, &FondsController::rulesChanged);
    connect(m_area, &AreaPicker::changed, this, [this] {
        m_in.areaId = m_area->areaId();
        Q_EMIT inputChanged();
        Q_EMIT errorsChanged();
    });
    connect(this, &FondsController::inputChanged, this, &FondsController::hasAnswersChanged);
    connect(this, &FondsController::stepChanged, this, &FondsController::hasAnswersChanged);
}

bool FondsController::isAvailable() const
{
    // Without the hub's key, contact data could not be sealed: then the module is not offered.
    return m_store && m_store->catalogue().hubPublicKey.size() == SealedBox::publicKeyBytes
        && !m_store->catalogue().fundRules.categories.isEmpty();
}

int FondsController::stepNumber() const
{
    return m_step >= Idea && m_step <= Review ? int(m_step) : 0;
}

void FondsController::setStep(Step step)
{
    m_area->setEnabled(step == Idea);
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stepChanged();
    Q_EMIT errorsChanged();
}

void FondsController::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void FondsController::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    m_area->setLanguage(language);
    // The amounts keep their value; only their spelling follows the language ("1.234,50" in
    // German is "1,234.50" in English), so a typed amount never changes its meaning.
    formatAmountTexts();
    Q_EMIT rulesChanged();
    Q_EMIT errorsChanged();
}

int FondsController::textLength(const QString &text)
{
    return PlainText::length(text);
}

void FondsController::setTitle(const QString &text)
{
    if (!editable(Idea))
        return;
    m_in.title = typedLine(text, FondsIdeaInput::maxTitle);
    syncInput();
}

void FondsController::setDescription(const QString &text)
{
    if (!editable(Idea))
        return;
    m_in.description = typed(text, FondsIdeaInput::maxDescription);
    syncInput();
}

void FondsController::setCategoryId(const QString &id)
{
    if (!editable(Idea))
        return;
    m_in.categoryId = id;
    syncInput();
}

QVariantList FondsController::categories() const
{
    QVariantList list;
    if (m_store) {
        for (const FundCategory &c : m_store->catalogue().fundRules.categories)
            list.append(QVariantMap{{QStringLiteral("id"), c.id}, {QStringLiteral("label"), c.label.text(m_language)}});
    }
    return list;
}

void FondsController::setPlannedYear(int year)
{
    if (!editable(Idea))
        return;
    m_plannedYear = year;
    syncInput();
}

void FondsController::setPlannedMonth(int month)
{
    if (!editable(Idea) || month < 1 || month > 12)
        return;
    m_plannedMonth = month;
    syncInput();
}

QVariantList FondsController::plannedYears() const
{
    const int year = (m_today.isValid() ? m_today : QDate::currentDate()).year();
    return {year, year + 1, year + 2};
}

QVariantList FondsController::plannedMonths() const
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QLocale locale(m_language);
    QVariantList months;
    for (int m = 1; m <= 12; ++m) {
        const bool past = m_plannedYear == today.year() && m < today.month();
        months.append(QVariantMap{{QStringLiteral("month"), m},
                                  {QStringLiteral("label"), locale.monthName(m, QLocale::ShortFormat)},
                                  {QStringLiteral("enabled"), !past}});
    }
    return months;
}

void FondsController::setTotalCostText(const QString &text)
{
    setAmountText(AmountField::Total, text);
}

void FondsController::setOwnMoneyText(const QString &text)
{
    setAmountText(AmountField::OwnMoney, text);
}

void FondsController::setWorkHoursText(const QString &text)
{
    setAmountText(AmountField::WorkHours, text);
}

void FondsController::setInKindText(const QString &text)
{
    setAmountText(AmountField::InKind, text);
}

void FondsController::setAmountText(AmountField field, const QString &text)
{
    if (!editable(Money))
        return;
    const QString line = typedLine(text, field == AmountField::WorkHours ? 12 : 20);
    qint64 value = 0;
    // Read once, as typed, in the language shown at that moment.
    const bool readable = parseDecimal(line, m_language, &value);
    switch (field) {
    case AmountField::Total:
        m_totalCostText = line;
        m_in.amounts.totalCostCents = value;
        break;
    case AmountField::OwnMoney:
        m_ownMoneyText = line;
        m_in.amounts.ownMoneyCents = value;
        break;
    case AmountField::WorkHours:
        m_workHoursText = line;
        m_in.amounts.workHoursHundredths = value;
        break;
    case AmountField::InKind:
        m_inKindText = line;
        m_in.amounts.inKindCents = value;
        break;
    }
    if (readable)
        m_unreadable.remove(field);
    else
        m_unreadable.insert(field);
    syncInput();
}

void FondsController::formatAmountTexts()
{
    const QLocale locale(m_language);
    const auto format = [&](AmountField field, qint64 hundredths, QString *text) {
        if (m_unreadable.contains(field) || text->isEmpty())
            return;
        *text = locale.toString(hundredths / 100.0, 'f', hundredths % 100 ? 2 : 0);
    };
    format(AmountField::Total, m_in.amounts.totalCostCents, &m_totalCostText);
    format(AmountField::OwnMoney, m_in.amounts.ownMoneyCents, &m_ownMoneyText);
    format(AmountField::WorkHours, m_in.amounts.workHoursHundredths, &m_workHoursText);
    format(AmountField::InKind, m_in.amounts.inKindCents, &m_inKindText);
    Q_EMIT inputChanged();
}

bool FondsController::parseEuros(const QString &text, const QString &language, qint64 *cents)
{
    return parseDecimal(text, language, cents);
}

bool FondsController::parseHours(const QString &text, const QString &language, qint64 *hundredths)
{
    return parseDecimal(text, language, hundredths);
}

void FondsController::syncInput()
{
    m_in.plannedStart = m_plannedYear > 0 && m_plannedMonth > 0 ? QDate(m_plannedYear, m_plannedMonth, 1) : QDate();
    Q_EMIT inputChanged();
    Q_EMIT errorsChanged();
}

QString FondsController::euros(qint64 cents) const
{
    return QLocale(m_language).toCurrencyString(Money::centsToEuros(cents), QStringLiteral("€"), cents % 100 ? 2 : 0);
}

QVariantMap FondsController::rules() const
{
    if (!m_store)
        return {};
    const FundRules &r = m_store->catalogue().fundRules;
    return {
        {QStringLiteral("maxFunding"), euros(r.maxFundingCents)},
        {QStringLiteral("smallLimit"), euros(r.smallApplicationLimitCents)},
        {QStringLiteral("minShare"), QLocale(m_language).toString(r.minOwnShareBasisPoints / 100.0, 'g', 4)},
        {QStringLiteral("hourlyRate"), euros(r.hourlyRateCents)},
    };
}

QVariantMap FondsController::check() const
{
    QVariantMap c;
    const bool readable = m_unreadable.isEmpty();
    c.insert(QStringLiteral("readable"), readable);
    c.insert(QStringLiteral("hasTotal"), readable && m_in.amounts.totalCostCents > 0);
    if (!m_store || !readable || m_in.amounts.totalCostCents == 0)
        return c;
    const FundAssessment a = FundAssessment::assess(m_store->catalogue().fundRules, m_in.amounts);
    c.insert(QStringLiteral("ok"), a.ok());
    c.insert(QStringLiteral("totalCost"), euros(m_in.amounts.totalCostCents));
    c.insert(QStringLiteral("workValue"), euros(a.workValueCents));
    c.insert(QStringLiteral("ownContribution"), euros(a.ownContributionCents));
    c.insert(QStringLiteral("requested"), euros(a.requestedCents));
    c.insert(QStringLiteral("ownShare"), QLocale(m_language).toString(a.ownShareBasisPoints / 100.0, 'f', 1));
    c.insert(QStringLiteral("small"), a.smallApplication);
    c.insert(QStringLiteral("belowMinimum"), a.shareBelowMinimum);
    c.insert(QStringLiteral("aboveMaximum"), a.requestAboveMaximum);
    c.insert(QStringLiteral("needsAdvice"), a.needsAdvice());
    c.insert(QStringLiteral("problem"), a.ok() ? QString() : message({QStringLiteral("amounts"), FieldError::Code::Amounts}));
    return c;
}

void FondsController::setApplicant(const QString &id)
{
    if (!editable(Who))
        return;
    m_in.applicant = FondsIdeaInput::applicantFromId(id);
    syncInput();
}

void FondsController::setOrganisation(const QString &text)
{
    if (!editable(Who))
        return;
    m_in.contact.organisation = typedLine(text, FondsIdeaInput::maxOrganisation);
    syncInput();
}

void FondsController::setDeclaresOfAgeAndCapable(bool on)
{
    if (!editable(Who))
        return;
    m_in.declaresOfAgeAndCapable = on;
    syncInput();
}

void FondsController::setDeclaresNotPublicOrParty(bool on)
{
    if (!editable(Who))
        return;
    m_in.declaresNotPublicOrParty = on;
    syncInput();
}

void FondsController::setDeclaresCommonGood(bool on)
{
    if (!editable(Who))
        return;
    m_in.declaresCommonGood = on;
    syncInput();
}

void FondsController::setName(const QString &text)
{
    if (!editable(Contact))
        return;
    m_in.contact.name = typedLine(text, FondsIdeaInput::maxName);
    syncInput();
}

void FondsController::setEmail(const QString &text)
{
    if (!editable(Contact))
        return;
    m_in.contact.email = typedLine(text, FondsIdeaInput::maxEmail).trimmed();
    syncInput();
}

void FondsController::setPhone(const QString &text)
{
    if (!editable(Contact))
        return;
    m_in.contact.phone = typedLine(text, FondsIdeaInput::maxPhone);
    syncInput();
}

void FondsController::setConsent(bool on)
{
    if (!editable(Contact))
        return;
    m_in.consent = on;
    syncInput();
}

QString FondsController::privacyNotice() const
{
    return m_store ? m_store->catalogue().fundRules.privacyNotice.text(m_language) : QString();
}

QString FondsController::fundUrl() const
{
    return m_store ? m_store->catalogue().fundRules.fundUrl.toString() : QString();
}

QList<FieldError> FondsController::stepErrors(Step step) const
{
    if (!m_store)
        return {};
    const Catalogue &c = m_store->catalogue();
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    QList<FieldError> errors;
    switch (step) {
    case Idea:
        errors = FondsValidation::ideaStep(m_in, c, today);
        break;
    case Money:
        errors = FondsValidation::moneyStep(m_in, c);
        if (!m_unreadable.isEmpty())
            errors.prepend({QStringLiteral("amounts"), FieldError::Code::Invalid});
        break;
    case Who:
        errors = FondsValidation::whoStep(m_in);
        break;
    case Contact:
        errors = FondsValidation::contactStep(m_in);
        break;
    case Review:
        for (Step s : {Idea, Money, Who, Contact})
            errors += stepErrors(s);
        break;
    case Intro:
    case Receipt:
        break;
    }
    return errors;
}

QVariantMap FondsController::errors() const
{
    QVariantMap map;
    if (!m_showErrors)
        return map;
    for (const FieldError &e : stepErrors(m_step)) {
        if (!map.contains(e.field))
            map.insert(e.field, message(e));
    }
    return map;
}

QString FondsController::message(const FieldError &e) const
{
    const bool readable = m_unreadable.isEmpty();
    const FundAssessment a = m_store && readable ? FundAssessment::assess(m_store->catalogue().fundRules, m_in.amounts)
                                                 : FundAssessment();
    return FondsMessages::text(e, readable, a);
}

void FondsController::start()
{
    // Back at the intro with something entered (the visitor walked back through the steps):
    // on again with everything kept. Otherwise a new idea.
    if (m_step == Intro && hasAnswers() && isAvailable()) {
        setStep(Idea);
        return;
    }
    reset();
    if (!isAvailable()) {
        setError(tr("The Bochum-Fonds cannot take ideas on this terminal at the moment."));
        return;
    }
    setStep(Idea);
}

void FondsController::next()
{
    setError(QString());
    switch (m_step) {
    case Intro:
        start();
        return;
    case Idea:
    case Money:
    case Who:
    case Contact:
        if (!stepErrors(m_step).isEmpty()) {
            m_showErrors = true;
            Q_EMIT errorsChanged();
            return;
        }
        m_showErrors = false;
        setStep(m_returnToReview ? Review : Step(m_step + 1));
        if (m_step == Review)
            m_returnToReview = false;
        return;
    case Review:
        submit();
        return;
    case Receipt:
        reset();
        return;
    }
}

bool FondsController::back()
{
    setError(QString());
    m_showErrors = false;
    // Changing one section from the review: back returns there, with everything kept.
    if (m_returnToReview && m_step >= Idea && m_step <= Contact) {
        m_returnToReview = false;
        setStep(Review);
        return true;
    }
    switch (m_step) {
    case Intro:
    case Receipt:
        return false;
    case Idea:
        if (m_area->back())
            return true;
        // To the intro with everything kept: leaving from there asks before it discards.
        setStep(Intro);
        return true;
    case Money:
    case Who:
    case Contact:
    case Review:
        setStep(Step(m_step - 1));
        Q_EMIT errorsChanged();
        return true;
    }
    return false;
}

void FondsController::edit(int step)
{
    if (m_step != Review || step < Idea || step > Contact)
        return;
    m_returnToReview = true;
    m_showErrors = false;
    setStep(Step(step));
}

bool FondsController::submit()
{
    if (m_step != Review || !m_store)
        return false;
    // The terminal's may-collect rule (PIN, opening hours, module): nothing is saved against it.
    if (const QString refusal = m_collectCheck ? m_collectCheck() : QString(); !refusal.isEmpty()) {
        setError(refusal);
        return false;
    }
    const Catalogue &c = m_store->catalogue();
    // Every step once more: a catalogue may have changed under the form.
    for (Step s : {Idea, Money, Who, Contact}) {
        if (!stepErrors(s).isEmpty()) {
            m_showErrors = true;
            m_returnToReview = true;
            setStep(s);
            Q_EMIT errorsChanged();
            return false;
        }
    }

    FondsIdea idea;
    const QUuid uuid = QUuid::createUuid();
    idea.uuid = uuid.toString(QUuid::WithoutBraces);
    idea.createdAt = QDateTime::currentDateTimeUtc();
    idea.deviceId = m_deviceId;
    idea.fundRulesVersion = c.fundRules.version;
    idea.receiptCode = ReceiptCode::fromUuid(uuid);
    idea.input = m_in;
    idea.input.title = PlainText::clean(m_in.title, FondsIdeaInput::maxTitle);
    idea.input.description = PlainText::clean(m_in.description, FondsIdeaInput::maxDescription);
    FondsContact contact = m_in.contact;
    contact.name = PlainText::clean(contact.name, FondsIdeaInput::maxName);
    contact.organisation = PlainText::clean(contact.organisation, FondsIdeaInput::maxOrganisation);
    contact.phone = PlainText::clean(contact.phone, FondsIdeaInput::maxPhone);
    idea.input.contact = FondsContact(); // personal data leaves the idea here, sealed below
    idea.assessment = FundAssessment::assess(c.fundRules, m_in.amounts);
    idea.sealedContact = SealedBox::seal(contact.toJsonBytes(), c.hubPublicKey);

    QString error;
    if (idea.sealedContact.isEmpty())
        error = QStringLiteral("contact data could not be sealed");
    else if (!m_saver || !m_saver(idea, &error)) {
        if (error.isEmpty())
            error = QStringLiteral("no storage");
    } else {
        const bool advice = idea.assessment.needsAdvice();
        const bool small = idea.assessment.smallApplication;
        reset(); // nothing the visitor typed stays in memory
        m_receiptCode = idea.receiptCode;
        m_receiptNeedsAdvice = advice;
        m_receiptSmall = small;
        Q_EMIT receiptChanged();
        setStep(Receipt);
        Q_EMIT submitted(idea.uuid, idea.receiptCode);
        return true;
    }
    setError(tr("Your idea could not be saved. Please try again or ask the staff. (%1)").arg(error));
    return false;
}

QString FondsController::plannedStartText() const
{
    if (m_plannedYear <= 0 || m_plannedMonth <= 0)
        return {};
    return QLocale(m_language).toString(QDate(m_plannedYear, m_plannedMonth, 1), QStringLiteral("MMMM yyyy"));
}

bool FondsController::hasAnswers() const
{
    // Saved (the receipt): nothing to lose any more.
    if (m_step == Receipt)
        return false;
    const auto &c = m_in.contact;
    return !m_in.title.isEmpty() || !m_in.description.isEmpty() || !m_in.areaId.isEmpty()
        || !m_in.categoryId.isEmpty() || m_plannedYear > 0 || m_plannedMonth > 0
        || !m_totalCostText.isEmpty() || !m_ownMoneyText.isEmpty() || !m_workHoursText.isEmpty()
        || !m_inKindText.isEmpty() || m_in.applicant != FondsIdeaInput::Applicant::None
        || m_in.declaresOfAgeAndCapable || m_in.declaresNotPublicOrParty || m_in.declaresCommonGood
        || !c.name.isEmpty() || !c.email.isEmpty() || !c.phone.isEmpty() || !c.organisation.isEmpty()
        || m_in.consent;
}

void FondsController::reset()
{
    m_in = FondsIdeaInput();
    m_area->setEnabled(false);
    m_area->clear();
    m_plannedYear = 0;
    m_plannedMonth = 0;
    m_totalCostText.clear();
    m_ownMoneyText.clear();
    m_workHoursText.clear();
    m_inKindText.clear();
    m_unreadable.clear();
    m_showErrors = false;
    m_returnToReview = false;
    m_receiptCode.clear();
    m_receiptNeedsAdvice = false;
    m_receiptSmall = false;
    setError(QString());
    m_step = Intro;
    Q_EMIT stepChanged();
    Q_EMIT inputChanged();
    Q_EMIT errorsChanged();
    Q_EMIT receiptChanged();
}

FondsController *FondsControllerForeign::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(instance, "Fonds", "main() must create the Bochum-Fonds controller before QML uses it");
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

} // namespace stadtlabor
