// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubapi.h"

#include "csvwriter.h"
#include "hubstore.h"
#include "jsonreader.h"
#include "payloadformat.h"
#include "plaintext.h"
#include "requestguard.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>

namespace stadtlabor::hub {

namespace {

const QByteArray jsonType = QByteArrayLiteral("application/json");
const QString prefix = QStringLiteral("/api/v1/");

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

// An answer written straight to the socket, for requests refused before Qt HttpServer parsed them.
QByteArray rawResponse(int status, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QStringLiteral("TRACE");
    default: return QStringLiteral("UNKNOWN");
    }
}

bool etagMatches(const QByteArray &ifNoneMatch, const QString &etag)
{
    if (ifNoneMatch.isEmpty())
        return false;
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == "*" || QString::fromLatin1(candidate) == etag)
            return true;
    }
    return false;
}

} // namespace

HubApi::HubApi(HubStore &store, const Options &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_options(options)
    , m_deviceLimiter(options.rateLimitPerMinute)
    , m_failureLimiter(options.failureLimitPerMinute)
{
}

HubApi::~HubApi() = default;

bool HubApi::start(const QHostAddress &address, quint16 port, QString *errorMessage)
{
    const qint64 limit = qMax(m_options.maxSubmissionBytes, m_options.maxCatalogueBytes);
    m_server = new GuardedTcpServer(
        limit,
        [this](QTcpSocket *socket, const QString &requestLine, int status, const QString &code, const QString &message) {
            socket->write(rawResponse(status, HubApi::error(status, code, message).body));
            const QString method = requestLine.section(QLatin1Char(' '), 0, 0);
            log(method.isEmpty() ? QStringLiteral("-") : method, requestLine.section(QLatin1Char(' '), 1), status, 0.0,
                QStringLiteral("-"));
        },
        this);
    if (!m_server->listen(address, port)) {
        *errorMessage = QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    bind(m_server);
    return true;
}

quint16 HubApi::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HubApi::stop(int timeoutMs, const std::function<void()> &done)
{
    if (!m_server) {
        done();
        return;
    }
    m_server->close(); // no new connections
    auto *timer = new QTimer(this);
    auto *clock = new QElapsedTimer;
    clock->start();
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [this, timer, clock, timeoutMs, done] {
        m_server->closeIdleConnections();
        if (m_server->busyConnections() == 0 || clock->elapsed() > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            delete clock;
            done();
        }
    });
    timer->start();
}

HubApi::Reply HubApi::error(int status, const QString &code, const QString &message, const QStringList &details)
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        e.insert(QStringLiteral("details"), QJsonArray::fromStringList(details));
    return json(status, QJsonObject{{QStringLiteral("error"), e}});
}

HubApi::Reply HubApi::json(int status, const QJsonObject &object)
{
    Reply r;
    r.status = status;
    r.contentType = jsonType;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

int HubApi::jsonDepth(const QByteArray &text)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = qMax(deepest, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

QString HubApi::clientAddress(const QHttpServerRequest &request) const
{
    if (m_options.trustForwardedFor) {
        const QByteArray real = request.value("x-real-ip").trimmed();
        if (!real.isEmpty() && real.size() < 64)
            return QString::fromLatin1(real);
    }
    return request.remoteAddress().toString();
}

void HubApi::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(socket, request, error(404, QStringLiteral("not_found"), QStringLiteral("No such resource.")));
}

bool HubApi::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer clock;
    clock.start();
    QString who = QStringLiteral("-");
    Reply reply;
    try {
        reply = dispatch(request, &who);
    } catch (const std::exception &e) {
        // Nothing a client sends may take the process down; this is the last line of that promise.
        reply = databaseError(QString::fromUtf8(e.what()));
    }
    write(socket, request, reply);
    log(methodName(request.method()), request.url().path().left(200), reply.status, clock.nsecsElapsed() / 1e6, who);
    return true;
}

void HubApi::write(QTcpSocket *socket, const QHttpServerRequest &request, const Reply &reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.contentType.isEmpty() && reply.status != 304)
        responder.writeHeader("Content-Type", reply.contentType);
    for (const auto &[key, value] : reply.headers)
        responder.writeHeader(key, value);
    responder.writeHeader("Cache-Control", "no-store");
    if (reply.status == 304) {
        responder.writeHeader("Content-Length", "0");
        responder.writeBody(QByteArray());
    } else {
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        responder.writeBody(reply.body);
    }
}

void HubApi::log(const QString &method, const QString &path, int status, double ms, const QString &who)
{
    const QByteArray line = QStringLiteral("%1 %2 %3 %4 %5ms device=%6\n")
                                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), method, path)
                                .arg(status)
                                .arg(ms, 0, 'f', 1)
                                .arg(who)
                                .toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

HubApi::Reply HubApi::databaseError(const QString &message)
{
    // The database (or the disk) failed, not the client: say so, without internals, and let
    // the client retry; its data was not stored.
    std::fprintf(stderr, "stadtlabor-hub: database problem: %s\n", qPrintable(message));
    Reply r = error(503, QStringLiteral("unavailable"), QStringLiteral("The hub cannot reach its database; try again later."));
    r.addHeader("Retry-After", "30");
    return r;
}

HubApi::Reply HubApi::dispatch(const QHttpServerRequest &request, QString *who)
{
    const QString path = request.url().path();
    const auto method = request.method();
    if (!path.startsWith(prefix))
        return error(404, QStringLiteral("not_found"), QStringLiteral("No such resource."));
    const QString rest = path.mid(prefix.size());

    enum class Access { Public, Enrol, Device, Admin, DeviceOrAdmin };
    struct Route
    {
        QStringList methods;
        Access access;
    };
    Route route;
    QString deviceIdInPath;
    if (rest == QLatin1String("health"))
        route = {{QStringLiteral("GET")}, Access::Public};
    else if (rest == QLatin1String("devices/enroll"))
        route = {{QStringLiteral("POST")}, Access::Enrol};
    else if (rest == QLatin1String("catalogue"))
        route = {{QStringLiteral("GET"), QStringLiteral("PUT")},
                 method == QHttpServerRequest::Method::Put ? Access::Admin : Access::DeviceOrAdmin};
    else if (rest == QLatin1String("submissions"))
        route = {{QStringLiteral("POST")}, Access::Device};
    else if (rest == QLatin1String("results"))
        route = {{QStringLiteral("GET")}, Access::DeviceOrAdmin};
    else if (rest == QLatin1String("devices"))
        route = {{QStringLiteral("GET")}, Access::Admin};
    else if (rest.startsWith(QLatin1String("devices/")) && rest.count(QLatin1Char('/')) == 1 && rest.size() < 120) {
        deviceIdInPath = rest.mid(8);
        route = {{QStringLiteral("DELETE")}, Access::Admin};
    } else if (rest == QLatin1String("export/monitor.csv") || rest == QLatin1String("export/fonds.csv"))
        route = {{QStringLiteral("GET")}, Access::Admin};
    else
        return error(404, QStringLiteral("not_found"), QStringLiteral("No such resource."));

    const QString name = methodName(method);
    if (!route.methods.contains(name)) {
        Reply r = error(405, QStringLiteral("method_not_allowed"),
                        QStringLiteral("%1 is not allowed here; use %2.").arg(name, route.methods.join(QStringLiteral(", "))));
        r.addHeader("Allow", route.methods.join(QStringLiteral(", ")).toLatin1());
        return r;
    }

    const QString client = clientAddress(request);
    int retryAfter = 0;
    const auto tooMany = [&retryAfter](const QString &message) {
        Reply r = error(429, QStringLiteral("rate_limited"), message);
        r.addHeader("Retry-After", QByteArray::number(retryAfter));
        return r;
    };
    if (route.access == Access::Public)
        return health();
    if (route.access == Access::Enrol) {
        if (!m_failureLimiter.wouldAllow(client, &retryAfter))
            return tooMany(QStringLiteral("Too many failed attempts from this address; wait %1 s.").arg(retryAfter));
        Reply r = enroll(request, client);
        if (r.status == 401)
            m_failureLimiter.allow(client, &retryAfter);
        if (r.status == 201)
            *who = QString::fromUtf8(QJsonDocument::fromJson(r.body).object().value(QLatin1String("device_id")).toString().toUtf8());
        return r;
    }

    // Authentication: a bearer token of a device or of the admin. A valid token always gets
    // through (256 bits cannot be guessed, and a flood of bad tokens from one address must not
    // lock out the kiosks behind it); failures are counted per address and answered 429 once
    // there are too many.
    const auto refused = [&](const QString &message) {
        if (!m_failureLimiter.allow(client, &retryAfter))
            return tooMany(QStringLiteral("Too many failed attempts from this address; wait %1 s.").arg(retryAfter));
        return error(401, QStringLiteral("unauthorized"), message);
    };
    const QByteArray authorization = request.value("authorization");
    if (!authorization.startsWith("Bearer "))
        return refused(QStringLiteral("This needs a token: Authorization: Bearer <token>."));
    QString dbError;
    const Principal principal = m_store.authenticate(QString::fromLatin1(authorization.mid(7).trimmed()), &dbError);
    if (!dbError.isEmpty())
        return databaseError(dbError);
    if (principal.kind == Principal::Kind::None)
        return refused(QStringLiteral("The token is unknown or has been revoked."));
    *who = principal.kind == Principal::Kind::Admin ? QStringLiteral("admin") : principal.deviceId;
    const bool isAdmin = principal.kind == Principal::Kind::Admin;
    if ((route.access == Access::Admin && !isAdmin) || (route.access == Access::Device && isAdmin))
        return error(403, QStringLiteral("forbidden"),
                     isAdmin ? QStringLiteral("This is for enrolled devices, not the admin token.")
                             : QStringLiteral("This needs the admin token."));
    if (!isAdmin) {
        if (!m_deviceLimiter.allow(principal.deviceId, &retryAfter))
            return tooMany(QStringLiteral("This device sends too often; wait %1 s.").arg(retryAfter));
        if (route.access != Access::Device)
            m_store.touch(principal.deviceId);
    }

    if (rest == QLatin1String("catalogue"))
        return method == QHttpServerRequest::Method::Get ? getCatalogue(request) : putCatalogue(request);
    if (rest == QLatin1String("submissions"))
        return submissions(request, principal.deviceId);
    if (rest == QLatin1String("results"))
        return results(request);
    if (rest == QLatin1String("devices"))
        return devices();
    if (!deviceIdInPath.isEmpty() || rest.startsWith(QLatin1String("devices/")))
        return revoke(deviceIdInPath);
    return exportCsv(request, rest.endsWith(QLatin1String("fonds.csv")));
}

HubApi::Reply HubApi::readJson(const QHttpServerRequest &request, qint64 maxBytes, QJsonObject *out)
{
    const QByteArray type = request.value("content-type").split(';').value(0).trimmed().toLower();
    if (type != jsonType)
        return error(415, QStringLiteral("unsupported_media_type"), QStringLiteral("Send the body as application/json."));
    const QByteArray body = request.body();
    if (body.size() > maxBytes)
        return error(413, QStringLiteral("too_large"),
                     QStringLiteral("The body is %1 bytes; this takes at most %2.").arg(body.size()).arg(maxBytes));
    if (jsonDepth(body) > m_options.maxJsonDepth)
        return error(400, QStringLiteral("malformed_json"),
                     QStringLiteral("The JSON is nested deeper than %1 levels.").arg(m_options.maxJsonDepth));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const Reply notAnObject = error(422, QStringLiteral("invalid"), QStringLiteral("The body must be a JSON object."),
                                    {QStringLiteral("(body): expected an object")});
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reads only objects and arrays at the top; a bare number or string is valid JSON
        // of the wrong shape, not broken JSON.
        QJsonParseError wrapped;
        QJsonDocument::fromJson('[' + body + ']', &wrapped);
        if (wrapped.error == QJsonParseError::NoError && !body.trimmed().isEmpty())
            return notAnObject;
        return error(400, QStringLiteral("malformed_json"),
                     QStringLiteral("The body is not valid JSON: %1 at offset %2.").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!doc.isObject())
        return notAnObject;
    *out = doc.object();
    return Reply{0, {}, {}, {}};
}

HubApi::Reply HubApi::health()
{
    QString dbError;
    m_store.catalogueEtag(&dbError);
    // The payload formats this hub takes (schema_version of a submission's items): a kiosk
    // keeps the rows of any other format for a hub that takes them.
    QJsonArray formats;
    for (int v = PayloadFormat::oldestAccepted(); v <= PayloadFormat::current(); ++v)
        formats.append(v);
    return json(200, QJsonObject{{QStringLiteral("status"), dbError.isEmpty() ? QStringLiteral("ok") : QStringLiteral("degraded")},
                                 {QStringLiteral("version"), QStringLiteral(STADTLABOR_VERSION)},
                                 {QStringLiteral("db"), m_store.kindName()},
                                 {QStringLiteral("payload_formats"), formats}});
}

HubApi::Reply HubApi::enroll(const QHttpServerRequest &request, const QString &client)
{
    Q_UNUSED(client)
    QJsonObject body;
    if (Reply r = readJson(request, 16 * 1024, &body); r.status != 0)
        return r;
    QStringList problems;
    const QJsonValue code = body.value(QLatin1String("code"));
    const QJsonValue name = body.value(QLatin1String("name"));
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != QLatin1String("code") && it.key() != QLatin1String("name"))
            problems.append(QStringLiteral("%1: unknown key").arg(it.key().left(64)));
    }
    if (!code.isString() || code.toString().isEmpty() || code.toString().size() > 40)
        problems.append(QStringLiteral("code: expected the enrolment code as text"));
    const QString cleanName = PlainText::clean(name.toString(), HubStore::maxDeviceNameLength);
    if (!name.isString() || cleanName.isEmpty() || cleanName != name.toString() || cleanName.contains(QLatin1Char('\n')))
        problems.append(QStringLiteral("name: expected one line of text, 1 to %1 characters").arg(HubStore::maxDeviceNameLength));
    if (!problems.isEmpty())
        return error(422, QStringLiteral("invalid"), QStringLiteral("The enrolment request is incomplete."), problems);
    QString deviceId;
    QString token;
    QString dbError;
    switch (m_store.enrol(code.toString(), cleanName, &deviceId, &token, &dbError)) {
    case HubStore::EnrolOutcome::Enrolled:
        return json(201, QJsonObject{{QStringLiteral("device_id"), deviceId}, {QStringLiteral("token"), token}});
    case HubStore::EnrolOutcome::BadCode:
        return error(401, QStringLiteral("unauthorized"),
                     QStringLiteral("The enrolment code is unknown, used already or expired; ask the admin for a new one."));
    case HubStore::EnrolOutcome::Failed:
        break;
    }
    return databaseError(dbError);
}

HubApi::Reply HubApi::getCatalogue(const QHttpServerRequest &request)
{
    QString dbError;
    const QString etag = m_store.catalogueEtag(&dbError);
    if (!dbError.isEmpty())
        return databaseError(dbError);
    if (etag.isEmpty())
        return error(404, QStringLiteral("not_found"), QStringLiteral("The hub has no catalogue yet."));
    if (etagMatches(request.value("if-none-match"), etag)) {
        Reply r;
        r.status = 304;
        r.addHeader("ETag", etag.toLatin1());
        return r;
    }
    const auto catalogue = m_store.catalogue(&dbError);
    if (!catalogue)
        return databaseError(dbError);
    Reply r;
    r.status = 200;
    r.contentType = jsonType;
    r.body = catalogue->document;
    r.addHeader("ETag", catalogue->etag.toLatin1());
    return r;
}

HubApi::Reply HubApi::putCatalogue(const QHttpServerRequest &request)
{
    // The same checks as every JSON body (type, size, depth, well-formed), with the catalogue's limit.
    QJsonObject document;
    if (Reply r = readJson(request, m_options.maxCatalogueBytes, &document); r.status != 0)
        return r;
    const HubStore::ImportResult r = m_store.importCatalogue(request.body());
    if (r.invalid)
        return error(422, QStringLiteral("invalid"),
                     QStringLiteral("The catalogue has %1 problem(s); the previous one stays.").arg(r.errors.size()),
                     r.errors);
    if (!r.ok)
        return databaseError(r.errors.join(QStringLiteral("; ")));
    Reply reply = json(200, QJsonObject{{QStringLiteral("version"), r.version}, {QStringLiteral("etag"), r.etag}});
    reply.addHeader("ETag", r.etag.toLatin1());
    return reply;
}

HubApi::Reply HubApi::submissions(const QHttpServerRequest &request, const QString &deviceId)
{
    QJsonObject body;
    if (Reply r = readJson(request, m_options.maxSubmissionBytes, &body); r.status != 0)
        return r;
    QStringList problems;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != QLatin1String("device") && it.key() != QLatin1String("items"))
            problems.append(QStringLiteral("%1: unknown key").arg(it.key().left(64)));
    }
    DeviceReport report;
    const QJsonValue deviceValue = body.value(QLatin1String("device"));
    if (!deviceValue.isObject()) {
        problems.append(QStringLiteral("device: expected an object {app_version, queue_length, last_error}"));
    } else {
        const QJsonObject device = deviceValue.toObject();
        for (auto it = device.constBegin(); it != device.constEnd(); ++it) {
            static const QStringList known{QStringLiteral("app_version"), QStringLiteral("queue_length"), QStringLiteral("last_error")};
            if (!known.contains(it.key()))
                problems.append(QStringLiteral("device.%1: unknown key").arg(it.key().left(64)));
        }
        const QJsonValue version = device.value(QLatin1String("app_version"));
        if (!version.isString() || version.toString().isEmpty() || version.toString().size() > 64
            || PlainText::clean(version.toString(), 64) != version.toString())
            problems.append(QStringLiteral("device.app_version: expected text of 1 to 64 characters"));
        const QJsonValue queue = device.value(QLatin1String("queue_length"));
        const double q = queue.toDouble(-1);
        if (!queue.isDouble() || q < 0 || q > 1e9 || q != double(qint64(q)))
            problems.append(QStringLiteral("device.queue_length: expected a whole number from 0 to 1000000000"));
        const QJsonValue lastError = device.value(QLatin1String("last_error"));
        if (!lastError.isString() || lastError.toString().size() > 1000)
            problems.append(QStringLiteral("device.last_error: expected text of at most 1000 characters (empty when none)"));
        report.appVersion = version.toString();
        report.queueLength = qint64(q);
        report.lastError = PlainText::clean(lastError.toString(), 1000);
    }
    const QJsonValue itemsValue = body.value(QLatin1String("items"));
    if (!itemsValue.isArray())
        problems.append(QStringLiteral("items: expected an array"));
    const QJsonArray items = itemsValue.toArray();
    if (itemsValue.isArray() && (items.isEmpty() || items.size() > HubStore::maxItems))
        problems.append(QStringLiteral("items: expected 1 to %1 items, got %2").arg(HubStore::maxItems).arg(items.size()));
    if (!problems.isEmpty())
        return error(422, QStringLiteral("invalid"), QStringLiteral("The batch cannot be read; nothing was stored."), problems);

    QList<ItemResult> results;
    QString dbError;
    if (!m_store.submit(deviceId, report, items, &results, &dbError))
        return databaseError(dbError);
    QJsonArray out;
    for (const ItemResult &r : results)
        out.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("status"), r.status}, {QStringLiteral("reason"), r.reason}});
    return json(200, QJsonObject{{QStringLiteral("results"), out}});
}

HubApi::Reply HubApi::results(const QHttpServerRequest &request)
{
    const QString area = request.query().queryItemValue(QStringLiteral("area"), QUrl::FullyDecoded);
    if (area.isEmpty())
        return error(422, QStringLiteral("invalid"), QStringLiteral("Name the area: results?area=ID."),
                     {QStringLiteral("area: missing")});
    if (!JsonReader::isValidId(area))
        return error(404, QStringLiteral("not_found"), QStringLiteral("No area \"%1\".").arg(area.left(64)));
    QJsonObject result;
    QString dbError;
    switch (m_store.results(area, &result, &dbError)) {
    case HubStore::ResultsOutcome::UnknownArea:
        return error(404, QStringLiteral("not_found"), QStringLiteral("No area \"%1\".").arg(area));
    case HubStore::ResultsOutcome::Failed:
        return databaseError(dbError);
    case HubStore::ResultsOutcome::Ok:
        break;
    }
    Reply r = json(200, result);
    const QString etag = QStringLiteral("\"%1\"").arg(
        QString::fromLatin1(QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex().left(32)));
    if (etagMatches(request.value("if-none-match"), etag)) {
        Reply notModified;
        notModified.status = 304;
        notModified.addHeader("ETag", etag.toLatin1());
        return notModified;
    }
    r.addHeader("ETag", etag.toLatin1());
    return r;
}

HubApi::Reply HubApi::devices()
{
    QString dbError;
    const auto list = m_store.devices(&dbError);
    if (!list)
        return databaseError(dbError);
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonArray out;
    for (const DeviceInfo &d : *list) {
        out.append(QJsonObject{
            {QStringLiteral("id"), d.id},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("enrolled_at"), d.enrolledAt},
            {QStringLiteral("last_seen_at"), orNull(d.lastSeenAt)},
            {QStringLiteral("app_version"), orNull(d.appVersion)},
            {QStringLiteral("queue_length"), d.queueLength < 0 ? QJsonValue() : QJsonValue(d.queueLength)},
            {QStringLiteral("last_error"), d.lastErrorReported ? QJsonValue(d.lastError) : QJsonValue()},
            {QStringLiteral("revoked_at"), orNull(d.revokedAt)},
        });
    }
    return json(200, QJsonObject{{QStringLiteral("devices"), out}});
}

HubApi::Reply HubApi::revoke(const QString &deviceId)
{
    QString revokedAt;
    QString dbError;
    switch (m_store.revoke(deviceId, &revokedAt, &dbError)) {
    case HubStore::RevokeOutcome::NotFound:
        return error(404, QStringLiteral("not_found"), QStringLiteral("No device \"%1\".").arg(deviceId.left(64)));
    case HubStore::RevokeOutcome::Failed:
        return databaseError(dbError);
    case HubStore::RevokeOutcome::Revoked:
    case HubStore::RevokeOutcome::AlreadyRevoked:
        break;
    }
    return json(200, QJsonObject{{QStringLiteral("id"), deviceId}, {QStringLiteral("revoked_at"), revokedAt}});
}

HubApi::Reply HubApi::exportCsv(const QHttpServerRequest &request, bool fonds)
{
    const QString sinceText = request.query().queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded);
    QDate since;
    if (!sinceText.isEmpty()) {
        since = QDate::fromString(sinceText, Qt::ISODate);
        if (!since.isValid() || sinceText.size() != 10)
            return error(422, QStringLiteral("invalid"), QStringLiteral("since must be a date, YYYY-MM-DD."),
                         {QStringLiteral("since: \"%1\" is not a date").arg(sinceText.left(40))});
    }
    if (fonds && m_options.secretKey.isEmpty())
        return error(503, QStringLiteral("no_secret_key"),
                     QStringLiteral("This hub was started without --secret-key, so contact data cannot be opened."));
    CsvWriter csv;
    QString dbError;
    const bool ok = fonds ? m_store.exportFonds(since, m_options.secretKey, &csv, &dbError)
                          : m_store.exportMonitor(since, &csv, &dbError);
    if (!ok)
        return databaseError(dbError);
    Reply r;
    r.status = 200;
    r.contentType = QByteArrayLiteral("text/csv; charset=utf-8");
    r.body = csv.data();
    r.addHeader("Content-Disposition",
                      fonds ? QByteArrayLiteral("attachment; filename=\"fonds.csv\"") : QByteArrayLiteral("attachment; filename=\"monitor.csv\""));
    return r;
}

} // namespace stadtlabor::hub
