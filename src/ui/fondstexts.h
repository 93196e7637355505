// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QQmlEngine>
#include <QString>
#include <QVariantMap>

namespace stadtlabor {

// What the Bochum-Fonds pages read of a field -> message map, one typed property per field
// the pages show, so that QML reads no untyped map ("" where the field has no message).
class FondsFieldErrors
{
    Q_GADGET
    QML_ANONYMOUS
    Q_PROPERTY(QString title READ title CONSTANT)
    Q_PROPERTY(QString description READ description CONSTANT)
    Q_PROPERTY(QString area READ area CONSTANT)
    Q_PROPERTY(QString category READ category CONSTANT)
    Q_PROPERTY(QString planned_start READ plannedStart CONSTANT)
    Q_PROPERTY(QString amounts READ amounts CONSTANT)
    Q_PROPERTY(QString applicant READ applicant CONSTANT)
    Q_PROPERTY(QString organisation READ organisation CONSTANT)
    Q_PROPERTY(QString declarations READ declarations CONSTANT)
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(QString email READ email CONSTANT)
    Q_PROPERTY(QString contact READ contact CONSTANT)
    Q_PROPERTY(QString phone READ phone CONSTANT)
    Q_PROPERTY(QString consent READ consent CONSTANT)

public:
    FondsFieldErrors() = default;
    explicit FondsFieldErrors(const QVariantMap &map) : m_map(map) { }

    QString title() const { return text("title"); }
    QString description() const { return text("description"); }
    QString area() const { return text("area"); }
    QString category() const { return text("category"); }
    QString plannedStart() const { return text("planned_start"); }
    QString amounts() const { return text("amounts"); }
    QString applicant() const { return text("applicant"); }
    QString organisation() const { return text("organisation"); }
    QString declarations() const { return text("declarations"); }
    QString name() const { return text("name"); }
    QString email() const { return text("email"); }
    QString contact() const { return text("contact"); }
    QString phone() const { return text("phone"); }
    QString consent() const { return text("consent"); }

private:
    QString text(const char *field) const { return m_map.value(QLatin1String(field)).toString(); }
    QVariantMap m_map;
};

// The fund's rules as the pages quote them, formatted for the visitor's language.
class FundRulesText
{
    Q_GADGET
    QML_ANONYMOUS
    Q_PROPERTY(QString maxFunding READ maxFunding CONSTANT)
    Q_PROPERTY(QString smallLimit READ smallLimit CONSTANT)
    Q_PROPERTY(QString minShare READ minShare CONSTANT)
    Q_PROPERTY(QString hourlyRate READ hourlyRate CONSTANT)

public:
    FundRulesText() = default;
    explicit FundRulesText(const QVariantMap &map) : m_map(map) { }

    QString maxFunding() const { return text("maxFunding"); }
    QString smallLimit() const { return text("smallLimit"); }
    QString minShare() const { return text("minShare"); }
    QString hourlyRate() const { return text("hourlyRate"); }

private:
    QString text(const char *key) const { return m_map.value(QLatin1String(key)).toString(); }
    QVariantMap m_map;
};

// The live check of the money against the fund's rules, as the pages show it: the figures
// formatted for the visitor's language, false and "" while there is no readable total.
class FundCheckText
{
    Q_GADGET
    QML_ANONYMOUS
    Q_PROPERTY(bool readable READ readable CONSTANT)
    Q_PROPERTY(bool hasTotal READ hasTotal CONSTANT)
    Q_PROPERTY(bool ok READ ok CONSTANT)
    Q_PROPERTY(QString totalCost READ totalCost CONSTANT)
    Q_PROPERTY(QString workValue READ workValue CONSTANT)
    Q_PROPERTY(QString ownContribution READ ownContribution CONSTANT)
    Q_PROPERTY(QString requested READ requested CONSTANT)
    Q_PROPERTY(QString ownShare READ ownShare CONSTANT)
    Q_PROPERTY(bool small READ small CONSTANT)
    Q_PROPERTY(bool belowMinimum READ belowMinimum CONSTANT)
    Q_PROPERTY(bool aboveMaximum READ aboveMaximum CONSTANT)
    Q_PROPERTY(bool needsAdvice READ needsAdvice CONSTANT)
    Q_PROPERTY(QString problem READ problem CONSTANT)

public:
    FundCheckText() = default;
    explicit FundCheckText(const QVariantMap &map) : m_map(map) { }

    bool readable() const { return flag("readable"); }
    bool hasTotal() const { return flag("hasTotal"); }
    bool ok() const { return flag("ok"); }
    QString totalCost() const { return text("totalCost"); }
    QString workValue() const { return text("workValue"); }
    QString ownContribution() const { return text("ownContribution"); }
    QString requested() const { return text("requested"); }
    QString ownShare() const { return text("ownShare"); }
    bool small() const { return flag("small"); }
    bool belowMinimum() const { return flag("belowMinimum"); }
    bool aboveMaximum() const { return flag("aboveMaximum"); }
    bool needsAdvice() const { return flag("needsAdvice"); }
    QString problem() const { return text("problem"); }

private:
    QString text(const char *key) const { return m_map.value(QLatin1String(key)).toString(); }
    bool flag(const char *key) const { return m_map.value(QLatin1String(key)).toBool(); }
    QVariantMap m_map;
};

} // namespace stadtlabor
