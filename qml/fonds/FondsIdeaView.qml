// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Stadtlabor

// Step 1: the idea, where, what kind, when.
FondsStepLayout {
    id: view
    heading: qsTr("Your idea")

    component ErrorText: Text {
        property string message
        Layout.fillWidth: true
        visible: message !== ""
        text: message
        font.pixelSize: Theme.fontSmall
        font.family: Theme.fontFamily
        color: Theme.warning
        wrapMode: Text.WordWrap
    }
    component Heading: Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        font.weight: Font.Bold
        color: Theme.text
        wrapMode: Text.WordWrap
    }

    FormField {
        objectName: "ideaTitle"
        Layout.fillWidth: true
        label: qsTr("Title")
        text: Fonds.title
        maximumLength: Fonds.titleLimit
        hint: qsTr("%1 of %2 characters").arg(Fonds.textLength(Fonds.title)).arg(Fonds.titleLimit)
        error: Fonds.errors.title || ""
        onEdited: (text) => Fonds.title = text
    }
    CountedTextArea {
        objectName: "ideaDescription"
        Layout.fillWidth: true
        label: qsTr("What do you want to do, and for whom?")
        text: Fonds.description
        count: Fonds.textLength(Fonds.description)
        limit: Fonds.descriptionLimit
        onEdited: (text) => Fonds.description = text
    }
    ErrorText { message: Fonds.errors.description || "" }

    Heading { text: Fonds.area.district === "" ? qsTr("Where?") : qsTr("Where in %1?").arg(Fonds.area.districtName) }
    ChipGrid {
        Layout.fillWidth: true
        Repeater {
            model: Fonds.area.district === "" ? Fonds.area.districts : Fonds.area.statisticalDistricts
            OptionButton {
                required property string areaId
                required property string name
                required property bool whole
                objectName: "fondsArea_" + areaId
                text: whole ? (Fonds.area.district === "" ? qsTr("Citywide") : qsTr("All of %1").arg(name)) : name
                selected: Fonds.area.areaId === areaId
                onClicked: Fonds.area.district === "" ? Fonds.area.chooseDistrict(areaId) : Fonds.area.chooseArea(areaId)
            }
        }
    }
    ErrorText { message: Fonds.errors.area || "" }

    Heading { text: qsTr("What kind of project?") }
    ChipGrid {
        Layout.fillWidth: true
        Repeater {
            model: Fonds.categories
            OptionButton {
                required property var modelData
                objectName: "category_" + modelData.id
                text: modelData.label
                selected: Fonds.categoryId === modelData.id
                onClicked: Fonds.categoryId = modelData.id
            }
        }
    }
    ErrorText { message: Fonds.errors.category || "" }

    Heading { text: qsTr("When do you want to start?") }
    ChipGrid {
        Layout.fillWidth: true
        Repeater {
            model: Fonds.plannedYears
            OptionButton {
                required property int modelData
                objectName: "year_" + modelData
                text: modelData
                selected: Fonds.plannedYear === modelData
                onClicked: Fonds.plannedYear = modelData
            }
        }
    }
    ChipGrid {
        Layout.fillWidth: true
        visible: Fonds.plannedYear > 0
        Repeater {
            model: Fonds.plannedMonths
            OptionButton {
                required property var modelData
                objectName: "month_" + modelData.month
                text: modelData.label
                enabled: modelData.enabled
                opacity: enabled ? 1 : 0.4
                selected: Fonds.plannedMonth === modelData.month
                onClicked: Fonds.plannedMonth = modelData.month
            }
        }
    }
    ErrorText { message: Fonds.errors.planned_start || "" }
}
