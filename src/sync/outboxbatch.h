// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncqueue.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace stadtlabor {

// One POST /api/v1/submissions: the request body put together from outbox rows, and what the
// hub's answer means for exactly those rows.
class OutboxBatch
{
public:
    // What an answer says about the batch: outcomes only for ids of this very batch, the first
    // answer for each id counting.
    struct Answer
    {
        QList<SyncQueue::Outcome> outcomes;
        int accepted = 0;   // new on the hub
        int duplicates = 0; // the hub had it already
        int rejected = 0;
        // Items the hub refused for their payload format (schema_version): they stay
        // pending, for a hub that takes it; the formats it refused.
        int refusedForFormat = 0;
        QList<int> refusedFormats;
        bool complete = false; // every id of the batch answered
    };

    OutboxBatch() = default;
    // `device` is the batch's {app_version, queue_length, last_error}. Items are taken in order
    // while the body stays within maxBytes (the first one always).
    OutboxBatch(const QList<SyncQueue::Item> &items, const QJsonObject &device, qsizetype maxBytes);

    bool isEmpty() const { return m_seqs.isEmpty(); }
    int size() const { return int(m_seqs.size()); }
    const QByteArray &body() const { return m_body; }
    const QList<qint64> &seqs() const { return m_seqs; }
    QString firstId() const { return m_ids.value(0); }
    qint64 lastSeq() const { return m_seqs.isEmpty() ? 0 : m_seqs.constLast(); }

    Answer read(const QByteArray &answerBody) const;

private:
    QByteArray m_body;
    QList<qint64> m_seqs;
    QStringList m_ids;
    QHash<QString, int> m_formats; // id -> its payload format
};

} // namespace stadtlabor
