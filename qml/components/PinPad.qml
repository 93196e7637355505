// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// A numeric keypad for a PIN, with large keys: the system's on-screen keyboard never opens,
// and the digits entered are only ever shown as dots. A hardware keyboard works too.
FocusScope {
    id: pad

    property string pin: ""
    property int maxDigits: 12
    property int minDigits: 4
    property string confirmText: qsTr("OK")
    signal confirmed(string pin)

    function clear() { pin = "" }
    function press(d) {
        if (enabled && pin.length < maxDigits)
            pin += d
    }
    function erase() {
        if (enabled)
            pin = pin.slice(0, -1)
    }
    function confirm() {
        if (enabled && pin.length >= minDigits)
            confirmed(pin)
    }

    readonly property int keySize: Theme.keypadKey
    implicitWidth: grid.width
    implicitHeight: dots.height + Theme.gap + grid.height
    focus: true

    Keys.onPressed: (event) => {
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
            pad.press(event.text)
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            pad.erase()
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            pad.confirm()
            event.accepted = true
        }
    }

    // The entered digits as dots; the row keeps its height when empty.
    Rectangle {
        id: dots
        objectName: "pinDots"
        width: grid.width
        height: Theme.touchTarget
        radius: Theme.radius / 2
        color: Theme.surface
        border.color: Theme.outline
        border.width: Theme.px(2)
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("%n digit(s) entered", "", pad.pin.length)

        Row {
            anchors.centerIn: parent
            spacing: Theme.gapSmall
            Repeater {
                model: pad.pin.length
                Rectangle {
                    width: Theme.px(20)
                    height: width
                    radius: width / 2
                    color: Theme.text
                }
            }
        }
        Text {
            anchors.centerIn: parent
            visible: pad.pin.length === 0
            text: qsTr("Enter the PIN")
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.textMuted
        }
    }

    Grid {
        id: grid
        y: dots.height + Theme.gap
        columns: 3
        spacing: Theme.gap

        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
            // Disabled with the pad, as every child is. Wired in onItemAdded: in Qt 6.4 a
            // delegate sees no outer id as far as the QML tools can tell (pragma
            // ComponentBehavior: Bound comes with 6.5).
            TouchButton {
                required property string modelData
                objectName: "pinKey_" + modelData
                width: Theme.keypadKey
                height: Theme.keypadKey
                text: modelData
                font.pixelSize: Theme.fontTitle
                focusPolicy: Qt.NoFocus
                opacity: enabled ? 1 : 0.5
            }
            onItemAdded: (index, item) => {
                const key = item as TouchButton
                key.clicked.connect(() => pad.press(key.text))
            }
        }
        TouchButton {
            objectName: "pinKey_erase"
            width: pad.keySize
            height: pad.keySize
            leftPadding: 0
            rightPadding: 0
            text: "\u232B"
            font.pixelSize: Theme.fontTitle
            focusPolicy: Qt.NoFocus
            enabled: pad.enabled && pad.pin.length > 0
            opacity: enabled ? 1 : 0.5
            Accessible.name: qsTr("Delete the last digit")
            onClicked: pad.erase()
        }
        TouchButton {
            objectName: "pinKey_0"
            width: pad.keySize
            height: pad.keySize
            text: "0"
            font.pixelSize: Theme.fontTitle
            focusPolicy: Qt.NoFocus
            enabled: pad.enabled
            opacity: enabled ? 1 : 0.5
            onClicked: pad.press("0")
        }
        TouchButton {
            objectName: "pinKey_ok"
            width: pad.keySize
            height: pad.keySize
            leftPadding: 0
            rightPadding: 0
            primary: true
            text: pad.confirmText
            focusPolicy: Qt.NoFocus
            enabled: pad.enabled && pad.pin.length >= pad.minDigits
            opacity: enabled ? 1 : 0.5
            onClicked: pad.confirm()
        }
    }
}
