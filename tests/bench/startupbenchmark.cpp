// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up benchmark: time from process start to the first frame on screen, and peak memory
// at that moment, for the kiosk on its projects page and for a minimal Qt Quick window, run
// alternately in the same session so both see the same machine load.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

struct Sample
{
    double ms = -1;
    long peakKiB = -1;
};

Sample measure(const QString &program, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    Sample s;
    QByteArray out;
    while (p.waitForReadyRead(30000)) {
        out += p.readAllStandardOutput();
        const int at = out.indexOf("first-frame peak_rss_kib=");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            s.ms = timer.nsecsElapsed() / 1e6;
            s.peakKiB = out.mid(at + 25, out.indexOf('\n', at) - at - 25).toLong();
            break;
        }
    }
    p.waitForFinished(30000);
    if (s.ms < 0)
        std::fprintf(stderr, "no first frame from %s: %s\n", qPrintable(program), p.readAllStandardError().constData());
    return s;
}

template<typename T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

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
    const QStringList kioskArgs{QStringLiteral("--probe-first-frame"), QStringLiteral("--page"), QStringLiteral("projects"),
                                QStringLiteral("--size"), QStringLiteral("1920x1080"), QStringLiteral("--data-dir"), dataDir.path()};

    // The very first start creates the database and imports the bundled catalogue: reported
    // on its own, it is not what a visitor waits for each morning.
    const Sample first = measure(kiosk, kioskArgs);
    measure(minimal, {}); // warm the file cache for the baseline too

    // The on-screen keyboard's input method loads at start; measured with and without it.
    const QStringList noKeyboardArgs = kioskArgs + QStringList{QStringLiteral("--no-virtual-keyboard")};
    QList<double> kioskMs, minimalMs, plainMs;
    QList<long> kioskKiB, minimalKiB, plainKiB;
    for (int i = 0; i < runs; ++i) {
        const Sample k = measure(kiosk, kioskArgs);
        const Sample m = measure(minimal, {});
        const Sample p = measure(kiosk, noKeyboardArgs);
        if (k.ms < 0 || m.ms < 0 || p.ms < 0)
            return 1;
        kioskMs.append(k.ms);
        minimalMs.append(m.ms);
        plainMs.append(p.ms);
        kioskKiB.append(k.peakKiB);
        minimalKiB.append(m.peakKiB);
        plainKiB.append(p.peakKiB);
    }

    const double km = median(kioskMs), mm = median(minimalMs);
    const long kk = median(kioskKiB), mk = median(minimalKiB);
    const double ratio = km / mm;
    std::printf("\nStart-up to first frame (offscreen, software renderer, 1920x1080), median of %d runs each\n\n", runs);
    std::printf("| program                         | first frame ms | min ms | max ms | peak RSS MiB |\n");
    std::printf("|---------------------------------|---------------:|-------:|-------:|-------------:|\n");
    std::printf("| kiosk, projects page            | %14.1f | %6.1f | %6.1f | %12.1f |\n", km,
                *std::min_element(kioskMs.cbegin(), kioskMs.cend()), *std::max_element(kioskMs.cbegin(), kioskMs.cend()), kk / 1024.0);
    std::printf("| minimal Qt Quick window         | %14.1f | %6.1f | %6.1f | %12.1f |\n", mm,
                *std::min_element(minimalMs.cbegin(), minimalMs.cend()), *std::max_element(minimalMs.cbegin(), minimalMs.cend()), mk / 1024.0);
    std::printf("| kiosk without on-screen keyboard| %14.1f | %6.1f | %6.1f | %12.1f |\n", median(plainMs),
                *std::min_element(plainMs.cbegin(), plainMs.cend()), *std::max_element(plainMs.cbegin(), plainMs.cend()),
                median(plainKiB) / 1024.0);
    std::printf("| kiosk, first start (new data)   | %14.1f |        |        | %12.1f |\n", first.ms, first.peakKiB / 1024.0);
    std::printf("\nratio kiosk / minimal: time %.2fx (goal <= 1.50x: %s), memory %.2fx\n", ratio,
                ratio <= 1.5 ? "met" : "MISSED", double(kk) / double(mk));
    std::printf("ratio kiosk without on-screen keyboard / minimal: time %.2fx\n", median(plainMs) / mm);
    return 0;
}
