// SPDX-License-Identifier: GPL-3.0-or-later
#include "fondsmessages.h"

namespace stadtlabor {

QString FondsMessages::text(const FieldError &e, bool amountsReadable, const FundAssessment &a)
{
    using Code = FieldError::Code;
    const QString &f = e.field;
    if (f == QLatin1String("title"))
        return e.code == Code::TooLong ? tr("The title can have at most %1 characters.").arg(FondsIdeaInput::maxTitle)
                                       : tr("Please give your idea a title.");
    if (f == QLatin1String("description"))
        return e.code == Code::TooLong ? tr("The description can have at most %1 characters.").arg(FondsIdeaInput::maxDescription)
                                       : tr("Please describe your idea in a few sentences.");
    if (f == QLatin1String("area"))
        return tr("Please choose where the project takes place.");
    if (f == QLatin1String("category"))
        return tr("Please choose what kind of project it is.");
    if (f == QLatin1String("planned_start")) {
        if (e.code == Code::InPast)
            return tr("The start cannot lie in the past.");
        if (e.code == Code::TooFarAhead)
            return tr("The start can be at most %n year(s) ahead.", "", FondsIdeaInput::maxYearsAhead);
        return tr("Please choose when the project starts (month and year).");
    }
    if (f == QLatin1String("amounts")) {
        if (e.code == Code::Invalid || !amountsReadable)
            return tr("Please enter amounts as numbers, for example 1500 or 1.500,50.");
        using Problem = FundAssessment::Problem;
        if (a.problems.contains(Problem::CostNotPositive))
            return tr("Please enter the total cost of the project.");
        if (a.problems.contains(Problem::NegativeAmount))
            return tr("Amounts cannot be negative.");
        if (a.problems.contains(Problem::AbsurdAmount))
            return tr("These amounts are far beyond what the fund can support. Please check them.");
        if (a.problems.contains(Problem::NothingToRequest))
            return tr("Your own contribution covers the whole cost: there is nothing to ask the fund for.");
        return {};
    }
    if (f == QLatin1String("applicant"))
        return tr("Please say who hands in the idea.");
    if (f == QLatin1String("organisation"))
        return e.code == Code::TooLong ? tr("The name of the organisation can have at most %1 characters.").arg(FondsIdeaInput::maxOrganisation)
                                       : tr("Please enter the name of the association.");
    if (f == QLatin1String("declarations"))
        return tr("The fund can only support an idea when all three statements apply. Please confirm them.");
    if (f == QLatin1String("name"))
        return e.code == Code::TooLong ? tr("The name can have at most %1 characters.").arg(FondsIdeaInput::maxName)
                                       : tr("Please enter your name.");
    if (f == QLatin1String("email"))
        return tr("This e-mail address does not look right (for example name@example.de).");
    if (f == QLatin1String("phone"))
        return tr("This phone number does not look right (for example 0234 123456).");
    if (f == QLatin1String("contact"))
        return tr("Please give an e-mail address or a phone number, so that the fund's staff can reach you.");
    if (f == QLatin1String("consent"))
        return tr("Without your consent your idea cannot be stored.");
    return tr("Please check this entry.");
}

} // namespace stadtlabor
