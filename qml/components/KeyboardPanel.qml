// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Stadtlabor

// The on-screen keyboard, German and English, following the screen's language. Loaded the
// first time a text field gets focus, so the start screen does not wait for it.
InputPanel {
    id: panel

    // How much of the window the keyboard covers; the frame moves its content up by this.
    // The frame places the panel (see Main.qml).
    readonly property real coveredHeight: active ? height : 0

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
