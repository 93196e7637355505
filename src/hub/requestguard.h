// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace stadtlabor::hub {

// The listening socket of the hub. It sees every byte before Qt HttpServer parses it, so a
// request that announces (or sends) more than the hub will ever take is answered 413 and the
// connection closed before the body is read into memory; headers are bounded too, and a
// connection that stalls in the middle of a request is closed. It also knows which connections
// are in the middle of a request, for a graceful stop.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    static constexpr int maxHeaderBytes = 32 * 1024;
    static constexpr int stallTimeoutMs = 30000;
    static constexpr int lingerMs = 3000; // after refusing a request: discard what still comes

    // reject(socket, status, code, message) writes the error answer and logs it.
    // requestLine is "METHOD /path" when the header got that far.
    using Rejecter = std::function<void(QTcpSocket *, const QString &requestLine, int status, const QString &code,
                                        const QString &message)>;

    GuardedTcpServer(qint64 maxBodyBytes, Rejecter rejecter, QObject *parent = nullptr);

    // Connections with a request partly received or an answer not yet sent.
    int busyConnections() const;
    // Closes every connection that is between requests (keep-alive, idle).
    void closeIdleConnections();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct State
    {
        QByteArray header;        // bytes of a header not yet complete
        QByteArray requestLine;   // "METHOD /path" of the current request
        qint64 bodyRemaining = 0; // body bytes still to come for the current request
        bool inRequest = false;
        bool rejected = false;
        QElapsedTimer lastActivity;
    };
    void inspect(QTcpSocket *socket);
    void reject(QTcpSocket *socket, State &state, int status, const QString &code, const QString &message);
    void sweep();

    qint64 m_maxBody;
    Rejecter m_reject;
    QHash<QTcpSocket *, State> m_states;
    QTimer m_sweeper;
};

} // namespace stadtlabor::hub
