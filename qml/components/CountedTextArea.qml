// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stadtlabor

// A short free text with its label and the characters left, counted on screen. The limit
// itself is enforced in C++; this only shows it.
ColumnLayout {
    id: root

    property alias label: labelText.text
    property string text
    property int limit: 500
    property int count: text.length // characters as people count them; set from C++
    signal edited(string text)

    spacing: Theme.gapSmall

    Text {
        id: labelText
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        font.weight: Font.Bold
        color: Theme.text
        wrapMode: Text.WordWrap
    }

    TextArea {
        id: area
        objectName: root.objectName + "_area"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(Theme.touchTarget * 1.6, implicitHeight)
        // Taller where the page has room for it (MonitorThemeView on a portrait screen).
        Layout.fillHeight: true
        text: root.text
        wrapMode: TextArea.Wrap
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        color: Theme.text
        padding: Theme.gap
        inputMethodHints: Qt.ImhNoPredictiveText
        // Writing back only on a real edit keeps the C++ value the single source of truth.
        onTextChanged: if (text !== root.text) root.edited(text)
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: area.activeFocus ? Theme.primary : Theme.outline
            border.width: Theme.px(2)
        }
    }

    Text {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignRight
        text: qsTr("%1 of %2 characters").arg(root.count).arg(root.limit)
        font.pixelSize: Theme.fontSmall
        font.family: Theme.fontFamily
        color: root.count >= root.limit ? Theme.warning : Theme.textMuted
    }
}
