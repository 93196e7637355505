// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotfixture.h"

#include "admincontroller.h"
#include "adminpin.h"
#include "cataloguestore.h"
#include "citypicture.h"
#include "database.h"
#include "fondscontroller.h"
#include "kioskservices.h"
#include "kiosksession.h"
#include "localization.h"
#include "monitorcontroller.h"
#include "openinghours.h"
#include "resultsrepository.h"
#include "sealedbox.h"
#include "staffcontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace stadtlabor {

namespace {

// The example's own words: data like a catalogue's texts, in both languages.
QString say(KioskServices &services, const char *de, const char *en)
{
    return QString::fromUtf8(services.localization().language() == QLatin1String("de") ? de : en);
}

// The first statistical district of the first Stadtbezirk, e.g. Bochum-Mitte / Grumme.
QString demoArea(const Catalogue &catalogue)
{
    for (const Area &a : catalogue.areas) {
        if (a.kind == Area::Kind::StatisticalDistrict)
            return a.id;
    }
    return QString();
}

void note(const QString &message)
{
    std::fprintf(stderr, "stadtlabor-kiosk: fixture: %s\n", qPrintable(message));
}

} // namespace

bool ScreenshotFixture::prepare(const QString &databasePath, QString *error)
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = QStringLiteral("no temporary folder for the screenshot's database: %1").arg(m_dir->errorString());
        return false;
    }
    if (QFileInfo::exists(databasePath))
        return Database::snapshot(databasePath, this->databasePath(), error);
    return true;
}

QString ScreenshotFixture::databasePath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("screenshot.sqlite")) : QString();
}

void ScreenshotFixture::arrange(KioskServices &services, const PageRoute &route)
{
    // The copy has an admin PIN, like any terminal in use: nothing is collected without one.
    AdminPin &adminPin = services.adminPin();
    if (!adminPin.isSet()) {
        QString error;
        if (!adminPin.set(pin, &error))
            note(QStringLiteral("the example PIN was not stored: %1").arg(error));
        services.admin().reload();
    }
    if (route.page.startsWith(QLatin1String("monitor-")) || route.page == QLatin1String("idle-overlay"))
        arrangeMonitor(services, route);
    else if (route.page.startsWith(QLatin1String("fonds-")))
        arrangeFonds(services, route);
    else if (route.page.startsWith(QLatin1String("staff-")))
        arrangeStaff(services, route);
    arrangeKioskScreen(services, route);
    if (route.page == QLatin1String("admin") || (route.page.startsWith(QLatin1String("admin-")) && route.page != QLatin1String("admin-pin"))) {
        // Unlocked as an admin would: with the PIN, checked on a worker.
        AdminController &admin = services.admin();
        connect(&admin, &AdminController::unlockedChanged, this, [this, &admin] {
            if (admin.isUnlocked())
                setReady();
        });
        connect(&admin, &AdminController::pinRejected, this, [this] {
            note(QStringLiteral("the admin pages stay locked: the copy's PIN is not %1").arg(pin));
            setReady();
        });
        admin.unlock(pin);
        return;
    }
    QTimer::singleShot(0, this, &ScreenshotFixture::setReady);
}

void ScreenshotFixture::setReady()
{
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT ready();
}

// A response with a spread over the scale and "no answer" at every fourth theme, entered
// theme by theme; `monitor-theme:<n>` stops at theme n, `monitor-done` submits.
void ScreenshotFixture::arrangeMonitor(KioskServices &services, const PageRoute &route)
{
    MonitorController &monitor = services.monitor();
    monitor.reset();
    if (route.page == QLatin1String("monitor-start") || !monitor.isAvailable())
        return;
    monitor.start();
    if (route.page == QLatin1String("monitor-area"))
        return;
    monitor.chooseArea(demoArea(services.store().catalogue()));
    if (route.page == QLatin1String("monitor-about")) {
        monitor.setAgeBand(QStringLiteral("30_44"));
        return;
    }
    monitor.setAgeBand(QStringLiteral("30_44"));
    monitor.toggleRelation(QStringLiteral("live"));
    monitor.toggleRelation(QStringLiteral("work"));
    monitor.next();
    int stopAt = monitor.themeCount(); // the summary
    if (route.page == QLatin1String("monitor-theme")) {
        stopAt = std::clamp(route.argument.toInt() - 1, 0, monitor.themeCount() - 1);
        if (route.argument.toInt() > monitor.themeCount())
            note(QStringLiteral("the criteria set has %1 themes; showing the last").arg(monitor.themeCount()));
    } else if (route.page == QLatin1String("idle-overlay")) {
        stopAt = std::min(4, monitor.themeCount() - 1);
    }
    const int span = monitor.scaleMax() - monitor.scaleMin();
    for (int i = 0; i < monitor.themeCount(); ++i) {
        if (i % 4 == 3)
            monitor.setNoAnswer();
        else
            monitor.setScore(monitor.scaleMin() + (i * 5 + 2) % (span + 1));
        if (i == 0) {
            monitor.setGood(say(services, "Breite Gehwege an der Hauptstraße.", "Wide pavements along the main street."));
            monitor.setBetter(say(services, "Der Radweg endet plötzlich an der Kreuzung.",
                                  "The cycle lane ends suddenly at the crossing."));
        }
        if (i == stopAt)
            return;
        monitor.next();
    }
    if (route.page == QLatin1String("monitor-done") && !monitor.submit())
        note(QStringLiteral("the example response was not saved: %1").arg(monitor.error()));
}

// An idea filled in step by step, with an own share of about 7 %: the money check warns.
void ScreenshotFixture::arrangeFonds(KioskServices &services, const PageRoute &route)
{
    FondsController &fonds = services.fonds();
    if (!fonds.isAvailable()) {
        // Only the hub's key makes the fund available (the bundled catalogue has none); the
        // copy gets a key of its own.
        Catalogue catalogue = services.store().catalogue();
        catalogue.hubPublicKey = SealedBox::generateKeyPair().publicKey;
        QString error;
        if (!services.replaceCatalogue(catalogue, &error))
            note(QStringLiteral("the example key was not stored: %1").arg(error));
    }
    fonds.reset();
    if (route.page == QLatin1String("fonds-start"))
        return;
    const QString page = route.page;
    fonds.start();
    fonds.setTitle(say(services, "Bänke und Schatten für den Spielplatz in Grumme", "Benches and shade for the Grumme playground"));
    fonds.setDescription(say(services,
                             "Eltern warten am Spielplatz an der Vierhausstraße ohne Sitzplatz. Wir möchten mit den Nachbarn drei "
                             "Holzbänke mit einer Pergola bauen, bepflanzt mit Kletterrosen.",
                             "Parents wait at the playground on Vierhausstraße without a place to sit. We want to build three "
                             "wooden benches with a pergola, planted with climbing roses, together with the neighbours."));
    fonds.area()->preselect(demoArea(services.store().catalogue()));
    const QList<FundCategory> &categories = services.store().catalogue().fundRules.categories;
    if (!categories.isEmpty())
        fonds.setCategoryId(categories.constFirst().id);
    fonds.setPlannedYear(QDate::currentDate().year() + 1);
    fonds.setPlannedMonth(4);
    if (page == QLatin1String("fonds-idea"))
        return;
    fonds.next();
    const QLocale locale(services.localization().language());
    fonds.setTotalCostText(locale.toString(12000));
    fonds.setOwnMoneyText(locale.toString(500));
    fonds.setWorkHoursText(locale.toString(20));
    fonds.setInKindText(locale.toString(150));
    if (page == QLatin1String("fonds-money"))
        return;
    fonds.next();
    fonds.setApplicant(QStringLiteral("group"));
    fonds.setOrganisation(say(services, "Nachbarschaft Vierhausstraße", "Neighbours of Vierhausstraße"));
    fonds.setDeclaresOfAgeAndCapable(true);
    fonds.setDeclaresNotPublicOrParty(true);
    fonds.setDeclaresCommonGood(true);
    if (page == QLatin1String("fonds-who"))
        return;
    fonds.next();
    fonds.setName(QStringLiteral("Erika Mustermann"));
    fonds.setEmail(QStringLiteral("erika.mustermann@example.de"));
    fonds.setPhone(QStringLiteral("0234 123456"));
    if (page == QLatin1String("fonds-contact"))
        return;
    fonds.setConsent(true);
    fonds.next();
    if (page == QLatin1String("fonds-receipt") && !fonds.submit())
        note(QStringLiteral("the example idea was not saved: %1").arg(fonds.error()));
}

// Twelve respondents around a fixed profile (good transport and green space, little room to
// take part), one step either way; some leave a theme unanswered and nobody rates the last.
void ScreenshotFixture::arrangeStaff(KioskServices &services, const PageRoute &route)
{
    StaffController &staff = services.staff();
    const QString area = demoArea(services.store().catalogue());
    staff.close();
    if (route.page == QLatin1String("staff-setup")) {
        staff.setInterviewerInput(QStringLiteral("IV-07"));
        staff.setGroupInput(QStringLiteral("Werkstatt-3"));
        staff.area()->preselect(area);
        return;
    }
    services.session().setStaffMode(true);
    if (!staff.begin(QStringLiteral("IV-07"), QStringLiteral("Werkstatt-3"), area)) {
        note(QStringLiteral("the example street survey did not start"));
        return;
    }
    MonitorController &monitor = services.monitor();
    static const double profile[] = {0.55, 0.85, 0.35, 0.5, 0.8, 0.6, 0.65, 0.3, 0.25, 0.45, 0.6, 0.7, 0.2};
    const int span = monitor.scaleMax() - monitor.scaleMin();
    for (int person = 0; person < 12; ++person) {
        monitor.skipAboutYou();
        const int themes = monitor.themeCount();
        for (int i = 0; i < themes; ++i) {
            if (i + 1 < themes && (person + i) % 5 != 4) {
                const int centre = monitor.scaleMin() + qRound(profile[i % std::size(profile)] * span);
                monitor.setScore(std::clamp(centre + (person * 7 + i * 3) % 3 - 1, monitor.scaleMin(), monitor.scaleMax()));
            } else {
                monitor.setNoAnswer();
            }
            monitor.next();
        }
        if (!monitor.submit()) {
            note(QStringLiteral("an example respondent was not saved: %1").arg(monitor.error()));
            return;
        }
    }
    staff.end();
}

void ScreenshotFixture::arrangeKioskScreen(KioskServices &services, const PageRoute &route)
{
    KioskSession &session = services.session();
    if (route.page == QLatin1String("attract")) {
        session.setOpeningHours(OpeningHours(), QString());
        session.showAttract();
        // The city's picture as a sync would bring it, when the copy has none yet.
        const Catalogue &catalogue = services.store().catalogue();
        if (catalogue.areas.isEmpty())
            return;
        const CriteriaSet &set = catalogue.criteriaSet;
        if (services.results().shown(catalogue.areas.constFirst().id, set.id, set.version, catalogue.minResponses).responses > 0)
            return;
        static const double example[] = {5.1, 4.4, 3.6, 4.9, 5.6, 4.2, 3.9, 4.6, 5.3, 3.4, 4.8, 4.1, 3.7, 4.5};
        QList<ResultsRepository::ThemeResult> results;
        for (int i = 0; i < set.themes.size(); ++i)
            results.append({set.themes.at(i).id, 240, example[i % std::size(example)], {}});
        QString error;
        if (!services.results().replaceArea(catalogue.areas.constFirst().id, set.id, set.version, 256, results, &error))
            note(QStringLiteral("the example city picture was not stored: %1").arg(error));
        services.cityPicture().refresh();
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
    }
}

} // namespace stadtlabor
