// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstframeprobe.h"

#include <QCoreApplication>
#include <QFile>
#include <QQuickWindow>

#include <cstdio>

namespace stadtlabor::FirstFrameProbe {

long peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report a size of 0, so atEnd() cannot be trusted: read it whole.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

void attach(QQuickWindow *window)
{
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [] {
        static bool reported = false;
        if (reported)
            return;
        reported = true;
        std::printf("first-frame peak_rss_kib=%ld\n", peakResidentKiB());
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

} // namespace stadtlabor::FirstFrameProbe
