// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskservices.h"

#include "admincontroller.h"
#include "adminpin.h"
#include "catalogueimporter.h"
#include "cataloguerepository.h"
#include "cataloguestore.h"
#include "citypicture.h"
#include "collectiongate.h"
#include "database.h"
#include "datacontroller.h"
#include "devicesettings.h"
#include "fondscontroller.h"
#include "fondsrepository.h"
#include "kiosklockdown.h"
#include "kiosksession.h"
#include "localization.h"
#include "monitorcontroller.h"
#include "monitorrepository.h"
#include "openinghours.h"
#include "resultsrepository.h"
#include "settingsrepository.h"
#include "settingswatcher.h"
#include "staffcontroller.h"
#include "synccontroller.h"
#include "syncqueue.h"
#include "syncservice.h"
#include "visitorreset.h"

#include <QLoggingCategory>

namespace stadtlabor {

Q_LOGGING_CATEGORY(lcKiosk, "stadtlabor.kiosk")

KioskServices::KioskServices(QObject *parent)
    : QObject(parent)
{
}

KioskServices::~KioskServices()
{
    // QML must not reach a controller that is being destroyed.
    setQmlInstances(false);
}

bool KioskServices::open(const QString &databasePath, QString *error)
{
    m_database = std::make_unique<Database>();
    if (!m_database->open(databasePath)) {
        *error = m_database->errorString();
        return false;
    }
    m_catalogues = std::make_unique<CatalogueRepository>(*m_database);
    const auto loaded = CatalogueImporter(*m_catalogues).loadOrImportDefault();
    if (!loaded.ok()) {
        *error = loaded.errors.join(QLatin1Char('\n'));
        return false;
    }
    m_settings = std::make_unique<SettingsRepository>(*m_database);
    QString idError;
    m_deviceId = m_settings->deviceId(&idError);
    if (m_deviceId.isEmpty()) {
        *error = QStringLiteral("cannot record this device's id: %1").arg(idError);
        return false;
    }
    m_results = std::make_unique<ResultsRepository>(*m_database);
    m_queue = std::make_unique<SyncQueue>(*m_database);
    m_sync = std::make_unique<SyncService>(*m_database, *m_catalogues, *m_results, *m_settings);
    m_store = std::make_unique<CatalogueStore>();
    m_store->setCatalogue(*loaded.catalogue);
    m_deviceSettings = std::make_unique<DeviceSettings>(
        *m_settings, [this](const QString &id) { return m_store->catalogue().area(id) != nullptr; });
    m_watcher = std::make_unique<SettingsWatcher>(*m_database);
    m_responses = std::make_unique<MonitorRepository>(*m_database);
    m_ideas = std::make_unique<FondsRepository>(*m_database);
    return true;
}

void KioskServices::startScreens(const ScreenOptions &options)
{
    Q_ASSERT_X(m_database, "KioskServices", "open() first");
    m_options = options;
    m_localization = std::make_unique<Localization>();
    m_localization->setOffer(m_deviceSettings->languages(), m_deviceSettings->defaultLanguage());
    m_localization->resetToDefault();
    if (!options.language.isEmpty())
        m_localization->setLanguage(options.language);

    m_session = std::make_unique<KioskSession>();
    m_adminPin = std::make_unique<AdminPin>(*m_settings);
    m_admin = std::make_unique<AdminController>(m_adminPin.get());
    m_lockdown = std::make_unique<KioskLockdown>([this] { return m_admin->isUnlocked(); });
    m_gate = std::make_unique<CollectionGate>(m_admin.get(), m_session.get(), m_deviceSettings.get());

    // A saved submission is sent a few seconds later.
    m_monitor = std::make_unique<MonitorController>(
        m_store.get(),
        [this](const MonitorResponse &r, QString *why) {
            const bool saved = m_responses->save(r, why);
            if (saved)
                m_sync->submissionSaved();
            return saved;
        },
        [this](const QString &area, const QString &set, int version, int k) { return m_results->shown(area, set, version, k); },
        m_deviceId);
    m_monitor->setCollectCheck([this] { return m_gate->refusal(CollectionGate::Module::Monitor); });
    m_fonds = std::make_unique<FondsController>(
        m_store.get(),
        [this](const FondsIdea &idea, QString *why) {
            const bool saved = m_ideas->save(idea, why);
            if (saved)
                m_sync->submissionSaved();
            return saved;
        },
        m_deviceId);
    m_fonds->setCollectCheck([this] { return m_gate->refusal(CollectionGate::Module::Fonds); });
    // Street surveys: interviewer, group and area for a run of respondents.
    m_staff = std::make_unique<StaffController>(m_store.get(), m_monitor.get());
    m_syncView = std::make_unique<SyncController>(m_sync.get(), [this] { return m_queue->rejected(); });
    m_data = std::make_unique<DataController>(*m_database, m_deviceId);
    m_cityPicture = std::make_unique<CityPicture>(m_store.get(), [this](const QString &area, const QString &set, int version, int k) {
        return m_results->shown(area, set, version, k);
    });

    connectLanguage();
    applySettings();
    connect(m_deviceSettings.get(), &DeviceSettings::changed, this, &KioskServices::applySettings);
    m_lockdown->setActive((options.lockdown || m_deviceSettings->kioskMode()) && !options.offscreen);
    connect(m_admin.get(), &AdminController::unlockedChanged, this,
            [this] { m_session->setSuspended(m_admin->isUnlocked()); });

    // A catalogue pulled from the hub, or imported from a shell, waits until nobody is in
    // the middle of something; only the newest one is applied.
    const auto reloadCatalogue = [this] {
        m_session->whenNobodyIsThere(QStringLiteral("catalogue"), [this] {
            QString loadError;
            if (const auto replaced = m_catalogues->load(&loadError))
                m_store->setCatalogue(*replaced);
            else
                qCWarning(lcKiosk, "the new catalogue could not be read: %s", qPrintable(loadError));
        });
    };
    connect(m_sync.get(), &SyncService::catalogueReplaced, this, reloadCatalogue);
    connect(m_sync.get(), &SyncService::finished, m_cityPicture.get(), [this] { m_cityPicture->refresh(); });
    connect(m_sync.get(), &SyncService::finished, m_data.get(), &DataController::refresh);

    // Another process wrote to the database: settings and the PIN apply at once; a new
    // catalogue like one from the hub.
    connect(m_watcher.get(), &SettingsWatcher::databaseChanged, this, [this, reloadCatalogue] {
        for (const QString &key : m_deviceSettings->reload())
            qCInfo(lcKiosk, "applied %s=%s, changed by another process", qPrintable(key),
                   qPrintable(m_deviceSettings->value(key)));
        m_admin->reload();
        QString loadError;
        const auto stored = m_catalogues->load(&loadError);
        if (stored && stored->version != m_store->catalogue().version)
            reloadCatalogue();
    });

    // When a visitor walks away or finishes: nothing of theirs stays in any controller.
    clearVisitorOnSessionEnd(*m_session, *m_monitor, *m_fonds, *m_localization, *m_admin);
    m_session->watchInput();
}

void KioskServices::connectLanguage()
{
    const auto follow = [this] {
        const QString language = m_localization->language();
        m_monitor->setLanguage(language);
        m_staff->setLanguage(language);
        m_fonds->setLanguage(language);
        m_syncView->setLanguage(language);
        m_admin->setLanguage(language);
        m_session->setLanguage(language);
        m_data->setLanguage(language);
        m_cityPicture->setLanguage(language);
        m_gate->setLanguage(language);
    };
    connect(m_localization.get(), &Localization::languageChanged, this, follow);
    follow();
}

// Every setting takes effect at once, whoever changed it.
void KioskServices::applySettings()
{
    const DeviceSettings &s = *m_deviceSettings;
    if (m_options.visitorTimeouts)
        m_session->setTimings(s.idleSeconds() * 1000, s.warningSeconds() * 1000);
    QString reason;
    const auto hours = OpeningHours::parse(s.openingHours(), &reason);
    m_session->setOpeningHours(hours.value_or(OpeningHours()), hours ? s.openingHours() : QString());
    m_localization->setOffer(s.languages(), s.defaultLanguage());
    if (!m_localization->languages().contains(m_localization->language()))
        m_localization->resetToDefault();
    m_lockdown->setCursorHidden(s.hideCursor() && !m_options.offscreen);
    // Switched on: locked down now. Switched off: only with the admin pages unlocked, the
    // same as "leave kiosk mode" there (a kiosk is never opened by a setting alone).
    if (!m_options.offscreen) {
        if (s.kioskMode() && !m_lockdown->isActive())
            m_lockdown->setActive(true);
        else if (!s.kioskMode() && !m_options.lockdown && m_lockdown->isActive() && m_admin->isUnlocked())
            m_lockdown->leave();
    }
    m_monitor->setDefaultAreaId(s.value(DeviceSettings::keyDefaultArea));
}

void KioskServices::setVisitorTimeouts(bool on)
{
    m_options.visitorTimeouts = on;
    if (on)
        applySettings();
    else
        m_session->setTimings(0, m_deviceSettings->warningSeconds() * 1000);
}

void KioskServices::startRunning()
{
    m_sync->startAutomatic();
    m_watcher->start();
    qCInfo(lcKiosk, "running; settings changed by another process apply at once (%s)", qPrintable(m_database->path()));
}

CatalogueImporter::Result KioskServices::importCatalogueFile(const QString &file)
{
    return CatalogueImporter(*m_catalogues).importFile(file);
}

bool KioskServices::replaceCatalogue(const Catalogue &catalogue, QString *error)
{
    if (!m_catalogues->replace(catalogue, error))
        return false;
    m_store->setCatalogue(catalogue);
    return true;
}

void KioskServices::publishToQml()
{
    setQmlInstances(true);
}

void KioskServices::setQmlInstances(bool on)
{
    const auto give = [on](auto *&instance, auto &owner) { instance = on && owner ? owner.get() : nullptr; };
    give(DataControllerForeign::instance, m_data);
    give(StaffControllerForeign::instance, m_staff);
    give(DeviceSettingsForeign::instance, m_deviceSettings);
    give(KioskSessionForeign::instance, m_session);
    give(KioskLockdownForeign::instance, m_lockdown);
    give(CityPictureForeign::instance, m_cityPicture);
    give(AdminControllerForeign::instance, m_admin);
    give(SyncControllerForeign::instance, m_syncView);
    give(CatalogueStoreForeign::instance, m_store);
    give(LocalizationForeign::instance, m_localization);
    give(MonitorControllerForeign::instance, m_monitor);
    give(FondsControllerForeign::instance, m_fonds);
    give(CollectionGateForeign::instance, m_gate);
}

} // namespace stadtlabor
