// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the tests send to the hub, built with the domain types the kiosk uses (so a payload the
// hub refuses is the hub's problem, not a hand-written JSON typo), and what they read back.

#include "catalogue.h"
#include "fondsidea.h"
#include "monitorresponse.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace stadtlabor::hubtest {

// The bundled Bochum catalogue (resources/catalogue/bochum.json), as bytes, JSON and parsed.
QByteArray bundledCatalogueBytes();
QJsonObject bundledCatalogueJson();
const Catalogue &bundledCatalogue();

QString newUuid(); // lower-case 8-4-4-4-12

using Scores = QList<std::optional<int>>; // one per theme of the set; nullopt = no answer

// A valid response to the bundled criteria set for `areaId`. `scores` has one entry per theme
// (14); shorter lists are filled with "no answer".
MonitorResponse monitorResponse(const QString &areaId, const QString &deviceId, const Scores &scores,
                                const QString &good = QString(), const QString &better = QString());

// A valid Bochum-Fonds idea for the bundled fund rules, its contact sealed to `publicKey`.
FondsIdea fondsIdea(const QString &areaId, const QString &deviceId, const QByteArray &publicKey,
                    const FondsContact &contact, const QString &categoryId = QStringLiteral("nachbarschaft"));

// One item of a submissions batch; id and created_at are taken from the payload.
QJsonObject item(const QString &kind, const QJsonObject &payload);
QJsonObject item(const MonitorResponse &response);
QJsonObject item(const FondsIdea &idea);

QJsonObject deviceBlock(const QString &appVersion = QStringLiteral("0.1.0"), qint64 queueLength = 0,
                        const QString &lastError = QString());
QJsonObject batch(const QJsonArray &items, const QJsonObject &device = deviceBlock());
QByteArray batchBytes(const QJsonArray &items, const QJsonObject &device = deviceBlock());

// The per-theme numbers of one level of a results answer.
struct ThemeResult
{
    QString id;
    int n = -1;
    std::optional<double> mean;
    QList<int> counts;
    bool countsNull = false; // held back below min_responses
};

struct AreaResult
{
    bool present = false; // false for JSON null
    QString id;
    QString kind;
    int responses = -1;
    QList<ThemeResult> themes;

    const ThemeResult *theme(const QString &id) const;
};

AreaResult areaResult(const QJsonValue &value);

// RFC 4180 CSV into records of fields (quoted fields may hold commas, quotes and line breaks).
// *ok is false when a quote is left open or stray characters follow a closing quote.
QList<QStringList> parseCsv(const QByteArray &csv, bool *ok);

} // namespace stadtlabor::hubtest
