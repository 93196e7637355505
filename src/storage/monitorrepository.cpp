// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorrepository.h"

#include "database.h"
#include "storagelogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace stadtlabor {

namespace {

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

MonitorRepository::MonitorRepository(const Database &db)
    : m_db(db.connection())
    , m_outbox(db)
    , m_insertResponse(m_db)
    , m_insertAnswer(m_db)
{
    // Prepared once: a street interviewer saves response after response.
    m_insertResponse.prepare(QStringLiteral(
        "INSERT INTO monitor_responses (uuid, created_at, device_id, criteria_set_id, criteria_set_version, area_id,"
        " age_band, gender, relations, group_id, interviewer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_insertAnswer.prepare(QStringLiteral(
        "INSERT INTO monitor_answers (response_uuid, position, theme_id, score, good, better) VALUES (?, ?, ?, ?, ?, ?)"));
}

bool MonitorRepository::insert(const MonitorResponse &r, QString *error)
{
    const QVariant values[] = {
        r.uuid, r.createdAt.toUTC().toString(Qt::ISODateWithMs), r.deviceId, r.criteriaSetId, r.criteriaSetVersion,
        r.areaId, nullIfEmpty(r.demographics.ageBand), nullIfEmpty(r.demographics.gender),
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.demographics.relations)).toJson(QJsonDocument::Compact)),
        nullIfEmpty(r.groupId), nullIfEmpty(r.interviewerId),
    };
    for (int i = 0; i < int(std::size(values)); ++i)
        m_insertResponse.bindValue(i, values[i]);
    if (!m_insertResponse.exec()) {
        *error = QStringLiteral("response: %1").arg(m_insertResponse.lastError().text());
        return false;
    }
    for (int i = 0; i < r.answers.size(); ++i) {
        const ThemeAnswer &a = r.answers.at(i);
        m_insertAnswer.bindValue(0, r.uuid);
        m_insertAnswer.bindValue(1, i);
        m_insertAnswer.bindValue(2, a.themeId);
        m_insertAnswer.bindValue(3, a.score ? QVariant(*a.score) : QVariant());
        // A null QString binds as SQL NULL; an empty text is '' here.
        m_insertAnswer.bindValue(4, a.good.isNull() ? QStringLiteral("") : a.good);
        m_insertAnswer.bindValue(5, a.better.isNull() ? QStringLiteral("") : a.better);
        if (!m_insertAnswer.exec()) {
            *error = QStringLiteral("answer %1: %2").arg(i).arg(m_insertAnswer.lastError().text());
            return false;
        }
    }
    return m_outbox.add(r.uuid, outboxKind, r.toJson(), r.createdAt, error);
}

bool MonitorRepository::save(const MonitorResponse &response, QString *error)
{
    const bool ok = inTransaction(m_db, [&](QString *why) { return insert(response, why); }, error);
    if (!ok)
        qCWarning(lcStorage).noquote() << "response" << response.uuid << "not saved:" << *error;
    return ok;
}

std::optional<MonitorResponse> MonitorRepository::load(const QString &uuid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT payload FROM outbox_items WHERE uuid = ? AND kind = ?"));
    q.addBindValue(uuid);
    q.addBindValue(outboxKind);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QStringList errors;
    const QJsonObject payload = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    auto stored = MonitorResponse::fromJson(payload, &errors);
    if (!stored)
        return std::nullopt;

    // The outbox payload is what the hub gets; the tables are what local statistics read.
    // Both must say the same.
    q.prepare(QStringLiteral("SELECT theme_id, score, good, better FROM monitor_answers WHERE response_uuid = ? ORDER BY position"));
    q.addBindValue(uuid);
    if (!q.exec())
        return std::nullopt;
    QList<ThemeAnswer> answers;
    while (q.next()) {
        ThemeAnswer a{q.value(0).toString(), std::nullopt, q.value(2).toString(), q.value(3).toString()};
        if (!q.value(1).isNull())
            a.score = q.value(1).toInt();
        answers.append(a);
    }
    q.prepare(QStringLiteral("SELECT area_id, criteria_set_id, criteria_set_version FROM monitor_responses WHERE uuid = ?"));
    q.addBindValue(uuid);
    const bool rowMatches = q.exec() && q.next() && q.value(0).toString() == stored->areaId
        && q.value(1).toString() == stored->criteriaSetId && q.value(2).toInt() == stored->criteriaSetVersion;
    if (answers != stored->answers || !rowMatches) {
        qCWarning(lcStorage).noquote() << "response" << uuid << "differs between its tables and its outbox row";
        return std::nullopt;
    }
    return stored;
}

int MonitorRepository::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM monitor_responses")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace stadtlabor
