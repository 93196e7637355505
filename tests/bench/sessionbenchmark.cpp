// SPDX-License-Identifier: GPL-3.0-or-later
// Visitor sessions in one kiosk process: does the terminal stay the same after a day of
// visitors? The StadtRaumMonitor (all themes, submitted) and a Bochum-Fonds idea (every step,
// handed in) alternate, each followed by the end of the visit. They run through the product's
// wiring: KioskServices, its controllers (called as the pages' buttons call them) and the
// module's real pages in a shown window, which build and drop their step views as a visitor's
// taps make them. Prints the resident memory after a warm-up and at the end (goal: growth
// < 2 MiB) and the time per session. Arguments: [SESSIONS] (default 2000).
#include "kioskbench.h"

#include "areapicker.h"
#include "fondscontroller.h"
#include "kiosksession.h"
#include "monitorcontroller.h"
#include "monitorresponse.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QQmlExtensionPlugin>
#include <QSqlQuery>

#include <ctime>
#include <malloc.h>
#include <sqlite3.h>

#include "database.h"

Q_IMPORT_QML_PLUGIN(StadtlaborPlugin)

using namespace stadtlabor;
using namespace stadtlabor::bench;

namespace {

struct Failure {
    QString message;
};

[[noreturn]] void die(const QString &message)
{
    throw Failure { message };
}

// Lets the pages react the way they do between two taps: views made and dropped, deleted
// objects gone, due frames drawn.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

class Visitors {
public:
    explicit Visitors(KioskUnderTest &kiosk)
        : m_kiosk(kiosk)
        , m_monitor(kiosk.services().monitor())
        , m_fonds(kiosk.services().fonds())
    {
    }

    // A visitor rates every theme of the StadtRaumMonitor and submits.
    void monitorSession(int n)
    {
        if (!m_kiosk.call("openMonitor"))
            die(QStringLiteral("Main.qml has no openMonitor()"));
        settle();
        expect(m_monitor.step() == MonitorController::ChooseArea, "the StadtRaumMonitor did not start");
        static const QStringList districts { QStringLiteral("mitte"), QStringLiteral("ost") };
        static const QStringList areas { QStringLiteral("grumme"), QStringLiteral("laer") };
        m_monitor.chooseDistrict(districts.at(n % 2));
        settle();
        m_monitor.chooseArea(areas.at(n % 2));
        settle();
        expect(m_monitor.step() == MonitorController::AboutYou, "no area chosen");
        const QStringList ages = Demographics::ageBands();
        const QStringList relations = Demographics::relationIds();
        m_monitor.setAgeBand(ages.at(n % ages.size()));
        m_monitor.toggleRelation(relations.at(n % relations.size()));
        settle();
        m_monitor.next();
        settle();
        expect(m_monitor.step() == MonitorController::Rating, "the ratings did not start");
        for (int i = 0; i < m_monitor.themeCount(); ++i) {
            if ((i + n) % 7 == 6)
                m_monitor.setNoAnswer();
            else
                m_monitor.setScore(m_monitor.scaleMin() + (i + n) % (m_monitor.scaleMax() - m_monitor.scaleMin() + 1));
            if (i == n % m_monitor.themeCount())
                m_monitor.setGood(QStringLiteral("Der Wochenmarkt ist toll, Besuch %1").arg(n));
            settle();
            m_monitor.next();
            settle();
        }
        expect(m_monitor.step() == MonitorController::Summary, "no summary after the last theme");
        expect(m_monitor.submit(), "the response was not saved");
        settle();
        expect(m_monitor.step() == MonitorController::Done, "no thank-you after the submission");
        finish();
        ++m_monitorSaved;
    }

    // A visitor hands in a Bochum-Fonds idea, every step filled in.
    void fondsSession(int n)
    {
        if (!m_kiosk.call("openFonds"))
            die(QStringLiteral("Main.qml has no openFonds()"));
        settle();
        m_fonds.start();
        settle();
        expect(m_fonds.step() == FondsController::Idea, "the Bochum-Fonds form did not start");
        m_fonds.setTitle(QStringLiteral("Bank am Teich %1").arg(n));
        m_fonds.setDescription(QStringLiteral("Eine Bank aus Holz am Teich, für alle, die eine Pause brauchen."));
        m_fonds.area()->chooseDistrict(QStringLiteral("ost"));
        m_fonds.area()->chooseArea(QStringLiteral("laer"));
        m_fonds.setCategoryId(QStringLiteral("umwelt"));
        m_fonds.setPlannedYear(QDate::currentDate().year() + 1);
        m_fonds.setPlannedMonth(1 + n % 12);
        settle();
        nextFondsStep(FondsController::Money);
        m_fonds.setTotalCostText(QStringLiteral("3000"));
        m_fonds.setOwnMoneyText(QStringLiteral("200"));
        m_fonds.setWorkHoursText(QStringLiteral("10"));
        m_fonds.setInKindText(QStringLiteral("300"));
        settle();
        nextFondsStep(FondsController::Who);
        m_fonds.setApplicant(QStringLiteral("association"));
        m_fonds.setOrganisation(QStringLiteral("Teichfreunde e.V."));
        m_fonds.setDeclaresOfAgeAndCapable(true);
        m_fonds.setDeclaresNotPublicOrParty(true);
        m_fonds.setDeclaresCommonGood(true);
        settle();
        nextFondsStep(FondsController::Contact);
        m_fonds.setName(QStringLiteral("Xaverine Quappenberg"));
        m_fonds.setEmail(QStringLiteral("xaverine@example.org"));
        m_fonds.setConsent(true);
        settle();
        nextFondsStep(FondsController::Review);
        expect(m_fonds.submit(), "the idea was not saved");
        settle();
        expect(m_fonds.step() == FondsController::Receipt, "no receipt after handing in");
        finish();
        ++m_fondsSaved;
    }

    int monitorSaved() const { return m_monitorSaved; }
    int fondsSaved() const { return m_fondsSaved; }

private:
    void expect(bool condition, const char *what)
    {
        if (!condition) {
            die(QStringLiteral("%1 (monitor: \"%2\", fonds: \"%3\")")
                    .arg(QLatin1String(what), m_monitor.error(), m_fonds.error()));
        }
    }

    void nextFondsStep(FondsController::Step expected)
    {
        m_fonds.next();
        settle();
        expect(m_fonds.step() == expected, "a Bochum-Fonds step did not accept its input");
    }

    // The finish button: the visit ends as it does after the idle timeout, back to the start.
    void finish()
    {
        if (!m_kiosk.call("finishVisit"))
            die(QStringLiteral("Main.qml has no finishVisit()"));
        settle();
        expect(m_kiosk.depth() == 1, "the visit ended elsewhere than on the start page");
    }

    KioskUnderTest &m_kiosk;
    MonitorController &m_monitor;
    FondsController &m_fonds;
    int m_monitorSaved = 0;
    int m_fondsSaved = 0;
};

struct Memory {
    long rssKiB = 0; // what the device sees
    double heapMiB = 0; // allocated with malloc and not freed: grows with a leak, not with fragmentation
    double sqliteMiB = 0; // SQLite's own (page cache: bounded by its cache_size, grows with the file)
};

// Memory once the deletions the pages asked for are done and the JavaScript heap has been
// collected (as it is, by itself, in a running kiosk).
Memory settledMemory(KioskUnderTest &kiosk)
{
    kiosk.engine().collectGarbage();
    settle();
    settle();
    const struct mallinfo2 heap = mallinfo2();
    return { statusKiB("VmRSS"), double(heap.uordblks + heap.hblkhd) / (1024.0 * 1024.0),
        double(sqlite3_memory_used()) / (1024.0 * 1024.0) };
}

// The process's CPU time: less at the mercy of other processes on the machine than the clock.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int rowCount(KioskUnderTest &kiosk, const char *table)
{
    QSqlQuery q(kiosk.services().database().connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        die(QStringLiteral("cannot count %1").arg(QLatin1String(table)));
    return q.value(0).toInt();
}

int run(int sessions)
{
    KioskUnderTest kiosk;
    QString error;
    if (!kiosk.start(QSize(1920, 1080), &error))
        die(error);
    Visitors visitors(kiosk);
    const int warmUp = std::min(200, sessions / 4);
    const int reportEvery = std::max(1, sessions / 8);

    std::printf("\n%d visitor sessions in one process, StadtRaumMonitor (%d themes) and Bochum-Fonds alternating,\n"
                "through KioskServices and the real pages (1920x1080, offscreen, software renderer)\n\n",
        sessions, kiosk.services().monitor().themeCount());
    std::printf("| sessions | RSS MiB | malloc in use MiB | SQLite MiB | ms per session | CPU ms per session |\n");
    std::printf("|---------:|--------:|------------------:|-----------:|---------------:|-------------------:|\n");
    const Memory start = settledMemory(kiosk);
    std::printf("| %8d | %7.1f | %17.1f | %10.1f |                |                    |\n", 0, start.rssKiB / 1024.0,
        start.heapMiB, start.sqliteMiB);

    QElapsedTimer total, lap;
    Memory afterWarmUp;
    qint64 warmUpNs = 0;
    double warmUpCpuMs = 0;
    double lapCpuMs = cpuMs();
    lap.start();
    total.start();
    int sinceLap = 0;
    for (int n = 0; n < sessions; ++n) {
        if (n % 2 == 0)
            visitors.monitorSession(n / 2);
        else
            visitors.fondsSession(n / 2);
        ++sinceLap;
        const int done = n + 1;
        if (done == warmUp || done % reportEvery == 0 || done == sessions) {
            const double ms = lap.nsecsElapsed() / 1e6 / sinceLap;
            const double cpu = (cpuMs() - lapCpuMs) / sinceLap;
            const Memory m = settledMemory(kiosk);
            if (done == warmUp) {
                afterWarmUp = m;
                warmUpNs = total.nsecsElapsed();
                warmUpCpuMs = cpuMs();
            }
            std::printf("| %8d | %7.1f | %17.1f | %10.1f | %14.1f | %18.1f |%s\n", done, m.rssKiB / 1024.0, m.heapMiB,
                m.sqliteMiB, ms, cpu, done == warmUp ? " warm-up" : "");
            std::fflush(stdout);
            lap.restart();
            lapCpuMs = cpuMs();
            sinceLap = 0;
        }
    }
    const double measuredMs = (total.nsecsElapsed() - warmUpNs) / 1e6;
    const double measuredCpuMs = cpuMs() - warmUpCpuMs;
    const Memory end = settledMemory(kiosk);

    // Every visitor's answers are in the database: the sessions did what they claim.
    const int responses = rowCount(kiosk, "monitor_responses");
    const int ideas = rowCount(kiosk, "fonds_ideas");
    if (responses != visitors.monitorSaved() || ideas != visitors.fondsSaved())
        die(QStringLiteral("the database holds %1 responses and %2 ideas, not %3 and %4")
                .arg(responses)
                .arg(ideas)
                .arg(visitors.monitorSaved())
                .arg(visitors.fondsSaved()));

    const double growthMiB = (end.rssKiB - afterWarmUp.rssKiB) / 1024.0;
    std::printf("\nsaved: %d StadtRaumMonitor responses, %d Bochum-Fonds ideas\n", responses, ideas);
    std::printf("RSS growth after the warm-up of %d sessions, over %d sessions: %.2f MiB (goal < 2 MiB: %s)\n", warmUp,
        sessions - warmUp, growthMiB, growthMiB < 2.0 ? "met" : "MISSED");
    std::printf("of which malloc in use: %+.2f MiB, SQLite (page cache of a growing file): %+.2f MiB\n",
        end.heapMiB - afterWarmUp.heapMiB, end.sqliteMiB - afterWarmUp.sqliteMiB);
    std::printf("time per session after the warm-up: %.1f ms (CPU %.1f ms)\n",
        measuredMs / std::max(1, sessions - warmUp), measuredCpuMs / std::max(1, sessions - warmUp));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    prepareOffscreen();
    // A QApplication, as the kiosk still makes one (see app/kiosk/main.cpp).
    QApplication app(argc, argv);
    useSoftwareRendererOffscreen();
    const QStringList args = app.arguments();
    const int sessions = args.size() > 1 ? args.at(1).toInt() : 2000;
    if (sessions < 8) {
        std::fprintf(stderr, "usage: %s [SESSIONS >= 8, default 2000]\n", argv[0]);
        return 2;
    }
    try {
        return run(sessions);
    } catch (const Failure &f) {
        std::fprintf(stderr, "bench_sessions: %s\n", qPrintable(f.message));
        return 1;
    }
}
