// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk executable: builds the services, hands them their dependencies, starts the screens.
#include "admincontroller.h"
#include "adminpin.h"
#include "catalogueimporter.h"
#include "citypicture.h"
#include "devicesettings.h"
#include "kiosklockdown.h"
#include "kiosksession.h"
#include "openinghours.h"
#include "cataloguerepository.h"
#include "cataloguestore.h"
#include "database.h"
#include "datacontroller.h"
#include "firstframeprobe.h"
#include "fondscontroller.h"
#include "fondsrepository.h"
#include "kioskoptions.h"
#include "localization.h"
#include "logbuffer.h"
#include "monitorcontroller.h"
#include "monitorrepository.h"
#include "resultsrepository.h"
#include "settingsrepository.h"
#include "synccommands.h"
#include "staffcontroller.h"
#include "synccontroller.h"
#include "visitorreset.h"
#include "syncqueue.h"
#include "syncservice.h"

#include <QApplication>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(StadtlaborPlugin)

using namespace stadtlabor;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "stadtlabor-kiosk: %s\n", qPrintable(message));
}

int importCatalogue(CatalogueRepository &repository, const QString &file)
{
    CatalogueImporter importer(repository);
    const auto result = importer.importFile(file);
    if (!result.ok()) {
        printError(QStringLiteral("%1 was not imported; the catalogue in use is unchanged:").arg(file));
        for (const QString &e : result.errors)
            std::fprintf(stderr, "  %s\n", qPrintable(e));
        return KioskOptions::InvalidCatalogue;
    }
    const Catalogue &c = *result.catalogue;
    std::printf("imported catalogue %s: %lld projects, %lld areas, %lld themes\n", qPrintable(c.version),
                static_cast<long long>(c.projects.size()), static_cast<long long>(c.areas.size()),
                static_cast<long long>(c.criteriaSet.themes.size()));
    return KioskOptions::Ok;
}

// --setting KEY=VALUE: the same settings, with the same checks, as the admin pages. Every
// pair is checked first; nothing is stored unless all are valid.
int storeSettings(SettingsRepository &repository, const Catalogue &catalogue, const QStringList &pairs)
{
    DeviceSettings settings(repository, [&catalogue](const QString &id) { return catalogue.area(id) != nullptr; });
    QList<QPair<QString, QString>> valid;
    for (const QString &pair : pairs) {
        const QString key = pair.section(u'=', 0, 0).trimmed();
        const QString value = pair.section(u'=', 1).trimmed();
        if (!pair.contains(u'=')) {
            printError(QStringLiteral("--setting wants KEY=VALUE, not \"%1\"").arg(pair));
            return KioskOptions::UsageError;
        }
        if (key == SyncService::keyHubUrl) {
            printError(QStringLiteral("hub_url is set by --enroll URL CODE"));
            return KioskOptions::UsageError;
        }
        if (!DeviceSettings::keys().contains(key)) {
            printError(QStringLiteral("unknown setting \"%1\"; known: %2").arg(key, DeviceSettings::keys().join(QStringLiteral(", "))));
            return KioskOptions::UsageError;
        }
        if (const QString problem = settings.check(key, value); !problem.isEmpty()) {
            printError(QStringLiteral("%1: %2").arg(key, problem));
            return KioskOptions::UsageError;
        }
        valid.append({key, value});
    }
    for (const auto &[key, value] : valid) {
        // Checked again against the pairs stored before it (languages, then default_language).
        if (!settings.set(key, value)) {
            printError(QStringLiteral("%1 not stored: %2").arg(key, settings.lastError()));
            return KioskOptions::StorageError;
        }
        std::printf("%s=%s\n", qPrintable(key), qPrintable(value));
    }
    return KioskOptions::Ok;
}

// Renders the window once it has drawn a frame, writes the PNG and ends the event loop.
void captureWhenReady(QQuickWindow *window, const QString &file)
{
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, file] {
        static bool scheduled = false;
        if (scheduled)
            return;
        scheduled = true;
        // A short pause lets layouts that depend on the first frame's sizes settle.
        QTimer::singleShot(150, window, [window, file] {
            const QImage image = window->grabWindow();
            if (image.isNull() || !image.save(file, "PNG")) {
                printError(QStringLiteral("cannot write the screenshot %1").arg(file));
                QCoreApplication::exit(KioskOptions::UiError);
                return;
            }
            std::printf("wrote %s (%dx%d)\n", qPrintable(QDir::toNativeSeparators(file)), image.width(), image.height());
            QCoreApplication::exit(KioskOptions::Ok);
        });
    });
}

// --page monitor-...: the flow at that step, filled with the built-in demo response.
void openMonitorStep(MonitorController &monitor, const PageRoute &route)
{
    static const QHash<QString, MonitorController::Step> steps{
        {QStringLiteral("monitor-start"), MonitorController::Start},
        {QStringLiteral("monitor-area"), MonitorController::ChooseArea},
        {QStringLiteral("monitor-about"), MonitorController::AboutYou},
        {QStringLiteral("monitor-theme"), MonitorController::Rating},
        {QStringLiteral("monitor-summary"), MonitorController::Summary},
        {QStringLiteral("monitor-done"), MonitorController::Done},
    };
    const auto it = steps.constFind(route.page);
    if (it == steps.constEnd())
        return;
    const int theme = route.argument.toInt() - 1;
    if (*it == MonitorController::Rating && theme >= monitor.themeCount())
        printError(QStringLiteral("the criteria set has %1 themes; showing the last").arg(monitor.themeCount()));
    monitor.loadDemo(*it, theme);
}

// --page fonds-...: the form at that step, filled with demo data (the money check warning).
void openFondsStep(FondsController &fonds, const PageRoute &route)
{
    static const QHash<QString, FondsController::Step> steps{
        {QStringLiteral("fonds-start"), FondsController::Intro},
        {QStringLiteral("fonds-idea"), FondsController::Idea},
        {QStringLiteral("fonds-money"), FondsController::Money},
        {QStringLiteral("fonds-who"), FondsController::Who},
        {QStringLiteral("fonds-contact"), FondsController::Contact},
        {QStringLiteral("fonds-review"), FondsController::Review},
        {QStringLiteral("fonds-receipt"), FondsController::Receipt},
    };
    const auto it = steps.constFind(route.page);
    if (it == steps.constEnd())
        return;
    if (!fonds.isAvailable())
        printError(QStringLiteral("the catalogue names no hub key, so the Bochum-Fonds is not offered; showing its pages with demo data"));
    fonds.loadDemo(*it);
}

// --page attract / idle-overlay / closed / admin-<section>: the kiosk's own screens, for
// screenshots. The admin pages are shown unlocked only when rendering to a file.
void openKioskScreen(KioskSession &session, AdminController &admin, CityPicture &picture, const PageRoute &route,
                     bool screenshot)
{
    if (route.page == QLatin1String("attract")) {
        session.setOpeningHours(OpeningHours(), QString());
        session.showAttract();
        if (!picture.isAvailable())
            picture.showExample();
    } else if (route.page == QLatin1String("idle-overlay")) {
        // Over a visitor's half-done StadtRaumMonitor.
        session.setTimings(3600 * 1000, session.warningSeconds() * 1000);
        session.warnNow();
    } else if (route.page == QLatin1String("closed")) {
        // A Sunday evening with the hours of the Stadtlabor's service point.
        const QString hours = QStringLiteral("Mo-Fr 09:00-18:00; Sa 10:00-14:00");
        QString reason;
        session.setClock([] { return QDateTime(QDate(2026, 11, 29), QTime(20, 15)); });
        session.setOpeningHours(*OpeningHours::parse(hours, &reason), hours);
        session.showAttract();
    } else if (screenshot && (route.page == QLatin1String("admin") || route.page.startsWith(QLatin1String("admin-")))) {
        if (route.page != QLatin1String("admin-pin"))
            admin.unlockForScreenshot();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // The admin pages show the latest log lines; the usual output stays as it is.
    LogBuffer::install();
    KioskOptions::prepareEnvironment(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stadtlabor-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STADTLABOR_VERSION));
    // The command line is read before anything needs a screen, so usage errors, help and
    // catalogue import work on a machine without a display. QtCharts needs QApplication.
    std::unique_ptr<QCoreApplication> app = std::make_unique<QCoreApplication>(argc, argv);
    KioskOptions options;
    int exitCode = 0;
    if (!options.parse(*app, &exitCode))
        return exitCode;
    if (options.needsScreen()) {
        // The on-screen keyboard is an input method, chosen before the application starts.
        if (options.virtualKeyboard && qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
            qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
        app.reset();
        app = std::make_unique<QApplication>(argc, argv);
    }

    Database database;
    if (!database.open(options.databasePath())) {
        printError(database.errorString());
        return KioskOptions::StorageError;
    }
    CatalogueRepository catalogues(database);
    if (!options.importCatalogue.isEmpty())
        return importCatalogue(catalogues, options.importCatalogue);

    const auto loaded = CatalogueImporter(catalogues).loadOrImportDefault();
    if (!loaded.ok()) {
        printError(loaded.errors.join(QLatin1Char('\n')));
        return KioskOptions::StorageError;
    }
    QString error;
    SettingsRepository settings(database);
    if (!options.settings.isEmpty())
        return storeSettings(settings, *loaded.catalogue, options.settings);
    const QString deviceId = settings.deviceId(&error);
    if (deviceId.isEmpty()) {
        printError(QStringLiteral("cannot record this device's id: %1").arg(error));
        return KioskOptions::StorageError;
    }

    ResultsRepository results(database);
    SyncService sync(database, catalogues, results, settings);
    if (!options.enrollUrl.isEmpty())
        return SyncCommands::enroll(sync, options.enrollUrl, options.enrollCode, options.deviceName);
    if (options.syncNow)
        return SyncCommands::syncNow(sync);
    if (options.syncStatus)
        return SyncCommands::status(sync);

    CatalogueStore store;
    store.setCatalogue(*loaded.catalogue);
    DeviceSettings deviceSettings(settings, [&store](const QString &id) { return store.catalogue().area(id) != nullptr; });
    Localization localization;
    localization.setOffer(deviceSettings.languages(), deviceSettings.defaultLanguage());
    localization.resetToDefault();
    if (!options.language.isEmpty())
        localization.setLanguage(options.language);

    MonitorRepository responses(database);
    MonitorController monitor(
        &store,
        [&responses, &sync](const MonitorResponse &r, QString *why) {
            const bool saved = responses.save(r, why);
            if (saved)
                sync.submissionSaved();
            return saved;
        },
        [&results](const QString &area, const QString &set, int version) { return results.means(area, set, version); },
        deviceId);
    monitor.setDefaultAreaId(deviceSettings.value(DeviceSettings::keyDefaultArea));
    monitor.setLanguage(localization.language());
    QObject::connect(&localization, &Localization::languageChanged, &monitor,
                     [&] { monitor.setLanguage(localization.language()); });
    openMonitorStep(monitor, options.route);
    if (options.route.page == QLatin1String("idle-overlay"))
        monitor.loadDemo(MonitorController::Rating, 4);

    // Street surveys: interviewer, group and area for a run of respondents.
    StaffController staff(&store, &monitor);
    staff.setLanguage(localization.language());
    QObject::connect(&localization, &Localization::languageChanged, &staff,
                     [&] { staff.setLanguage(localization.language()); });
    if (options.route.page == QLatin1String("staff-summary"))
        staff.loadDemo(StaffController::Summary);
    else if (options.route.page == QLatin1String("staff-setup") && !options.screenshotFile.isEmpty())
        staff.loadDemo(StaffController::Setup);

    FondsRepository ideas(database);
    FondsController fonds(
        &store,
        [&ideas, &sync](const FondsIdea &idea, QString *why) {
            const bool saved = ideas.save(idea, why);
            if (saved)
                sync.submissionSaved();
            return saved;
        },
        deviceId);
    fonds.setLanguage(localization.language());
    QObject::connect(&localization, &Localization::languageChanged, &fonds,
                     [&] { fonds.setLanguage(localization.language()); });
    openFondsStep(fonds, options.route);

    AdminPin adminPin(settings);
    AdminController admin(&adminPin);
    SyncQueue syncQueue(database);
    SyncController syncView(&sync, [&syncQueue] { return syncQueue.rejected(); });
    syncView.setLanguage(localization.language());
    admin.setLanguage(localization.language());
    QObject::connect(&localization, &Localization::languageChanged, &syncView, [&] {
        syncView.setLanguage(localization.language());
        admin.setLanguage(localization.language());
    });
    // One visitor at a time: idle reset, attract and closed screens, and the lock-down.
    KioskSession session;
    KioskLockdown lockdown([&admin] { return admin.isUnlocked(); });
    CityPicture cityPicture(&store, [&results](const QString &area, const QString &set, int version) {
        return results.means(area, set, version);
    });
    const auto applySettings = [&] {
        session.setTimings(deviceSettings.idleSeconds() * 1000, deviceSettings.warningSeconds() * 1000);
        QString reason;
        const auto hours = OpeningHours::parse(deviceSettings.openingHours(), &reason);
        session.setOpeningHours(hours.value_or(OpeningHours()), hours ? deviceSettings.openingHours() : QString());
        localization.setOffer(deviceSettings.languages(), deviceSettings.defaultLanguage());
        if (!localization.languages().contains(localization.language()))
            localization.resetToDefault();
        lockdown.setCursorHidden(deviceSettings.hideCursor() && !options.rendersOffscreen());
        monitor.setDefaultAreaId(deviceSettings.value(DeviceSettings::keyDefaultArea));
    };
    applySettings();
    QObject::connect(&deviceSettings, &DeviceSettings::changed, &session, applySettings);
    // Switching the setting on locks down at once; switching it off takes effect at the next
    // start (or now, with "leave kiosk mode" on the admin pages).
    QObject::connect(&deviceSettings, &DeviceSettings::changed, &lockdown, [&] {
        if (deviceSettings.kioskMode() && !lockdown.isActive())
            lockdown.setActive(true);
    });
    lockdown.setActive((options.kiosk || deviceSettings.kioskMode()) && !options.rendersOffscreen());
    QObject::connect(&admin, &AdminController::unlockedChanged, &session, [&] { session.setSuspended(admin.isUnlocked()); });

    // A catalogue pulled from the hub waits until nobody is in the middle of something.
    QObject::connect(&sync, &SyncService::catalogueReplaced, &store, [&] {
        session.whenNobodyIsThere(QStringLiteral("catalogue"), [&] {
            QString loadError;
            if (const auto replaced = catalogues.load(&loadError))
                store.setCatalogue(*replaced);
            else
                qWarning("stadtlabor: the new catalogue could not be read: %s", qPrintable(loadError));
        });
    });
    QObject::connect(&sync, &SyncService::finished, &cityPicture, [&] { cityPicture.refresh(); });

    // When a visitor walks away or finishes: nothing of theirs stays in any controller.
    clearVisitorOnSessionEnd(session, monitor, fonds, localization, admin);
    session.watchInput();
    DataController data(database, deviceId);
    data.setLanguage(localization.language());
    QObject::connect(&sync, &SyncService::finished, &data, &DataController::refresh);
    QObject::connect(&localization, &Localization::languageChanged, &session, [&] {
        session.setLanguage(localization.language());
        data.setLanguage(localization.language());
        cityPicture.setLanguage(localization.language());
    });
    session.setLanguage(localization.language());
    cityPicture.setLanguage(localization.language());

    DataControllerForeign::instance = &data;
    StaffControllerForeign::instance = &staff;
    DeviceSettingsForeign::instance = &deviceSettings;
    KioskSessionForeign::instance = &session;
    KioskLockdownForeign::instance = &lockdown;
    CityPictureForeign::instance = &cityPicture;
    AdminControllerForeign::instance = &admin;
    SyncControllerForeign::instance = &syncView;

    CatalogueStoreForeign::instance = &store;
    LocalizationForeign::instance = &localization;
    MonitorControllerForeign::instance = &monitor;
    FondsControllerForeign::instance = &fonds;

    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, app.get(),
                     [] { QCoreApplication::exit(KioskOptions::UiError); }, Qt::QueuedConnection);
    const bool keyboard = qgetenv("QT_IM_MODULE") == "qtvirtualkeyboard";
    openKioskScreen(session, admin, cityPicture, options.route, !options.screenshotFile.isEmpty());
    QVariantMap initial{{QStringLiteral("initialPage"), options.route.page},
                        {QStringLiteral("initialArgument"), options.route.argument},
                        {QStringLiteral("virtualKeyboard"), keyboard},
                        {QStringLiteral("requirePin"), !options.rendersOffscreen()}};
    // The first layout happens at the final size: laying out every text twice costs start-up time.
    if (options.size.isValid()) {
        initial.insert(QStringLiteral("width"), options.size.width());
        initial.insert(QStringLiteral("height"), options.size.height());
    }
    engine.setInitialProperties(initial);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    engine.loadFromModule("Stadtlabor", "Main");
#else
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Stadtlabor/Main.qml")));
#endif
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        printError(QStringLiteral("the screens failed to load"));
        return KioskOptions::UiError;
    }

    if (options.route.page == QLatin1String("project") && !store.hasProject(options.route.argument))
        printError(QStringLiteral("no project \"%1\" in the catalogue; the page says so").arg(options.route.argument));

    if (options.probeFirstFrame)
        FirstFrameProbe::attach(window);
    else if (!options.screenshotFile.isEmpty())
        captureWhenReady(window, options.screenshotFile);

    if (!options.rendersOffscreen())
        sync.startAutomatic();
    // Nobody is there yet: the attract screen, unless a page was asked for or the device
    // still needs its admin PIN.
    if (options.route.page == QLatin1String("home") && admin.pinIsSet() && !options.rendersOffscreen())
        session.showAttract();

    if (lockdown.isActive() || (!options.windowed && !options.rendersOffscreen()))
        window->showFullScreen();
    else
        window->show();
    return QCoreApplication::exec();
}
