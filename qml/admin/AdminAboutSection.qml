// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// The admin's About section: versions, the database file and the program's recent log lines
// (newest first), for a support call.
Column {
    id: section

    // Log lines shown; more on request, so the page stays quick to lay out.
    property int shownLines: 30

    spacing: Theme.gapLarge

    Component.onCompleted: Data.refresh()

    AdminCard {
        objectName: "aboutVersions"
        width: section.width
        title: qsTr("Versions")

        AdminValue {
            objectName: "appVersion"
            width: parent.width
            label: qsTr("Stadtlabor Kiosk")
            value: Data.appVersion
        }
        AdminValue {
            width: parent.width
            label: qsTr("Qt")
            value: Data.qtVersion
        }
        AdminValue {
            width: parent.width
            label: qsTr("SQLite")
            value: Data.sqliteVersion
        }
        AdminValue {
            width: parent.width
            label: qsTr("libsodium")
            value: Data.sodiumVersion
        }
        AdminValue {
            width: parent.width
            label: qsTr("Device id")
            technical: true
            value: Data.deviceId
        }
    }

    AdminCard {
        objectName: "aboutDatabase"
        width: section.width
        title: qsTr("Database")

        AdminValue {
            objectName: "databasePath"
            width: parent.width
            label: qsTr("File")
            technical: true
            value: Data.databasePath
        }
        AdminValue {
            objectName: "databaseSize"
            width: parent.width
            label: qsTr("Size (with its journal)")
            value: Data.databaseSize
        }
    }

    AdminCard {
        objectName: "aboutLog"
        width: section.width
        title: qsTr("Recent log lines")

        TouchButton {
            objectName: "refreshLog"
            text: qsTr("Refresh")
            onClicked: {
                Admin.touch()
                Data.refresh()
            }
        }
        Text {
            width: parent.width
            visible: Data.logLines.length === 0
            text: qsTr("Nothing logged yet.")
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: Array.from(Data.logLines).slice(0, section.shownLines)
            Text {
                required property string modelData
                width: parent.width
                text: modelData
                // Technical text: small, and broken anywhere rather than overflowing.
                font.pixelSize: Theme.fontSmall
                font.family: "monospace"
                color: modelData.indexOf(" warning ") >= 0 || modelData.indexOf(" critical ") >= 0
                       ? Theme.warning : Theme.text
                wrapMode: Text.WrapAnywhere
                textFormat: Text.PlainText
            }
        }
        TouchButton {
            objectName: "moreLog"
            visible: Data.logLines.length > section.shownLines
            text: qsTr("Show more (%1 in all)").arg(Data.logLines.length)
            onClicked: {
                Admin.touch()
                section.shownLines += 50
            }
        }
    }
}
