// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace stadtlabor::synctest {

namespace {

struct Head
{
    QByteArray firstLine;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray value(const QByteArray &name) const
    {
        for (const auto &[key, v] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return QByteArray();
    }
    bool has(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    // The head again, without hop-by-hop headers and Content-Length; `Connection: close` and
    // the given length (when >= 0) added.
    QByteArray rebuild(qint64 contentLength) const
    {
        QByteArray out = firstLine + "\r\n";
        for (const auto &[key, v] : headers) {
            const QByteArray k = key.toLower();
            if (k == "connection" || k == "keep-alive" || k == "proxy-connection" || k == "content-length")
                continue;
            out += key + ": " + v + "\r\n";
        }
        if (contentLength >= 0)
            out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
        out += "Connection: close\r\n\r\n";
        return out;
    }
};

Head parseHead(const QByteArray &text)
{
    Head h;
    const QList<QByteArray> lines = text.split('\n');
    h.firstLine = lines.value(0).trimmed();
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon > 0)
            h.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return h;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 304: return "Not Modified";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray errorBody(const QString &code, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

// One client connection, one request.
class FaultProxy::Connection : public QObject
{
public:
    Connection(FaultProxy *proxy, QTcpSocket *client)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this] { readClient(); });
        connect(client, &QTcpSocket::disconnected, this, [this] { clientClosed(); });
        connect(client, &QTcpSocket::errorOccurred, this, [this] { clientClosed(); });
        readClient();
    }

    ~Connection() override
    {
        if (m_counted) {
            --m_proxy->m_inFlight;
            --m_proxy->m_inFlightByMethod[m_ex.method];
        }
    }

private:
    void readClient()
    {
        if (!m_client || m_haveRequest)
            return;
        m_in += m_client->readAll();
        if (m_headEnd < 0) {
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_headEnd = int(end);
            m_requestHead = parseHead(m_in.left(end));
            const QList<QByteArray> parts = m_requestHead.firstLine.split(' ');
            m_ex.method = parts.value(0);
            m_ex.path = QString::fromLatin1(parts.value(1));
            m_ex.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
            m_length = m_requestHead.value("Content-Length").toLongLong();
            m_counted = true;
            ++m_proxy->m_inFlight;
            ++m_proxy->m_inFlightByMethod[m_ex.method];
            m_ex.fault = m_proxy->takeFault(m_ex.method, m_ex.path);
        }
        const qint64 have = m_in.size() - (m_headEnd + 4);
        if (m_ex.fault == Fault::DropRequest && (m_length == 0 || have >= m_length / 2)) {
            m_haveRequest = true;
            m_client->abort();
            return done();
        }
        if (have < m_length)
            return;
        m_haveRequest = true;
        m_requestBody = m_in.mid(m_headEnd + 4, int(m_length));
        handle();
    }

    void clientClosed()
    {
        if (m_finished)
            return;
        if (!m_answered)
            m_ex.clientGone = true;
        // A request still on its way to the hub is left to finish there (the hub does its
        // work anyway); a request not complete yet is simply gone.
        if (!m_haveRequest || (!m_upstream && !m_holding))
            done();
    }

    void handle()
    {
        switch (m_ex.fault) {
        case Fault::Status500:
            return answer(500, {}, errorBody(QStringLiteral("internal"), QStringLiteral("Injected by the test proxy.")));
        case Fault::Status503:
            return answer(503, {{"Retry-After", QByteArray::number(m_proxy->m_retryAfter)}},
                          errorBody(QStringLiteral("unavailable"), QStringLiteral("Injected by the test proxy.")));
        case Fault::Status429:
            return answer(429, {{"Retry-After", QByteArray::number(m_proxy->m_retryAfter)}},
                          errorBody(QStringLiteral("rate_limited"), QStringLiteral("Injected by the test proxy.")));
        case Fault::BrokenCatalogue: {
            const QByteArray etag = m_proxy->m_brokenEtag;
            const QList<QByteArray> candidates = m_requestHead.value("If-None-Match").split(',');
            for (const QByteArray &c : candidates) {
                if (c.trimmed() == etag)
                    return answer(304, {{"ETag", etag}}, QByteArray());
            }
            return answer(200, {{"ETag", etag}, {"Content-Type", "application/json"}}, m_proxy->m_brokenBody);
        }
        default:
            return forward();
        }
    }

    void answer(int status, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
    {
        Head h;
        h.firstLine = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status);
        h.headers = headers;
        if (!body.isEmpty() && !h.has("Content-Type"))
            h.headers.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")));
        m_ex.clientStatus = status;
        send(h.rebuild(status == 304 ? -1 : body.size()) + body);
    }

    void send(const QByteArray &bytes)
    {
        if (qEnvironmentVariableIsSet("STADTLABOR_PROXY_TRACE"))
            qDebug("proxy: to client (%s): %s", m_client ? "there" : "gone", bytes.constData());
        m_answered = true;
        if (m_client && m_client->state() == QAbstractSocket::ConnectedState) {
            m_client->write(bytes);
            m_client->disconnectFromHost();
        } else {
            m_ex.clientGone = true;
            m_ex.clientStatus = 0;
        }
        done();
    }

    void forward()
    {
        QByteArray body = m_requestBody;
        if (m_ex.fault == Fault::ForgeAck && !m_proxy->m_strippedIds.isEmpty()) {
            QJsonObject o = QJsonDocument::fromJson(body).object();
            QJsonArray kept;
            for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray()) {
                if (!m_proxy->m_strippedIds.contains(v.toObject().value(QStringLiteral("id")).toString()))
                    kept.append(v);
            }
            o.insert(QStringLiteral("items"), kept);
            body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        }
        const QByteArray head = m_requestHead.rebuild(m_requestHead.has("Content-Length") || !body.isEmpty() ? body.size() : -1);
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::connected, this, [this, data = head + body] { m_upstream->write(data); });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { readUpstream(false); });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] { readUpstream(true); });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] { readUpstream(true); });
        m_upstream->connectToHost(QHostAddress(QHostAddress::LocalHost), m_proxy->m_upstreamPort);
    }

    void readUpstream(bool closed)
    {
        if (m_upstreamDone || !m_upstream)
            return;
        m_out += m_upstream->readAll();
        if (qEnvironmentVariableIsSet("STADTLABOR_PROXY_TRACE"))
            qDebug("proxy: %s %s upstream %s, %d bytes: %s", m_ex.method.constData(), qPrintable(m_ex.path),
                   closed ? "closed" : "data", int(m_out.size()), qPrintable(m_upstream->errorString()));
        const qsizetype end = m_out.indexOf("\r\n\r\n");
        if (end < 0) {
            if (closed) {
                m_upstreamDone = true;
                // The hub gave no answer: pass the failure on as a closed connection.
                if (m_client)
                    m_client->abort();
                done();
            }
            return;
        }
        const Head h = parseHead(m_out.left(end));
        const int status = h.firstLine.split(' ').value(1).toInt();
        const QByteArray body = m_out.mid(end + 4);
        bool complete = closed;
        if (h.has("Content-Length"))
            complete = complete || body.size() >= h.value("Content-Length").toLongLong();
        else if (status == 304 || status == 204 || m_ex.method == "HEAD")
            complete = true;
        else if (h.value("Transfer-Encoding").toLower().contains("chunked"))
            complete = complete || body.endsWith("0\r\n\r\n");
        if (!complete)
            return;
        m_upstreamDone = true;
        m_ex.upstreamStatus = status;
        if (status == 200 && m_ex.path.startsWith(QLatin1String("/api/v1/submissions"))) {
            for (const QJsonValue &v : QJsonDocument::fromJson(body).object().value(QStringLiteral("results")).toArray()) {
                if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("duplicate"))
                    ++m_ex.duplicates;
            }
        }
        m_upstream->disconnect(this);
        m_upstream->abort();
        const bool delayed = m_proxy->m_delayMs > 0 && (m_proxy->m_delayMethod.isEmpty() || m_proxy->m_delayMethod == m_ex.method);
        int hold = delayed ? m_proxy->m_delayMs : 0;
        if (m_ex.fault == Fault::AnswerLate)
            hold += m_proxy->m_lateMs;
        if (hold > 0) {
            m_holding = true;
            QTimer::singleShot(hold, this, [this, h, status, body] {
                m_holding = false;
                deliver(h, status, body);
            });
            return;
        }
        deliver(h, status, body);
    }

    void deliver(const Head &h, int status, QByteArray body)
    {
        if (!m_client || m_client->state() != QAbstractSocket::ConnectedState) {
            m_ex.clientGone = true;
            return done();
        }
        const bool chunked = h.value("Transfer-Encoding").toLower().contains("chunked");
        switch (m_ex.fault) {
        case Fault::DropResponse:
            m_client->abort();
            return done();
        case Fault::Truncate: {
            m_answered = true;
            m_ex.clientStatus = 0;
            const QByteArray full = h.rebuild(chunked ? -1 : body.size());
            m_client->write(full + body.left(body.size() / 2));
            m_client->disconnectFromHost();
            return done();
        }
        case Fault::PartialAck:
        case Fault::ForgeAck: {
            QJsonObject o = QJsonDocument::fromJson(body).object();
            if (status == 200 && o.value(QStringLiteral("results")).isArray()) {
                const QJsonArray results = o.value(QStringLiteral("results")).toArray();
                QJsonArray out;
                if (m_ex.fault == Fault::PartialAck) {
                    for (int i = 0; i < results.size(); ++i) {
                        if (i % 2 == 1)
                            m_ex.droppedIds.append(results.at(i).toObject().value(QStringLiteral("id")).toString());
                        else
                            out.append(results.at(i));
                    }
                } else {
                    out = results;
                    for (const QString &id : m_proxy->m_forgedIds)
                        out.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("accepted")},
                                               {QStringLiteral("reason"), QString()}});
                    if (!results.isEmpty()) {
                        const QJsonObject first = results.at(0).toObject();
                        out.append(QJsonObject{{QStringLiteral("id"), first.value(QStringLiteral("id"))},
                                               {QStringLiteral("status"), QStringLiteral("rejected")},
                                               {QStringLiteral("reason"), QStringLiteral("forged contradiction")}});
                    }
                }
                o.insert(QStringLiteral("results"), out);
                body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            break;
        }
        default:
            break;
        }
        m_ex.clientStatus = status;
        if (chunked) {
            Head kept = h;
            send(kept.rebuild(-1) + body);
        } else {
            send(h.rebuild(status == 304 || status == 204 ? -1 : body.size()) + body);
        }
    }

    void done()
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_counted) {
            --m_proxy->m_inFlight;
            --m_proxy->m_inFlightByMethod[m_ex.method];
            m_counted = false;
        }
        if (!m_ex.method.isEmpty())
            m_proxy->m_exchanges.append(m_ex);
        if (m_upstream && !m_upstreamDone) {
            // The hub still works on it: read its answer away, then go.
            m_upstream->disconnect(this);
            connect(m_upstream, &QTcpSocket::readyRead, m_upstream, [u = m_upstream] { u->readAll(); });
            connect(m_upstream, &QTcpSocket::disconnected, this, &QObject::deleteLater);
            connect(m_upstream, &QTcpSocket::errorOccurred, this, &QObject::deleteLater);
            QTimer::singleShot(60000, this, &QObject::deleteLater);
            return;
        }
        // An answer still on its way out (the socket is closing after it): let it go first.
        if (m_client && m_client->state() != QAbstractSocket::UnconnectedState) {
            connect(m_client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
            QTimer::singleShot(10000, this, &QObject::deleteLater);
            return;
        }
        deleteLater();
    }

    FaultProxy *m_proxy;
    QPointer<QTcpSocket> m_client;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_in;
    int m_headEnd = -1;
    qint64 m_length = 0;
    Head m_requestHead;
    QByteArray m_requestBody;
    QByteArray m_out;
    Exchange m_ex;
    bool m_haveRequest = false;
    bool m_upstreamDone = false;
    bool m_answered = false;
    bool m_holding = false;
    bool m_finished = false;
    bool m_counted = false;
};

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    m_server.close();
    // The connections (our only children) go first: they still count on our members.
    const QObjectList connections = children();
    for (QObject *c : connections)
        delete c;
}

bool FaultProxy::listen(quint16 upstreamPort, const QHostAddress &address, QString *error)
{
    m_upstreamPort = upstreamPort;
    m_address = address;
    if (!m_server.listen(address, 0)) {
        if (error)
            *error = m_server.errorString();
        return false;
    }
    m_port = m_server.serverPort();
    return true;
}

void FaultProxy::stopListening()
{
    m_server.close();
}

bool FaultProxy::resumeListening(QString *error)
{
    if (m_server.isListening())
        return true;
    if (!m_server.listen(m_address, m_port)) {
        if (error)
            *error = m_server.errorString();
        return false;
    }
    return true;
}

QUrl FaultProxy::url(const QString &host) const
{
    return QUrl(QStringLiteral("http://%1:%2").arg(host).arg(m_port));
}

void FaultProxy::addRule(const QByteArray &method, const QString &pathPrefix, Fault fault, int count)
{
    m_rules.append({method, pathPrefix, fault, count});
}

int FaultProxy::rulesLeft(Fault fault) const
{
    int left = 0;
    for (const Rule &r : m_rules) {
        if (r.fault != fault)
            continue;
        if (r.count < 0)
            return -1;
        left += r.count;
    }
    return left;
}

int FaultProxy::totalRulesLeft() const
{
    int left = 0;
    for (const Rule &r : m_rules) {
        if (r.count < 0)
            return -1;
        left += r.count;
    }
    return left;
}

int FaultProxy::rulesLeftFor(const QByteArray &method) const
{
    int left = 0;
    for (const Rule &r : m_rules) {
        if (r.method != method)
            continue;
        if (r.count < 0)
            return -1;
        left += r.count;
    }
    return left;
}

FaultProxy::Fault FaultProxy::takeFault(const QByteArray &method, const QString &path)
{
    for (Rule &r : m_rules) {
        if (r.count == 0)
            continue;
        if (!r.method.isEmpty() && r.method != method)
            continue;
        if (!r.pathPrefix.isEmpty() && !path.startsWith(r.pathPrefix))
            continue;
        if (r.count > 0)
            --r.count;
        m_faultsTaken[int(r.fault)] += 1;
        return r.fault;
    }
    return Fault::Pass;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        new Connection(this, socket);
}

int FaultProxy::count(const QByteArray &method, const QString &pathPrefix, int clientStatus) const
{
    int n = 0;
    for (const Exchange &e : m_exchanges) {
        if ((method.isEmpty() || e.method == method) && e.path.startsWith(pathPrefix)
            && (clientStatus < 0 || e.clientStatus == clientStatus))
            ++n;
    }
    return n;
}

int FaultProxy::countFault(Fault fault) const
{
    return m_faultsTaken.value(int(fault));
}

int FaultProxy::duplicatesSeen() const
{
    int n = 0;
    for (const Exchange &e : m_exchanges)
        n += e.duplicates;
    return n;
}

QStringList FaultProxy::allDroppedIds() const
{
    QStringList ids;
    for (const Exchange &e : m_exchanges)
        ids += e.droppedIds;
    return ids;
}

} // namespace stadtlabor::synctest
