// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Stadtlabor

// Back and next at the bottom of every step, always in the same place.
RowLayout {
    id: footer

    property string nextText: qsTr("Next")
    // Not "Back": the top bar has that button, and no two buttons on a screen share a label.
    property string backText: qsTr("Previous step")
    property bool nextEnabled: true
    property string progress // e.g. "5 of 14"
    property bool nextVisible: true
    property bool backVisible: true
    signal nextClicked()
    signal backClicked()

    spacing: Theme.gap

    TouchButton {
        objectName: "stepBack"
        visible: footer.backVisible
        text: "\u2039  " + footer.backText
        onClicked: footer.backClicked()
    }
    Text {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: footer.progress
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        font.weight: Font.Bold
        color: Theme.textMuted
    }
    TouchButton {
        objectName: "stepNext"
        visible: footer.nextVisible
        primary: true
        enabled: footer.nextEnabled
        opacity: enabled ? 1 : 0.5
        text: footer.nextText + "  \u203A"
        onClicked: footer.nextClicked()
    }
}
