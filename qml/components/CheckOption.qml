// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// A statement to tick: a large box and the whole text are one touch target.
AbstractButton {
    id: option

    property bool checkedState: false

    // Through the content item's size: an id inside a deferred contentItem, used from out
    // here, would make its assignment immediate.
    implicitWidth: implicitContentWidth + 2 * Theme.gap
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + 2 * Theme.gap)
    Accessible.role: Accessible.CheckBox
    Accessible.checked: checkedState
    Accessible.name: text

    background: Rectangle {
        radius: Theme.radius / 2
        color: option.down ? Theme.surfaceAlt : Theme.surface
        border.color: option.visualFocus ? Theme.focus : Theme.outline
        border.width: Theme.px(2)
    }
    // Declared as a child and handed over, not written inline: the ids below inside an inline
    // (deferred) contentItem would make its assignment immediate anyway.
    contentItem: content
    Item {
        id: content
        implicitWidth: row.implicitWidth
        implicitHeight: label.implicitHeight
        Row {
            id: row
            anchors.fill: parent
            anchors.leftMargin: Theme.gap
            anchors.rightMargin: Theme.gap
            spacing: Theme.gap
            Rectangle {
                id: box
                width: Theme.px(44)
                height: width
                anchors.verticalCenter: parent.verticalCenter
                radius: Theme.px(6)
                color: option.checkedState ? Theme.primary : Theme.surface
                border.color: option.checkedState ? Theme.primary : Theme.textMuted
                border.width: Theme.px(3)
                Text {
                    anchors.centerIn: parent
                    visible: option.checkedState
                    text: "\u2713"
                    color: Theme.primaryText
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.Bold
                }
            }
            Text {
                id: label
                width: parent.width - box.width - row.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: option.text
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                color: Theme.text
                wrapMode: Text.WordWrap
            }
        }
    }
}
