// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// The admin PIN, the connection's safeguards and how long personal data stays.
Column {
    id: section

    property string firstEntry: ""
    readonly property bool repeating: firstEntry !== ""
    property bool changing: false
    property string pinMessage: ""

    spacing: Theme.gapLarge

    Connections {
        target: Admin
        function onPinRejected() {
            pad.clear()
            section.firstEntry = ""
            section.pinMessage = Admin.message
        }
        function onMessageChanged() {
            if (section.changing && Admin.message !== "")
                section.pinMessage = Admin.message
        }
    }

    AdminCard {
        objectName: "changePinCard"
        width: section.width
        title: qsTr("Admin PIN")

        Text {
            width: parent.width
            text: section.changing
                  ? (section.repeating ? qsTr("Repeat the new PIN.") : qsTr("Enter the new PIN (%1 to %2 digits).").arg(Admin.minDigits).arg(Admin.maxDigits))
                  : qsTr("The PIN is stored only as a salted PBKDF2 hash. Wrong entries make the next try wait longer each time.")
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        TouchButton {
            objectName: "changePin"
            visible: !section.changing
            text: qsTr("Change the PIN")
            onClicked: {
                Admin.touch()
                section.pinMessage = ""
                section.changing = true
            }
        }
        PinPad {
            id: pad
            objectName: "changePinPad"
            visible: section.changing
            anchors.horizontalCenter: parent.horizontalCenter
            minDigits: Admin.minDigits
            maxDigits: Admin.maxDigits
            enabled: !Admin.busy
            confirmText: section.repeating ? qsTr("Save") : qsTr("Next")
            onConfirmed: (pin) => {
                Admin.touch()
                if (!section.repeating) {
                    section.firstEntry = pin
                    pad.clear()
                    return
                }
                const first = section.firstEntry
                section.firstEntry = ""
                pad.clear()
                section.changing = false
                Admin.setPin(first, pin)
            }
        }
        TouchButton {
            visible: section.changing
            text: qsTr("Cancel")
            onClicked: {
                section.changing = false
                section.firstEntry = ""
                pad.clear()
            }
        }
        Text {
            objectName: "pinMessage"
            width: parent.width
            visible: text !== ""
            text: Admin.busy ? qsTr("Saving the PIN \u2026") : section.pinMessage
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }

    AdminCard {
        objectName: "connectionCard"
        width: section.width
        title: qsTr("Connection to the hub")

        AdminSettingField {
            objectName: "tlsPin"
            width: parent.width
            key: "hub_tls_pin"
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        }
        AdminSwitch {
            objectName: "allowHttp"
            width: parent.width
            key: "hub_allow_http"
        }
        AdminSettingField {
            objectName: "syncInterval"
            width: parent.width
            key: "sync_interval_seconds"
            inputMethodHints: Qt.ImhDigitsOnly
        }
    }

    AdminCard {
        objectName: "retentionCard"
        width: section.width
        title: qsTr("How long data stays on this terminal")

        AdminSettingField {
            objectName: "contactDays"
            width: parent.width
            key: "contact_retention_days"
            inputMethodHints: Qt.ImhDigitsOnly
        }
        AdminSettingField {
            objectName: "recordDays"
            width: parent.width
            key: "record_retention_days"
            inputMethodHints: Qt.ImhDigitsOnly
        }
    }
}
