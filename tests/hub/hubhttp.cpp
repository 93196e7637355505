// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubhttp.h"

#include "responseaudit.h"

#include <QDeadlineTimer>
#include <QDateTime>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

namespace stadtlabor::hubtest {

namespace {

QByteArray findHeader(const Headers &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

void parseJsonBody(HttpResponse *r)
{
    if (r->body.isEmpty())
        return;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r->body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull()) {
        r->json = doc;
        r->isJson = true;
    }
}

} // namespace

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return done();
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

bool HttpResponse::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString HttpResponse::errorCode() const
{
    return object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QStringList HttpResponse::details() const
{
    QStringList list;
    const QJsonArray array = object().value(QStringLiteral("error")).toObject().value(QStringLiteral("details")).toArray();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

QString HttpResponse::describe() const
{
    QString text = QString::fromLatin1(method) + QLatin1Char(' ') + path + QStringLiteral(" -> ");
    if (status == 0)
        return text + QStringLiteral("no answer (") + networkError + QLatin1Char(')');
    text += QString::number(status);
    if (!body.isEmpty()) {
        QString b = QString::fromUtf8(body.left(700));
        if (body.size() > 700)
            b += QStringLiteral("... (%1 bytes)").arg(body.size());
        text += QLatin1Char(' ') + b;
    }
    return text;
}

HttpClient::HttpClient(const QUrl &baseUrl)
    : m_base(baseUrl)
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient() = default;

QNetworkReply *HttpClient::start(const Request &request)
{
    const QUrl url(m_base.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash) + request.path, QUrl::TolerantMode);
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setTransferTimeout(request.timeoutMs);
    if (!request.token.isEmpty())
        req.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + request.token.toUtf8());
    const bool withBody = request.hasBody || !request.body.isEmpty();
    if (withBody && !request.contentType.isEmpty())
        req.setRawHeader(QByteArrayLiteral("Content-Type"), request.contentType);
    for (const auto &[key, value] : request.headers)
        req.setRawHeader(key, value);

    QNetworkReply *reply = nullptr;
    const QByteArray method = request.method.toUpper();
    if (method == "GET" && !withBody)
        reply = m_nam->get(req);
    else if (method == "HEAD")
        reply = m_nam->head(req);
    else if (method == "DELETE" && !withBody)
        reply = m_nam->deleteResource(req);
    else if (method == "POST")
        reply = m_nam->post(req, request.body);
    else if (method == "PUT")
        reply = m_nam->put(req, request.body);
    else
        reply = m_nam->sendCustomRequest(req, method, request.body);
    reply->setProperty("stadtlabor_method", method);
    reply->setProperty("stadtlabor_path", request.path);
    reply->setProperty("stadtlabor_started", QDateTime::currentMSecsSinceEpoch());
    ++m_requests;
    return reply;
}

HttpResponse HttpClient::finish(QNetworkReply *reply, int timeoutMs)
{
    HttpResponse r;
    r.method = reply->property("stadtlabor_method").toByteArray();
    r.path = reply->property("stadtlabor_path").toString();
    if (!waitUntil([reply] { return reply->isFinished(); }, timeoutMs)) {
        reply->abort();
        r.networkError = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        reply->deleteLater();
        return r;
    }
    r.elapsedMs = QDateTime::currentMSecsSinceEpoch() - reply->property("stadtlabor_started").toLongLong();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.status = status.isValid() ? status.toInt() : 0;
    if (r.status == 0)
        r.networkError = reply->errorString();
    r.headers = reply->rawHeaderPairs();
    r.body = reply->readAll();
    parseJsonBody(&r);
    reply->deleteLater();
    if (m_audit && r.status != 0)
        m_audit->record(r);
    return r;
}

HttpResponse HttpClient::send(const Request &request)
{
    return finish(start(request), request.timeoutMs + 5000);
}

HttpResponse HttpClient::get(const QString &path, const QString &token, const Headers &headers)
{
    Request r;
    r.path = path;
    r.token = token;
    r.headers = headers;
    return send(r);
}

HttpResponse HttpClient::post(const QString &path, const QString &token, const QByteArray &body,
                              const QByteArray &contentType)
{
    Request r;
    r.method = QByteArrayLiteral("POST");
    r.path = path;
    r.token = token;
    r.body = body;
    r.hasBody = true;
    r.contentType = contentType;
    return send(r);
}

HttpResponse HttpClient::post(const QString &path, const QString &token, const QJsonObject &body)
{
    return post(path, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse HttpClient::put(const QString &path, const QString &token, const QByteArray &body,
                             const QByteArray &contentType)
{
    Request r;
    r.method = QByteArrayLiteral("PUT");
    r.path = path;
    r.token = token;
    r.body = body;
    r.hasBody = true;
    r.contentType = contentType;
    return send(r);
}

HttpResponse HttpClient::del(const QString &path, const QString &token)
{
    Request r;
    r.method = QByteArrayLiteral("DELETE");
    r.path = path;
    r.token = token;
    return send(r);
}

QByteArray RawResponse::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

HttpResponse RawResponse::asHttpResponse(const QByteArray &method, const QString &path) const
{
    HttpResponse r;
    r.method = method;
    r.path = path;
    r.status = status;
    r.headers = headers;
    r.body = body;
    parseJsonBody(&r);
    return r;
}

QString RawResponse::describe() const
{
    QString text;
    if (!connected)
        return QStringLiteral("could not connect");
    text = status ? QStringLiteral("status %1").arg(status) : QStringLiteral("no status line");
    if (closedByServer)
        text += QStringLiteral(", closed by the server");
    if (timedOut)
        text += QStringLiteral(", timed out");
    text += QStringLiteral(", received: ") + QString::fromLatin1(raw.left(600).toPercentEncoding(" \r\n{}\":,/;=-_.()[]"));
    return text;
}

namespace {

// True once `raw` holds one complete response; fills status, headers and body.
bool parseRaw(RawResponse *r, bool closed)
{
    const int end = r->raw.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = r->raw.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine.at(0).startsWith("HTTP/"))
        return closed;
    r->status = statusLine.at(1).toInt();
    r->headers.clear();
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon > 0)
            r->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray rest = r->raw.mid(end + 4);
    const QByteArray length = r->header(QByteArrayLiteral("Content-Length"));
    if (!length.isEmpty()) {
        const int n = length.toInt();
        if (rest.size() < n)
            return closed;
        r->body = rest.left(n);
        return true;
    }
    if (r->status == 304 || r->status == 204 || (r->status >= 100 && r->status < 200)) {
        r->body.clear();
        return true;
    }
    r->body = rest;
    return closed;
}

} // namespace

RawResponse sendRaw(quint16 port, const QByteArray &data, int timeoutMs)
{
    RawResponse r;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(5000))
        return r;
    r.connected = true;
    socket.write(data);
    socket.flush();
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(50);
        r.raw += socket.readAll();
        if (parseRaw(&r, false))
            break;
        if (socket.state() != QAbstractSocket::ConnectedState) {
            r.raw += socket.readAll();
            r.closedByServer = true;
            parseRaw(&r, true);
            break;
        }
        if (deadline.hasExpired()) {
            r.timedOut = true;
            break;
        }
        socket.waitForReadyRead(50);
        if (socket.state() != QAbstractSocket::ConnectedState) {
            r.raw += socket.readAll();
            r.closedByServer = true;
            parseRaw(&r, true);
            break;
        }
    }
    socket.abort();
    return r;
}

} // namespace stadtlabor::hubtest
