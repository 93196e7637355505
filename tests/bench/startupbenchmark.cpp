// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up benchmark: time from process start to the first frame on screen, and resident
// memory at that frame, for the kiosk (on its start page, on its projects page, and without
// the on-screen keyboard) and for a minimal Qt Quick window, run in turn in the same session
// so that all see the same machine load.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

struct Sample {
    double ms = -1;
    long peakKiB = -1; // VmHWM at the first frame
    long rssKiB = -1; // VmRSS at the first frame
};

Sample measure(const QString &program, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
    p.setProcessEnvironment(env);
    static const QRegularExpression line(QStringLiteral("first-frame peak_rss_kib=(\\d+) rss_kib=(\\d+)\\n"));
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    Sample s;
    QByteArray out;
    while (p.waitForReadyRead(30000)) {
        out += p.readAllStandardOutput();
        const auto m = line.match(QString::fromLatin1(out));
        if (m.hasMatch()) {
            s.ms = timer.nsecsElapsed() / 1e6;
            s.peakKiB = m.captured(1).toLong();
            s.rssKiB = m.captured(2).toLong();
            break;
        }
    }
    p.waitForFinished(30000);
    if (s.ms < 0)
        std::fprintf(stderr, "no first frame from %s: %s\n", qPrintable(program), p.readAllStandardError().constData());
    return s;
}

template<typename T> T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

struct Program {
    const char *label;
    QString binary;
    QStringList arguments;
    QList<double> ms;
    QList<long> peakKiB, rssKiB;

    double medianMs() const { return median(ms); }
    double rssMiB() const { return median(rssKiB) / 1024.0; }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: %s KIOSK MINIMAL [RUNS]\n", argv[0]);
        return 2;
    }
    const QString kiosk = args.at(1);
    const QString minimal = args.at(2);
    const int runs = std::max(10, args.value(3).toInt());

    QTemporaryDir dataDir;
    const auto kioskArgs = [&dataDir](const char *page) {
        return QStringList { QStringLiteral("--probe-first-frame"), QStringLiteral("--page"), QLatin1String(page),
            QStringLiteral("--size"), QStringLiteral("1920x1080"), QStringLiteral("--data-dir"), dataDir.path() };
    };

    // The very first start creates the database and imports the bundled catalogue: reported
    // on its own, it is not what a visitor waits for each morning.
    const Sample first = measure(kiosk, kioskArgs("projects"));
    measure(minimal, {}); // warm the file cache for the baseline too

    // The on-screen keyboard's input method loads at start; measured with and without it.
    QList<Program> programs {
        { "minimal Qt Quick window", minimal, {}, {}, {}, {} },
        { "kiosk, start page", kiosk, kioskArgs("home"), {}, {}, {} },
        { "kiosk, projects page", kiosk, kioskArgs("projects"), {}, {}, {} },
        { "kiosk, projects, no keyboard", kiosk,
            kioskArgs("projects") + QStringList { QStringLiteral("--no-virtual-keyboard") }, {}, {}, {} },
    };
    for (int i = 0; i < runs; ++i) {
        for (Program &p : programs) {
            const Sample s = measure(p.binary, p.arguments);
            if (s.ms < 0)
                return 1;
            p.ms.append(s.ms);
            p.peakKiB.append(s.peakKiB);
            p.rssKiB.append(s.rssKiB);
        }
    }

    std::printf(
        "\nStart-up to first frame (offscreen, software renderer, 1920x1080), median of %d runs each\n\n", runs);
    std::printf("| program                      | first frame ms | min ms | max ms | RSS at first frame MiB | peak RSS "
                "MiB |\n");
    std::printf("|------------------------------|---------------:|-------:|-------:|-----------------------:|----------"
                "---:|\n");
    for (const Program &p : programs) {
        std::printf("| %-28s | %14.1f | %6.1f | %6.1f | %22.1f | %12.1f |\n", p.label, p.medianMs(),
            *std::min_element(p.ms.cbegin(), p.ms.cend()), *std::max_element(p.ms.cbegin(), p.ms.cend()), p.rssMiB(),
            median(p.peakKiB) / 1024.0);
    }
    std::printf("| %-28s | %14.1f |        |        | %22.1f | %12.1f |\n", "kiosk, first start (new db)", first.ms,
        first.rssKiB / 1024.0, first.peakKiB / 1024.0);

    const Program &base = programs.at(0);
    std::printf("\n");
    for (int i = 1; i < programs.size(); ++i) {
        const Program &p = programs.at(i);
        const double time = p.medianMs() / base.medianMs();
        const double memory = p.rssMiB() / base.rssMiB();
        std::printf("%-28s / minimal: time %.2fx (goal <= 1.50x: %s), RSS at first frame %.2fx (goal <= 2.00x: %s)\n",
            p.label, time, time <= 1.5 ? "met" : "MISSED", memory, memory <= 2.0 ? "met" : "MISSED");
    }
    return 0;
}
