// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <initializer_list>

namespace stadtlabor {

// Reads values out of untrusted JSON and records every problem with the path of the value,
// e.g. `projects[3].status: unknown status "fertig"`. Each read returns false when the value
// is missing or wrong, so callers can go on and report the next problem too.
class JsonReader
{
public:
    static constexpr int maxErrors = 100;

    explicit JsonReader(QStringList languages = {});

    void setLanguages(const QStringList &languages) { m_languages = languages; }

    void error(const QString &path, const QString &message);
    const QStringList &errors() const { return m_errors; }
    bool hasErrors() const { return !m_errors.isEmpty(); }

    static QString join(const QString &path, const QString &key);
    static QString join(const QString &path, int index);

    // Keys a document may carry; any other is reported.
    void allowKeys(const QJsonObject &object, const QString &path, std::initializer_list<const char *> keys);

    bool object(const QJsonObject &parent, const QString &path, const char *key, QJsonObject *out, bool required = true);
    bool array(const QJsonObject &parent, const QString &path, const char *key, QJsonArray *out, bool required = true);
    bool asObject(const QJsonValue &value, const QString &path, QJsonObject *out);

    bool string(const QJsonObject &parent, const QString &path, const char *key, QString *out,
                int maxLength, bool required = true);
    bool id(const QJsonObject &parent, const QString &path, const char *key, QString *out);
    bool integer(const QJsonObject &parent, const QString &path, const char *key, int *out,
                 int min, int max, bool required = true);
    bool money(const QJsonObject &parent, const QString &path, const char *key, qint64 *cents,
               qint64 minCents, bool required = true);
    bool percent(const QJsonObject &parent, const QString &path, const char *key, int *basisPoints);
    bool date(const QJsonObject &parent, const QString &path, const char *key, QDateTime *out);
    enum class UrlScheme { HttpOrHttps, HttpsOnly };
    bool url(const QJsonObject &parent, const QString &path, const char *key, QUrl *out, bool required,
             UrlScheme scheme);
    // Lines (labels, titles) refuse line breaks; paragraphs (bodies, explanations) allow them.
    enum class TextShape { Line, Paragraph };

    bool localized(const QJsonObject &parent, const QString &path, const char *key, LocalizedText *out,
                   int maxLength, TextShape shape = TextShape::Line);
    bool localizedValue(const QJsonValue &value, const QString &path, LocalizedText *out, int maxLength,
                        TextShape shape = TextShape::Line);

    static bool isValidId(const QString &id);
    // "a string", "a number", ... for messages about a value of the wrong type.
    static QString typeName(const QJsonValue &v);

private:
    bool present(const QJsonObject &parent, const QString &path, const char *key, bool required);
    bool checkText(const QString &text, const QString &path, int maxLength, TextShape shape);
    static QString textProblem(const QString &text, int maxLength, TextShape shape); // empty: fine

    QStringList m_languages;
    QStringList m_errors;
};

} // namespace stadtlabor
