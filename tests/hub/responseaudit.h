// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks every answer the tests get against the rules that hold for all of them:
//  - no 5xx, except 503 no_secret_key from the fonds export;
//  - every error (4xx/5xx) is JSON {"error": {"code", "message"}} with the code the spec gives
//    for that status (422 also with `details`, 405 with Allow, 429 with Retry-After);
//  - JSON endpoints answer application/json, the CSV exports text/csv; charset=utf-8;
//  - with an OpenAPI document loaded: the operation (path template + method) and the status are
//    documented, and the body has every property the response schema marks `required`
//    (following $ref, allOf/oneOf/anyOf, into nested objects and arrays) with the type it names.
// Problems are collected; the test takes and asserts them after each test function.

#include "hubhttp.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace stadtlabor::hubtest {

class ResponseAudit
{
public:
    bool loadOpenApi(const QString &path, QString *error);
    bool hasOpenApi() const { return !m_openApi.isEmpty(); }

    void record(const HttpResponse &response);

    QStringList takeProblems();
    int recorded() const { return m_recorded; }
    // "GET /api/v1/results 304" for every operation and status seen so far.
    QStringList seenOperations() const;

    // The OpenAPI operations as "METHOD /path/{template}".
    QStringList documentedOperations() const;
    // The operation template a request path matches, or empty.
    QString pathTemplate(const QString &path) const;

    // The checks alone, for one response (no recording).
    QStringList commonProblems(const HttpResponse &r) const;
    QStringList openApiProblems(const HttpResponse &r) const;

private:
    QJsonValue resolve(const QJsonValue &value) const;
    void checkSchema(const QJsonValue &schema, const QJsonValue &value, const QString &path, int depth,
                     QStringList *problems) const;

    QJsonObject m_openApi;
    QString m_basePath; // from servers[0].url, e.g. "/api/v1", or empty
    QStringList m_problems;
    QSet<QString> m_seen;
    int m_recorded = 0;
};

} // namespace stadtlabor::hubtest
