// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// For visitors, in the top bar: whether what was handed in here has reached the city. Small
// and calm: a dot and a few words, never an alarm. Hidden while the kiosk is not enrolled.
Item {
    id: indicator

    // Fewer words where the bar is crowded or the sentence does not fit in maxWidth; screen
    // readers always get the whole sentence.
    property bool compact: false
    property real maxWidth: 1e9 // no limit unless the bar sets one
    readonly property bool useShortLabel: compact || dot.width + row.spacing + fullMetrics.advanceWidth > maxWidth
    readonly property string visitorState: Sync.visitorState
    readonly property string label: {
        switch (visitorState) {
        case "sent": return qsTr("All sent")
        case "waiting": return qsTr("%n waiting to be sent", "", Sync.pending)
        case "offline": return Sync.pending > 0 ? qsTr("Offline, %n waiting to be sent", "", Sync.pending)
                                                : qsTr("Offline")
        }
        return ""
    }
    readonly property string shortLabel: {
        switch (visitorState) {
        case "sent": return qsTr("Sent")
        case "waiting": return qsTr("%n waiting", "", Sync.pending)
        case "offline": return qsTr("Offline")
        }
        return ""
    }

    visible: visitorState !== "hidden"
    implicitWidth: dot.width + row.spacing + words.implicitWidth
    implicitHeight: Math.max(dot.height, words.implicitHeight)
    Accessible.role: Accessible.StaticText
    Accessible.name: label

    TextMetrics {
        id: fullMetrics
        text: indicator.label
        font: words.font
    }

    Row {
        id: row
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.gapSmall

        // Filled when everything is sent, a ring while something waits, dimmed when offline.
        Rectangle {
            id: dot
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.px(16)
            height: width
            radius: width / 2
            color: indicator.visitorState === "sent" ? Theme.primaryText : "transparent"
            border.color: Theme.primaryText
            border.width: Theme.px(2)
            opacity: indicator.visitorState === "offline" ? 0.6 : 1
        }
        Text {
            id: words
            objectName: "syncIndicatorText"
            anchors.verticalCenter: parent.verticalCenter
            width: Math.max(0, Math.min(implicitWidth, indicator.width - x))
            text: indicator.useShortLabel ? indicator.shortLabel : indicator.label
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            color: Theme.primaryText
            opacity: 0.9
            elide: Text.ElideRight
        }
    }
}
