// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace stadtlabor {

// HTTP to the hub: every request with a transfer timeout, TLS verified by Qt, and optionally
// the hub's public key pinned (SHA-256 of its SubjectPublicKeyInfo).
class HubClient : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        int status = 0;        // 0: no HTTP answer (network, TLS, timeout)
        QByteArray body;
        QByteArray etag;
        int retryAfterSeconds = 0;
        QString error;         // for status 0, or the hub's error message
    };

    explicit HubClient(QObject *parent = nullptr);
    ~HubClient() override;

    void configure(const QUrl &baseUrl, const QString &token, const QByteArray &pinSha256, int timeoutMs);
    const QUrl &baseUrl() const { return m_base; }

    // path relative to /api/v1/, e.g. "submissions" or "results?area=x".
    void request(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &ifNoneMatch,
                 std::function<void(const Reply &)> done);
    void abortAll();

    // "Retry-After: 120" or an HTTP date; 0 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value);
    // The hub's {"error": {"message"}} if the body has one.
    static QString errorMessage(const QByteArray &body);

private:
    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QString m_token;
    QByteArray m_pin;
    int m_timeoutMs = 30000;
};

} // namespace stadtlabor
