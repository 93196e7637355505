// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubpayloads.h"

#include "catalogueparser.h"
#include "payloadformat.h"
#include "receiptcode.h"
#include "sealedbox.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QUuid>

namespace stadtlabor::hubtest {

QByteArray bundledCatalogueBytes()
{
    QFile file(QStringLiteral(":/catalogue/bochum.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the bundled catalogue is not linked in (stadtlabor_defaults)");
    return file.readAll();
}

QJsonObject bundledCatalogueJson()
{
    return QJsonDocument::fromJson(bundledCatalogueBytes()).object();
}

const Catalogue &bundledCatalogue()
{
    static const Catalogue catalogue = [] {
        const CatalogueParser::Result r = CatalogueParser::parse(bundledCatalogueBytes());
        if (!r.ok())
            qFatal("the bundled catalogue does not parse: %s", qPrintable(r.errors.join(QLatin1Char('\n'))));
        return *r.catalogue;
    }();
    return catalogue;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

MonitorResponse monitorResponse(const QString &areaId, const QString &deviceId, const Scores &scores,
                                const QString &good, const QString &better)
{
    const CriteriaSet &set = bundledCatalogue().criteriaSet;
    MonitorResponse m;
    m.uuid = newUuid();
    // Whole seconds: the wire form then reads back to exactly the same instant.
    m.createdAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    m.deviceId = deviceId;
    m.criteriaSetId = set.id;
    m.criteriaSetVersion = set.version;
    m.areaId = areaId;
    m.demographics.ageBand = QStringLiteral("30_44");
    m.demographics.relations = {QStringLiteral("live"), QStringLiteral("work")};
    for (int i = 0; i < set.themes.size(); ++i) {
        ThemeAnswer a;
        a.themeId = set.themes.at(i).id;
        a.score = i < scores.size() ? scores.at(i) : std::nullopt;
        if (i == 0) {
            a.good = good;
            a.better = better;
        }
        m.answers.append(a);
    }
    return m;
}

FondsIdea fondsIdea(const QString &areaId, const QString &deviceId, const QByteArray &publicKey,
                    const FondsContact &contact, const QString &categoryId)
{
    const Catalogue &c = bundledCatalogue();
    FondsIdeaInput in;
    in.title = QStringLiteral("Offener Bücherschrank");
    in.description = QStringLiteral("Ein wetterfester Schrank zum Tauschen von Büchern.\nWir bauen ihn selbst.");
    in.areaId = areaId;
    in.categoryId = categoryId;
    const QDate next = QDate::currentDate().addMonths(3);
    in.plannedStart = QDate(next.year(), next.month(), 1);
    in.amounts.totalCostCents = 100'000;
    in.amounts.ownMoneyCents = 10'000;
    in.amounts.workHoursHundredths = 1000;
    in.applicant = FondsIdeaInput::Applicant::Group;
    in.declaresOfAgeAndCapable = true;
    in.declaresNotPublicOrParty = true;
    in.declaresCommonGood = true;
    in.consent = true;

    FondsIdea idea;
    const QUuid uuid = QUuid::createUuid();
    idea.uuid = uuid.toString(QUuid::WithoutBraces);
    idea.createdAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    idea.deviceId = deviceId;
    idea.fundRulesVersion = c.fundRules.version;
    idea.receiptCode = ReceiptCode::fromUuid(uuid);
    idea.input = in;
    idea.assessment = FundAssessment::assess(c.fundRules, in.amounts);
    SealedBox::initialize();
    idea.sealedContact = SealedBox::seal(contact.toJsonBytes(), publicKey);
    return idea;
}

QJsonObject item(const QString &kind, const QJsonObject &payload)
{
    return QJsonObject{
        {QStringLiteral("id"), payload.value(QStringLiteral("id"))},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("schema_version"), PayloadFormat::current()},
        {QStringLiteral("created_at"), payload.value(QStringLiteral("created_at"))},
        {QStringLiteral("payload"), payload},
    };
}

QJsonObject item(const MonitorResponse &response)
{
    return item(QStringLiteral("monitor_response"), response.toJson());
}

QJsonObject item(const FondsIdea &idea)
{
    return item(QStringLiteral("fonds_idea"), idea.toJson());
}

QJsonObject deviceBlock(const QString &appVersion, qint64 queueLength, const QString &lastError)
{
    return QJsonObject{
        {QStringLiteral("app_version"), appVersion},
        {QStringLiteral("queue_length"), queueLength},
        {QStringLiteral("last_error"), lastError},
    };
}

QJsonObject batch(const QJsonArray &items, const QJsonObject &device)
{
    return QJsonObject{{QStringLiteral("device"), device}, {QStringLiteral("items"), items}};
}

QByteArray batchBytes(const QJsonArray &items, const QJsonObject &device)
{
    return QJsonDocument(batch(items, device)).toJson(QJsonDocument::Compact);
}

const ThemeResult *AreaResult::theme(const QString &themeId) const
{
    for (const ThemeResult &t : themes) {
        if (t.id == themeId)
            return &t;
    }
    return nullptr;
}

AreaResult areaResult(const QJsonValue &value)
{
    AreaResult a;
    if (!value.isObject())
        return a;
    const QJsonObject o = value.toObject();
    a.present = true;
    a.id = o.value(QStringLiteral("id")).toString();
    a.kind = o.value(QStringLiteral("kind")).toString();
    a.responses = o.value(QStringLiteral("responses")).toInt(-1);
    for (const QJsonValue &t : o.value(QStringLiteral("themes")).toArray()) {
        const QJsonObject to = t.toObject();
        ThemeResult r;
        r.id = to.value(QStringLiteral("id")).toString();
        r.n = to.value(QStringLiteral("n")).toInt(-1);
        if (to.value(QStringLiteral("mean")).isDouble())
            r.mean = to.value(QStringLiteral("mean")).toDouble();
        r.countsNull = to.value(QStringLiteral("counts")).isNull();
        for (const QJsonValue &c : to.value(QStringLiteral("counts")).toArray())
            r.counts.append(c.isDouble() ? c.toInt() : -1);
        a.themes.append(r);
    }
    return a;
}

QList<QStringList> parseCsv(const QByteArray &csv, bool *ok)
{
    *ok = true;
    QList<QStringList> records;
    const QString text = QString::fromUtf8(csv);
    QStringList record;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool wasQuoted = false;   // the current field was quoted and has been closed
    bool fieldStarted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (fieldStarted || wasQuoted)
                *ok = false; // a quote in the middle of an unquoted field
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // the \n ends the record
        } else if (c == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = wasQuoted = false;
        } else {
            if (wasQuoted)
                *ok = false; // characters after the closing quote
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        *ok = false;
    if (fieldStarted || wasQuoted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace stadtlabor::hubtest
