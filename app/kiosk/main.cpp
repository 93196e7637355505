// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk executable: builds the services, hands them their dependencies, starts the screens.
#include "admincontroller.h"
#include "adminpin.h"
#include "catalogueimporter.h"
#include "cataloguerepository.h"
#include "cataloguestore.h"
#include "database.h"
#include "firstframeprobe.h"
#include "fondscontroller.h"
#include "fondsrepository.h"
#include "kioskoptions.h"
#include "localization.h"
#include "monitorcontroller.h"
#include "monitorrepository.h"
#include "resultsrepository.h"
#include "settingsrepository.h"
#include "synccommands.h"
#include "synccontroller.h"
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

// --setting KEY=VALUE: the device settings an admin needs before the settings panel exists.
// Every pair is checked first; nothing is stored unless all are valid.
int storeSettings(SettingsRepository &settings, const Catalogue &catalogue, const QStringList &pairs)
{
    QList<QPair<QString, QString>> valid;
    for (const QString &pair : pairs) {
        const QString key = pair.section(u'=', 0, 0).trimmed();
        const QString value = pair.section(u'=', 1).trimmed();
        if (!pair.contains(u'=')) {
            printError(QStringLiteral("--setting wants KEY=VALUE, not \"%1\"").arg(pair));
            return KioskOptions::UsageError;
        }
        if (key == QLatin1String("default_area")) {
            if (!value.isEmpty() && !catalogue.area(value)) {
                printError(QStringLiteral("default_area: no area \"%1\" in the catalogue").arg(value));
                return KioskOptions::UsageError;
            }
        } else if (key == QLatin1String("virtual_keyboard")) {
            if (value != QLatin1String("on") && value != QLatin1String("off")) {
                printError(QStringLiteral("virtual_keyboard: on or off, not \"%1\"").arg(value));
                return KioskOptions::UsageError;
            }
        } else if (const QString problem = SyncService::checkSetting(key, value); problem != QLatin1String("unknown setting")) {
            if (!problem.isEmpty() || key == SyncService::keyHubUrl) {
                printError(key == SyncService::keyHubUrl ? QStringLiteral("hub_url is set by --enroll URL CODE")
                                                         : QStringLiteral("%1: %2").arg(key, problem));
                return KioskOptions::UsageError;
            }
        } else {
            printError(QStringLiteral("unknown setting \"%1\"; known: default_area, virtual_keyboard, %2").arg(key, QStringList{
                SyncService::keyAllowHttp, SyncService::keyPin, SyncService::keyInterval, SyncService::keyContactDays,
                SyncService::keyRecordDays}.join(QStringLiteral(", "))));
            return KioskOptions::UsageError;
        }
        valid.append({key, value});
    }
    for (const auto &[key, value] : valid) {
        QString error;
        if (!settings.setValue(key, value, &error)) {
            printError(QStringLiteral("%1 not stored: %2").arg(key, error));
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

} // namespace

int main(int argc, char *argv[])
{
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
    Localization localization;
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
    monitor.setDefaultAreaId(settings.value(QStringLiteral("default_area")));
    monitor.setLanguage(localization.language());
    QObject::connect(&localization, &Localization::languageChanged, &monitor,
                     [&] { monitor.setLanguage(localization.language()); });
    openMonitorStep(monitor, options.route);

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
    const bool keyboard = qgetenv("QT_IM_MODULE") == "qtvirtualkeyboard"
        && settings.value(QStringLiteral("virtual_keyboard"), QStringLiteral("on")) != QLatin1String("off");
    QVariantMap initial{{QStringLiteral("initialPage"), options.route.page},
                        {QStringLiteral("initialArgument"), options.route.argument},
                        {QStringLiteral("virtualKeyboard"), keyboard}};
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

    // A catalogue pulled from the hub replaces the one on screen at once.
    QObject::connect(&sync, &SyncService::catalogueReplaced, &store, [&] {
        QString loadError;
        if (const auto replaced = catalogues.load(&loadError))
            store.setCatalogue(*replaced);
    });
    if (!options.rendersOffscreen())
        sync.startAutomatic();

    if (options.windowed || options.rendersOffscreen())
        window->show();
    else
        window->showFullScreen();
    return QCoreApplication::exec();
}
