// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// One filter chip: a status (or "all") with the number of projects it shows.
AbstractButton {
    id: chip

    property string status
    property string label
    property int count: -1 // -1: no number shown
    property bool selected

    checkable: false
    implicitHeight: Theme.touchTargetMin
    // Through the content item's size: an id inside a deferred contentItem, used from out
    // here, would make its assignment immediate.
    implicitWidth: implicitContentWidth + 2 * Theme.gap
    enabled: count !== 0 || selected
    opacity: enabled ? 1.0 : 0.7

    Accessible.name: count >= 0 ? label + " " + count : label

    background: Rectangle {
        radius: height / 2
        color: chip.selected ? Theme.primary : (chip.down ? Theme.surfaceAlt : Theme.surface)
        border.color: chip.selected ? Theme.primary : Theme.outline
        border.width: Theme.px(2)
    }

    // Declared as a child and handed over, not written inline: the id below inside an inline
    // (deferred) contentItem would make its assignment immediate anyway.
    contentItem: content
    Item {
        id: content
        implicitWidth: row.implicitWidth
        implicitHeight: row.implicitHeight
        Row {
            id: row
            anchors.centerIn: parent
            spacing: Theme.gapSmall
            Rectangle {
                visible: chip.status !== ""
                width: Theme.px(16)
                height: width
                radius: width / 2
                anchors.verticalCenter: parent.verticalCenter
                color: Theme.statusColor(chip.status)
                border.color: "white"
                border.width: chip.selected ? Theme.px(2) : 0
            }
            Text {
                text: chip.label
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                color: chip.selected ? Theme.primaryText : Theme.text
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                visible: chip.count >= 0
                text: chip.count
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: chip.selected ? Theme.primaryText : Theme.textMuted
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }
}
