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
    implicitHeight: Math.max(Theme.touchTargetMin, implicitContentHeight + 2 * Theme.gapSmall)
    // Through the content item's size: an id inside a deferred contentItem, used from out
    // here, would make its assignment immediate.
    implicitWidth: implicitContentWidth + 2 * Theme.gap
    // Less than the natural width leaves: a chip a little narrower than that keeps one line.
    leftPadding: Theme.gapSmall
    rightPadding: Theme.gapSmall
    enabled: count !== 0 || selected
    opacity: enabled ? 1.0 : 0.7

    Accessible.name: count >= 0 ? label + " " + count : label

    background: Rectangle {
        radius: Math.min(height / 2, Theme.touchTargetMin / 2)
        color: chip.selected ? Theme.primary : (chip.down ? Theme.surfaceAlt : Theme.surface)
        border.color: chip.selected ? Theme.primary : Theme.outline
        border.width: Theme.px(2)
    }

    // Declared as a child and handed over, not written inline: the id below inside an inline
    // (deferred) contentItem would make its assignment immediate anyway.
    contentItem: content
    Item {
        id: content
        // The natural width, on one line: a grid of chips (ChipGrid) sizes its cells by it,
        // so it must not follow the width the chip is given.
        implicitWidth: (dot.visible ? dot.width + row.spacing : 0) + labelText.implicitWidth
                       + (countText.visible ? row.spacing + countText.implicitWidth : 0)
        implicitHeight: row.implicitHeight
        Row {
            id: row
            anchors.centerIn: parent
            spacing: Theme.gapSmall
            Rectangle {
                id: dot
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
                id: labelText
                // Where the chip is narrower than its words: two lines, not an ellipsis.
                width: Math.max(0, Math.min(implicitWidth, content.width - content.implicitWidth + implicitWidth))
                text: chip.label
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                color: chip.selected ? Theme.primaryText : Theme.text
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                id: countText
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
