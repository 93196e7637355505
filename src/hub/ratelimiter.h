// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace stadtlabor::hub {

// A token bucket per key (a device, or a remote address for failed authentication): `perMinute`
// requests a minute with bursts of as many. Memory stays bounded: idle full buckets are dropped.
class RateLimiter
{
public:
    explicit RateLimiter(int perMinute);

    // True when the request may go ahead; otherwise *retryAfterSeconds says when it may.
    bool allow(const QString &key, int *retryAfterSeconds) { return take(key, retryAfterSeconds, true); }
    // The same question without spending a request (for limits charged only on failure).
    bool wouldAllow(const QString &key, int *retryAfterSeconds) { return take(key, retryAfterSeconds, false); }
    int perMinute() const { return m_perMinute; }

private:
    struct Bucket
    {
        double tokens;
        qint64 lastMs;
    };
    bool take(const QString &key, int *retryAfterSeconds, bool consume);
    void prune(qint64 nowMs);

    int m_perMinute;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastPruneMs = 0;
};

} // namespace stadtlabor::hub
