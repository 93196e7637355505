// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HTTP for the hub tests: a synchronous client on QNetworkAccessManager (with an asynchronous
// half for concurrent requests) and a raw QTcpSocket sender for requests no well-behaved client
// would send. Every answer the client gets passes through a ResponseAudit.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkReply;

namespace stadtlabor::hubtest {

class ResponseAudit;

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpResponse
{
    QByteArray method;
    QString path;           // as requested, with the query
    int status = 0;         // 0: no answer (network error or timeout)
    QString networkError;   // why there was no (complete) answer
    Headers headers;
    QByteArray body;
    QJsonDocument json;     // the body, when it parses as JSON
    bool isJson = false;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    bool hasHeader(const QByteArray &name) const;
    QJsonObject object() const { return json.object(); }
    QString errorCode() const;    // error.code, or empty
    QStringList details() const;  // error.details, or empty
    // "GET /api/v1/x -> 422 {...}" for failure messages, the body cut to a readable length.
    QString describe() const;
};

// Synchronous requests against one base URL ("http://127.0.0.1:PORT"). A bearer token is sent
// when one is given. Requests with a body get `Content-Type: application/json` unless the
// caller names another type (an empty contentType sends none at all).
class HttpClient
{
public:
    struct Request
    {
        QByteArray method = QByteArrayLiteral("GET");
        QString path;
        QString token;
        QByteArray body;
        bool hasBody = false;
        QByteArray contentType = QByteArrayLiteral("application/json");
        Headers headers;
        int timeoutMs = 30000;
    };

    explicit HttpClient(const QUrl &baseUrl = QUrl());
    ~HttpClient();

    void setBaseUrl(const QUrl &url) { m_base = url; }
    QUrl baseUrl() const { return m_base; }
    void setAudit(ResponseAudit *audit) { m_audit = audit; }

    HttpResponse send(const Request &request);

    HttpResponse get(const QString &path, const QString &token = QString(), const Headers &headers = {});
    HttpResponse post(const QString &path, const QString &token, const QByteArray &body,
                      const QByteArray &contentType = QByteArrayLiteral("application/json"));
    HttpResponse post(const QString &path, const QString &token, const QJsonObject &body);
    HttpResponse put(const QString &path, const QString &token, const QByteArray &body,
                     const QByteArray &contentType = QByteArrayLiteral("application/json"));
    HttpResponse del(const QString &path, const QString &token);

    // The asynchronous half: start several, then collect each (in any order).
    QNetworkReply *start(const Request &request);
    HttpResponse finish(QNetworkReply *reply, int timeoutMs = 60000);

    // Requests sent through this client since construction (or the last reset).
    int requestCount() const { return m_requests; }
    void resetRequestCount() { m_requests = 0; }

    QNetworkAccessManager *manager() { return m_nam.get(); }

private:
    QUrl m_base;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    ResponseAudit *m_audit = nullptr;
    int m_requests = 0;
};

// What came back on a raw connection.
struct RawResponse
{
    bool connected = false;
    bool closedByServer = false; // the server closed the connection
    bool timedOut = false;
    QByteArray raw;              // everything received
    int status = 0;              // 0 when no status line arrived
    Headers headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    HttpResponse asHttpResponse(const QByteArray &method, const QString &path) const;
    QString describe() const;
};

// Writes `data` to 127.0.0.1:port as it is and reads until one complete response has arrived
// (status line, headers and Content-Length bytes of body), the server closes, or timeoutMs.
RawResponse sendRaw(quint16 port, const QByteArray &data, int timeoutMs = 15000);

// Waits (running the event loop) until `done` returns true or timeoutMs passes.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

} // namespace stadtlabor::hubtest
