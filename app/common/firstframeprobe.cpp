// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstframeprobe.h"

#include <QCoreApplication>
#include <QFile>
#include <QQuickWindow>

#include <cstdio>

namespace stadtlabor::FirstFrameProbe {

namespace {

long statusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report a size of 0, so atEnd() cannot be trusted: read it whole.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace

long peakResidentKiB()
{
    return statusKiB("VmHWM");
}

long residentKiB()
{
    return statusKiB("VmRSS");
}

void attach(QQuickWindow *window)
{
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [] {
        static bool reported = false;
        if (reported)
            return;
        reported = true;
        std::printf("first-frame peak_rss_kib=%ld rss_kib=%ld\n", peakResidentKiB(), residentKiB());
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

} // namespace stadtlabor::FirstFrameProbe
