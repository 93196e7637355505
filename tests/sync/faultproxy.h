// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A fault-injecting HTTP/1.1 proxy for the sync tests: it sits between the kiosk (in-process
// SyncService or the real kiosk binary) and a real hub process on loopback, reads each request
// whole, and then forwards it, answers it itself or breaks it, as the rules say. Every
// connection carries exactly one request: answers go out with `Connection: close` and the
// connection is closed after them. STADTLABOR_PROXY_TRACE=1 logs what goes through.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace stadtlabor::synctest {

class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        Pass,              // forward, answer with the hub's answer
        Status500,         // answer 500 without forwarding
        Status503,         // answer 503 with Retry-After (retryAfterSeconds) without forwarding
        Status429,         // answer 429 with Retry-After (retryAfterSeconds) without forwarding
        DropRequest,       // close the connection once half of the request has arrived; not forwarded
        DropResponse,      // forward; the hub answers; close the connection without a byte to the client
        AnswerLate,        // forward; hold the hub's answer for lateMs, then send it
        Truncate,          // forward; send the headers and half of the body, then close
        PartialAck,        // forward; drop every second entry of the answer's "results"
        ForgeAck,          // forward; add "accepted" results for forgedIds and a contradicting
                           // second entry for the first answered id; strip the items listed
                           // in strippedIds from the request before the hub sees it
        BrokenCatalogue,   // answer GET catalogue with brokenCatalogueBody and brokenCatalogueEtag
                           // (304 when If-None-Match names that ETag); not forwarded
    };
    Q_ENUM(Fault)

    // A rule applies to requests whose method matches (empty: any) and whose path starts with
    // pathPrefix (empty: any). `count` is how many requests it may still take (-1: unlimited).
    // The first rule that matches and has a count left is used; none: Pass.
    struct Rule
    {
        QByteArray method;
        QString pathPrefix;
        Fault fault = Fault::Pass;
        int count = -1;
    };

    // What the proxy saw, one entry per request.
    struct Exchange
    {
        QByteArray method;
        QString path;
        Fault fault = Fault::Pass;
        int upstreamStatus = 0;   // what the hub answered (0: not forwarded or no answer)
        int clientStatus = 0;     // what the client got (0: nothing or a broken answer)
        bool clientGone = false;  // the client closed before its answer was sent
        QStringList droppedIds;   // PartialAck: results entries removed
        qint64 receivedAtMs = 0;  // when the request head arrived (ms since the epoch)
        int duplicates = 0;       // entries "duplicate" in the hub's submissions answer
    };

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on `address` (port 0: any free one) and forwards to 127.0.0.1:upstreamPort.
    bool listen(quint16 upstreamPort, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                QString *error = nullptr);
    // Stops accepting (connections are refused) / accepts again on the same port.
    void stopListening();
    bool resumeListening(QString *error = nullptr);
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }
    quint16 port() const { return m_port; }
    QUrl url(const QString &host = QStringLiteral("127.0.0.1")) const;

    void addRule(const QByteArray &method, const QString &pathPrefix, Fault fault, int count = -1);
    void clearRules() { m_rules.clear(); }
    int rulesLeft(Fault fault) const; // the counts left of the rules with this fault (-1: unlimited)
    int totalRulesLeft() const;       // of all rules (-1: one is unlimited)
    int rulesLeftFor(const QByteArray &method) const; // of the rules for this method

    // Every forwarded answer is held back this long (0: none), e.g. to make a sync last long.
    void setDelayMs(int ms, const QByteArray &method = QByteArray()) { m_delayMs = ms; m_delayMethod = method; }
    void setLateMs(int ms) { m_lateMs = ms; }
    void setRetryAfterSeconds(int s) { m_retryAfter = s; }
    void setBrokenCatalogue(const QByteArray &body, const QByteArray &etag)
    {
        m_brokenBody = body;
        m_brokenEtag = etag;
    }
    void setForgery(const QStringList &forgedIds, const QStringList &strippedIds)
    {
        m_forgedIds = forgedIds;
        m_strippedIds = QSet<QString>(strippedIds.cbegin(), strippedIds.cend());
    }

    QList<Exchange> exchanges() const { return m_exchanges; }
    void clearExchanges() { m_exchanges.clear(); }
    int count(const QByteArray &method, const QString &pathPrefix, int clientStatus = -1) const;
    int countFault(Fault fault) const; // requests this fault was applied to (from the moment it was)
    // Requests read but not yet answered (or dropped).
    int inFlight() const { return m_inFlight; }
    int inFlight(const QByteArray &method) const { return m_inFlightByMethod.value(method); }
    QStringList allDroppedIds() const;
    // "duplicate" answers of the hub to submissions, over all exchanges, including those whose
    // client had gone by then.
    int duplicatesSeen() const;

private:
    class Connection;
    friend class Connection;

    void onNewConnection();
    Fault takeFault(const QByteArray &method, const QString &path);

    QTcpServer m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
    quint16 m_upstreamPort = 0;
    QList<Rule> m_rules;
    int m_delayMs = 0;
    QByteArray m_delayMethod;
    int m_lateMs = 3000;
    int m_retryAfter = 1;
    QByteArray m_brokenBody;
    QByteArray m_brokenEtag;
    QStringList m_forgedIds;
    QSet<QString> m_strippedIds;
    QList<Exchange> m_exchanges;
    QHash<int, int> m_faultsTaken;
    int m_inFlight = 0;
    QHash<QByteArray, int> m_inFlightByMethod;
};

} // namespace stadtlabor::synctest
