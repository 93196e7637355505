// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pageroute.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace stadtlabor {

class KioskServices;

// The example a screenshot shows: a copy of the kiosk's database in a folder of its own,
// filled the way a visitor, an interviewer, an admin or the hub would fill it, through the
// same public calls. Nothing of it reaches the real database, and no product class carries
// code that exists only for screenshots.
class ScreenshotFixture : public QObject
{
    Q_OBJECT

public:
    // The PIN of the copy: the admin pages are unlocked with it like any other.
    static inline const QString pin = QStringLiteral("2468");

    // A snapshot of `databasePath` (or a new database when there is none yet).
    bool prepare(const QString &databasePath, QString *error);
    QString databasePath() const;

    // Before the screens load: the flows at the page's step, the kiosk's screens, demo data.
    void arrange(KioskServices &services, const PageRoute &route);
    // Whether everything the page shows is in place (the PIN check runs on a worker).
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void ready();

private:
    void arrangeMonitor(KioskServices &services, const PageRoute &route);
    void arrangeFonds(KioskServices &services, const PageRoute &route);
    void arrangeStaff(KioskServices &services, const PageRoute &route);
    void arrangeKioskScreen(KioskServices &services, const PageRoute &route);
    void setReady();

    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_ready = false;
};

} // namespace stadtlabor
