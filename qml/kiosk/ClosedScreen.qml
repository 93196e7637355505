// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// Outside the opening hours: when the terminal opens again, and nothing else. It collects
// nothing meanwhile; only the admin corner answers.
Rectangle {
    id: screen

    signal adminRequested()

    color: Theme.background

    MouseArea {
        anchors.fill: parent // touches go nowhere
    }
    MouseArea {
        objectName: "closedAdminCorner"
        width: 120
        height: 120
        pressAndHoldInterval: 3000
        onPressAndHold: screen.adminRequested()
    }

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.readingWidth)
        spacing: Theme.gapLarge

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Stadtlabor Bochum")
            font.pixelSize: Theme.fontHeading
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.primary
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "closedHeading"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Closed right now")
            font.pixelSize: Theme.fontDisplay
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "closedReopens"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: Session.reopens !== ""
            text: qsTr("Come back %1.").arg(Session.reopens)
            font.pixelSize: Theme.fontTitle
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Column {
            width: parent.width
            spacing: Theme.gapSmall
            visible: Session.openingHours.length > 0
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Opening hours")
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.textMuted
            }
            Repeater {
                model: Session.openingHours
                Text {
                    required property string modelData
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: modelData
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                }
            }
        }
    }
}
