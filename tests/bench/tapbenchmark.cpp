// SPDX-License-Identifier: GPL-3.0-or-later
// Tap to frame: what a visitor feels most. Synthesised touch taps walk every page of the
// StadtRaumMonitor and of a Bochum-Fonds idea on the kiosk's real window; for each transition
// the time from the finger's release (the event that makes the change) to the first frame that
// shows the new page, against a bare Qt Quick window of the same size that swaps two
// full-window rectangles on a tap. Both windows live in this process and are tapped
// alternately, so both see the same machine. Fields are filled through the controllers, as
// typing would; each press is drawn (the pressed state) before the timed release.
// Goal on the software renderer: no transition slower than 2x the baseline.
// Arguments: [ROUNDS] (default 10) [WxH] (default 1920x1080).
#include "kioskbench.h"

#include "areapicker.h"
#include "fondscontroller.h"
#include "monitorcontroller.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QMap>
#include <QPointer>
#include <QQmlExtensionPlugin>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <functional>

Q_IMPORT_QML_PLUGIN(StadtlaborPlugin)

using namespace stadtlabor;
using namespace stadtlabor::bench;

namespace {

constexpr qint64 timeoutMs = 10000;
constexpr qint64 quietMs = 30; // no frame for this long and nothing moving: the window is idle

struct Failure {
    QString message;
};

[[noreturn]] void die(const QString &message)
{
    throw Failure { message };
}

// Frames of one window, timed from one clock.
class FrameWatch : public QObject {
public:
    FrameWatch(QQuickWindow *window, const QElapsedTimer &clock)
        : m_window(window)
        , m_clock(clock)
    {
        connect(window, &QQuickWindow::frameSwapped, this, [this] {
            m_lastFrameNs = m_clock.nsecsElapsed();
            if (m_onFrame)
                m_onFrame();
        });
    }

    QQuickWindow *window() const { return m_window; }
    qint64 lastFrameNs() const { return m_lastFrameNs; }
    void onFrame(std::function<void()> f) { m_onFrame = std::move(f); }

private:
    QQuickWindow *m_window;
    const QElapsedTimer &m_clock;
    qint64 m_lastFrameNs = 0;
    std::function<void()> m_onFrame;
};

// Runs the event loop until `done` holds; a repeating timer wakes it to look.
void waitFor(const std::function<bool()> &done, const char *what)
{
    QElapsedTimer deadline;
    deadline.start();
    QTimer wake;
    wake.start(2);
    while (!done()) {
        if (deadline.elapsed() > timeoutMs)
            die(QStringLiteral("timed out waiting for %1").arg(QLatin1String(what)));
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

class TapBench {
public:
    TapBench(KioskUnderTest &kiosk, QQuickWindow *baseline)
        : m_kiosk(kiosk)
        , m_touch(QTest::createTouchDevice())
    {
        m_clock.start();
        m_kioskFrames = std::make_unique<FrameWatch>(kiosk.window(), m_clock);
        m_baseFrames = std::make_unique<FrameWatch>(baseline, m_clock);
        m_baseline = baseline;
    }

    // Taps the kiosk's item `name`; `shown` says when the new page is there. Then one tap on
    // the baseline, under the same conditions.
    void tap(const QString &label, const QString &name, const std::function<bool()> &shown)
    {
        // A page that slides in is tapped once it has arrived, as a visitor would.
        waitFor([&] { return quiet(*m_kioskFrames); }, "a quiet window");
        QQuickItem *item = m_kiosk.find(name);
        if (!item)
            die(QStringLiteral("no item \"%1\" for \"%2\"").arg(name, label));
        scrollIntoView(item);
        const QPoint at = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
        if (!item->isVisible() || !QRect(QPoint(), m_kiosk.window()->size()).contains(at))
            die(QStringLiteral("\"%1\" is not on screen for \"%2\"").arg(name, label));
        double inEventMs = 0;
        const double ms = timedTap(
            *m_kioskFrames, at, [this, shown] { return shown() && pageOnScreen(); }, label, &inEventMs);
        m_kioskMs[label].push_back(ms);
        m_inEventMs[label].push_back(inEventMs);
        if (!m_order.contains(label))
            m_order.append(label);

        const bool swapped = m_baseline->property("swapped").toBool();
        const QPoint middle(m_baseline->width() / 2, m_baseline->height() / 2);
        m_baselineMs.push_back(timedTap(
            *m_baseFrames, middle, [this, swapped] { return m_baseline->property("swapped").toBool() != swapped; },
            QStringLiteral("baseline"), nullptr));
    }

    void clear()
    {
        m_order.clear();
        m_kioskMs.clear();
        m_baselineMs.clear();
        m_inEventMs.clear();
    }

    void print(int rounds) const
    {
        const double b50 = percentile(m_baselineMs, 50), b95 = percentile(m_baselineMs, 95);
        std::printf("\nTap to the first frame showing the new page, %d rounds of both flows, %dx%d, %s\n\n", rounds,
            m_kiosk.window()->width(), m_kiosk.window()->height(), qPrintable(QGuiApplication::platformName()));
        std::printf("| transition                         |   n | p50 ms | p95 ms | p50 / base | p95 / base | p50 in "
                    "the tap's handling ms |\n");
        std::printf("|------------------------------------|----:|-------:|-------:|-----------:|-----------:|----------"
                    "-------------------:|\n");
        double worst = 0;
        QString worstLabel;
        for (const QString &label : m_order) {
            const std::vector<double> &v = m_kioskMs.value(label);
            const double p50 = percentile(v, 50), p95 = percentile(v, 95);
            std::printf("| %-34s | %3zu | %6.1f | %6.1f | %9.2fx | %9.2fx | %28.1f |\n", qPrintable(label), v.size(),
                p50, p95, p50 / b50, p95 / b95, percentile(m_inEventMs.value(label), 50));
            for (double r : { p50 / b50, p95 / b95 }) {
                if (r > worst) {
                    worst = r;
                    worstLabel = label;
                }
            }
        }
        std::printf("| %-34s | %3zu | %6.1f | %6.1f |            |            |                              |\n",
            "baseline: bare window, swap", m_baselineMs.size(), b50, b95);
        std::printf("\nslowest against the baseline: %s, %.2fx (goal <= 2.00x: %s)\n", qPrintable(worstLabel), worst,
            worst <= 2.0 ? "met" : "MISSED");
    }

private:
    // The page on top of the stack is at least partly in the window (a pushed page slides in).
    bool pageOnScreen() const
    {
        QQuickItem *page = m_kiosk.currentPage();
        if (!page)
            return false;
        const qreal x = page->mapToScene(QPointF(0, 0)).x();
        return x < m_kiosk.window()->width() && x + page->width() > 0;
    }

    bool quiet(const FrameWatch &frames) const
    {
        return !m_kiosk.stackBusy() && m_clock.nsecsElapsed() - frames.lastFrameNs() > quietMs * 1000000;
    }

    // Press, let the pressed state be drawn and everything come to rest, then release: the
    // time from the release to the first frame after which `shown` holds.
    // *inEventMs: how much of it went by before the release was handled (the new page's items
    // made, bindings run); the rest is layout and drawing.
    double timedTap(
        FrameWatch &frames, QPoint at, const std::function<bool()> &shown, const QString &label, double *inEventMs)
    {
        QQuickWindow *window = frames.window();
        waitFor([&] { return quiet(frames); }, "a quiet window");
        QTest::touchEvent(window, m_touch, false).press(0, at, window).commit(false);
        waitFor([&] { return quiet(frames); }, "the pressed state");

        qint64 shownAt = -1;
        frames.onFrame([&] {
            if (shownAt < 0 && shown())
                shownAt = m_clock.nsecsElapsed();
        });
        const qint64 releasedAt = m_clock.nsecsElapsed();
        QTest::touchEvent(window, m_touch, false).release(0, at, window).commit(false);
        if (inEventMs)
            *inEventMs = (m_clock.nsecsElapsed() - releasedAt) / 1e6;
        waitFor([&] { return shownAt >= 0; }, qPrintable(QStringLiteral("the frame after \"%1\"").arg(label)));
        frames.onFrame({});
        return (shownAt - releasedAt) / 1e6;
    }

    // As a visitor scrolls: the nearest Flickable moves until the item is in view.
    void scrollIntoView(QQuickItem *item)
    {
        for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
            if (!p->inherits("QQuickFlickable"))
                continue;
            auto *content = qvariant_cast<QQuickItem *>(p->property("contentItem"));
            const qreal y = item->mapToItem(content, QPointF(0, 0)).y();
            const qreal contentY = p->property("contentY").toReal();
            if (y < contentY || y + item->height() > contentY + p->height()) {
                const qreal maxY = std::max<qreal>(0, p->property("contentHeight").toReal() - p->height());
                p->setProperty("contentY", std::clamp<qreal>(y - p->height() / 3, 0, maxY));
                waitFor([&] { return quiet(*m_kioskFrames); }, "the scrolled page");
            }
            return;
        }
    }

    KioskUnderTest &m_kiosk;
    QPointingDevice *m_touch;
    QElapsedTimer m_clock;
    std::unique_ptr<FrameWatch> m_kioskFrames;
    std::unique_ptr<FrameWatch> m_baseFrames;
    QQuickWindow *m_baseline = nullptr;
    QStringList m_order;
    QMap<QString, std::vector<double>> m_kioskMs;
    std::vector<double> m_baselineMs;
    QMap<QString, std::vector<double>> m_inEventMs;
};

void monitorRound(TapBench &bench, KioskUnderTest &kiosk, int round)
{
    MonitorController &m = kiosk.services().monitor();
    QQuickItem *home = kiosk.currentPage();
    bench.tap(QStringLiteral("start -> StadtRaumMonitor"), QStringLiteral("tile_monitor"),
        [&] { return kiosk.currentPage() != home && m.step() == MonitorController::ChooseArea; });
    bench.tap(QStringLiteral("district -> its areas"), QStringLiteral("area_mitte"),
        [&] { return m.district() == QLatin1String("mitte"); });
    bench.tap(QStringLiteral("area -> about you"), QStringLiteral("area_grumme"),
        [&] { return m.step() == MonitorController::AboutYou; });
    bench.tap(QStringLiteral("about you -> first theme"), QStringLiteral("stepNext"),
        [&] { return m.step() == MonitorController::Rating && m.themeIndex() == 0; });
    for (int i = 0; i < m.themeCount(); ++i) {
        const int score = m.scaleMin() + (i + round) % (m.scaleMax() - m.scaleMin() + 1);
        bench.tap(
            QStringLiteral("rating chosen"), QStringLiteral("score_%1").arg(score), [&] { return m.score() == score; });
        if (i + 1 < m.themeCount()) {
            bench.tap(QStringLiteral("theme -> next theme"), QStringLiteral("stepNext"),
                [&] { return m.themeIndex() == i + 1; });
        } else {
            bench.tap(QStringLiteral("last theme -> summary"), QStringLiteral("stepNext"),
                [&] { return m.step() == MonitorController::Summary; });
        }
    }
    bench.tap(QStringLiteral("summary -> thank you"), QStringLiteral("monitorSubmit"),
        [&] { return m.step() == MonitorController::Done; });
    bench.tap(
        QStringLiteral("thank you -> start"), QStringLiteral("monitorFinish"), [&] { return kiosk.depth() == 1; });
}

void fondsRound(TapBench &bench, KioskUnderTest &kiosk, int round)
{
    FondsController &f = kiosk.services().fonds();
    QQuickItem *home = kiosk.currentPage();
    const auto step = [&f](FondsController::Step s) { return [&f, s] { return f.step() == s; }; };
    bench.tap(QStringLiteral("start -> Bochum-Fonds"), QStringLiteral("tile_fonds"),
        [&] { return kiosk.currentPage() != home && f.step() == FondsController::Intro; });
    bench.tap(QStringLiteral("fonds intro -> idea"), QStringLiteral("fondsStart"), step(FondsController::Idea));
    f.setTitle(QStringLiteral("Bank am Teich %1").arg(round));
    f.setDescription(QStringLiteral("Eine Bank aus Holz am Teich."));
    f.area()->chooseDistrict(QStringLiteral("ost"));
    f.area()->chooseArea(QStringLiteral("laer"));
    f.setCategoryId(QStringLiteral("umwelt"));
    f.setPlannedYear(QDate::currentDate().year() + 1);
    f.setPlannedMonth(5);
    bench.tap(QStringLiteral("idea -> money"), QStringLiteral("stepNext"), step(FondsController::Money));
    f.setTotalCostText(QStringLiteral("3000"));
    f.setOwnMoneyText(QStringLiteral("200"));
    f.setWorkHoursText(QStringLiteral("10"));
    f.setInKindText(QStringLiteral("300"));
    bench.tap(QStringLiteral("money -> who"), QStringLiteral("stepNext"), step(FondsController::Who));
    f.setApplicant(QStringLiteral("association"));
    f.setOrganisation(QStringLiteral("Teichfreunde e.V."));
    f.setDeclaresOfAgeAndCapable(true);
    f.setDeclaresNotPublicOrParty(true);
    f.setDeclaresCommonGood(true);
    bench.tap(QStringLiteral("who -> contact"), QStringLiteral("stepNext"), step(FondsController::Contact));
    f.setName(QStringLiteral("Xaverine Quappenberg"));
    f.setEmail(QStringLiteral("xaverine@example.org"));
    f.setConsent(true);
    bench.tap(QStringLiteral("contact -> review"), QStringLiteral("stepNext"), step(FondsController::Review));
    bench.tap(
        QStringLiteral("review -> receipt (hand in)"), QStringLiteral("stepNext"), step(FondsController::Receipt));
    bench.tap(QStringLiteral("receipt -> start"), QStringLiteral("fondsFinish"), [&] { return kiosk.depth() == 1; });
}

int run(int rounds, QSize size)
{
    KioskUnderTest kiosk;
    QString error;
    if (!kiosk.start(size, &error))
        die(error);

    // The baseline: the smallest Qt Quick window that changes its whole picture on a tap.
    QQmlApplicationEngine baseEngine;
    baseEngine.loadData(
        QStringLiteral("import QtQuick\n"
                       "Window { id: root; width: %1; height: %2; visible: true\n"
                       "  property bool swapped: false\n"
                       "  Rectangle { anchors.fill: parent; color: \"#005ca9\"; visible: !root.swapped }\n"
                       "  Rectangle { anchors.fill: parent; color: \"#f4f6f9\"; visible: root.swapped }\n"
                       "  Item { anchors.fill: parent; TapHandler { onTapped: root.swapped = !root.swapped } } }\n")
            .arg(size.width())
            .arg(size.height())
            .toUtf8());
    auto *baseline = baseEngine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(baseEngine.rootObjects().constFirst());
    if (!baseline)
        die(QStringLiteral("the baseline window did not load"));

    TapBench bench(kiosk, baseline);
    // One round of each flow first, not counted: the first visit loads each page's code.
    for (int r = -1; r < rounds; ++r) {
        monitorRound(bench, kiosk, r + 1);
        fondsRound(bench, kiosk, r + 1);
        if (r == -1)
            bench.clear();
    }
    bench.print(rounds);
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
    const int rounds = args.size() > 1 ? args.at(1).toInt() : 10;
    const QStringList wh = args.value(2, QStringLiteral("1920x1080")).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    if (rounds < 1 || size.width() < 320 || size.height() < 320) {
        std::fprintf(stderr, "usage: %s [ROUNDS >= 1, default 10] [WxH, default 1920x1080]\n", argv[0]);
        return 2;
    }
    try {
        return run(rounds, size);
    } catch (const Failure &f) {
        std::fprintf(stderr, "bench_tap: %s\n", qPrintable(f.message));
        return 1;
    }
}
