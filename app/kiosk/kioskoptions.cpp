// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskoptions.h"

#include "settingsschema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>

namespace stadtlabor {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "stadtlabor-kiosk: %s\n", qPrintable(message));
}

} // namespace

void KioskOptions::prepareEnvironment(int argc, char **argv)
{
    bool offscreen = false;
    for (int i = 1; i < argc; ++i) {
        offscreen = offscreen || std::strcmp(argv[i], "--screenshot") == 0
            || std::strncmp(argv[i], "--screenshot=", 13) == 0 || std::strcmp(argv[i], "--probe-first-frame") == 0;
    }
    if (offscreen && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

bool KioskOptions::parse(const QCoreApplication &app, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Stadtlabor Kiosk: the touch terminal of the Smart City Bochum's Stadtlabor.\n\n"
        "Exit codes: 0 ok, 1 the database cannot be used, 2 wrong command line,\n"
        "3 invalid catalogue, 4 the screens failed to load or the screenshot failed,\n"
        "5 the hub could not be reached or refused (--enroll, --sync-now)."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QStringLiteral("Keep the database in <dir> instead of %1.")
            .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)), QStringLiteral("dir"));
    const QCommandLineOption importOption(QStringLiteral("import-catalogue"),
        QStringLiteral("Validate the catalogue <file> and, when valid, make it the one in use; then exit."),
        QStringLiteral("file"));
    const QCommandLineOption settingOption(QStringLiteral("setting"),
        QStringLiteral("Store a device setting and exit: default_area=<area id> (preselected in the "
                       "StadtRaumMonitor; empty to clear) or virtual_keyboard=on|off. May be repeated."),
        QStringLiteral("key=value"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Render a page offscreen to the PNG <file> and exit."), QStringLiteral("file"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QStringLiteral("Open <page>: %1.").arg(PageRoute::pages().join(QStringLiteral(", "))), QStringLiteral("page"),
        QStringLiteral("home"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QStringLiteral("Window size <WxH>, e.g. 1080x1920 (screenshot default 1920x1080)."), QStringLiteral("WxH"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("Start in language <lang>: de (default) or en."), QStringLiteral("lang"));
    const QCommandLineOption windowedOption(QStringLiteral("windowed"),
        QStringLiteral("Run in a window instead of full screen."));
    const QCommandLineOption noKeyboardOption(QStringLiteral("no-virtual-keyboard"),
        QStringLiteral("No on-screen keyboard (laptops with a keyboard; also the device setting virtual_keyboard=off)."));
    const QCommandLineOption enrollOption(QStringLiteral("enroll"),
        QStringLiteral("Enrol this device with the hub at <url> using the one-time code given after it "
                       "(--enroll https://hub.example.org ABCD-EFGH-JKLM), then exit."), QStringLiteral("url"));
    const QCommandLineOption deviceNameOption(QStringLiteral("device-name"),
        QStringLiteral("With --enroll: how the hub lists this device (default: the host name)."), QStringLiteral("name"));
    const QCommandLineOption syncNowOption(QStringLiteral("sync-now"),
        QStringLiteral("Run one full sync with the hub, print what was sent, acknowledged, rejected and pulled, "
                       "and exit (5 when the hub could not be reached)."));
    const QCommandLineOption syncStatusOption(QStringLiteral("sync-status"),
        QStringLiteral("Print the sync state (hub, queue, last success, last error) and exit."));
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"),
        QStringLiteral("Kiosk mode: full screen without a frame; the window cannot be closed and no link opens "
                       "another program. Leaving it takes the admin PIN (also the device setting kiosk_mode=on)."));
    const QCommandLineOption adminOption(QStringLiteral("admin"),
        QStringLiteral("Open the admin pages (behind the PIN) at start; the same as --page admin."));
    const QCommandLineOption staffOption(QStringLiteral("staff"),
        QStringLiteral("Start a street survey: interviewer, group and area, then one respondent after another "
                       "(the same as --page staff-setup)."));
    const QCommandLineOption settingsTableOption(QStringLiteral("settings-table"),
        QStringLiteral("Print every device setting with its values, default and when it takes effect (Markdown), and exit."));
    QCommandLineOption probeOption(QStringLiteral("probe-first-frame"),
        QStringLiteral("Print the peak memory at the first frame and exit (benchmark)."));
    probeOption.setFlags(QCommandLineOption::HiddenFromHelp);

    parser.addOptions({dataDirOption, importOption, settingOption, screenshotOption, pageOption, sizeOption, langOption,
                       windowedOption, noKeyboardOption, enrollOption, deviceNameOption, syncNowOption,
                       syncStatusOption, kioskOption, adminOption, staffOption, settingsTableOption, probeOption});

    if (!parser.parse(app.arguments())) {
        printError(parser.errorText());
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = Ok;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(app.applicationName()), qPrintable(app.applicationVersion()));
        *exitCode = Ok;
        return false;
    }
    if (parser.isSet(settingsTableOption)) {
        std::fputs(qPrintable(SettingsSchema::markdownTable()), stdout);
        *exitCode = Ok;
        return false;
    }
    if (parser.isSet(enrollOption)) {
        enrollUrl = parser.value(enrollOption);
        enrollCode = parser.positionalArguments().value(0);
        if (enrollCode.isEmpty() || parser.positionalArguments().size() > 1) {
            printError(QStringLiteral("--enroll wants the hub's address and the enrolment code: --enroll URL CODE"));
            *exitCode = UsageError;
            return false;
        }
    } else if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unexpected argument \"%1\"; see --help").arg(parser.positionalArguments().first()));
        *exitCode = UsageError;
        return false;
    }

    dataDir = parser.value(dataDirOption);
    importCatalogue = parser.value(importOption);
    settings = parser.values(settingOption);
    screenshotFile = parser.value(screenshotOption);
    windowed = parser.isSet(windowedOption);
    probeFirstFrame = parser.isSet(probeOption);
    virtualKeyboard = !parser.isSet(noKeyboardOption);
    deviceName = parser.value(deviceNameOption);
    syncNow = parser.isSet(syncNowOption);
    syncStatus = parser.isSet(syncStatusOption);
    if (int(!enrollUrl.isEmpty()) + int(syncNow) + int(syncStatus) > 1) {
        printError(QStringLiteral("--enroll, --sync-now and --sync-status go one at a time"));
        *exitCode = UsageError;
        return false;
    }

    kiosk = parser.isSet(kioskOption);
    if (int(parser.isSet(adminOption)) + int(parser.isSet(staffOption)) + int(parser.isSet(pageOption)) > 1) {
        printError(QStringLiteral("--admin, --staff and --page go one at a time"));
        *exitCode = UsageError;
        return false;
    }
    QString error;
    const QString page = parser.isSet(adminOption) ? QStringLiteral("admin")
        : parser.isSet(staffOption)                ? QStringLiteral("staff-setup")
                                                   : parser.value(pageOption);
    route = PageRoute::parse(page, &error);
    if (!route.isValid()) {
        printError(error);
        *exitCode = UsageError;
        return false;
    }

    if (parser.isSet(sizeOption)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
        const auto match = pattern.match(parser.value(sizeOption));
        const QSize requested = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
        if (!requested.isValid() || requested.width() < 320 || requested.height() < 320
            || requested.width() > 8192 || requested.height() > 8192) {
            printError(QStringLiteral("--size wants WxH between 320x320 and 8192x8192, e.g. 1920x1080"));
            *exitCode = UsageError;
            return false;
        }
        size = requested;
    } else if (rendersOffscreen()) {
        size = QSize(1920, 1080);
    }

    if (parser.isSet(langOption)) {
        language = parser.value(langOption);
        if (language != QLatin1String("de") && language != QLatin1String("en")) {
            printError(QStringLiteral("--lang wants de or en, not \"%1\"").arg(language));
            *exitCode = UsageError;
            return false;
        }
    }
    *exitCode = Ok;
    return true;
}

QString KioskOptions::databasePath() const
{
    const QString dir = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;
    return QDir(dir).filePath(QStringLiteral("stadtlabor.sqlite"));
}

} // namespace stadtlabor
