// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestguard.h"

#include "platform.h"

namespace stadtlabor::hub {

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, Rejecter rejecter, QObject *parent)
    : QTcpServer(parent)
    , m_maxBody(maxBodyBytes)
    , m_reject(std::move(rejecter))
{
    m_sweeper.setInterval(1000);
    connect(&m_sweeper, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    m_sweeper.start();
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Answers go out as headers and body in separate writes; without this, Nagle's algorithm
    // holds the body back until the client's delayed ACK (about 40 ms on Linux).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    State state;
    state.lastActivity.start();
    m_states.insert(socket, state);
    // Connected before Qt HttpServer connects its own slot, so this runs first for every chunk.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_states.remove(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_states.remove(socket); });
    addPendingConnection(socket);
}

void GuardedTcpServer::reject(QTcpSocket *socket, State &state, int status, const QString &code, const QString &message)
{
    state.rejected = true;
    socket->readAll(); // Qt HttpServer never sees the rest
    m_reject(socket, QString::fromLatin1(state.requestLine), status, code, message);
    // A lingering close, as web servers do: the client may still be sending the body it
    // announced; closing now would reset the connection and lose the answer on its side.
    // So: send the answer, close our direction, discard what still comes, close after a while.
    const auto halfClose = [socket] {
        if (socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState)
            platform::shutdownSending(socket->socketDescriptor());
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, halfClose);
    socket->flush();
    halfClose();
    QTimer::singleShot(lingerMs, socket, [socket] { socket->abort(); });
}

void GuardedTcpServer::inspect(QTcpSocket *socket)
{
    const auto it = m_states.find(socket);
    if (it == m_states.end())
        return;
    State &s = it.value();
    s.lastActivity.restart();
    // Acknowledge at once instead of after Linux's delayed-ACK timer: a client whose stack
    // holds back the last piece of a request until the previous one is acknowledged (Nagle;
    // Qt's network access manager does) would otherwise wait about 40 ms per request. The
    // kernel leaves quick-ack mode on its own, so it is set again on every read.
    platform::acknowledgeQuickly(socket->socketDescriptor());
    if (s.rejected) {
        socket->readAll();
        return;
    }
    const QByteArray chunk = socket->peek(socket->bytesAvailable());
    qsizetype pos = 0;
    while (pos < chunk.size()) {
        s.inRequest = true;
        if (s.bodyRemaining > 0) {
            const qint64 take = qMin<qint64>(s.bodyRemaining, chunk.size() - pos);
            s.bodyRemaining -= take;
            pos += take;
            if (s.bodyRemaining == 0)
                s.inRequest = false;
            continue;
        }
        // Header: collect until the blank line.
        const qsizetype before = s.header.size();
        s.header.append(chunk.constData() + pos, chunk.size() - pos);
        const qsizetype end = s.header.indexOf("\r\n\r\n");
        if (end < 0) {
            if (s.header.size() > maxHeaderBytes) {
                s.requestLine = s.header.left(16).split(' ').value(0) + " -";
                return reject(socket, s, 400, QStringLiteral("bad_request"),
                              QStringLiteral("The request headers are larger than %1 bytes.").arg(maxHeaderBytes));
            }
            return;
        }
        pos += end + 4 - before;
        const QList<QByteArray> firstLine = s.header.left(s.header.indexOf('\r')).split(' ');
        s.requestLine = firstLine.value(0).left(16) + ' ' + firstLine.value(1).left(200);
        const QByteArray head = s.header.left(end).toLower();
        s.header.clear();
        qint64 length = 0;
        bool chunked = false;
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.startsWith("content-length:")) {
                bool ok = false;
                length = l.mid(15).trimmed().toLongLong(&ok);
                if (!ok || length < 0)
                    return reject(socket, s, 400, QStringLiteral("bad_request"),
                                  QStringLiteral("The Content-Length header is not a number."));
            } else if (l.startsWith("transfer-encoding:") && l.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked)
            return reject(socket, s, 400, QStringLiteral("bad_request"),
                          QStringLiteral("Send the body with a Content-Length, not chunked."));
        if (length > m_maxBody)
            return reject(socket, s, 413, QStringLiteral("too_large"),
                          QStringLiteral("The body is %1 bytes; the hub takes at most %2.").arg(length).arg(m_maxBody));
        s.bodyRemaining = length;
        if (length == 0)
            s.inRequest = false;
    }
}

int GuardedTcpServer::busyConnections() const
{
    int busy = 0;
    for (auto it = m_states.constBegin(); it != m_states.constEnd(); ++it) {
        if (it.value().inRequest || it.key()->bytesToWrite() > 0)
            ++busy;
    }
    return busy;
}

void GuardedTcpServer::closeIdleConnections()
{
    const QList<QTcpSocket *> sockets = m_states.keys();
    for (QTcpSocket *socket : sockets) {
        const State &s = m_states.value(socket);
        if (!s.inRequest && socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    }
}

void GuardedTcpServer::sweep()
{
    const QList<QTcpSocket *> sockets = m_states.keys();
    for (QTcpSocket *socket : sockets) {
        if (!m_states.contains(socket))
            continue; // closed by an earlier turn of this loop
        const State &s = m_states.value(socket);
        // Slow or stalled senders must not hold a connection (and memory) for ever.
        if (s.inRequest && s.lastActivity.elapsed() > stallTimeoutMs)
            socket->abort();
        else if (!s.inRequest && s.lastActivity.elapsed() > 5 * stallTimeoutMs)
            socket->disconnectFromHost();
    }
}

} // namespace stadtlabor::hub
