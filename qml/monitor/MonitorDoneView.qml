// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Stadtlabor

// Thank you, and what happens with the answers.
Item {
    id: view
    signal finished()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.readingWidth)
        spacing: Theme.gapLarge

        Text {
            Layout.fillWidth: true
            text: qsTr("Thank you!")
            font.pixelSize: Theme.fontDisplay
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.text
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Your answers are saved on this terminal and sent to the city without your name. The city's planners use them, together with everyone else's, to see where life in Bochum's neighbourhoods needs to get better. The results are published on this terminal as soon as enough people have taken part.")
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        TouchButton {
            objectName: "monitorFinish"
            primary: true
            text: qsTr("Done")
            onClicked: view.finished()
        }
    }
}
