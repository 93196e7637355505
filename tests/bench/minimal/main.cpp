// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline of the start-up benchmark: the smallest Qt Quick window, built with the same
// flags as the kiosk and measured the same way (FirstFrameProbe).
#include "firstframeprobe.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    QQmlApplicationEngine engine;
    engine.loadData(QByteArrayLiteral(
        "import QtQuick\n"
        "Window { width: 1920; height: 1080; visible: true\n"
        "  Text { anchors.centerIn: parent; text: \"Stadtlabor\"; font.pixelSize: 48 } }\n"));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    stadtlabor::FirstFrameProbe::attach(window);
    return app.exec();
}
