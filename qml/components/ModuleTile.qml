// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stadtlabor

// A large tile on the home screen that opens one module.
AbstractButton {
    id: tile

    property string title
    property string description
    property string footer
    property color tileColor: Theme.primary

    implicitHeight: Theme.tileMinHeight
    Accessible.name: title

    background: Rectangle {
        radius: Theme.radius
        color: tile.down ? Qt.darker(tile.tileColor, 1.2) : tile.tileColor
        border.color: tile.visualFocus ? Theme.focus : "transparent"
        border.width: Theme.px(4)
    }
    contentItem: ColumnLayout {
        spacing: Theme.gap
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gapLarge
            Layout.rightMargin: Theme.gapLarge
            Layout.topMargin: Theme.gapLarge
            text: tile.title
            font.pixelSize: Theme.fontTitle
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.primaryText
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gapLarge
            Layout.rightMargin: Theme.gapLarge
            text: tile.description
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.primaryText
            wrapMode: Text.WordWrap
        }
        Item { Layout.fillHeight: true }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gapLarge
            Layout.rightMargin: Theme.gapLarge
            Layout.bottomMargin: Theme.gapLarge
            text: tile.footer + "  \u203A"
            horizontalAlignment: Text.AlignRight
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.primaryText
        }
    }
}
