// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Stadtlabor

// What the StadtRaumMonitor is, how long it takes, that it is anonymous; then start.
Item {
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.px(1100))
        spacing: Theme.gapLarge

        Text {
            Layout.fillWidth: true
            text: qsTr("How good is life in your neighbourhood?")
            font.pixelSize: Theme.fontTitle
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Rate an area of Bochum on %n theme(s), from paths and buses to green spaces and feeling safe. Afterwards you see your answers as a chart.", "", Monitor.themeCount)
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("It takes about five minutes. Your answers are anonymous: we do not ask for your name, and you can skip any question.")
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            visible: Monitor.error !== ""
            text: Monitor.error
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.warning
            wrapMode: Text.WordWrap
        }
        TouchButton {
            objectName: "monitorStart"
            Layout.topMargin: Theme.gap
            primary: true
            enabled: Monitor.available
            text: qsTr("Start rating")
            onClicked: Monitor.start()
        }
    }
}
