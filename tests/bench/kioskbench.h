// SPDX-License-Identifier: GPL-3.0-or-later
// What the visitor benchmarks (bench_sessions, bench_tap) share: the kiosk as a visitor meets
// it, built the way main() builds it (KioskServices, the module's Main.qml in a real window,
// offscreen with the software renderer), on a database of its own; memory and percentiles.
#pragma once

#include "admincontroller.h"
#include "adminpin.h"
#include "cataloguestore.h"
#include "kioskservices.h"
#include "sealedbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSize>
#include <QTemporaryDir>
#include <QVariantMap>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace stadtlabor::bench {

// Before the application object: offscreen unless told otherwise, no input method (the
// benchmarks fill text fields through the controllers, as typing would).
inline void prepareOffscreen()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "*.info=false");
    qunsetenv("QT_IM_MODULE");
}

inline void useSoftwareRendererOffscreen()
{
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
}

// A field of /proc/self/status in KiB (VmRSS, VmHWM), -1 where there is none.
inline long statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: p95 of 20 values is the 19th, a value that was measured.
    const auto rank = static_cast<size_t>(std::max(1.0, std::ceil(p / 100.0 * double(values.size()))));
    return values.at(std::min(rank, values.size()) - 1);
}

// The kiosk on a fresh database in a temporary folder, with an admin PIN (nothing is collected
// without one) and a hub key in its catalogue (the Bochum-Fonds needs it), its pages in a
// shown window of the given size. Visits do not time out by themselves: the benchmark ends
// them the way the idle timeout does (KioskSession::endSession).
class KioskUnderTest {
public:
    bool start(QSize size, QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        m_services = std::make_unique<KioskServices>();
        if (!m_services->open(m_dir.filePath(QStringLiteral("kiosk.sqlite")), error))
            return false;
        Catalogue catalogue = m_services->store().catalogue();
        catalogue.hubPublicKey = SealedBox::generateKeyPair().publicKey;
        if (!m_services->replaceCatalogue(catalogue, error))
            return false;
        m_services->startScreens({ QString(), false, true, false });
        if (!m_services->adminPin().isSet() && !m_services->adminPin().set(QStringLiteral("1357"), error))
            return false;
        m_services->admin().reload();
        m_services->publishToQml();

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_engine->setInitialProperties(
            { { QStringLiteral("width"), size.width() }, { QStringLiteral("height"), size.height() },
                { QStringLiteral("virtualKeyboard"), false }, { QStringLiteral("requirePin"), true } });
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Stadtlabor/Main.qml")));
        m_window = m_engine->rootObjects().isEmpty()
            ? nullptr
            : qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        if (!m_window) {
            *error = QStringLiteral("Main.qml did not load");
            return false;
        }
        m_window->show();
        return true;
    }

    KioskServices &services() { return *m_services; }
    QQmlApplicationEngine &engine() { return *m_engine; }
    QQuickWindow *window() const { return m_window; }

    // A visible-tree item of the window by its objectName, the top bar's included; nullptr
    // when none. (Items of an ApplicationWindow are not all QObject children of contentItem.)
    QQuickItem *find(const QString &name) const { return findIn(m_window->contentItem(), name); }

    static QQuickItem *findIn(QQuickItem *item, const QString &name)
    {
        if (!item)
            return nullptr;
        if (item->objectName() == name)
            return item;
        const QList<QQuickItem *> children = item->childItems();
        for (QQuickItem *child : children) {
            if (QQuickItem *found = findIn(child, name))
                return found;
        }
        return nullptr;
    }

    QQuickItem *stack() const { return find(QStringLiteral("pageStack")); }
    int depth() const { return QQmlProperty::read(stack(), QStringLiteral("depth")).toInt(); }
    bool stackBusy() const { return QQmlProperty::read(stack(), QStringLiteral("busy")).toBool(); }
    QQuickItem *currentPage() const
    {
        return qvariant_cast<QQuickItem *>(QQmlProperty::read(stack(), QStringLiteral("currentItem")));
    }

    // What the window's QML functions do for a tap on a home tile or a finish button.
    bool call(const char *function) { return QMetaObject::invokeMethod(m_window, function); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KioskServices> m_services;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace stadtlabor::bench
