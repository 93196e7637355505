// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Stadtlabor

// Step 3: who hands in the idea, and the three statements the fund requires.
FondsStepLayout {
    id: view
    heading: qsTr("Who hands in the idea?")

    readonly property var applicants: [
        { id: "person", label: qsTr("I, as a private person") },
        { id: "group", label: qsTr("A group or initiative") },
        { id: "association", label: qsTr("An association (e.V.)") }
    ]

    ChipGrid {
        Layout.fillWidth: true
        Repeater {
            model: view.applicants
            OptionButton {
                required property var modelData
                objectName: "applicant_" + modelData.id
                text: modelData.label
                selected: Fonds.applicant === modelData.id
                onClicked: Fonds.applicant = modelData.id
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: (Fonds.errors.applicant || "") !== ""
        text: Fonds.errors.applicant || ""
        font.pixelSize: Theme.fontSmall
        font.family: Theme.fontFamily
        color: Theme.warning
    }
    FormField {
        objectName: "organisation"
        Layout.fillWidth: true
        visible: Fonds.applicant === "group" || Fonds.applicant === "association"
        label: Fonds.applicant === "association" ? qsTr("Name of the association") : qsTr("Name of the group (optional)")
        hint: qsTr("Treated like your contact data: sealed, only the fund's staff can read it.")
        text: Fonds.organisation
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        error: Fonds.errors.organisation || ""
        onEdited: (text) => Fonds.organisation = text
    }

    Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        text: qsTr("Please confirm:")
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        font.weight: Font.Bold
        color: Theme.text
    }
    CheckOption {
        objectName: "declareAge"
        Layout.fillWidth: true
        text: qsTr("I am of age and have full legal capacity.")
        checkedState: Fonds.declaresOfAgeAndCapable
        onClicked: Fonds.declaresOfAgeAndCapable = !checkedState
    }
    CheckOption {
        objectName: "declarePublic"
        Layout.fillWidth: true
        text: qsTr("We are not a public institution, political party or one of their organisations.")
        checkedState: Fonds.declaresNotPublicOrParty
        onClicked: Fonds.declaresNotPublicOrParty = !checkedState
    }
    CheckOption {
        objectName: "declareCommonGood"
        Layout.fillWidth: true
        text: qsTr("The project is for the common good, not commercial, takes place in Bochum and outside the active urban-renewal areas.")
        checkedState: Fonds.declaresCommonGood
        onClicked: Fonds.declaresCommonGood = !checkedState
    }
    Text {
        Layout.fillWidth: true
        visible: (Fonds.errors.declarations || "") !== ""
        text: Fonds.errors.declarations || ""
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        color: Theme.warning
        wrapMode: Text.WordWrap
    }
}
