// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pageroute.h"

#include <QSize>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace stadtlabor {

// What the command line asks of the kiosk. See `stadtlabor-kiosk --help`.
struct KioskOptions
{
    enum ExitCode {
        Ok = 0,
        StorageError = 1,   // the database cannot be opened or written
        UsageError = 2,     // the command line is wrong
        InvalidCatalogue = 3,
        UiError = 4,        // QML failed to load or the screenshot could not be written
        HubError = 5,       // --enroll / --sync-now: the hub could not be reached or refused
    };

    QString dataDir;
    QString importCatalogue;
    QStringList settings; // KEY=VALUE pairs to store, from --setting
    QString screenshotFile;
    PageRoute route{QStringLiteral("home"), QString()};
    QSize size;
    QString language;
    bool windowed = false;
    bool probeFirstFrame = false;
    bool virtualKeyboard = true;
    QString enrollUrl;   // --enroll URL CODE
    QString enrollCode;
    QString deviceName;  // --device-name, for --enroll
    bool syncNow = false;
    bool syncStatus = false;
    bool kiosk = false;  // --kiosk: lock-down whatever the setting says

    // Before QApplication exists: rendering to a file or for the benchmark needs no display.
    static void prepareEnvironment(int argc, char **argv);
    // Catalogue import (like help, version and usage errors) works on a machine without any
    // display.
    bool needsScreen() const
    {
        return importCatalogue.isEmpty() && settings.isEmpty() && enrollUrl.isEmpty() && !syncNow && !syncStatus;
    }

    // False when the program should exit now with *exitCode (help, version or a usage error).
    bool parse(const QCoreApplication &app, int *exitCode);

    QString databasePath() const;
    bool rendersOffscreen() const { return !screenshotFile.isEmpty() || probeFirstFrame; }
};

} // namespace stadtlabor
