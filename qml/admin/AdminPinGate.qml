// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// Before the admin pages: set a PIN on first use (entered twice), afterwards unlock with it.
// Wrong PINs make the next try wait; the wait counts down here.
Item {
    id: gate

    // Setting a PIN: the first entry, kept until it is repeated.
    property string firstEntry: ""
    readonly property bool repeating: firstEntry !== ""
    readonly property bool settingPin: !Admin.pinIsSet

    Connections {
        target: Admin
        function onPinRejected() {
            pad.clear()
            gate.firstEntry = ""
        }
    }

    Column {
        id: column
        anchors.horizontalCenter: parent.horizontalCenter
        y: Math.max(Theme.gapLarge, (gate.height - height) / 2)
        width: Math.min(gate.width - 2 * Theme.pageMargin, Theme.keypadWidth)
        spacing: Theme.gap

        Text {
            objectName: "gateHeading"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: !gate.settingPin ? qsTr("Enter the admin PIN")
                  : gate.repeating ? qsTr("Repeat the new PIN") : qsTr("Choose an admin PIN")
            font.pixelSize: Theme.fontTitle
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: gate.settingPin
                  ? qsTr("This terminal has no admin PIN yet. Choose %1 to %2 digits; they protect its settings.")
                        .arg(Admin.minDigits).arg(Admin.maxDigits)
                  : qsTr("The settings of this terminal are for the staff of the Stadtlabor.")
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }

        PinPad {
            id: pad
            objectName: "pinPad"
            anchors.horizontalCenter: parent.horizontalCenter
            minDigits: Admin.minDigits
            maxDigits: Admin.maxDigits
            enabled: !Admin.busy && Admin.waitSeconds === 0
            confirmText: gate.settingPin && !gate.repeating ? qsTr("Next") : qsTr("OK")
            onConfirmed: (pin) => {
                if (!gate.settingPin) {
                    Admin.unlock(pin)
                } else if (!gate.repeating) {
                    gate.firstEntry = pin
                    pad.clear()
                } else {
                    const first = gate.firstEntry
                    gate.firstEntry = ""
                    pad.clear()
                    Admin.setPin(first, pin)
                }
            }
        }

        // What happened, and how long the next try has to wait. Both keep their place, so
        // the keypad does not jump.
        Item {
            width: parent.width
            height: Math.max(status.implicitHeight, busy.height)
            BusyIndicator {
                id: busy
                anchors.horizontalCenter: parent.horizontalCenter
                width: Theme.touchTarget
                height: Theme.touchTarget
                running: Admin.busy
                visible: running
            }
            Text {
                id: status
                objectName: "gateMessage"
                width: parent.width
                visible: !Admin.busy
                horizontalAlignment: Text.AlignHCenter
                readonly property string countdown: Admin.waitSeconds > 0
                    ? qsTr("Next try in %n second(s).", "", Admin.waitSeconds) : ""
                text: Admin.message !== "" && countdown !== "" ? Admin.message + " " + countdown
                                                              : Admin.message + countdown
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                color: Admin.waitSeconds > 0 || (Admin.message !== "" && !Admin.unlocked) ? Theme.warning : Theme.text
                wrapMode: Text.WordWrap
            }
        }
    }
}
