// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's one wiring, as the executable builds it, on a real SQLite file: the may-collect
// rule asked by both flows' controllers, and settings and catalogues written by another
// process taking effect in the running kiosk.
#include "admincontroller.h"
#include "adminpin.h"
#include "catalogue.h"
#include "cataloguerepository.h"
#include "cataloguestore.h"
#include "collectiongate.h"
#include "database.h"
#include "devicesettings.h"
#include "fondscontroller.h"
#include "kioskservices.h"
#include "kiosksession.h"
#include "localization.h"
#include "monitorcontroller.h"
#include "sealedbox.h"
#include "settingsrepository.h"
#include "settingswatcher.h"
#include "staffcontroller.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace stadtlabor;

Q_DECLARE_METATYPE(stadtlabor::CollectionGate::Module)

namespace {

// A Sunday evening, and a Friday a minute before closing, for "Mo-Fr 09:00-18:00".
const QDateTime sundayEvening(QDate(2026, 11, 29), QTime(20, 15));
const QDateTime fridayBeforeSix(QDate(2026, 11, 27), QTime(17, 59));
const QString weekdayHours = QStringLiteral("Mo-Fr 09:00-18:00");

} // namespace

class TestKioskServices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KioskServices> m_kiosk;
    QDateTime m_now = fridayBeforeSix;

    int count(const char *table) const
    {
        QSqlQuery q(m_kiosk->database().connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    int stored() const { return count("monitor_responses") + count("fonds_ideas") + count("outbox"); }

    void setPin()
    {
        QString error;
        QVERIFY2(m_kiosk->adminPin().set(QStringLiteral("1357"), &error), qPrintable(error));
        m_kiosk->admin().reload();
        QVERIFY(!m_kiosk->gate().pinMissing());
    }

    // A visitor at the StadtRaumMonitor's summary: area, every theme rated.
    void monitorAtSummary()
    {
        MonitorController &m = m_kiosk->monitor();
        m.reset();
        m.start();
        QVERIFY(m.step() == MonitorController::ChooseArea);
        m.chooseDistrict(QStringLiteral("mitte"));
        m.chooseArea(QStringLiteral("grumme"));
        m.skipAboutYou();
        for (int i = 0; i < m.themeCount(); ++i) {
            m.setScore(4);
            m.next();
        }
        QCOMPARE(m.step(), MonitorController::Summary);
    }

    // A visitor at the Bochum-Fonds review, every step valid.
    void fondsAtReview()
    {
        FondsController &f = m_kiosk->fonds();
        QVERIFY(f.isAvailable());
        f.start();
        f.setTitle(QStringLiteral("Bänke für den Spielplatz"));
        f.setDescription(QStringLiteral("Drei Holzbänke mit Pergola für die Eltern am Spielplatz."));
        f.area()->chooseDistrict(QStringLiteral("mitte"));
        QVERIFY(f.area()->chooseArea(QStringLiteral("grumme")));
        f.setCategoryId(QStringLiteral("umwelt"));
        f.setPlannedYear(QDate::currentDate().year() + 1);
        f.setPlannedMonth(3);
        f.next();
        f.setTotalCostText(QStringLiteral("12.000"));
        f.setOwnMoneyText(QStringLiteral("2.500"));
        f.setWorkHoursText(QStringLiteral("12"));
        f.setInKindText(QStringLiteral("300"));
        f.next();
        f.setApplicant(QStringLiteral("association"));
        f.setOrganisation(QStringLiteral("Nachbarschaft"));
        f.setDeclaresOfAgeAndCapable(true);
        f.setDeclaresNotPublicOrParty(true);
        f.setDeclaresCommonGood(true);
        f.next();
        f.setName(QStringLiteral("Erika Mustermann"));
        f.setEmail(QStringLiteral("erika@example.de"));
        f.setConsent(true);
        f.next();
        QVERIFY2(f.step() == FondsController::Review, qPrintable(QStringList(f.errors().keys()).join(u',')));
    }

    // Submits the flow at its last step: true when saved, else the reason shown.
    bool submit(CollectionGate::Module module, QString *reason)
    {
        if (module == CollectionGate::Module::Monitor) {
            const bool ok = m_kiosk->monitor().submit();
            *reason = m_kiosk->monitor().error();
            return ok;
        }
        const bool ok = m_kiosk->fonds().submit();
        *reason = m_kiosk->fonds().error();
        return ok;
    }

    void atLastStep(CollectionGate::Module module)
    {
        if (module == CollectionGate::Module::Monitor)
            monitorAtSummary();
        else
            fondsAtReview();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        // Each test a fresh terminal: a new database, as on a first start.
        static int n = 0;
        m_kiosk = std::make_unique<KioskServices>();
        QString error;
        QVERIFY2(m_kiosk->open(m_dir.filePath(QStringLiteral("kiosk-%1.sqlite").arg(++n)), &error), qPrintable(error));
        Catalogue catalogue = m_kiosk->store().catalogue();
        catalogue.hubPublicKey = SealedBox::generateKeyPair().publicKey;
        QVERIFY2(m_kiosk->replaceCatalogue(catalogue, &error), qPrintable(error));
        m_kiosk->startScreens({QString(), false, true, true});
        m_now = fridayBeforeSix;
        m_kiosk->session().setClock([this] { return m_now; });
    }

    void cleanup() { m_kiosk.reset(); }

    void refusals_data()
    {
        QTest::addColumn<CollectionGate::Module>("module");
        QTest::newRow("StadtRaumMonitor") << CollectionGate::Module::Monitor;
        QTest::newRow("Bochum-Fonds") << CollectionGate::Module::Fonds;
    }

    // Asked from C++, as QML would: before a PIN exists, while closed, with the module off or
    // on the attract screen nothing is stored and the reason is the flow's error.
    void refusals()
    {
        QFETCH(CollectionGate::Module, module);
        const QString moduleKey = module == CollectionGate::Module::Monitor ? DeviceSettings::keyModuleMonitor
                                                                             : DeviceSettings::keyModuleFonds;
        QString reason;

        // A fresh install: no PIN yet.
        atLastStep(module);
        QVERIFY(!submit(module, &reason));
        QCOMPARE(reason, CollectionGate::text(CollectionGate::Refusal::NoPin));
        QCOMPARE(stored(), 0);
        setPin();

        // Closed: Sunday evening, the attract screen turned into the closed one.
        QVERIFY(m_kiosk->settings().set(DeviceSettings::keyOpeningHours, weekdayHours));
        m_now = sundayEvening;
        m_kiosk->session().showAttract();
        QCOMPARE(m_kiosk->session().stateValue(), KioskSession::State::Closed);
        QVERIFY(!submit(module, &reason));
        QCOMPARE(reason, CollectionGate::text(CollectionGate::Refusal::Closed));
        QCOMPARE(stored(), 0);

        // Open, but nobody has woken the terminal: the attract screen.
        m_now = fridayBeforeSix;
        m_kiosk->session().checkSchedule();
        QCOMPARE(m_kiosk->session().stateValue(), KioskSession::State::Attract);
        QVERIFY(!submit(module, &reason));
        QCOMPARE(reason, CollectionGate::text(CollectionGate::Refusal::NobodyThere));
        m_kiosk->session().activity();
        QCOMPARE(m_kiosk->session().stateValue(), KioskSession::State::Active);

        // The module switched off on the admin page while the visitor was at it.
        QVERIFY(m_kiosk->settings().set(moduleKey, QStringLiteral("off")));
        QVERIFY(!submit(module, &reason));
        QCOMPARE(reason, CollectionGate::text(CollectionGate::Refusal::ModuleOff));
        QCOMPARE(stored(), 0);

        // Switched on again: the very same answers are saved (they stayed for another try).
        QVERIFY(m_kiosk->settings().set(moduleKey, QStringLiteral("on")));
        QVERIFY2(submit(module, &reason), qPrintable(reason));
        QCOMPARE(count("outbox"), 1);
    }

    // A visitor who started before closing time finishes and is saved.
    void busyAtClosingTimeFinishes()
    {
        setPin();
        QVERIFY(m_kiosk->settings().set(DeviceSettings::keyOpeningHours, weekdayHours));
        m_kiosk->session().showAttract();
        m_kiosk->session().activity();
        monitorAtSummary();
        m_now = fridayBeforeSix.addSecs(10 * 60);
        m_kiosk->session().checkSchedule();
        QCOMPARE(m_kiosk->session().stateValue(), KioskSession::State::Active);
        QString reason;
        QVERIFY2(submit(CollectionGate::Module::Monitor, &reason), qPrintable(reason));
        QCOMPARE(count("monitor_responses"), 1);
        // The session over, the terminal is closed and the next one is refused.
        m_kiosk->session().endSession();
        QCOMPARE(m_kiosk->session().stateValue(), KioskSession::State::Closed);
        QCOMPARE(m_kiosk->gate().monitorRefusal(), CollectionGate::text(CollectionGate::Refusal::Closed));
    }

    // A street survey needs the PIN but no opening hours and no module on offer to visitors.
    void streetSurveyAside()
    {
        QVERIFY(m_kiosk->settings().set(DeviceSettings::keyOpeningHours, weekdayHours));
        QVERIFY(m_kiosk->settings().set(DeviceSettings::keyModuleMonitor, QStringLiteral("off")));
        m_now = sundayEvening;
        m_kiosk->session().showAttract();
        m_kiosk->session().setStaffMode(true);
        QCOMPARE(m_kiosk->gate().monitorRefusal(), CollectionGate::text(CollectionGate::Refusal::NoPin));
        setPin();
        QVERIFY(m_kiosk->gate().monitorRefusal().isEmpty());
        QVERIFY(m_kiosk->staff().begin(QStringLiteral("IV-07"), QString(), QStringLiteral("grumme")));
        MonitorController &m = m_kiosk->monitor();
        m.skipAboutYou();
        for (int i = 0; i < m.themeCount(); ++i) {
            m.setScore(5);
            m.next();
        }
        QVERIFY2(m.submit(), qPrintable(m.error()));
        QCOMPARE(m_kiosk->staff().count(), 1);
    }

    // What the screens show follows the rule: refusals are in the screen's language.
    void refusalsAreTranslated()
    {
        const QString german = m_kiosk->gate().monitorRefusal();
        QVERIFY(!german.isEmpty());
        QSignalSpy changed(&m_kiosk->gate(), &CollectionGate::changed);
        QVERIFY(m_kiosk->localization().setLanguage(QStringLiteral("en")));
        QVERIFY(changed.count() > 0);
        QCOMPARE(m_kiosk->gate().monitorRefusal(), CollectionGate::text(CollectionGate::Refusal::NoPin));
        QVERIFY2(m_kiosk->gate().monitorRefusal() != german, qPrintable(german));
    }

    // Another process (`--setting` from a shell) writes the database: the running kiosk
    // applies the values at its next look, without a restart; its own writes are not news.
    void settingsFromAnotherProcessApplyLive()
    {
        QCOMPARE(m_kiosk->session().idleSeconds(), 90);
        SettingsWatcher &watcher = m_kiosk->settingsWatcher();
        watcher.start(60000); // the test looks itself, not the timer
        QSignalSpy noticed(&watcher, &SettingsWatcher::databaseChanged);
        QVERIFY(m_kiosk->settings().set(DeviceSettings::keyWarningSeconds, QStringLiteral("30")));
        watcher.check();
        QCOMPARE(noticed.count(), 0);
        QCOMPARE(m_kiosk->session().warningSeconds(), 30);

        {
            Database other;
            QVERIFY2(other.open(m_kiosk->database().path()), qPrintable(other.errorString()));
            SettingsRepository shell(other);
            DeviceSettings settings(shell, {});
            QVERIFY(settings.set(DeviceSettings::keyIdleSeconds, QStringLiteral("45")));
            QVERIFY(settings.set(DeviceSettings::keyModuleFonds, QStringLiteral("off")));
            QVERIFY(settings.set(DeviceSettings::keyDefaultLanguage, QStringLiteral("en")));
        }
        watcher.check();
        QCOMPARE(noticed.count(), 1);
        QCOMPARE(m_kiosk->session().idleSeconds(), 45);
        QVERIFY(!m_kiosk->settings().fondsOn());
        QCOMPARE(m_kiosk->localization().defaultLanguage(), QStringLiteral("en"));
        QCOMPARE(m_kiosk->gate().fondsRefusal().isEmpty(), false);
    }

    // A catalogue imported by another process is used like one from the hub: at once when
    // nobody is there, after the visit when somebody is.
    void catalogueFromAnotherProcess()
    {
        setPin();
        m_kiosk->session().showAttract();
        m_kiosk->session().activity();
        const QString before = m_kiosk->store().catalogue().version;
        {
            Database other;
            QVERIFY(other.open(m_kiosk->database().path()));
            CatalogueRepository shell(other);
            Catalogue next = m_kiosk->store().catalogue();
            next.version = QStringLiteral("2027-01-01.1");
            next.projects.removeLast();
            QString error;
            QVERIFY2(shell.replace(next, &error), qPrintable(error));
        }
        m_kiosk->settingsWatcher().check();
        QCOMPARE(m_kiosk->store().catalogue().version, before); // a visitor is mid-visit
        m_kiosk->session().endSession();
        QCOMPARE(m_kiosk->store().catalogue().version, QStringLiteral("2027-01-01.1"));
    }
};

QTEST_MAIN(TestKioskServices)
#include "tst_kioskservices.moc"
