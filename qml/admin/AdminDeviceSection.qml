// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// This terminal: its name, and the area the StadtRaumMonitor starts with.
Column {
    id: section

    // Read again whenever the settings change.
    readonly property string defaultArea: { Settings.values; return Settings.value("default_area") }
    property string areaMessage: ""

    spacing: Theme.gapLarge

    AdminCard {
        width: section.width
        title: qsTr("This terminal")

        AdminSettingField {
            objectName: "deviceName"
            width: parent.width
            key: "device_name"
            inputMethodHints: Qt.ImhNoPredictiveText
        }
    }

    AdminCard {
        objectName: "defaultAreaCard"
        width: section.width
        title: qsTr("Area for the StadtRaumMonitor")

        Text {
            width: parent.width
            text: qsTr("Visitors start with this area chosen and can change it. A terminal that stands in one district should start there.")
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Flow {
            width: parent.width
            spacing: Theme.gapSmall
            OptionButton {
                objectName: "defaultArea_none"
                text: qsTr("No preset")
                selected: section.defaultArea === ""
                onClicked: section.choose("")
            }
            Repeater {
                model: Monitor.districts
                OptionButton {
                    required property string areaId
                    required property string name
                    required property bool whole
                    objectName: "defaultArea_" + areaId
                    value: areaId
                    text: whole ? qsTr("The whole city (%1)").arg(name) : name
                }
                // Wired here: in Qt 6.4 a delegate sees no outer id as far as the QML tools
                // can tell (pragma ComponentBehavior: Bound comes with 6.5).
                onItemAdded: (index, item) => {
                    const button = item as OptionButton
                    button.selected = Qt.binding(() => section.defaultArea === button.value)
                    button.clicked.connect(() => section.choose(button.value))
                }
            }
        }
        Text {
            width: parent.width
            visible: text !== ""
            text: section.areaMessage
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            color: Theme.warning
            wrapMode: Text.WordWrap
        }
    }

    function choose(areaId) {
        Admin.touch()
        section.areaMessage = Settings.set("default_area", areaId) ? "" : Settings.lastError
    }
}
