// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace stadtlabor {

struct StatusInfo
{
    QString id;
    LocalizedText label;
    LocalizedText explanation;

    friend bool operator==(const StatusInfo &a, const StatusInfo &b)
    {
        return a.id == b.id && a.label == b.label && a.explanation == b.explanation;
    }
};

struct Project
{
    QString id;
    QString status;
    LocalizedText title;
    LocalizedText summary;
    LocalizedText body;
    QUrl linkUrl;
    QUrl image;
    QDateTime updatedAt; // UTC
    // The flow this project's page leads into: "monitor" (StadtRaumMonitor), "fonds"
    // (Bochum-Fonds) or empty for none.
    QString flow;

    static QStringList flows() { return {QStringLiteral("monitor"), QStringLiteral("fonds")}; }

    friend bool operator==(const Project &a, const Project &b)
    {
        return a.id == b.id && a.status == b.status && a.title == b.title && a.summary == b.summary
            && a.body == b.body && a.linkUrl == b.linkUrl && a.image == b.image
            && a.updatedAt == b.updatedAt && a.flow == b.flow;
    }
};

} // namespace stadtlabor
