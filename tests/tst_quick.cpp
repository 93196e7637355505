// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner: the module's real pages on the bundled catalogue, stored in a real
// SQLite file and loaded back the way the kiosk does it at start.
#include "admincontroller.h"
#include "adminpin.h"
#include "catalogueimporter.h"
#include "cataloguerepository.h"
#include "cataloguestore.h"
#include "database.h"
#include "datacontroller.h"
#include "citypicture.h"
#include "devicesettings.h"
#include "fondscontroller.h"
#include "fondsrepository.h"
#include "kiosklockdown.h"
#include "kiosksession.h"
#include "localization.h"
#include "sealedbox.h"
#include "monitorcontroller.h"
#include "monitorrepository.h"
#include "resultsrepository.h"
#include "settingsrepository.h"
#include "staffcontroller.h"
#include "synccontroller.h"
#include "visitorreset.h"

#include <QApplication>
#include <QFile>
#include <QQmlEngine>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(StadtlaborPlugin)

using namespace stadtlabor;

// Lets a QML test read the kiosk's real database file, to find what a tap stored.
class TestDatabase : public QObject
{
    Q_OBJECT

public:
    explicit TestDatabase(const Database &db)
        : m_db(db.connection())
    {
    }

    Q_INVOKABLE QVariantList rows(const QString &sql) const
    {
        QVariantList result;
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            qWarning("TestDb: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return result;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            result.append(QVariant(row));
        }
        return result;
    }

    Q_INVOKABLE bool exec(const QString &sql) const
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }

    // Whether the raw bytes of the database file or its WAL contain `text` (UTF-8 or UTF-16):
    // what a thief of the kiosk could read.
    Q_INVOKABLE bool filesContain(const QString &text) const
    {
        const QString path = m_db.databaseName();
        for (const QString &file : {path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
            if (bytes.contains(text.toUtf8()) || bytes.contains(utf16))
                return true;
        }
        return false;
    }

    // Opens an idea's sealed contact data with the hub's secret key, as only the hub can.
    Q_INVOKABLE QString openContact(const QString &uuid) const
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT sealed_contact FROM fonds_ideas WHERE uuid = ?"));
        q.addBindValue(uuid);
        if (!q.exec() || !q.next())
            return {};
        const auto opened = SealedBox::open(q.value(0).toByteArray(), m_keys.publicKey, m_keys.secretKey);
        return opened ? QString::fromUtf8(*opened) : QString();
    }

    SealedBox::KeyPair m_keys;

private:
    QSqlDatabase m_db;
};

// Lets a QML test drive the kiosk's session and lock-down the way main() and the settings do.
class TestKiosk : public QObject
{
    Q_OBJECT

public:
    TestKiosk(KioskSession &session, KioskLockdown &lockdown)
        : m_session(session)
        , m_lockdown(lockdown)
    {
    }

    Q_INVOKABLE void setLockdown(bool active) { m_lockdown.setActive(active); }
    // Short timings, then the attract screen as at the kiosk's start.
    Q_INVOKABLE void startKiosk(int idleMs, int warningMs)
    {
        m_session.setTimings(idleMs, warningMs);
        m_session.showAttract();
    }
    // Back to how the other tests expect the session: active, never timed out.
    Q_INVOKABLE void stopKiosk()
    {
        m_session.setTimings(0, 20000);
        m_session.stayActive();
    }

private:
    KioskSession &m_session;
    KioskLockdown &m_lockdown;
};

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Basic"));
    }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // Each test file gets its own engine; the services are made once and shared, as in
        // the kiosk, where they outlive every page.
        if (m_database.isOpen())
            return;
        if (!m_database.open(m_dir.filePath(QStringLiteral("kiosk.sqlite"))))
            qFatal("%s", qPrintable(m_database.errorString()));
        CatalogueRepository repository(m_database);
        const auto loaded = CatalogueImporter(repository).loadOrImportDefault();
        if (!loaded.ok())
            qFatal("%s", qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        // The hub's key makes the Bochum-Fonds available; the test keeps the secret half.
        m_testDb = std::make_unique<TestDatabase>(m_database);
        m_testDb->m_keys = SealedBox::generateKeyPair();
        Catalogue catalogue = *loaded.catalogue;
        catalogue.hubPublicKey = m_testDb->m_keys.publicKey;
        QString error;
        if (!repository.replace(catalogue, &error))
            qFatal("%s", qPrintable(error));
        m_store.setCatalogue(catalogue);
        // Made here, not in the constructor: translators need the application object.
        m_localization = std::make_unique<Localization>();
        m_responses = std::make_unique<MonitorRepository>(m_database);
        m_results = std::make_unique<ResultsRepository>(m_database);
        m_monitor = std::make_unique<MonitorController>(
            &m_store, [this](const MonitorResponse &r, QString *why) { return m_responses->save(r, why); },
            [this](const QString &area, const QString &set, int version) { return m_results->means(area, set, version); },
            QStringLiteral("quick-test-device"));
        QObject::connect(m_localization.get(), &Localization::languageChanged, m_monitor.get(),
                         [this] { m_monitor->setLanguage(m_localization->language()); });
        CatalogueStoreForeign::instance = &m_store;
        LocalizationForeign::instance = m_localization.get();
        MonitorControllerForeign::instance = m_monitor.get();
        m_staff = std::make_unique<StaffController>(&m_store, m_monitor.get());
        QObject::connect(m_localization.get(), &Localization::languageChanged, m_staff.get(),
                         [this] { m_staff->setLanguage(m_localization->language()); });
        StaffControllerForeign::instance = m_staff.get();
        m_ideas = std::make_unique<FondsRepository>(m_database);
        m_fonds = std::make_unique<FondsController>(
            &m_store, [this](const FondsIdea &idea, QString *why) { return m_ideas->save(idea, why); },
            QStringLiteral("quick-test-device"));
        QObject::connect(m_localization.get(), &Localization::languageChanged, m_fonds.get(),
                         [this] { m_fonds->setLanguage(m_localization->language()); });
        FondsControllerForeign::instance = m_fonds.get();
        // The admin PIN in the same database; no sync service: the kiosk shows "not enrolled".
        m_settings = std::make_unique<SettingsRepository>(m_database);
        m_adminPin = std::make_unique<AdminPin>(*m_settings);
        m_admin = std::make_unique<AdminController>(m_adminPin.get());
        m_sync = std::make_unique<SyncController>(nullptr, SyncController::RejectedSource());
        QObject::connect(m_localization.get(), &Localization::languageChanged, m_admin.get(),
                         [this] { m_admin->setLanguage(m_localization->language()); });
        QObject::connect(m_localization.get(), &Localization::languageChanged, m_sync.get(),
                         [this] { m_sync->setLanguage(m_localization->language()); });
        AdminControllerForeign::instance = m_admin.get();
        m_deviceSettings = std::make_unique<DeviceSettings>(
            *m_settings, [this](const QString &id) { return m_store.catalogue().area(id) != nullptr; });
        m_session = std::make_unique<KioskSession>();
        m_session->watchInput();
        clearVisitorOnSessionEnd(*m_session, *m_monitor, *m_fonds, *m_localization, *m_admin);
        m_lockdown = std::make_unique<KioskLockdown>([this] { return m_admin->isUnlocked(); });
        m_cityPicture = std::make_unique<CityPicture>(&m_store, [this](const QString &area, const QString &set, int version) {
            return m_results->means(area, set, version);
        });
        m_testKiosk = std::make_unique<TestKiosk>(*m_session, *m_lockdown);
        DeviceSettingsForeign::instance = m_deviceSettings.get();
        KioskSessionForeign::instance = m_session.get();
        KioskLockdownForeign::instance = m_lockdown.get();
        CityPictureForeign::instance = m_cityPicture.get();
        qmlRegisterSingletonInstance("StadtlaborTest", 1, 0, "TestKiosk", m_testKiosk.get());
        SyncControllerForeign::instance = m_sync.get();
        // The Data and About sections: exports go to a folder of the test's own.
        m_data = std::make_unique<DataController>(m_database, QStringLiteral("quick-test-device"));
        m_data->setMediaRoots({});
        m_data->setDocumentsFolder(m_dir.filePath(QStringLiteral("Documents")));
        QObject::connect(m_localization.get(), &Localization::languageChanged, m_data.get(),
                         [this] { m_data->setLanguage(m_localization->language()); });
        DataControllerForeign::instance = m_data.get();
        qmlRegisterSingletonInstance("StadtlaborTest", 1, 0, "TestDb", m_testDb.get());
    }

private:
    QTemporaryDir m_dir;
    Database m_database;
    CatalogueStore m_store;
    std::unique_ptr<Localization> m_localization;
    std::unique_ptr<MonitorRepository> m_responses;
    std::unique_ptr<ResultsRepository> m_results;
    std::unique_ptr<MonitorController> m_monitor;
    std::unique_ptr<StaffController> m_staff;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<FondsRepository> m_ideas;
    std::unique_ptr<FondsController> m_fonds;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<AdminPin> m_adminPin;
    std::unique_ptr<AdminController> m_admin;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<DataController> m_data;
    std::unique_ptr<DeviceSettings> m_deviceSettings;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<KioskLockdown> m_lockdown;
    std::unique_ptr<CityPicture> m_cityPicture;
    std::unique_ptr<TestKiosk> m_testKiosk;
};

// Not QUICK_TEST_MAIN_WITH_SETUP: the summary's QtCharts need a QApplication, and the test
// runner only makes a QGuiApplication when no application exists yet.
int main(int argc, char **argv)
{
    QTEST_SET_MAIN_SOURCE_PATH
#ifdef STADTLABOR_WITH_VIRTUAL_KEYBOARD
    // The same suite setup with the on-screen keyboard as the kiosk runs it.
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
#endif
    QApplication app(argc, argv);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "stadtlabor_quick", QUICK_TEST_SOURCE_DIR, &setup);
}
#include "tst_quick.moc"
