// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxbatch.h"

#include "fondsidea.h"
#include "monitorresponse.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace stadtlabor {

OutboxBatch::OutboxBatch(const QList<SyncQueue::Item> &items, const QJsonObject &device, qsizetype maxBytes)
{
    // The body is put together from the stored payloads as they are (compact JSON, written by
    // the same code that made the record): parsing and re-serialising each would only cost time.
    m_body = "{\"device\":" + QJsonDocument(device).toJson(QJsonDocument::Compact) + ",\"items\":[";
    for (const SyncQueue::Item &item : items) {
        const int schema = item.kind == QLatin1String("fonds_idea") ? FondsIdea::schemaVersion : MonitorResponse::schemaVersion;
        const QJsonObject envelope{{QStringLiteral("id"), item.uuid},
                                   {QStringLiteral("kind"), item.kind},
                                   {QStringLiteral("schema_version"), schema},
                                   {QStringLiteral("created_at"), item.createdAt}};
        QByteArray entry = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
        entry.chop(1); // the closing brace: the payload goes in before it
        if (!m_seqs.isEmpty() && m_body.size() + entry.size() + item.payload.size() + 16 > maxBytes)
            break;
        if (!m_seqs.isEmpty())
            m_body += ',';
        m_body += entry + ",\"payload\":" + item.payload + '}';
        m_seqs.append(item.seq);
        m_ids.append(item.uuid);
        m_idSet.insert(item.uuid);
    }
    m_body += "]}";
}

OutboxBatch::Answer OutboxBatch::read(const QByteArray &answerBody) const
{
    Answer answer;
    const QJsonArray results = QJsonDocument::fromJson(answerBody).object().value(QLatin1String("results")).toArray();
    QSet<QString> answered;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        const QString status = o.value(QLatin1String("status")).toString();
        // Only an answer for an id of this very batch counts, and only once.
        if (!m_idSet.contains(id) || answered.contains(id))
            continue;
        if (status == QLatin1String("accepted") || status == QLatin1String("duplicate")) {
            answer.outcomes.append({id, SyncQueue::Outcome::Status::Acknowledged, QString()});
            ++(status == QLatin1String("accepted") ? answer.accepted : answer.duplicates);
        } else if (status == QLatin1String("rejected")) {
            answer.outcomes.append({id, SyncQueue::Outcome::Status::Rejected, o.value(QLatin1String("reason")).toString().left(1000)});
            ++answer.rejected;
        } else {
            continue;
        }
        answered.insert(id);
    }
    answer.complete = answered.size() == m_idSet.size();
    return answer;
}

} // namespace stadtlabor
