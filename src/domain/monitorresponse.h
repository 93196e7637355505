// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stadtlabor {

struct CriteriaSet;

// The optional "about you" answers of a StadtRaumMonitor response. Empty means not given.
struct Demographics
{
    QString ageBand;        // one of ageBands()
    QString gender;         // one of genders()
    QStringList relations;  // any of relationIds(), each once, in that order

    static QStringList ageBands();  // under_18, 18_29, 30_44, 45_64, 65_plus, no_answer
    static QStringList genders();   // female, male, diverse, no_answer
    static QStringList relationIds(); // live, work, study, visit

    bool isEmpty() const { return ageBand.isEmpty() && gender.isEmpty() && relations.isEmpty(); }
    friend bool operator==(const Demographics &a, const Demographics &b)
    {
        return a.ageBand == b.ageBand && a.gender == b.gender && a.relations == b.relations;
    }
};

struct ThemeAnswer
{
    QString themeId;
    std::optional<int> score; // empty: "no answer", never zero
    QString good;             // what is good here
    QString better;           // what could be better

    friend bool operator==(const ThemeAnswer &a, const ThemeAnswer &b)
    {
        return a.themeId == b.themeId && a.score == b.score && a.good == b.good && a.better == b.better;
    }
};

// One person's ratings of one area, as stored and sent to the hub.
struct MonitorResponse
{
    static constexpr int maxIdLength = 64; // group and interviewer ids

    QString uuid;
    QDateTime createdAt; // UTC
    QString deviceId;
    QString criteriaSetId;
    int criteriaSetVersion = 0;
    QString areaId;
    Demographics demographics;
    QList<ThemeAnswer> answers; // in the set's theme order, one per theme
    QString groupId;
    QString interviewerId;

    // The wire and outbox payload.
    QJsonObject toJson() const;
    static std::optional<MonitorResponse> fromJson(const QJsonObject &object, QStringList *errors);

    // Every problem with this response measured against the set it claims to answer;
    // empty when it is valid. The kiosk checks before saving, the hub on receipt.
    QStringList validate(const CriteriaSet &set) const;

    friend bool operator==(const MonitorResponse &a, const MonitorResponse &b)
    {
        return a.toJson() == b.toJson();
    }
};

} // namespace stadtlabor
