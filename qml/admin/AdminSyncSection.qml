// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// The admin's view of the sync with the hub: its state, enrolment, "sync now" and what the
// hub rejected. Side by side on wide screens, one below the other on narrow ones.
Flow {
    id: section

    readonly property bool wide: width >= Theme.wideWidth
    // The status needs more room than the form beside it.
    readonly property real statusWidth: wide ? Math.round((width - spacing) * 0.58) : width
    readonly property real formWidth: wide ? width - spacing - statusWidth : width

    // Typed in the enrolment form; the hub address starts with the one in use.
    property string hubUrl: Sync.hubUrl
    property string code: ""
    property string deviceName: Settings.deviceName
    property string enrolMessage: ""
    property bool enrolOk: false
    // What the last sync did, once one has run while this page is open.
    property string lastRun: ""

    spacing: Theme.gapLarge

    function stateText(state) {
        switch (state) {
        case "idle": return qsTr("Connected")
        case "syncing": return qsTr("Sending and fetching now")
        case "waiting": return qsTr("The last attempt failed; the terminal tries again")
        case "unauthorized": return qsTr("The hub no longer accepts this terminal: enrol it again")
        }
        return qsTr("Not connected to a hub")
    }

    Connections {
        target: Sync
        function onEnrolled(ok, message) {
            section.enrolOk = ok
            section.enrolMessage = ok ? qsTr("Enrolled. The hub knows this terminal as %1.").arg(message) : message
            if (ok)
                section.code = ""
        }
        function onFinished(summary) {
            section.lastRun = summary.error !== ""
                    ? summary.error
                    : qsTr("Sync finished: %1 sent, %2 rejected.").arg(summary.acknowledged).arg(summary.rejected)
        }
    }

    AdminCard {
        objectName: "syncStatus"
        width: section.statusWidth
        title: qsTr("Sync with the hub")

        AdminValue {
            objectName: "syncState"
            width: parent.width
            label: qsTr("State")
            value: section.stateText(Sync.state)
            valueColor: Sync.state === "waiting" || Sync.state === "unauthorized" ? Theme.warning : Theme.text
        }
        AdminValue {
            width: parent.width
            label: qsTr("Hub")
            technical: true
            value: Sync.hubUrl !== "" ? Sync.hubUrl : "\u2013"
        }
        AdminValue {
            width: parent.width
            label: qsTr("Device id at the hub")
            technical: true
            value: Sync.deviceId !== "" ? Sync.deviceId : "\u2013"
        }
        AdminValue {
            objectName: "syncPending"
            width: parent.width
            label: qsTr("Waiting to be sent")
            value: Sync.pending
        }
        AdminValue {
            objectName: "syncNeedsNewerHub"
            width: parent.width
            visible: Sync.needsNewerHub > 0
            label: qsTr("Needs a newer hub")
            value: Sync.needsNewerHub
            valueColor: Theme.warning
        }
        Text {
            width: parent.width
            visible: Sync.needsNewerHub > 0
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("%n item(s) need a newer hub: the hub does not take the format they were saved in. They stay on this terminal and are sent once the hub is updated; the others are sent meanwhile.", "", Sync.needsNewerHub)
        }
        AdminValue {
            width: parent.width
            label: qsTr("Sent")
            value: Sync.sent
        }
        AdminValue {
            width: parent.width
            label: qsTr("Rejected by the hub")
            value: Sync.rejectedCount
            valueColor: Sync.rejectedCount > 0 ? Theme.warning : Theme.text
        }
        AdminValue {
            width: parent.width
            label: qsTr("Last success")
            value: Sync.lastSuccess !== "" ? Sync.lastSuccess : qsTr("never")
        }
        AdminValue {
            objectName: "syncLastError"
            width: parent.width
            label: qsTr("Last error")
            value: Sync.lastError !== "" ? Sync.lastError : qsTr("none")
            valueColor: Sync.lastError !== "" ? Theme.warning : Theme.text
        }
        AdminValue {
            width: parent.width
            label: qsTr("Next attempt")
            value: Sync.nextAttempt !== "" ? Sync.nextAttempt : qsTr("none scheduled")
        }
        TouchButton {
            objectName: "syncNow"
            primary: true
            enabled: Sync.available && Sync.state !== "not_enrolled" && Sync.state !== "syncing"
            opacity: enabled ? 1 : 0.5
            text: qsTr("Sync now")
            onClicked: {
                Admin.touch()
                Sync.syncNow()
            }
        }
        Text {
            objectName: "lastRun"
            width: parent.width
            visible: text !== ""
            text: section.lastRun
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
    }

    AdminCard {
        objectName: "enrolment"
        width: section.formWidth
        title: qsTr("Enrol with a hub")

        Text {
            width: parent.width
            text: qsTr("The hub's staff create a one-time enrolment code for this terminal (valid for 24 hours).")
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        FormField {
            objectName: "hubUrl"
            width: parent.width
            label: qsTr("Hub address")
            placeholder: "https://hub.example.org"
            text: section.hubUrl
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            onEdited: (text) => { section.hubUrl = text; Admin.touch() }
        }
        FormField {
            objectName: "enrolCode"
            width: parent.width
            label: qsTr("Enrolment code")
            text: section.code
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
            onEdited: (text) => { section.code = text; Admin.touch() }
        }
        FormField {
            objectName: "deviceName"
            width: parent.width
            label: qsTr("Name of this terminal")
            placeholder: qsTr("e.g. Stadtlabor entrance")
            text: section.deviceName
            inputMethodHints: Qt.ImhNoPredictiveText
            onEdited: (text) => { section.deviceName = text; Admin.touch() }
        }
        TouchButton {
            objectName: "enrol"
            primary: true
            enabled: Sync.available && !Sync.enrolling && section.hubUrl.trim() !== ""
                     && section.code.trim() !== "" && section.deviceName.trim() !== ""
            opacity: enabled ? 1 : 0.5
            text: Sync.enrolling ? qsTr("Enrolling \u2026") : qsTr("Enrol")
            onClicked: {
                Admin.touch()
                section.enrolMessage = ""
                Sync.enroll(section.hubUrl, section.code, section.deviceName)
            }
        }
        Text {
            objectName: "enrolMessage"
            width: parent.width
            visible: text !== ""
            text: !Sync.available ? qsTr("This terminal was started without a connection to a hub.") : section.enrolMessage
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: section.enrolOk && Sync.available ? Theme.text : Theme.warning
            wrapMode: Text.WordWrap
        }
    }

    AdminCard {
        objectName: "rejected"
        width: section.width
        title: qsTr("Rejected by the hub (%1)").arg(Sync.rejectedCount)

        Text {
            width: parent.width
            visible: Sync.rejectedItems.length === 0
            text: qsTr("The hub has rejected nothing.")
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: Sync.rejectedItems
            Rectangle {
                id: entry
                required property var modelData
                width: parent.width
                height: item.implicitHeight + 2 * Theme.gap
                radius: Theme.radius / 2
                color: Theme.surfaceAlt
                Column {
                    id: item
                    x: Theme.gap
                    y: Theme.gap
                    width: parent.width - 2 * Theme.gap
                    spacing: Theme.gapSmall / 2
                    Text {
                        width: parent.width
                        text: entry.modelData.reason
                        font.pixelSize: Theme.fontBody
                        font.family: Theme.fontFamily
                        font.weight: Font.Bold
                        color: Theme.warning
                        wrapMode: Text.Wrap
                    }
                    Text {
                        width: parent.width
                        text: qsTr("%1 from %2, rejected %3").arg(entry.modelData.kindLabel)
                                  .arg(entry.modelData.createdAt).arg(entry.modelData.rejectedAt)
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.fontFamily
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        width: parent.width
                        text: entry.modelData.uuid
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.fontFamily
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
