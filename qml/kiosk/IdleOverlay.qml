// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// "Are you still there?" with the countdown before everything the visitor entered is
// cleared. Any touch keeps the session (Session counts it); the button says so plainly.
Rectangle {
    id: overlay

    color: "#cc1a1f26"

    // A touch anywhere but the buttons continues too.
    MouseArea {
        anchors.fill: parent
        onPressed: Session.activity()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.dialogWidth)
        height: box.implicitHeight + 2 * Theme.gapLarge
        radius: Theme.radius
        color: Theme.surface

        Column {
            id: box
            x: Theme.gapLarge
            y: Theme.gapLarge
            width: parent.width - 2 * Theme.gapLarge
            spacing: Theme.gapLarge

            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Are you still there?")
                font.pixelSize: Theme.fontTitle
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "idleCountdown"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: Session.secondsLeft
                font.pixelSize: Theme.fontDisplay * 1.5
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.primary
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("In %n second(s) everything entered here is deleted and the terminal starts again for the next person.", "", Session.secondsLeft)
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Row {
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: Theme.gap
                TouchButton {
                    objectName: "idleContinue"
                    primary: true
                    text: qsTr("Continue")
                    onClicked: Session.activity()
                }
                TouchButton {
                    objectName: "idleEnd"
                    text: qsTr("End now")
                    onClicked: Session.endSession()
                }
            }
        }
    }
}
