// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorresponse.h"

#include "criteriaset.h"
#include "jsonreader.h"
#include "plaintext.h"

#include <QJsonArray>
#include <QUuid>

#include <utility>

namespace stadtlabor {

namespace {

QJsonValue optionalString(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString isoUtc(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QStringList Demographics::ageBands()
{
    return {QStringLiteral("under_18"), QStringLiteral("18_29"), QStringLiteral("30_44"),
            QStringLiteral("45_64"), QStringLiteral("65_plus"), QStringLiteral("no_answer")};
}

QStringList Demographics::genders()
{
    return {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("diverse"), QStringLiteral("no_answer")};
}

QStringList Demographics::relationIds()
{
    return {QStringLiteral("live"), QStringLiteral("work"), QStringLiteral("study"), QStringLiteral("visit")};
}

QJsonObject MonitorResponse::toJson() const
{
    QJsonArray answerArray;
    for (const ThemeAnswer &a : answers) {
        answerArray.append(QJsonObject{
            {QStringLiteral("theme"), a.themeId},
            {QStringLiteral("score"), a.score ? QJsonValue(*a.score) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("good"), a.good},
            {QStringLiteral("better"), a.better},
        });
    }
    return QJsonObject{
        {QStringLiteral("id"), uuid},
        {QStringLiteral("created_at"), isoUtc(createdAt)},
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("criteria_set"), QJsonObject{{QStringLiteral("id"), criteriaSetId},
                                                      {QStringLiteral("version"), criteriaSetVersion}}},
        {QStringLiteral("area_id"), areaId},
        {QStringLiteral("demographics"), QJsonObject{
             {QStringLiteral("age_band"), optionalString(demographics.ageBand)},
             {QStringLiteral("gender"), optionalString(demographics.gender)},
             {QStringLiteral("relations"), QJsonArray::fromStringList(demographics.relations)},
         }},
        {QStringLiteral("answers"), answerArray},
        {QStringLiteral("group_id"), optionalString(groupId)},
        {QStringLiteral("interviewer_id"), optionalString(interviewerId)},
    };
}

std::optional<MonitorResponse> MonitorResponse::fromJson(const QJsonObject &o, QStringList *errors)
{
    JsonReader r;
    MonitorResponse m;
    r.allowKeys(o, QString(), {"id", "created_at", "device_id", "criteria_set", "area_id", "demographics",
                               "answers", "group_id", "interviewer_id"});
    r.string(o, QString(), "id", &m.uuid, 64);
    r.date(o, QString(), "created_at", &m.createdAt);
    r.string(o, QString(), "device_id", &m.deviceId, 64);
    r.id(o, QString(), "area_id", &m.areaId);

    QJsonObject set;
    if (r.object(o, QString(), "criteria_set", &set)) {
        r.allowKeys(set, QStringLiteral("criteria_set"), {"id", "version"});
        r.id(set, QStringLiteral("criteria_set"), "id", &m.criteriaSetId);
        r.integer(set, QStringLiteral("criteria_set"), "version", &m.criteriaSetVersion, 1, 1000000);
    }

    // Optional strings may be null or absent.
    const auto optional = [&](const QJsonObject &parent, const QString &path, const char *key, QString *out) {
        const QJsonValue v = parent.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return;
        r.string(parent, path, key, out, maxIdLength);
    };
    optional(o, QString(), "group_id", &m.groupId);
    optional(o, QString(), "interviewer_id", &m.interviewerId);

    QJsonObject demo;
    if (r.object(o, QString(), "demographics", &demo)) {
        const QString dp = QStringLiteral("demographics");
        r.allowKeys(demo, dp, {"age_band", "gender", "relations"});
        optional(demo, dp, "age_band", &m.demographics.ageBand);
        optional(demo, dp, "gender", &m.demographics.gender);
        QJsonArray relations;
        if (r.array(demo, dp, "relations", &relations, false)) {
            for (int i = 0; i < relations.size(); ++i) {
                if (!relations.at(i).isString())
                    r.error(JsonReader::join(JsonReader::join(dp, QStringLiteral("relations")), i), QStringLiteral("expected a string"));
                else
                    m.demographics.relations.append(relations.at(i).toString());
            }
        }
    }

    QJsonArray answers;
    if (r.array(o, QString(), "answers", &answers)) {
        for (int i = 0; i < answers.size(); ++i) {
            const QString ap = JsonReader::join(QStringLiteral("answers"), i);
            QJsonObject a;
            if (!r.asObject(answers.at(i), ap, &a))
                continue;
            r.allowKeys(a, ap, {"theme", "score", "good", "better"});
            ThemeAnswer answer;
            r.id(a, ap, "theme", &answer.themeId);
            const QJsonValue score = a.value(QLatin1String("score"));
            if (!score.isNull()) {
                int value = 0;
                if (r.integer(a, ap, "score", &value, -1000, 1000))
                    answer.score = value;
            }
            // Free texts may be empty; they are checked against the set's limit in validate().
            for (const auto &[key, out] : {std::pair{"good", &answer.good}, std::pair{"better", &answer.better}}) {
                const QJsonValue text = a.value(QLatin1String(key));
                if (!text.isString())
                    r.error(JsonReader::join(ap, QLatin1String(key)), QStringLiteral("expected a string (may be empty)"));
                else
                    *out = text.toString();
            }
            m.answers.append(answer);
        }
    }
    if (errors)
        *errors = r.errors();
    if (r.hasErrors())
        return std::nullopt;
    return m;
}

QStringList MonitorResponse::validate(const CriteriaSet &set) const
{
    QStringList problems;
    // Only the canonical spelling: one response must never travel under two ids.
    if (QUuid::fromString(uuid).isNull() || QUuid::fromString(uuid).toString(QUuid::WithoutBraces) != uuid)
        problems.append(QStringLiteral("id: \"%1\" is not a UUID in lower-case 8-4-4-4-12 form").arg(uuid));
    if (deviceId.isEmpty() || PlainText::clean(deviceId, maxIdLength) != deviceId)
        problems.append(QStringLiteral("device_id: missing or not clean"));
    if (!createdAt.isValid())
        problems.append(QStringLiteral("created_at: missing"));
    if (criteriaSetId != set.id || criteriaSetVersion != set.version)
        problems.append(QStringLiteral("criteria_set: answers %1 version %2, not %3 version %4")
                            .arg(criteriaSetId).arg(criteriaSetVersion).arg(set.id).arg(set.version));
    if (!JsonReader::isValidId(areaId))
        problems.append(QStringLiteral("area_id: \"%1\" is not an area id").arg(areaId));

    if (!demographics.ageBand.isEmpty() && !Demographics::ageBands().contains(demographics.ageBand))
        problems.append(QStringLiteral("demographics.age_band: unknown value \"%1\"").arg(demographics.ageBand));
    if (!demographics.gender.isEmpty() && !Demographics::genders().contains(demographics.gender))
        problems.append(QStringLiteral("demographics.gender: unknown value \"%1\"").arg(demographics.gender));
    for (const QString &relation : demographics.relations) {
        if (!Demographics::relationIds().contains(relation))
            problems.append(QStringLiteral("demographics.relations: unknown value \"%1\"").arg(relation));
    }
    QStringList canonical;
    for (const QString &relation : Demographics::relationIds()) {
        if (demographics.relations.contains(relation))
            canonical.append(relation);
    }
    if (demographics.relations != canonical && problems.isEmpty())
        problems.append(QStringLiteral("demographics.relations: each value once, in the order live, work, study, visit"));

    if (answers.size() != set.themes.size()) {
        problems.append(QStringLiteral("answers: %1 answers for %2 themes").arg(answers.size()).arg(set.themes.size()));
    } else {
        for (int i = 0; i < answers.size(); ++i) {
            const ThemeAnswer &a = answers.at(i);
            const auto path = [i] { return QStringLiteral("answers[%1]").arg(i); };
            if (a.themeId != set.themes.at(i).id)
                problems.append(QStringLiteral("%1.theme: \"%2\", expected \"%3\"").arg(path(), a.themeId, set.themes.at(i).id));
            if (a.score && (*a.score < set.scaleMin || *a.score > set.scaleMax))
                problems.append(QStringLiteral("%1.score: %2 is outside the scale %3 to %4")
                                    .arg(path()).arg(*a.score).arg(set.scaleMin).arg(set.scaleMax));
            for (const auto &[key, text] : {std::pair{"good", a.good}, std::pair{"better", a.better}}) {
                if (PlainText::clean(text, set.textMaxLength) != text)
                    problems.append(QStringLiteral("%1.%2: not clean plain text within %3 characters")
                                        .arg(path(), QLatin1String(key)).arg(set.textMaxLength));
            }
        }
    }
    for (const auto &[key, text] : {std::pair{"group_id", groupId}, std::pair{"interviewer_id", interviewerId}}) {
        if (PlainText::clean(text, maxIdLength) != text || text.contains(u'\n') || text.size() > maxIdLength)
            problems.append(QStringLiteral("%1: not a clean one-line text within %2 characters").arg(QLatin1String(key)).arg(maxIdLength));
    }
    return problems;
}

} // namespace stadtlabor
