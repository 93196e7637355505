// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubclient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace stadtlabor {

HubClient::HubClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // A kiosk talks to exactly one hub; no proxies from the environment, no cookies.
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

HubClient::~HubClient() = default;

void HubClient::configure(const QUrl &baseUrl, const QString &token, const QByteArray &pinSha256, int timeoutMs)
{
    m_base = baseUrl;
    m_token = token;
    m_pin = pinSha256;
    m_timeoutMs = timeoutMs;
}

int HubClient::parseRetryAfter(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return 0;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return qBound(0, seconds, 24 * 3600);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        return 0;
    return int(qBound<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when), qint64(24) * 3600));
}

QString HubClient::errorMessage(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    return error.value(QLatin1String("message")).toString().left(300);
}

void HubClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QByteArray &ifNoneMatch, std::function<void(const Reply &)> done)
{
    QUrl url = m_base;
    QString base = url.path();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    const QString pathOnly = path.section(QLatin1Char('?'), 0, 0);
    url.setPath(base + QStringLiteral("api/v1/") + pathOnly);
    if (path.contains(QLatin1Char('?')))
        url.setQuery(path.section(QLatin1Char('?'), 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("stadtlabor-kiosk/" STADTLABOR_VERSION));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", ifNoneMatch);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    auto pinFailed = std::make_shared<bool>(false);
    if (!m_pin.isEmpty()) {
        connect(reply, &QNetworkReply::encrypted, reply, [reply, pin = m_pin, pinFailed] {
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            const QByteArray spki = QCryptographicHash::hash(peer.publicKey().toDer(), QCryptographicHash::Sha256);
            if (spki != pin) {
                *pinFailed = true;
                reply->abort();
            }
        });
    }
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done), pinFailed] {
        reply->deleteLater();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.etag = reply->rawHeader("ETag");
        r.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"));
        // Network and proxy errors (codes below 200) mean the transfer broke, even when a status
        // line had arrived: a body cut off mid-way must never pass for the hub's answer.
        const int code = int(reply->error());
        const bool transportFailed = code > 0 && code < 200;
        if (*pinFailed) {
            r.status = 0;
            r.error = QStringLiteral("the hub's TLS key does not match the pinned key");
        } else if (transportFailed || (reply->error() != QNetworkReply::NoError && r.status == 0)) {
            r.status = 0;
            r.body.clear();
            r.error = reply->error() == QNetworkReply::OperationCanceledError
                ? QStringLiteral("no answer within the time limit")
                : reply->errorString();
        } else if (r.status >= 400) {
            r.error = errorMessage(r.body);
            if (r.error.isEmpty())
                r.error = QStringLiteral("HTTP %1").arg(r.status);
        }
        done(r);
    });
}

void HubClient::abortAll()
{
    const auto replies = m_nam->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

} // namespace stadtlabor
