// SPDX-License-Identifier: GPL-3.0-or-later
#include "responseaudit.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

namespace stadtlabor::hubtest {

namespace {

QString pathOnly(const QString &pathAndQuery)
{
    const int q = pathAndQuery.indexOf(QLatin1Char('?'));
    return q < 0 ? pathAndQuery : pathAndQuery.left(q);
}

// The error codes the spec allows for each status.
QStringList codesFor(int status)
{
    switch (status) {
    case 400:
        return {QStringLiteral("malformed_json"), QStringLiteral("bad_request")};
    case 401:
        return {QStringLiteral("unauthorized")};
    case 403:
        return {QStringLiteral("forbidden")};
    case 404:
        return {QStringLiteral("not_found")};
    case 405:
        return {QStringLiteral("method_not_allowed")};
    case 413:
        return {QStringLiteral("too_large")};
    case 415:
        return {QStringLiteral("unsupported_media_type")};
    case 422:
        return {QStringLiteral("invalid")};
    case 429:
        return {QStringLiteral("rate_limited")};
    case 503:
        return {QStringLiteral("no_secret_key")};
    default:
        return {};
    }
}

bool isCsvPath(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"));
}

} // namespace

bool ResponseAudit::loadOpenApi(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return false;
    }
    m_openApi = doc.object();
    if (!m_openApi.value(QStringLiteral("paths")).isObject() || m_openApi.value(QStringLiteral("paths")).toObject().isEmpty()) {
        *error = QStringLiteral("%1 has no paths").arg(path);
        m_openApi = QJsonObject();
        return false;
    }
    const QJsonArray servers = m_openApi.value(QStringLiteral("servers")).toArray();
    if (!servers.isEmpty()) {
        const QUrl url(servers.first().toObject().value(QStringLiteral("url")).toString());
        m_basePath = url.path();
        while (m_basePath.endsWith(QLatin1Char('/')))
            m_basePath.chop(1);
    }
    return startValidator(path, error);
}

ResponseAudit::ResponseAudit() = default;

ResponseAudit::~ResponseAudit()
{
    if (m_validator && m_validator->state() == QProcess::Running) {
        m_validator->closeWriteChannel(); // it ends at the end of its input
        if (!m_validator->waitForFinished(10000))
            m_validator->kill();
        m_validator->waitForFinished(5000);
    }
}

QString ResponseAudit::validatorCommand()
{
    return QStringLiteral(STADTLABOR_PYTHON3 " " STADTLABOR_OPENAPI_VALIDATOR);
}

bool ResponseAudit::startValidator(const QString &openApiJson, QString *error)
{
    m_validator = std::make_unique<QProcess>();
    m_validator->start(QStringLiteral(STADTLABOR_PYTHON3),
                       {QStringLiteral(STADTLABOR_OPENAPI_VALIDATOR), openApiJson, QStringLiteral("--serve")});
    // The first line says it has read the document (and whether the document itself is sound).
    while (!m_validatorOut.contains('\n')) {
        if (!m_validator->waitForReadyRead(60000)) {
            m_validator->waitForFinished(1000);
            *error = QStringLiteral("%1 did not start: %2 %3").arg(validatorCommand(), m_validator->errorString(),
                                                                   QString::fromUtf8(m_validator->readAllStandardError()));
            m_openApi = QJsonObject();
            m_validator.reset();
            return false;
        }
        m_validatorOut += m_validator->readAllStandardOutput();
    }
    const int end = m_validatorOut.indexOf('\n');
    const QJsonObject ready = QJsonDocument::fromJson(m_validatorOut.left(end)).object();
    m_validatorOut.remove(0, end + 1);
    QStringList documentProblems;
    for (const QJsonValue &p : ready.value(QStringLiteral("document_problems")).toArray())
        documentProblems.append(p.toString());
    if (ready.value(QStringLiteral("ready")).toInt() != documentedOperations().size() || !documentProblems.isEmpty()) {
        *error = QStringLiteral("%1 on %2: %3 operations (%4 here); %5")
                     .arg(validatorCommand(), openApiJson)
                     .arg(ready.value(QStringLiteral("ready")).toInt())
                     .arg(documentedOperations().size())
                     .arg(documentProblems.join(QStringLiteral("; ")));
        m_openApi = QJsonObject();
        m_validator.reset();
        return false;
    }
    return true;
}

QStringList ResponseAudit::takeProblems()
{
    m_problems += validatorVerdict();
    QStringList p = m_problems;
    m_problems.clear();
    return p;
}

QStringList ResponseAudit::seenOperations() const
{
    QStringList list(m_seen.cbegin(), m_seen.cend());
    list.sort();
    return list;
}

QStringList ResponseAudit::documentedOperations() const
{
    QStringList list;
    const QJsonObject paths = m_openApi.value(QStringLiteral("paths")).toObject();
    static const QStringList methods = {QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"),
                                        QStringLiteral("delete"), QStringLiteral("patch"), QStringLiteral("head"),
                                        QStringLiteral("options")};
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QJsonObject item = resolve(it.value()).toObject();
        for (const QString &m : methods) {
            if (item.contains(m))
                list.append(m.toUpper() + QLatin1Char(' ') + m_basePath + it.key());
        }
    }
    return list;
}

QString ResponseAudit::pathTemplate(const QString &requestPath) const
{
    const QString path = pathOnly(requestPath);
    const QJsonObject paths = m_openApi.value(QStringLiteral("paths")).toObject();
    QString best;
    int bestParams = 1000;
    static const QRegularExpression param(QStringLiteral("\\{[^/}]+\\}"));
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QString full = m_basePath + it.key();
        QString pattern;
        int params = 0;
        int last = 0;
        auto match = param.globalMatch(full);
        while (match.hasNext()) {
            const QRegularExpressionMatch m = match.next();
            pattern += QRegularExpression::escape(full.mid(last, m.capturedStart() - last)) + QStringLiteral("[^/]+");
            last = m.capturedEnd();
            ++params;
        }
        pattern += QRegularExpression::escape(full.mid(last));
        const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
        if (re.match(path).hasMatch() && params < bestParams) {
            best = it.key();
            bestParams = params;
        }
    }
    return best;
}

QJsonValue ResponseAudit::resolve(const QJsonValue &value) const
{
    QJsonValue v = value;
    for (int hops = 0; hops < 16 && v.isObject() && v.toObject().contains(QStringLiteral("$ref")); ++hops) {
        const QString ref = v.toObject().value(QStringLiteral("$ref")).toString();
        if (!ref.startsWith(QLatin1String("#/")))
            return QJsonValue();
        QJsonValue target = m_openApi;
        const QStringList parts = ref.mid(2).split(QLatin1Char('/'));
        for (QString part : parts) {
            part.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
            target = target.toObject().value(part);
        }
        v = target;
    }
    return v;
}

QStringList ResponseAudit::commonProblems(const HttpResponse &r) const
{
    QStringList p;
    const QString path = pathOnly(r.path);
    const QByteArray contentType = r.header(QByteArrayLiteral("Content-Type")).toLower();
    if (r.status >= 500) {
        const bool documented503 = r.status == 503 && r.errorCode() == QLatin1String("no_secret_key")
            && path == QLatin1String("/api/v1/export/fonds.csv");
        if (!documented503)
            p.append(QStringLiteral("server error"));
    }
    if (r.status >= 400) {
        const QJsonObject error = r.object().value(QStringLiteral("error")).toObject();
        if (!r.isJson || !r.json.isObject())
            p.append(QStringLiteral("error body is not a JSON object"));
        else if (error.isEmpty())
            p.append(QStringLiteral("error body has no \"error\" object"));
        const QString code = error.value(QStringLiteral("code")).toString();
        const QString message = error.value(QStringLiteral("message")).toString();
        static const QRegularExpression snake(QStringLiteral("^[a-z][a-z0-9_]*$"));
        if (r.isJson) {
            if (!snake.match(code).hasMatch())
                p.append(QStringLiteral("error.code \"%1\" is not a snake_case string").arg(code));
            if (message.trimmed().isEmpty())
                p.append(QStringLiteral("error.message missing or empty"));
        }
        const QStringList codes = codesFor(r.status);
        if (codes.isEmpty())
            p.append(QStringLiteral("status %1 is not one the spec names").arg(r.status));
        else if (r.isJson && !codes.contains(code))
            p.append(QStringLiteral("error.code \"%1\" for status %2, the spec says %3")
                         .arg(code).arg(r.status).arg(codes.join(QStringLiteral(" or "))));
        if (!contentType.startsWith("application/json"))
            p.append(QStringLiteral("error with Content-Type \"%1\"").arg(QString::fromLatin1(contentType)));
        if (r.status == 422) {
            const QJsonValue details = error.value(QStringLiteral("details"));
            bool ok = details.isArray() && !details.toArray().isEmpty();
            for (const QJsonValue &d : details.toArray())
                ok = ok && d.isString() && !d.toString().isEmpty();
            if (!ok)
                p.append(QStringLiteral("422 without a non-empty details array of strings"));
        }
        if (r.status == 405 && r.header(QByteArrayLiteral("Allow")).trimmed().isEmpty())
            p.append(QStringLiteral("405 without an Allow header"));
        if (r.status == 429) {
            bool ok = false;
            const int seconds = r.header(QByteArrayLiteral("Retry-After")).trimmed().toInt(&ok);
            if (!ok || seconds <= 0)
                p.append(QStringLiteral("429 with Retry-After \"%1\" (expected a positive number of seconds)")
                             .arg(QString::fromLatin1(r.header(QByteArrayLiteral("Retry-After")))));
        }
    } else if (r.status == 304) {
        if (!r.body.isEmpty())
            p.append(QStringLiteral("304 with a body"));
    } else if (r.status >= 200 && r.status < 300) {
        if (isCsvPath(path)) {
            if (QByteArray(contentType).replace(' ', QByteArray()) != "text/csv;charset=utf-8")
                p.append(QStringLiteral("CSV with Content-Type \"%1\"").arg(QString::fromLatin1(contentType)));
        } else {
            if (!contentType.startsWith("application/json"))
                p.append(QStringLiteral("Content-Type \"%1\", expected application/json").arg(QString::fromLatin1(contentType)));
            if (!r.isJson)
                p.append(QStringLiteral("body is not JSON"));
        }
    }
    return p;
}

QStringList ResponseAudit::openApiProblems(const HttpResponse &r)
{
    if (!hasOpenApi())
        return {};
    // What was recorded before stays with the recorded answers.
    m_problems += validatorVerdict();
    if (!sendToValidator(r))
        return {QStringLiteral("OpenAPI: no path matches %1").arg(pathOnly(r.path))};
    return validatorVerdict();
}

bool ResponseAudit::sendToValidator(const HttpResponse &r)
{
    const QString tmpl = pathTemplate(r.path);
    if (tmpl.isEmpty())
        return false;
    QJsonObject headers;
    for (const auto &[name, value] : r.headers)
        headers.insert(QString::fromLatin1(name).toLower(), QString::fromLatin1(value));
    // CSV bodies are not validated (only their media type): no need to copy megabytes.
    const QByteArray contentType = r.header(QByteArrayLiteral("Content-Type"));
    const bool json = contentType.toLower().contains("json");
    const QJsonObject record{{QStringLiteral("method"), QString::fromLatin1(r.method)},
                             {QStringLiteral("template"), tmpl},
                             {QStringLiteral("status"), r.status},
                             {QStringLiteral("content_type"), QString::fromLatin1(contentType)},
                             {QStringLiteral("headers"), headers},
                             {QStringLiteral("body"), json || r.body.size() < 4096 ? QString::fromUtf8(r.body) : QStringLiteral("(not JSON)")},
                             {QStringLiteral("where"), r.describe()}};
    m_validator->write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
    return true;
}

QStringList ResponseAudit::validatorVerdict()
{
    if (!m_validator)
        return {};
    const int sync = ++m_syncs;
    m_validator->write(QJsonDocument(QJsonObject{{QStringLiteral("sync"), sync}}).toJson(QJsonDocument::Compact) + '\n');
    const auto failed = [this](const QString &why) {
        return QStringList{QStringLiteral("OpenAPI validator (%1): %2; its stderr: %3")
                               .arg(validatorCommand(), why, QString::fromUtf8(m_validator->readAllStandardError()))};
    };
    // The answer to this sync is one line; earlier lines cannot be pending (each sync waits).
    while (!m_validatorOut.contains('\n')) {
        if (m_validator->state() != QProcess::Running)
            return failed(QStringLiteral("not running"));
        if (!m_validator->waitForReadyRead(120000) && m_validator->bytesAvailable() == 0)
            return failed(QStringLiteral("no answer within 120 s: ") + m_validator->errorString());
        m_validatorOut += m_validator->readAllStandardOutput();
    }
    const int end = m_validatorOut.indexOf('\n');
    const QJsonObject answer = QJsonDocument::fromJson(m_validatorOut.left(end)).object();
    m_validatorOut.remove(0, end + 1);
    if (answer.value(QStringLiteral("done")).toInt() != sync)
        return failed(QStringLiteral("answered sync %1 for %2").arg(answer.value(QStringLiteral("done")).toInt()).arg(sync));
    QStringList problems;
    for (const QJsonValue &p : answer.value(QStringLiteral("problems")).toArray())
        problems.append(p.toString());
    return problems;
}

void ResponseAudit::record(const HttpResponse &r)
{
    ++m_recorded;
    const QString tmpl = pathTemplate(r.path);
    m_seen.insert(QStringLiteral("%1 %2 %3")
                      .arg(QString::fromLatin1(r.method), tmpl.isEmpty() ? pathOnly(r.path) : m_basePath + tmpl)
                      .arg(r.status));
    QStringList problems = commonProblems(r);
    // The validator adds the request to each of its problems itself.
    if (hasOpenApi() && !sendToValidator(r) && r.status != 404)
        problems.append(QStringLiteral("OpenAPI: no path matches %1").arg(pathOnly(r.path)));
    for (const QString &problem : problems)
        m_problems.append(problem + QStringLiteral("  [") + r.describe() + QLatin1Char(']'));
}

} // namespace stadtlabor::hubtest
