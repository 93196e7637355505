// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// The area of a staff session, chosen by touch in the same two levels as the visitor's area
// step: the whole city or a Stadtbezirk, then the whole Stadtbezirk or a statistical district.
// Positioners only: the buttons' wrapped text gets its height from the width.
Column {
    id: root

    readonly property AreaPicker picker: Staff.area
    readonly property bool secondLevel: picker.district !== ""
    readonly property int columns: Math.max(1, Math.floor((width + Theme.gap) / (Theme.px(380) + Theme.gap)))
    readonly property real cellWidth: (width - (columns - 1) * Theme.gap) / columns

    spacing: Theme.gap

    TouchButton {
        objectName: "staffAreaBack"
        visible: root.secondLevel
        text: "\u2039  " + qsTr("All Stadtbezirke")
        onClicked: Staff.areaBack()
    }

    // The buttons ask Staff.area (root.picker) directly and get their width in onItemAdded:
    // in Qt 6.4 a delegate sees no outer id as far as the QML tools can tell (pragma
    // ComponentBehavior: Bound comes with 6.5).
    Grid {
        width: parent.width
        columns: root.columns
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap

        // Level one: the city and its Stadtbezirke.
        Repeater {
            model: root.secondLevel ? null : root.picker.districts
            OptionButton {
                required property string areaId
                required property string name
                required property bool whole
                objectName: "staffArea_" + areaId
                text: whole ? qsTr("The whole city (%1)").arg(name) : name
                selected: Staff.area.areaId === areaId || Staff.area.district === areaId
                onClicked: Staff.area.chooseDistrict(areaId)
            }
            onItemAdded: (index, item) => item.width = Qt.binding(() => root.cellWidth)
        }
        // Level two: the whole Stadtbezirk or one statistical district.
        Repeater {
            model: root.secondLevel ? root.picker.statisticalDistricts : null
            OptionButton {
                required property string areaId
                required property string name
                required property bool whole
                objectName: "staffArea_" + areaId
                text: whole ? qsTr("All of %1").arg(name) : name
                selected: Staff.area.areaId === areaId
                onClicked: Staff.area.chooseArea(areaId)
            }
            onItemAdded: (index, item) => item.width = Qt.binding(() => root.cellWidth)
        }
    }
}
