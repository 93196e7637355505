// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <QtMath>

namespace stadtlabor::hub {

RateLimiter::RateLimiter(int perMinute)
    : m_perMinute(qMax(1, perMinute))
{
    m_clock.start();
}

bool RateLimiter::take(const QString &key, int *retryAfterSeconds, bool consume)
{
    const qint64 now = m_clock.elapsed();
    prune(now);
    const double perMs = m_perMinute / 60000.0;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_perMinute), now});
    Bucket &b = it.value();
    b.tokens = qMin(double(m_perMinute), b.tokens + (now - b.lastMs) * perMs);
    b.lastMs = now;
    if (b.tokens >= 1.0) {
        if (consume)
            b.tokens -= 1.0;
        return true;
    }
    *retryAfterSeconds = qMax(1, int(qCeil((1.0 - b.tokens) / perMs / 1000.0)));
    return false;
}

void RateLimiter::prune(qint64 nowMs)
{
    if (nowMs - m_lastPruneMs < 60000 && m_buckets.size() < 10000)
        return;
    m_lastPruneMs = nowMs;
    const double perMs = m_perMinute / 60000.0;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (it->tokens + (nowMs - it->lastMs) * perMs >= m_perMinute)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace stadtlabor::hub
