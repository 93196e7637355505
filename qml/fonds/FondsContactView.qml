// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stadtlabor

// Step 4: how the fund's staff can reach the applicant, and consent. Sealed before storing.
FondsStepLayout {
    id: view
    heading: qsTr("How can we reach you?")

    readonly property int sensitive: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase

    Text {
        Layout.fillWidth: true
        text: qsTr("Your contact data is encrypted on this terminal at once: only the fund's staff can read it, not the next visitor and not this terminal.")
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
    FormField {
        objectName: "contactName"
        Layout.fillWidth: true
        label: qsTr("Name")
        text: Fonds.name
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        error: Fonds.errors.name || ""
        onEdited: (text) => Fonds.name = text
    }
    GridLayout {
        Layout.fillWidth: true
        columns: view.width > view.height ? 2 : 1
        columnSpacing: Theme.gapLarge
        FormField {
            objectName: "contactEmail"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("E-mail")
            text: Fonds.email
            inputMethodHints: view.sensitive | Qt.ImhEmailCharactersOnly
            error: Fonds.errors.email || Fonds.errors.contact || ""
            onEdited: (text) => Fonds.email = text
        }
        FormField {
            objectName: "contactPhone"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            label: qsTr("Phone")
            text: Fonds.phone
            inputMethodHints: view.sensitive | Qt.ImhDialableCharactersOnly
            error: Fonds.errors.phone || ""
            onEdited: (text) => Fonds.phone = text
        }
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Privacy notice")
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        font.weight: Font.Bold
        color: Theme.text
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: notice.implicitHeight + 2 * Theme.gap
        radius: Theme.radius / 2
        color: Theme.surfaceAlt
        Text {
            id: notice
            objectName: "privacyNotice"
            anchors.fill: parent
            anchors.margins: Theme.gap
            text: Fonds.privacyNotice
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }
    CheckOption {
        objectName: "consent"
        Layout.fillWidth: true
        text: qsTr("I agree that my contact data is processed as described above.")
        checkedState: Fonds.consent
        onClicked: Fonds.consent = !checkedState
    }
    Text {
        Layout.fillWidth: true
        visible: (Fonds.errors.consent || "") !== ""
        text: Fonds.errors.consent || ""
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        color: Theme.warning
        wrapMode: Text.WordWrap
    }
}
