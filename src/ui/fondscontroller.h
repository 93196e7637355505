// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "areapicker.h"
#include "fondsidea.h"
#include "fondstexts.h"

#include <QObject>
#include <QSet>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace stadtlabor {

class CatalogueStore;

// The Bochum-Fonds form for one visitor: the idea, the money (checked live against the fund's
// rules), who hands it in, contact data, review, receipt. Contact data is sealed to the hub's
// key before the idea is stored; after submit or reset() nothing the visitor typed is left.
class FondsController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(bool available READ isAvailable NOTIFY rulesChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(stadtlabor::FondsFieldErrors errors READ fieldErrors NOTIFY errorsChanged) // of the current step
    Q_PROPERTY(int stepNumber READ stepNumber NOTIFY stepChanged)    // 1..5 for the form steps

    // The idea
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY inputChanged)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY inputChanged)
    Q_PROPERTY(stadtlabor::AreaPicker *area READ area CONSTANT)
    Q_PROPERTY(QString categoryId READ categoryId WRITE setCategoryId NOTIFY inputChanged)
    Q_PROPERTY(QVariantList categories READ categories NOTIFY rulesChanged)
    Q_PROPERTY(int plannedYear READ plannedYear WRITE setPlannedYear NOTIFY inputChanged)
    Q_PROPERTY(int plannedMonth READ plannedMonth WRITE setPlannedMonth NOTIFY inputChanged)
    Q_PROPERTY(QVariantList plannedYears READ plannedYears CONSTANT)
    // "März 2027": the month and year chosen, in the visitor's language; empty until both are.
    Q_PROPERTY(QString plannedStartText READ plannedStartText NOTIFY inputChanged)
    Q_PROPERTY(QVariantList plannedMonths READ plannedMonths NOTIFY inputChanged) // {month, label, enabled}
    Q_PROPERTY(int titleLimit READ titleLimit CONSTANT)
    Q_PROPERTY(int descriptionLimit READ descriptionLimit CONSTANT)

    // The money, as typed, and the live check
    Q_PROPERTY(QString totalCostText READ totalCostText WRITE setTotalCostText NOTIFY inputChanged)
    Q_PROPERTY(QString ownMoneyText READ ownMoneyText WRITE setOwnMoneyText NOTIFY inputChanged)
    Q_PROPERTY(QString workHoursText READ workHoursText WRITE setWorkHoursText NOTIFY inputChanged)
    Q_PROPERTY(QString inKindText READ inKindText WRITE setInKindText NOTIFY inputChanged)
    Q_PROPERTY(stadtlabor::FundCheckText check READ checkText NOTIFY inputChanged)
    Q_PROPERTY(stadtlabor::FundRulesText rules READ rulesText NOTIFY rulesChanged)

    // Who
    Q_PROPERTY(QString applicant READ applicant WRITE setApplicant NOTIFY inputChanged)
    Q_PROPERTY(QString organisation READ organisation WRITE setOrganisation NOTIFY inputChanged)
    Q_PROPERTY(bool declaresOfAgeAndCapable READ declaresOfAgeAndCapable WRITE setDeclaresOfAgeAndCapable NOTIFY inputChanged)
    Q_PROPERTY(bool declaresNotPublicOrParty READ declaresNotPublicOrParty WRITE setDeclaresNotPublicOrParty NOTIFY inputChanged)
    Q_PROPERTY(bool declaresCommonGood READ declaresCommonGood WRITE setDeclaresCommonGood NOTIFY inputChanged)

    // Contact
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY inputChanged)
    Q_PROPERTY(QString email READ email WRITE setEmail NOTIFY inputChanged)
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY inputChanged)
    Q_PROPERTY(bool consent READ consent WRITE setConsent NOTIFY inputChanged)
    Q_PROPERTY(QString privacyNotice READ privacyNotice NOTIFY rulesChanged)

    // Receipt
    Q_PROPERTY(QString receiptCode READ receiptCode NOTIFY receiptChanged)
    Q_PROPERTY(bool receiptNeedsAdvice READ receiptNeedsAdvice NOTIFY receiptChanged)
    Q_PROPERTY(bool receiptSmallApplication READ receiptSmallApplication NOTIFY receiptChanged)
    Q_PROPERTY(QString fundUrl READ fundUrl NOTIFY rulesChanged)
    // Whether leaving now would lose something the visitor entered (asked before leaving).
    Q_PROPERTY(bool hasAnswers READ hasAnswers NOTIFY hasAnswersChanged)

public:
    // Asked before anything is saved: empty when the terminal may collect now, else why not
    // (CollectionGate in the product).
    using CollectCheck = std::function<QString()>;
    void setCollectCheck(CollectCheck check) { m_collectCheck = std::move(check); }

    enum Step { Intro, Idea, Money, Who, Contact, Review, Receipt };
    Q_ENUM(Step)

    using Saver = std::function<bool(const FondsIdea &, QString *)>;

    FondsController(CatalogueStore *store, Saver saver, QString deviceId, QObject *parent = nullptr);

    Step step() const { return m_step; }
    int stepNumber() const;
    bool isAvailable() const;
    QString error() const { return m_error; }
    QVariantMap errors() const; // field -> message, current step
    FondsFieldErrors fieldErrors() const { return FondsFieldErrors(errors()); }

    QString title() const { return m_in.title; }
    void setTitle(const QString &text);
    QString description() const { return m_in.description; }
    void setDescription(const QString &text);
    AreaPicker *area() const { return m_area; }
    QString categoryId() const { return m_in.categoryId; }
    void setCategoryId(const QString &id);
    QVariantList categories() const;
    int plannedYear() const { return m_plannedYear; }
    void setPlannedYear(int year);
    int plannedMonth() const { return m_plannedMonth; }
    void setPlannedMonth(int month);
    QVariantList plannedYears() const;
    QVariantList plannedMonths() const;
    static int titleLimit() { return FondsIdeaInput::maxTitle; }
    static int descriptionLimit() { return FondsIdeaInput::maxDescription; }

    QString totalCostText() const { return m_totalCostText; }
    void setTotalCostText(const QString &text);
    QString ownMoneyText() const { return m_ownMoneyText; }
    void setOwnMoneyText(const QString &text);
    QString workHoursText() const { return m_workHoursText; }
    void setWorkHoursText(const QString &text);
    QString inKindText() const { return m_inKindText; }
    void setInKindText(const QString &text);
    QVariantMap check() const;
    FundCheckText checkText() const { return FundCheckText(check()); }
    QVariantMap rules() const;
    FundRulesText rulesText() const { return FundRulesText(rules()); }

    QString applicant() const { return FondsIdeaInput::applicantId(m_in.applicant); }
    void setApplicant(const QString &id);
    QString organisation() const { return m_in.contact.organisation; }
    void setOrganisation(const QString &text);
    bool declaresOfAgeAndCapable() const { return m_in.declaresOfAgeAndCapable; }
    void setDeclaresOfAgeAndCapable(bool on);
    bool declaresNotPublicOrParty() const { return m_in.declaresNotPublicOrParty; }
    void setDeclaresNotPublicOrParty(bool on);
    bool declaresCommonGood() const { return m_in.declaresCommonGood; }
    void setDeclaresCommonGood(bool on);

    QString name() const { return m_in.contact.name; }
    void setName(const QString &text);
    QString email() const { return m_in.contact.email; }
    void setEmail(const QString &text);
    QString phone() const { return m_in.contact.phone; }
    void setPhone(const QString &text);
    bool consent() const { return m_in.consent; }
    void setConsent(bool on);
    QString privacyNotice() const;

    QString receiptCode() const { return m_receiptCode; }
    bool receiptNeedsAdvice() const { return m_receiptNeedsAdvice; }
    bool receiptSmallApplication() const { return m_receiptSmall; }
    QString fundUrl() const;

    void setLanguage(const QString &language);
    void setToday(const QDate &today) { m_today = today; } // for tests
    const FondsIdeaInput &input() const { return m_in; }

    // Turns user-typed euros ("1.234,50", "1234.5", "12 000") into cents; false when it is not
    // an amount. Empty text is 0.
    static bool parseEuros(const QString &text, const QString &language, qint64 *cents);
    static bool parseHours(const QString &text, const QString &language, qint64 *hundredths);

    bool hasAnswers() const;
    QString plannedStartText() const;

    Q_INVOKABLE void start();
    Q_INVOKABLE void next();
    Q_INVOKABLE bool back();
    Q_INVOKABLE void edit(int step); // from the review
    Q_INVOKABLE bool submit();
    Q_INVOKABLE void reset();
    Q_INVOKABLE static int textLength(const QString &text);

Q_SIGNALS:
    void stepChanged();
    void errorChanged();
    void errorsChanged();
    void inputChanged();
    void rulesChanged();
    void receiptChanged();
    void hasAnswersChanged();
    void submitted(const QString &uuid, const QString &receiptCode);

private:
    void setStep(Step step);
    void setError(const QString &error);
    void syncInput();
    enum class AmountField { Total, OwnMoney, WorkHours, InKind };
    void setAmountText(AmountField field, const QString &text);
    void formatAmountTexts();
    QList<FieldError> stepErrors(Step step) const;
    QString message(const FieldError &e) const;
    QString euros(qint64 cents) const;
    bool editable(Step step) const { return m_step == step; }

    CollectCheck m_collectCheck;
    QPointer<CatalogueStore> m_store;
    Saver m_saver;
    QString m_deviceId;
    QString m_language = QStringLiteral("de");
    QDate m_today;

    Step m_step = Intro;
    QString m_error;
    bool m_showErrors = false; // after a failed "next": until then nobody is scolded while typing
    FondsIdeaInput m_in;
    AreaPicker *m_area;
    int m_plannedYear = 0;
    int m_plannedMonth = 0;
    QString m_totalCostText;
    QString m_ownMoneyText;
    QString m_workHoursText;
    QString m_inKindText;
    QSet<AmountField> m_unreadable; // fields whose text is not an amount
    bool m_returnToReview = false;

    QString m_receiptCode;
    bool m_receiptNeedsAdvice = false;
    bool m_receiptSmall = false;
};

struct FondsControllerForeign
{
    Q_GADGET
    QML_FOREIGN(stadtlabor::FondsController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Fonds)

public:
    static FondsController *create(QQmlEngine *, QJSEngine *);
    inline static FondsController *instance = nullptr;
};

} // namespace stadtlabor
