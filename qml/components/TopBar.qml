// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stadtlabor

// The frame's top bar: back, the page title, home, whether data has been sent, and the
// language switch.
Rectangle {
    id: bar

    property string title
    property bool canGoBack: false

    signal backRequested()
    signal homeRequested()

    implicitHeight: Theme.touchTarget + 2 * Theme.gap
    color: Theme.primary

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        spacing: Theme.gap

        TouchButton {
            objectName: "backButton"
            visible: bar.canGoBack
            darkBackground: true
            text: "\u2039  " + qsTr("Back")
            onClicked: bar.backRequested()
        }
        TouchButton {
            objectName: "homeButton"
            visible: bar.canGoBack
            darkBackground: true
            text: qsTr("Home")
            onClicked: bar.homeRequested()
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: bar.canGoBack ? Theme.gap : Theme.gapLarge
            text: bar.title
            color: Theme.primaryText
            font.pixelSize: Theme.fontHeading
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            // A long title (a project's, in portrait) takes up to three lines and steps down the
            // type scale before it would lose its end (a long word breaks where it must).
            Layout.fillHeight: true
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            maximumLineCount: 3
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        SyncIndicator {
            objectName: "syncIndicator"
            compact: bar.canGoBack && bar.width < Theme.px(1400)
            maxWidth: bar.width / 3
            Layout.maximumWidth: bar.width / 3
        }
        Repeater {
            // One language on offer needs no switch.
            model: Localization.languages.length > 1 ? Localization.languages : []
            TouchButton {
                required property string modelData
                objectName: "language_" + modelData
                darkBackground: true
                text: modelData.toUpperCase()
                selected: Localization.language === modelData
                Accessible.name: modelData === "de" ? "Deutsch" : "English"
                onClicked: Localization.language = modelData
            }
        }
    }
}
