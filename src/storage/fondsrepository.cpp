// SPDX-License-Identifier: GPL-3.0-or-later
#include "fondsrepository.h"

#include "database.h"
#include "storagelogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace stadtlabor {

FondsRepository::FondsRepository(const Database &db)
    : m_db(db.connection())
    , m_outbox(db)
{
}

bool FondsRepository::insert(const FondsIdea &idea, QString *error)
{
    if (!idea.input.contact.name.isEmpty() || !idea.input.contact.email.isEmpty() || !idea.input.contact.phone.isEmpty()
        || !idea.input.contact.organisation.isEmpty()) {
        // A programming error, caught before anything personal reaches the disk.
        *error = QStringLiteral("refused: contact data must be sealed, not stored");
        return false;
    }
    const FondsIdeaInput &in = idea.input;
    const FundAssessment &a = idea.assessment;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO fonds_ideas (uuid, created_at, device_id, fund_rules_version, receipt_code, title, description,"
        " area_id, category_id, planned_start, total_cost_cents, own_money_cents, work_hours_hundredths, in_kind_cents,"
        " requested_cents, own_share_basis_points, small_application, needs_advice, applicant, sealed_contact)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant values[] = {
        idea.uuid, idea.createdAt.toUTC().toString(Qt::ISODateWithMs), idea.deviceId, idea.fundRulesVersion,
        idea.receiptCode, in.title, in.description, in.areaId, in.categoryId,
        in.plannedStart.toString(QStringLiteral("yyyy-MM")), in.amounts.totalCostCents, in.amounts.ownMoneyCents,
        in.amounts.workHoursHundredths, in.amounts.inKindCents, a.requestedCents, a.ownShareBasisPoints,
        a.smallApplication ? 1 : 0, a.needsAdvice() ? 1 : 0, FondsIdeaInput::applicantId(in.applicant),
        idea.sealedContact,
    };
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = QStringLiteral("idea: %1").arg(q.lastError().text());
        return false;
    }
    return m_outbox.add(idea.uuid, outboxKind, idea.toJson(), idea.createdAt, error);
}

bool FondsRepository::save(const FondsIdea &idea, QString *error)
{
    const bool ok = inTransaction(m_db, [&](QString *why) { return insert(idea, why); }, error);
    if (!ok)
        qCWarning(lcStorage).noquote() << "idea" << idea.uuid << "not saved:" << *error;
    return ok;
}

int FondsRepository::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM fonds_ideas")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace stadtlabor
