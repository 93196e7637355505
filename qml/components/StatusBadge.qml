// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// The coloured label of a project's status.
Rectangle {
    id: badge

    property string status
    property string label

    implicitWidth: labelText.implicitWidth + 2 * Theme.gap
    implicitHeight: labelText.implicitHeight + Theme.gapSmall
    radius: height / 2
    color: Theme.statusColor(status)

    Text {
        id: labelText
        anchors.centerIn: parent
        text: badge.label
        color: "white"
        font.pixelSize: Theme.fontSmall
        font.family: Theme.fontFamily
        font.weight: Font.Bold
    }
}
