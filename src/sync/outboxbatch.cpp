// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxbatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace stadtlabor {

OutboxBatch::OutboxBatch(const QList<SyncQueue::Item> &items, const QJsonObject &device, qsizetype maxBytes)
{
    // The body is put together from the stored payloads as they are (compact JSON, written by
    // the same code that made the record): parsing and re-serialising each would only cost time.
    m_body = "{\"device\":" + QJsonDocument(device).toJson(QJsonDocument::Compact) + ",\"items\":[";
    for (const SyncQueue::Item &item : items) {
        // Each row in the format it was written in; the hub upgrades an older one.
        const QJsonObject envelope{{QStringLiteral("id"), item.uuid},
                                   {QStringLiteral("kind"), item.kind},
                                   {QStringLiteral("schema_version"), item.format},
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
        m_formats.insert(item.uuid, item.format);
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
        if (!m_formats.contains(id) || answered.contains(id))
            continue;
        const QString reason = o.value(QLatin1String("reason")).toString();
        if (status == QLatin1String("rejected") && reason.startsWith(QLatin1String("schema_version:"))) {
            // Not this item's fault: the hub does not take its format (too new for it, or no
            // longer). Kept pending, never marked rejected.
            ++answer.refusedForFormat;
            if (!answer.refusedFormats.contains(m_formats.value(id)))
                answer.refusedFormats.append(m_formats.value(id));
        } else if (status == QLatin1String("accepted") || status == QLatin1String("duplicate")) {
            answer.outcomes.append({id, SyncQueue::Outcome::Status::Acknowledged, QString()});
            ++(status == QLatin1String("accepted") ? answer.accepted : answer.duplicates);
        } else if (status == QLatin1String("rejected")) {
            answer.outcomes.append({id, SyncQueue::Outcome::Status::Rejected, reason.left(1000)});
            ++answer.rejected;
        } else {
            continue;
        }
        answered.insert(id);
    }
    answer.complete = answered.size() == m_formats.size();
    return answer;
}

} // namespace stadtlabor
