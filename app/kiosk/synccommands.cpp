// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommands.h"

#include "kioskoptions.h"
#include "syncservice.h"

#include <QEventLoop>
#include <QHostInfo>
#include <QUrl>

#include <cstdio>

namespace stadtlabor::SyncCommands {

namespace {

QString stateName(SyncService::State state)
{
    switch (state) {
    case SyncService::State::NotEnrolled: return QStringLiteral("not enrolled");
    case SyncService::State::Idle: return QStringLiteral("idle");
    case SyncService::State::Syncing: return QStringLiteral("syncing");
    case SyncService::State::Waiting: return QStringLiteral("waiting to retry");
    case SyncService::State::Unauthorized: return QStringLiteral("not authorised by the hub (enrol again)");
    }
    return QString();
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("never");
}

// Pending rows in a payload format the hub does not take wait for a newer hub.
void printNeedsNewerHub(const SyncService::Status &s)
{
    if (s.needsNewerHub > 0)
        std::printf("of them %d need a newer hub (the hub does not take their payload format)\n", s.needsNewerHub);
}

} // namespace

int enroll(SyncService &sync, const QString &url, const QString &code, const QString &deviceName)
{
    const QString name = deviceName.isEmpty() ? QHostInfo::localHostName() : deviceName;
    QEventLoop loop;
    int exitCode = KioskOptions::HubError;
    bool done = false;
    QObject::connect(&sync, &SyncService::enrolled, &loop, [&](bool ok, const QString &message) {
        done = true;
        if (ok) {
            std::printf("enrolled with %s as device %s (\"%s\")\n", qPrintable(url), qPrintable(message), qPrintable(name));
            exitCode = KioskOptions::Ok;
        } else {
            std::fprintf(stderr, "stadtlabor-kiosk: enrolment failed: %s\n", qPrintable(message));
        }
        loop.quit();
    });
    sync.enroll(QUrl(url, QUrl::StrictMode), code, name);
    if (!done) // refused at once (a bad address) emits before enroll() returns
        loop.exec();
    return exitCode;
}

int syncNow(SyncService &sync)
{
    QEventLoop loop;
    SyncService::Summary summary;
    QObject::connect(&sync, &SyncService::finished, &loop, [&](const SyncService::Summary &s) {
        summary = s;
        loop.quit();
    });
    bool done = false;
    QObject::connect(&sync, &SyncService::finished, &loop, [&] { done = true; });
    sync.syncNow();
    if (!done)
        loop.exec();
    std::printf("sent %d, acknowledged %d, rejected %d; catalogue %s; results updated for %d areas\n", summary.sent,
                summary.acknowledged, summary.rejected,
                summary.catalogueUpdated ? "updated" : summary.catalogueRefused ? "refused (the old one stays)" : "unchanged",
                summary.resultsUpdated);
    const SyncService::Status s = sync.status();
    std::printf("queue: %d pending, %d sent, %d rejected\n", s.pending, s.sent, s.rejected);
    printNeedsNewerHub(s);
    if (!summary.error.isEmpty()) {
        std::fprintf(stderr, "stadtlabor-kiosk: sync incomplete: %s\n", qPrintable(summary.error));
        return KioskOptions::HubError;
    }
    return KioskOptions::Ok;
}

int status(const SyncService &sync)
{
    const SyncService::Status s = sync.status();
    std::printf("hub: %s\ndevice: %s\nstate: %s\nqueue: %d pending, %d sent, %d rejected\nlast success: %s\nlast error: %s\n",
                qPrintable(s.hubUrl.isEmpty() ? QStringLiteral("(none)") : s.hubUrl),
                qPrintable(s.deviceId.isEmpty() ? QStringLiteral("(none)") : s.deviceId), qPrintable(stateName(s.state)),
                s.pending, s.sent, s.rejected, qPrintable(when(s.lastSuccess)),
                qPrintable(s.lastError.isEmpty() ? QStringLiteral("none") : s.lastError));
    printNeedsNewerHub(s);
    return KioskOptions::Ok;
}

} // namespace stadtlabor::SyncCommands
