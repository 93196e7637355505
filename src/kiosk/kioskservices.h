// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogueimporter.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace stadtlabor {

class AdminController;
class AdminPin;
struct Catalogue; // a struct: Clang (-Wmismatched-tags) and MSVC mangle the tag
class CatalogueRepository;
class CatalogueStore;
class CityPicture;
class CollectionGate;
class DataController;
class Database;
class DeviceSettings;
class FondsController;
class FondsRepository;
class KioskLockdown;
class KioskSession;
class Localization;
class MonitorController;
class MonitorRepository;
class ResultsRepository;
class SettingsRepository;
class SettingsWatcher;
class StaffController;
class SyncController;
class SyncQueue;
class SyncService;

// Everything the terminal is made of, built and connected once. The executable, the Quick
// tests and the screenshot mode construct this same class, so the tests exercise the wiring a
// visitor runs: live settings, the catalogue swap after a sync, the sync triggers, the
// may-collect rule, the reset at the end of each visit.
//
// Two steps: open() gives the storage, the settings and the sync service (enough for the
// command line's --import-catalogue, --setting, --enroll, --sync-now); startScreens() adds
// the session, the controllers and their QML singletons.
class KioskServices : public QObject
{
    Q_OBJECT

public:
    struct ScreenOptions
    {
        QString language;          // --lang; empty: the device's default
        bool lockdown = false;     // --kiosk: lock down whatever the setting says
        bool offscreen = false;    // rendering to a file: no lock-down, no hidden cursor, no sync
        bool visitorTimeouts = true; // idle_seconds and warning_seconds end a visit
    };

    explicit KioskServices(QObject *parent = nullptr);
    ~KioskServices() override;

    // Opens (or creates) the database and loads the catalogue in use, importing the bundled
    // one on a first start. False with the reason when the database cannot be used.
    bool open(const QString &databasePath, QString *error);
    // The session, the controllers and the QML singletons. Needs the application object
    // (translators) and open().
    void startScreens(const ScreenOptions &options);
    // The kiosk runs: syncs by itself and notices settings changed by another process.
    void startRunning();

    // --import-catalogue: validated in full; only an entirely valid catalogue is stored, and
    // it is the one in use from the next start (or, while a kiosk runs, once nobody is there).
    CatalogueImporter::Result importCatalogueFile(const QString &file);
    // Stores a catalogue and makes it the one in use now (set-up before any visitor: the
    // tests, the screenshot fixture). False, and nothing changes, when it is not stored.
    bool replaceCatalogue(const Catalogue &catalogue, QString *error);
    // Whether visits end after idle_seconds (tests of other things switch it off and on).
    void setVisitorTimeouts(bool on);
    // Hands the controllers to QML as the module's singletons (Monitor, Fonds, Session, ...).
    void publishToQml();

    QString deviceId() const { return m_deviceId; }
    Database &database() { return *m_database; }
    CatalogueRepository &catalogues() { return *m_catalogues; }
    SettingsRepository &settingsRepository() { return *m_settings; }
    ResultsRepository &results() { return *m_results; }
    SyncService &sync() { return *m_sync; }
    DeviceSettings &settings() { return *m_deviceSettings; }
    CatalogueStore &store() { return *m_store; }

    // After startScreens():
    Localization &localization() { return *m_localization; }
    KioskSession &session() { return *m_session; }
    KioskLockdown &lockdown() { return *m_lockdown; }
    CollectionGate &gate() { return *m_gate; }
    MonitorController &monitor() { return *m_monitor; }
    FondsController &fonds() { return *m_fonds; }
    StaffController &staff() { return *m_staff; }
    AdminController &admin() { return *m_admin; }
    AdminPin &adminPin() { return *m_adminPin; }
    SyncController &syncView() { return *m_syncView; }
    DataController &data() { return *m_data; }
    CityPicture &cityPicture() { return *m_cityPicture; }
    SettingsWatcher &settingsWatcher() { return *m_watcher; }

private:
    void applySettings();
    // The QML singletons' instances: ours, or none.
    void setQmlInstances(bool on);
    void connectLanguage();

    ScreenOptions m_options;
    QString m_deviceId;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogueRepository> m_catalogues;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<ResultsRepository> m_results;
    std::unique_ptr<SyncQueue> m_queue;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<CatalogueStore> m_store;
    std::unique_ptr<DeviceSettings> m_deviceSettings;
    std::unique_ptr<SettingsWatcher> m_watcher;
    std::unique_ptr<MonitorRepository> m_responses;
    std::unique_ptr<FondsRepository> m_ideas;
    std::unique_ptr<Localization> m_localization;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<AdminPin> m_adminPin;
    std::unique_ptr<AdminController> m_admin;
    std::unique_ptr<KioskLockdown> m_lockdown;
    std::unique_ptr<CollectionGate> m_gate;
    std::unique_ptr<MonitorController> m_monitor;
    std::unique_ptr<FondsController> m_fonds;
    std::unique_ptr<StaffController> m_staff;
    std::unique_ptr<SyncController> m_syncView;
    std::unique_ptr<DataController> m_data;
    std::unique_ptr<CityPicture> m_cityPicture;
};

} // namespace stadtlabor
