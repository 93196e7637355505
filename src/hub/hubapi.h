// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ratelimiter.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace stadtlabor::hub {

class GuardedTcpServer;
class HubStore;

// API v1 (docs/api/openapi.yaml) on Qt HttpServer. Requests are handled one at a time on the
// event loop; each answer is written only after its transaction has committed.
class HubApi : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Options
    {
        int rateLimitPerMinute = 600;     // per device token
        int failureLimitPerMinute = 20;   // failed authentication per remote address
        qint64 maxSubmissionBytes = 1024 * 1024;
        qint64 maxCatalogueBytes = 4 * 1024 * 1024;
        int maxJsonDepth = 32;
        bool trustForwardedFor = false;   // behind a reverse proxy: X-Real-IP names the client
        QByteArray secretKey;             // empty: contact data stays sealed
    };

    struct Reply
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        void addHeader(const char *key, const QByteArray &value) { headers.append(qMakePair(QByteArray(key), value)); }
    };

    HubApi(HubStore &store, const Options &options, QObject *parent = nullptr);
    ~HubApi() override;

    // Listens on address:port (0: any free port). False with *error when that fails.
    bool start(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    // Stops accepting, lets requests in flight finish (at most timeoutMs), then calls done.
    void stop(int timeoutMs, const std::function<void()> &done);

    static Reply error(int status, const QString &code, const QString &message, const QStringList &details = {});
    static Reply json(int status, const QJsonObject &object);
    // The deepest nesting of arrays and objects in a JSON text (strings understood).
    static int jsonDepth(const QByteArray &text);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Reply dispatch(const QHttpServerRequest &request, QString *who);
    Reply health();
    Reply enroll(const QHttpServerRequest &request, const QString &client);
    Reply getCatalogue(const QHttpServerRequest &request);
    Reply putCatalogue(const QHttpServerRequest &request);
    Reply submissions(const QHttpServerRequest &request, const QString &deviceId);
    Reply results(const QHttpServerRequest &request);
    Reply devices();
    Reply revoke(const QString &deviceId);
    Reply exportCsv(const QHttpServerRequest &request, bool fonds);
    Reply readJson(const QHttpServerRequest &request, qint64 maxBytes, QJsonObject *out);
    Reply databaseError(const QString &message);
    QString clientAddress(const QHttpServerRequest &request) const;
    void write(QTcpSocket *socket, const QHttpServerRequest &request, const Reply &reply);
    void log(const QString &method, const QString &path, int status, double ms, const QString &who);

    HubStore &m_store;
    Options m_options;
    RateLimiter m_deviceLimiter;
    RateLimiter m_failureLimiter;
    GuardedTcpServer *m_server = nullptr;
};

} // namespace stadtlabor::hub
