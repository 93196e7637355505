// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// An on/off device setting: its label, two large buttons, and the reason when a change is
// refused (the last module cannot be switched off). Label and explanation come from the one
// description of the settings (SettingsSchema), in the screen's language.
Column {
    id: root

    property string key
    property string label: { Localization.language; return Settings.label(root.key) }
    property string hint: { Localization.language; return Settings.hint(root.key) }
    readonly property bool on: Settings.values[key] === "on"
    property string refused: ""

    spacing: Theme.gapSmall

    Item {
        width: parent.width
        height: Math.max(labelText.implicitHeight, buttons.height)
        Text {
            id: labelText
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - buttons.width - Theme.gap
            text: root.label
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Row {
            id: buttons
            anchors.right: parent.right
            spacing: Theme.gapSmall
            TouchButton {
                objectName: root.objectName + "_on"
                text: qsTr("On")
                selected: root.on
                onClicked: root.choose("on")
            }
            TouchButton {
                objectName: root.objectName + "_off"
                text: qsTr("Off")
                selected: !root.on
                onClicked: root.choose("off")
            }
        }
    }
    Text {
        width: parent.width
        visible: text !== ""
        text: root.refused !== "" ? root.refused : root.hint
        font.pixelSize: Theme.fontSmall
        font.family: Theme.fontFamily
        color: root.refused !== "" ? Theme.warning : Theme.textMuted
        wrapMode: Text.WordWrap
    }

    function choose(value) {
        Admin.touch()
        root.refused = Settings.set(root.key, value) ? "" : Settings.lastError
    }
}
