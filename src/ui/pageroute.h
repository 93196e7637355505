// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace stadtlabor {

// A page the kiosk can open directly: "home", "projects", "project:<id>", or a step of the
// StadtRaumMonitor ("monitor-theme:<n>" counts themes from 1), "admin" or "admin-<section>"
// (behind its PIN; unlocked in screenshots), the kiosk's own screens (attract, idle-overlay,
// closed) or the street survey (staff-setup, staff-summary).
struct PageRoute
{
    QString page;
    QString argument;

    static QStringList pages(); // the names, for help texts
    static QStringList adminSections();
    // Empty page and a message in *error when the text names no page.
    static PageRoute parse(const QString &text, QString *error);
    bool isValid() const { return !page.isEmpty(); }
};

} // namespace stadtlabor
