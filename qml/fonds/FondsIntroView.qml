// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Stadtlabor

// What the Bochum-Fonds is and what it asks for, before the visitor starts.
Item {
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.px(1200))
        spacing: Theme.gapLarge

        Text {
            Layout.fillWidth: true
            text: qsTr("Your idea for your neighbourhood")
            font.pixelSize: Theme.fontTitle
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("The Bochum-Fonds supports small projects by citizens for the common good: up to %1 per project. You contribute at least %2 % of the cost yourself, as money, hours of work or things you provide.")
                  .arg(Fonds.rules.maxFunding || "").arg(Fonds.rules.minShare || "")
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Here you describe your idea in five short steps. We check it against the fund's rules as you go; the fund's staff then get in touch with you. It takes about ten minutes.")
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            visible: Fonds.error !== ""
            text: Fonds.error
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.warning
            wrapMode: Text.WordWrap
        }
        TouchButton {
            objectName: "fondsStart"
            primary: true
            enabled: Fonds.available
            text: qsTr("Describe my idea")
            onClicked: Fonds.start()
        }
    }
}
