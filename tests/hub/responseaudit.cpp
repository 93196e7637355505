// SPDX-License-Identifier: GPL-3.0-or-later
#include "responseaudit.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

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

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool matchesType(const QString &type, const QJsonValue &v)
{
    if (type == QLatin1String("integer"))
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
    if (type == QLatin1String("number"))
        return v.isDouble();
    return typeName(v) == type;
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
    return true;
}

QStringList ResponseAudit::takeProblems()
{
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

void ResponseAudit::checkSchema(const QJsonValue &schemaValue, const QJsonValue &value, const QString &path,
                                int depth, QStringList *problems) const
{
    const QJsonObject schema = resolve(schemaValue).toObject();
    if (schema.isEmpty() || depth > 5)
        return;
    const QString where = path.isEmpty() ? QStringLiteral("(body)") : path;

    for (const QJsonValue &part : schema.value(QStringLiteral("allOf")).toArray())
        checkSchema(part, value, path, depth, problems);
    for (const char *key : {"oneOf", "anyOf"}) {
        const QJsonArray alternatives = schema.value(QLatin1String(key)).toArray();
        if (alternatives.isEmpty())
            continue;
        QStringList fewest;
        bool any = false;
        for (const QJsonValue &alt : alternatives) {
            QStringList p;
            checkSchema(alt, value, path, depth, &p);
            if (p.isEmpty()) {
                any = true;
                break;
            }
            if (fewest.isEmpty() || p.size() < fewest.size())
                fewest = p;
        }
        if (!any)
            problems->append(QStringLiteral("%1: matches none of the %2 alternatives (closest: %3)")
                                 .arg(where, QLatin1String(key), fewest.join(QStringLiteral("; "))));
    }

    if (value.isNull()) {
        const QJsonValue type = schema.value(QStringLiteral("type"));
        const bool nullable = schema.value(QStringLiteral("nullable")).toBool()
            || (type.isArray() && type.toArray().contains(QStringLiteral("null")))
            || type.toString() == QLatin1String("null") || type.isUndefined();
        if (!nullable)
            problems->append(QStringLiteral("%1: null, but the schema's type is %2 and not nullable")
                                 .arg(where, QString::fromUtf8(QJsonDocument(QJsonArray{type}).toJson(QJsonDocument::Compact))));
        return;
    }

    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (!type.isUndefined()) {
        QStringList types;
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                types.append(t.toString());
        } else {
            types.append(type.toString());
        }
        bool ok = false;
        for (const QString &t : types)
            ok = ok || matchesType(t, value);
        if (!ok) {
            problems->append(QStringLiteral("%1: is %2, the schema says %3").arg(where, typeName(value), types.join(QLatin1Char('|'))));
            return;
        }
    }

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &name : schema.value(QStringLiteral("required")).toArray()) {
            if (!object.contains(name.toString()))
                problems->append(QStringLiteral("%1: required property \"%2\" is missing").arg(where, name.toString()));
        }
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (object.contains(it.key()))
                checkSchema(it.value(), object.value(it.key()), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                            depth + 1, problems);
        }
    } else if (value.isArray() && schema.contains(QStringLiteral("items"))) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            checkSchema(schema.value(QStringLiteral("items")), array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i),
                        depth + 1, problems);
    }
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

QStringList ResponseAudit::openApiProblems(const HttpResponse &r) const
{
    QStringList p;
    if (!hasOpenApi())
        return p;
    const QString tmpl = pathTemplate(r.path);
    if (tmpl.isEmpty()) {
        if (r.status != 404)
            p.append(QStringLiteral("OpenAPI: no path matches %1").arg(pathOnly(r.path)));
        return p;
    }
    const QJsonObject item = resolve(m_openApi.value(QStringLiteral("paths")).toObject().value(tmpl)).toObject();
    const QString method = QString::fromLatin1(r.method).toLower();
    const QJsonObject operation = item.value(method).toObject();
    const QString name = QStringLiteral("%1 %2%3").arg(method.toUpper(), m_basePath, tmpl);
    if (operation.isEmpty()) {
        if (r.status != 405)
            p.append(QStringLiteral("OpenAPI: %1 is not documented, but the hub answered %2").arg(name).arg(r.status));
        return p;
    }
    const QJsonObject responses = operation.value(QStringLiteral("responses")).toObject();
    const QString status = QString::number(r.status);
    QJsonValue response = responses.value(status);
    if (response.isUndefined())
        response = responses.value(status.left(1) + QStringLiteral("XX"));
    if (response.isUndefined())
        response = responses.value(status.left(1) + QStringLiteral("xx"));
    if (response.isUndefined())
        response = responses.value(QStringLiteral("default"));
    if (response.isUndefined()) {
        QStringList documented = responses.keys();
        p.append(QStringLiteral("OpenAPI: %1 documents %2, not %3").arg(name, documented.join(QStringLiteral(", ")), status));
        return p;
    }
    const QJsonObject responseObject = resolve(response).toObject();
    if (r.body.isEmpty() || r.status == 304)
        return p;
    const QJsonObject content = responseObject.value(QStringLiteral("content")).toObject();
    if (content.isEmpty()) {
        p.append(QStringLiteral("OpenAPI: %1 %2 documents no body, but one came").arg(name, status));
        return p;
    }
    const QByteArray contentType = r.header(QByteArrayLiteral("Content-Type")).toLower();
    const QString mediaType = QString::fromLatin1(contentType.split(';').first().trimmed());
    QJsonObject media = content.value(mediaType).toObject();
    if (media.isEmpty()) {
        for (auto it = content.begin(); it != content.end(); ++it) {
            if (it.key().contains(QLatin1String("json")) == mediaType.contains(QLatin1String("json")))
                media = it.value().toObject();
        }
        if (media.isEmpty() && !content.contains(mediaType)) {
            p.append(QStringLiteral("OpenAPI: %1 %2 documents %3, the hub sent %4")
                         .arg(name, status, content.keys().join(QStringLiteral(", ")), mediaType));
            return p;
        }
    }
    if (r.isJson && media.contains(QStringLiteral("schema"))) {
        QStringList schemaProblems;
        checkSchema(media.value(QStringLiteral("schema")), r.json.isArray() ? QJsonValue(r.json.array()) : QJsonValue(r.json.object()),
                    QString(), 0, &schemaProblems);
        for (const QString &s : schemaProblems)
            p.append(QStringLiteral("OpenAPI: %1 %2: %3").arg(name, status, s));
    }
    return p;
}

void ResponseAudit::record(const HttpResponse &r)
{
    ++m_recorded;
    const QString tmpl = pathTemplate(r.path);
    m_seen.insert(QStringLiteral("%1 %2 %3")
                      .arg(QString::fromLatin1(r.method), tmpl.isEmpty() ? pathOnly(r.path) : m_basePath + tmpl)
                      .arg(r.status));
    QStringList problems = commonProblems(r) + openApiProblems(r);
    for (const QString &problem : problems)
        m_problems.append(problem + QStringLiteral("  [") + r.describe() + QLatin1Char(']'));
}

} // namespace stadtlabor::hubtest
