// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Stadtlabor

// Which area: first the whole city or a Stadtbezirk, then the whole Stadtbezirk or one of its
// statistical districts. Large buttons, no typing.
Item {
    id: view

    readonly property bool secondLevel: Monitor.district !== ""

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: Theme.gapLarge

        Text {
            Layout.fillWidth: true
            text: view.secondLevel ? qsTr("Which part of %1?").arg(Monitor.districtName)
                                   : qsTr("Which area do you want to rate?")
            font.pixelSize: Theme.fontTitle
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.text
            wrapMode: Text.WordWrap
        }

        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: grid.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            GridLayout {
                id: grid
                width: parent.width
                columns: Theme.columns(width, Theme.optionMinWidth, Theme.gap)
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap

                // Level one: the city and its Stadtbezirke. (The delegates ask Monitor, not
                // view.secondLevel: in Qt 6.4 they see no outer id as far as the QML tools can tell.)
                Repeater {
                    model: Monitor.districts
                    OptionButton {
                        required property string areaId
                        required property string name
                        required property bool whole
                        visible: Monitor.district === ""
                        objectName: "area_" + areaId
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1 // equal columns
                        text: whole ? qsTr("The whole city (%1)").arg(name) : name
                        selected: Monitor.areaId === areaId || Monitor.district === areaId
                        onClicked: Monitor.chooseDistrict(areaId)
                    }
                }
                // Level two: the whole Stadtbezirk or one statistical district.
                Repeater {
                    model: Monitor.statisticalDistricts
                    OptionButton {
                        required property string areaId
                        required property string name
                        required property bool whole
                        visible: Monitor.district !== ""
                        objectName: "area_" + areaId
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1 // equal columns
                        text: whole ? qsTr("All of %1").arg(name) : name
                        selected: Monitor.areaId === areaId
                        onClicked: Monitor.chooseArea(areaId)
                    }
                }
            }
        }

        StepFooter {
            Layout.fillWidth: true
            nextEnabled: Monitor.areaId !== ""
            onNextClicked: Monitor.next()
            onBackClicked: Monitor.back()
        }
    }
}
