// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks every answer the tests get against the rules that hold for all of them:
//  - no 5xx, except 503 no_secret_key from the fonds export;
//  - every error (4xx/5xx) is JSON {"error": {"code", "message"}} with the code the spec gives
//    for that status (422 also with `details`, 405 with Allow, 429 with Retry-After);
//  - JSON endpoints answer application/json, the CSV exports text/csv; charset=utf-8;
//  - with an OpenAPI document loaded: every answer is validated against it by a real JSON
//    Schema validator (openapi_responses.py, Python's jsonschema, one process for the whole
//    test): the path and operation, the status, the media type, required headers and the whole
//    body against the response's schema, each problem with the path of the value.
// Problems are collected; the test takes and asserts them after each test function (answers
// are streamed to the validator as they come; takeProblems() waits for its verdict).

#include "hubhttp.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace stadtlabor::hubtest {

class ResponseAudit
{
public:
    ResponseAudit();
    ~ResponseAudit();
    ResponseAudit(const ResponseAudit &) = delete;
    ResponseAudit &operator=(const ResponseAudit &) = delete;

    // Reads the document and starts the validator on it.
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

    // The checks alone, for one response (no recording; openApiProblems waits for the
    // validator's verdict on this one answer).
    QStringList commonProblems(const HttpResponse &r) const;
    QStringList openApiProblems(const HttpResponse &r);

private:
    QJsonValue resolve(const QJsonValue &value) const;
    bool startValidator(const QString &openApiJson, QString *error);
    static QString validatorCommand();
    // Hands the answer to the validator (without waiting); false when no path matches.
    bool sendToValidator(const HttpResponse &r);
    // Waits until the validator has checked everything sent so far; its problems.
    QStringList validatorVerdict();

    QJsonObject m_openApi;
    std::unique_ptr<QProcess> m_validator;
    QByteArray m_validatorOut; // read but not yet a whole line
    int m_syncs = 0;
    QString m_basePath; // from servers[0].url, e.g. "/api/v1", or empty
    QStringList m_problems;
    QSet<QString> m_seen;
    int m_recorded = 0;
};

} // namespace stadtlabor::hubtest
