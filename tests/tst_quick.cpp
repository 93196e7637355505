// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner: the module's real pages on the bundled catalogue, stored in a real
// SQLite file and loaded back the way the kiosk does it at start.
#include "admincontroller.h"
#include "adminpin.h"
#include "cataloguestore.h"
#include "database.h"
#include "datacontroller.h"
#include "kiosklockdown.h"
#include "kioskservices.h"
#include "kiosksession.h"
#include "openinghours.h"
#include "sealedbox.h"

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
    static inline const QString pin = QStringLiteral("1357");

    explicit TestKiosk(KioskServices &services)
        : m_session(services.session())
        , m_lockdown(services.lockdown())
        , m_services(services)
    {
    }

    // A terminal in use has its admin PIN (tests of the first start remove it and call this
    // afterwards): nothing is collected without one.
    Q_INVOKABLE bool ensurePin()
    {
        QString error;
        if (!m_services.adminPin().isSet() && !m_services.adminPin().set(pin, &error)) {
            qWarning("TestKiosk: %s", qPrintable(error));
            return false;
        }
        m_services.admin().reload();
        return m_services.admin().pinIsSet();
    }
    // Visits end after the device's idle_seconds and warning_seconds, as at a kiosk.
    Q_INVOKABLE void useSettingsTimeouts(bool on) { m_services.setVisitorTimeouts(on); }

    Q_INVOKABLE void setLockdown(bool active) { m_lockdown.setActive(active); }
    // Short timings, then the attract screen as at the kiosk's start.
    Q_INVOKABLE void startKiosk(int idleMs, int warningMs)
    {
        m_session.setTimings(idleMs, warningMs);
        m_session.showAttract();
    }
    // The closed screen: a Sunday evening with the hours of the Stadtlabor's service point, as
    // in the screenshots. reopen() undoes it.
    Q_INVOKABLE void showClosed()
    {
        const QString hours = QStringLiteral("Mo-Fr 09:00-18:00; Sa 10:00-14:00");
        QString reason;
        const auto parsed = OpeningHours::parse(hours, &reason);
        if (!parsed) {
            qWarning("TestKiosk: %s", qPrintable(reason));
            return;
        }
        m_session.setClock([] { return QDateTime(QDate(2026, 11, 29), QTime(20, 15)); });
        m_session.setOpeningHours(*parsed, hours);
        m_session.showAttract();
    }
    Q_INVOKABLE void reopen()
    {
        m_session.setClock([] { return QDateTime::currentDateTime(); });
        m_session.setOpeningHours(OpeningHours(), QString());
    }
    // Back to how the other tests expect the session: active, never timed out.
    Q_INVOKABLE void stopKiosk()
    {
        m_services.setVisitorTimeouts(false);
        m_session.stayActive();
    }

private:
    KioskSession &m_session;
    KioskLockdown &m_lockdown;
    KioskServices &m_services;
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
        // the kiosk, where they outlive every page. Made here, not in the constructor:
        // translators need the application object.
        if (m_services)
            return;
        m_services = std::make_unique<KioskServices>();
        QString error;
        if (!m_services->open(m_dir.filePath(QStringLiteral("kiosk.sqlite")), &error))
            qFatal("%s", qPrintable(error));
        // The hub's key makes the Bochum-Fonds available; the test keeps the secret half.
        m_testDb = std::make_unique<TestDatabase>(m_services->database());
        m_testDb->m_keys = SealedBox::generateKeyPair();
        Catalogue catalogue = m_services->store().catalogue();
        catalogue.hubPublicKey = m_testDb->m_keys.publicKey;
        if (!m_services->replaceCatalogue(catalogue, &error))
            qFatal("%s", qPrintable(error));
        // As the kiosk runs, but offscreen and not enrolled: the Sync section says so.
        // Visits do not time out unless a test asks for it (TestKiosk).
        m_services->startScreens({QString(), false, true, false});
        // The Data and About sections: exports go to a folder of the test's own.
        m_services->data().setMediaRoots({});
        m_services->data().setDocumentsFolder(m_dir.filePath(QStringLiteral("Documents")));
        m_testKiosk = std::make_unique<TestKiosk>(*m_services);
        if (!m_testKiosk->ensurePin())
            qFatal("the test's admin PIN was not stored");
        m_services->publishToQml();
        qmlRegisterSingletonInstance("StadtlaborTest", 1, 0, "TestKiosk", m_testKiosk.get());
        qmlRegisterSingletonInstance("StadtlaborTest", 1, 0, "TestDb", m_testDb.get());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KioskServices> m_services;
    std::unique_ptr<TestDatabase> m_testDb;
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
