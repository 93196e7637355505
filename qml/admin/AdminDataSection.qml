// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// The admin's Data section: what is stored, the export to a folder picked by touch (the
// Documents folder or a USB stick; no file dialog on a kiosk) and the purge of records the hub
// has acknowledged. Side by side on wide screens, one below the other on narrow ones.
Flow {
    id: section

    readonly property bool wide: width >= Theme.wideWidth
    readonly property real halfWidth: wide ? Math.round((width - spacing) / 2) : width

    // The folder picked; the default (a USB stick when one is in) until the admin picks one.
    property string folder: ""
    readonly property string chosenFolder: folder !== "" ? folder : Data.defaultExportFolder
    property string daysText: "30"
    property bool confirmingPurge: false
    // Which card shows Data.message: "export" or "purge".
    property string lastAction: ""

    spacing: Theme.gapLarge

    Component.onCompleted: Data.refresh()

    AdminCard {
        objectName: "dataCounts"
        width: section.width
        title: qsTr("Stored on this terminal")

        AdminValue {
            objectName: "countMonitor"
            width: parent.width
            label: qsTr("StadtRaumMonitor ratings")
            value: Data.monitorResponses
        }
        AdminValue {
            objectName: "countFonds"
            width: parent.width
            label: qsTr("Bochum-Fonds ideas")
            value: Data.fondsIdeas
        }
        AdminValue {
            objectName: "countPending"
            width: parent.width
            label: qsTr("Waiting to be sent")
            value: Data.pending
        }
        AdminValue {
            objectName: "countSent"
            width: parent.width
            label: qsTr("Acknowledged by the hub")
            value: Data.sent
        }
        AdminValue {
            objectName: "countRejected"
            width: parent.width
            label: qsTr("Rejected by the hub")
            value: Data.rejected
            valueColor: Data.rejected > 0 ? Theme.warning : Theme.text
        }
        TouchButton {
            objectName: "dataRefresh"
            text: qsTr("Refresh")
            onClicked: {
                Admin.touch()
                Data.refresh()
            }
        }
    }

    AdminCard {
        objectName: "dataExport"
        width: section.halfWidth
        title: qsTr("Export")

        Text {
            width: parent.width
            text: qsTr("Writes all ratings and ideas as CSV (for spreadsheets) and JSON (for the hub) into a new folder. Contact data stays sealed: only the hub can open it.")
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: Data.exportFolders
            OptionButton {
                required property var modelData
                objectName: "exportFolder_" + index
                required property int index
                width: parent.width
                value: modelData.path
                text: modelData.label + "\n" + modelData.path
                      + (modelData.free !== "" ? "  \u00b7  " + qsTr("%1 free").arg(modelData.free) : "")
            }
            // Wired here: in Qt 6.4 a delegate sees no outer id as far as the QML tools can
            // tell (pragma ComponentBehavior: Bound comes with 6.5).
            onItemAdded: (index, item) => {
                const button = item as OptionButton
                button.selected = Qt.binding(() => button.value === section.chosenFolder)
                button.clicked.connect(() => {
                    Admin.touch()
                    section.folder = button.value
                })
            }
        }
        Text {
            width: parent.width
            visible: Data.exportFolders.length < 2
            text: qsTr("Insert a USB stick and tap \u201cLook for USB sticks\u201d to export onto it.")
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Flow {
            width: parent.width
            spacing: Theme.gap
            TouchButton {
                objectName: "exportNow"
                primary: true
                enabled: section.chosenFolder !== "" && !Data.exporting
                opacity: enabled ? 1 : 0.5
                text: Data.exporting ? qsTr("Exporting \u2026") : qsTr("Export now")
                onClicked: {
                    Admin.touch()
                    section.lastAction = "export"
                    Data.exportTo(section.chosenFolder)
                }
            }
            TouchButton {
                objectName: "lookForMedia"
                text: qsTr("Look for USB sticks")
                onClicked: {
                    Admin.touch()
                    Data.refreshFolders()
                }
            }
        }
        Text {
            objectName: "exportMessage"
            width: parent.width
            visible: section.lastAction === "export" && text !== ""
            text: Data.message
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Data.lastOk ? Theme.text : Theme.warning
            wrapMode: Text.Wrap
        }
    }

    AdminCard {
        objectName: "dataPurge"
        width: section.wide ? section.width - section.spacing - section.halfWidth : section.width
        title: qsTr("Delete acknowledged records")

        Text {
            width: parent.width
            text: qsTr("Deletes from this terminal the ratings and ideas the hub confirmed more than the given number of days ago. Records still waiting or rejected by the hub are never deleted.")
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        FormField {
            objectName: "purgeDays"
            width: parent.width
            label: qsTr("Acknowledged more than this many days ago (0 to %1)").arg(Data.maxPurgeDays)
            text: section.daysText
            inputMethodHints: Qt.ImhDigitsOnly
            maximumLength: 4
            error: Data.purgeableCount(section.daysText) < 0
                   ? qsTr("Enter a whole number of days from 0 to %1.").arg(Data.maxPurgeDays) : ""
            onEdited: (text) => {
                section.daysText = text
                section.confirmingPurge = false
                Admin.touch()
            }
        }
        TouchButton {
            objectName: "purge"
            visible: !section.confirmingPurge
            enabled: Data.purgeableCount(section.daysText) >= 0
            opacity: enabled ? 1 : 0.5
            text: qsTr("Delete \u2026")
            onClicked: {
                Admin.touch()
                section.confirmingPurge = true
            }
        }
        Text {
            objectName: "purgeQuestion"
            width: parent.width
            visible: section.confirmingPurge
            // Read again whenever the entry or the counts change.
            text: Data.sent >= 0 ? qsTr("Delete %1 acknowledged records now? This cannot be undone.")
                                   .arg(Data.purgeableCount(section.daysText)) : ""
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.warning
            wrapMode: Text.WordWrap
        }
        Flow {
            width: parent.width
            spacing: Theme.gap
            visible: section.confirmingPurge
            TouchButton {
                objectName: "purgeConfirm"
                primary: true
                text: qsTr("Delete now")
                onClicked: {
                    Admin.touch()
                    section.lastAction = "purge"
                    section.confirmingPurge = false
                    Data.purge(section.daysText)
                }
            }
            TouchButton {
                objectName: "purgeCancel"
                text: qsTr("Cancel")
                onClicked: {
                    Admin.touch()
                    section.confirmingPurge = false
                }
            }
        }
        Text {
            objectName: "purgeMessage"
            width: parent.width
            visible: section.lastAction === "purge" && text !== ""
            text: Data.message
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Data.lastOk ? Theme.text : Theme.warning
            wrapMode: Text.Wrap
        }
    }
}
