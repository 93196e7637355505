// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace stadtlabor {

// The format of what a kiosk queues for the hub: one number for every kind of submission,
// stored with each outbox row and sent as the item's schema_version. A kiosk sends each row in
// the format it was written in; a hub takes its current format and the one before, and brings
// an older payload to the current format on ingest, one step function per version. So the
// first change of the format after a release strands no kiosk's offline backlog.
class PayloadFormat
{
public:
    // Turns a payload of one format into the next; `kind` is "monitor_response" or "fonds_idea".
    using Step = QJsonObject (*)(const QString &kind, const QJsonObject &payload);

    // The format this build writes and, as a hub, stores.
    static int current();
    // The oldest format a hub of this build takes: the one before current(), at least 1.
    static int oldestAccepted();
    static bool accepts(int version) { return version >= oldestAccepted() && version <= current(); }

    // `payload` of `kind` in format `from`, brought to current() step by step; nullopt when
    // `from` is not accepted.
    static std::optional<QJsonObject> upgrade(const QString &kind, int from, const QJsonObject &payload);

    // Tests only: a format after the released ones, reached from the newest by `step`; each
    // call raises current() by one, until resetForTesting(). Lets a test build a kiosk and a
    // hub one format ahead without changing what the product writes.
    static void bumpForTesting(Step step);
    static void resetForTesting();
};

} // namespace stadtlabor
