// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk executable: builds the services, hands them their dependencies, starts the screens.
#include "catalogueimporter.h"
#include "collectiongate.h"
#include "kiosklockdown.h"
#include "kiosksession.h"
#include "cataloguestore.h"
#include "devicesettings.h"
#include "firstframeprobe.h"
#include "kioskoptions.h"
#include "kioskservices.h"
#include "logbuffer.h"
#include "screenshotfixture.h"
#include "synccommands.h"
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

int importCatalogue(KioskServices &services, const QString &file)
{
    const auto result = services.importCatalogueFile(file);
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
int storeSettings(DeviceSettings &settings, const QStringList &pairs)
{
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
// Waits for the fixture (the admin pages unlock on a worker) before the next frame counts.
void captureWhenReady(QQuickWindow *window, const QString &file, ScreenshotFixture &fixture)
{
    if (!fixture.isReady()) {
        QObject::connect(&fixture, &ScreenshotFixture::ready, window, [window, file, &fixture] {
            captureWhenReady(window, file, fixture);
            window->update();
        });
        return;
    }
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

    // A screenshot shows a copy of the database, filled with its example by the fixture.
    ScreenshotFixture fixture;
    const bool screenshot = !options.screenshotFile.isEmpty();
    QString error;
    if (screenshot && !fixture.prepare(options.databasePath(), &error)) {
        printError(error);
        return KioskOptions::StorageError;
    }
    KioskServices services;
    if (!services.open(screenshot ? fixture.databasePath() : options.databasePath(), &error)) {
        printError(error);
        return KioskOptions::StorageError;
    }
    if (!options.importCatalogue.isEmpty())
        return importCatalogue(services, options.importCatalogue);
    if (!options.settings.isEmpty())
        return storeSettings(services.settings(), options.settings);
    if (!options.enrollUrl.isEmpty())
        return SyncCommands::enroll(services.sync(), options.enrollUrl, options.enrollCode, options.deviceName);
    if (options.syncNow)
        return SyncCommands::syncNow(services.sync());
    if (options.syncStatus)
        return SyncCommands::status(services.sync());

    services.startScreens({options.language, options.kiosk, options.rendersOffscreen()});
    if (screenshot)
        fixture.arrange(services, options.route);
    services.publishToQml();

    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, app.get(),
                     [] { QCoreApplication::exit(KioskOptions::UiError); }, Qt::QueuedConnection);
    const bool keyboard = qgetenv("QT_IM_MODULE") == "qtvirtualkeyboard";
    QVariantMap initial{{QStringLiteral("initialPage"), options.route.page},
                        {QStringLiteral("initialArgument"), options.route.argument},
                        {QStringLiteral("virtualKeyboard"), keyboard},
                        {QStringLiteral("requirePin"), !options.probeFirstFrame}};
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

    if (options.route.page == QLatin1String("project") && !services.store().hasProject(options.route.argument))
        printError(QStringLiteral("no project \"%1\" in the catalogue; the page says so").arg(options.route.argument));

    if (options.probeFirstFrame)
        FirstFrameProbe::attach(window);
    else if (screenshot)
        captureWhenReady(window, options.screenshotFile, fixture);

    if (!options.rendersOffscreen()) {
        services.startRunning();
        // After each visitor the attract screen, as README promises; the first one now
        // too, unless a page was asked for or the device still needs its admin PIN.
        services.session().useAttract();
        if (options.route.page == QLatin1String("home") && !services.gate().pinMissing())
            services.session().showAttract();
    }

    if (services.lockdown().isActive() || (!options.windowed && !options.rendersOffscreen()))
        window->showFullScreen();
    else
        window->show();
    return QCoreApplication::exec();
}
