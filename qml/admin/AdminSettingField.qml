// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// One device setting typed as text: checked at every keystroke (the reason stays below the
// field), stored with "Save" only when valid. Its label and explanation come from the one
// description of the settings (SettingsSchema), in the screen's language.
Column {
    id: root

    property string key
    property alias label: field.label
    property alias hint: field.hint
    property alias placeholder: field.placeholder
    property alias inputMethodHints: field.inputMethodHints
    readonly property string stored: Settings.values[key] !== undefined ? Settings.values[key] : ""
    property string typed: stored
    // Re-read when any setting changes: some rules depend on the others.
    readonly property string problem: { Settings.values; return Settings.check(root.key, root.typed) }
    property string saved: ""

    spacing: Theme.gapSmall

    FormField {
        id: field
        objectName: root.objectName + "_field"
        width: parent.width
        text: root.typed
        error: root.problem
        label: { Localization.language; return Settings.label(root.key) }
        hint: { Localization.language; return Settings.hint(root.key) }
        onEdited: (text) => {
            root.typed = text
            root.saved = ""
            Admin.touch()
        }
    }
    Row {
        spacing: Theme.gap
        visible: root.typed !== root.stored || root.saved !== ""
        TouchButton {
            objectName: root.objectName + "_save"
            primary: true
            visible: root.typed !== root.stored
            enabled: root.problem === ""
            opacity: enabled ? 1 : 0.5
            text: qsTr("Save")
            onClicked: {
                Admin.touch()
                root.saved = Settings.set(root.key, root.typed) ? qsTr("Saved.") : Settings.lastError
                root.typed = root.stored
            }
        }
        TouchButton {
            visible: root.typed !== root.stored
            text: qsTr("Undo")
            onClicked: root.typed = root.stored
        }
        Text {
            objectName: root.objectName + "_saved"
            anchors.verticalCenter: parent.verticalCenter
            visible: root.typed === root.stored
            text: root.saved
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.text
        }
    }
}
