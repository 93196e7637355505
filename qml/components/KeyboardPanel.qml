// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.VirtualKeyboard as Vkb
import QtQuick.VirtualKeyboard.Settings
import Stadtlabor

// The on-screen keyboard, German and English, following the screen's language. Loaded the
// first time a text field gets focus, so the start screen does not wait for it.
//
// A tray across the window: the keyboard, kept to a height that leaves most of the form in
// view (centred on wide screens), and keys of our own: one to hide the keyboard, and "@",
// ".de" and ".com" for an e-mail address (the built-in layouts have "@" only behind "&123").
// Our keys sit beside the keyboard where the screen is wide enough, else in a row above it.
Item {
    id: panel

    // The built-in style draws the keyboard 2560 x 800 design units: its height follows its width.
    readonly property real keyboardAspect: 2560 / 800
    // Share of the window the whole tray may take; the rest stays for the form.
    readonly property real maxShare: 0.36
    readonly property real maxHeight: Math.floor((Window.height > 0 ? Window.height : 1080) * maxShare)
    // Room on either side of a keyboard of the full height.
    readonly property real sideRoom: (width - maxHeight * keyboardAspect) / 2
    readonly property bool keysBeside: sideRoom >= Theme.px(200)

    readonly property alias active: input.active
    readonly property alias inputPanel: input
    // How much of the window the keyboard covers; the frame moves its content up by this.
    // The frame places the panel (see Main.qml).
    readonly property real coveredHeight: active ? height : 0
    readonly property bool emailField: (Vkb.InputContext.inputMethodHints & Qt.ImhEmailCharactersOnly) !== 0

    height: keyRow.height + input.height

    Rectangle {
        anchors.fill: parent
        color: Theme.keyboardTray
    }

    // A key of ours: it types into the focused field or hides the keyboard without taking
    // the focus from the field (which would close the keyboard).
    component TrayKey: AbstractButton {
        id: trayKey
        focusPolicy: Qt.NoFocus
        implicitHeight: Math.max(Theme.touchTargetMin, implicitContentHeight + 2 * Theme.gapSmall)
        implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + 2 * Theme.gap)
        leftPadding: Theme.gapSmall
        rightPadding: Theme.gapSmall
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        Accessible.name: text
        contentItem: Text {
            text: trayKey.text
            font: trayKey.font
            color: Theme.primaryText
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            radius: Theme.radius / 2
            color: trayKey.down ? Theme.primary : Theme.keyboardKey
        }
    }

    // The row above the keyboard, where there is no room beside it.
    Item {
        id: keyRow
        width: parent.width
        height: panel.keysBeside ? 0 : Theme.touchTargetMin + 2 * Theme.gapSmall
    }

    Flow {
        id: emailKeys
        x: Theme.gap
        y: panel.keysBeside ? Theme.gap : Theme.gapSmall
        width: panel.keysBeside ? input.x - 2 * Theme.gap : hideKey.x - 2 * Theme.gap
        spacing: Theme.gapSmall
        visible: panel.emailField
        Repeater {
            model: ["@", ".de", ".com"]
            TrayKey {
                required property string modelData
                objectName: "trayKey_" + modelData
                text: modelData
                onClicked: Vkb.InputContext.inputEngine.virtualKeyClick(Qt.Key_unknown, modelData, Qt.NoModifier)
            }
        }
    }
    TrayKey {
        id: hideKey
        objectName: "hideKeyboard"
        width: panel.keysBeside ? panel.width - x - Theme.gap : implicitWidth
        x: panel.keysBeside ? input.x + input.width + Theme.gap : panel.width - width - Theme.gap
        y: panel.keysBeside ? Theme.gap : Theme.gapSmall
        text: qsTr("Hide keyboard") + " \u25BE"
        // The field keeps the focus: a tap on it brings the keyboard back. (Qt 6.4's qmllint
        // knows Qt.inputMethod only as a QObject; the cast to InputMethod yields null.)
        onClicked: Qt.inputMethod.hide() // qmllint disable type
    }

    Vkb.InputPanel {
        id: input
        objectName: "inputPanel"
        y: keyRow.height
        // Only the width is set; the keyboard's height follows it.
        width: Math.min(panel.width, (panel.maxHeight - keyRow.height) * panel.keyboardAspect)
        x: Math.round((panel.width - width) / 2)
    }

    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["de_DE", "en_GB"]
        VirtualKeyboardSettings.locale = Localization.language === "en" ? "en_GB" : "de_DE"
    }

    Connections {
        target: Localization
        function onLanguageChanged() {
            VirtualKeyboardSettings.locale = Localization.language === "en" ? "en_GB" : "de_DE"
        }
    }

    // The next visitor must not be offered the words the last one typed.
    function forgetLearnedWords() {
        VirtualKeyboardSettings.userDataReset()
    }
}
