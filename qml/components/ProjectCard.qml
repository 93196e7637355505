// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stadtlabor

// A project in the grid: status, title, summary; the whole card opens the detail page.
AbstractButton {
    id: card

    property string projectId
    property string title
    property string summary
    property string status
    property string statusLabel
    property string updatedAt

    Accessible.name: title + ", " + statusLabel

    background: Rectangle {
        radius: Theme.radius
        color: card.down ? Theme.surfaceAlt : Theme.surface
        border.color: card.visualFocus ? Theme.focus : Theme.outline
        border.width: card.visualFocus ? Theme.px(4) : Theme.px(1)

        // A band in the status colour, readable at a glance from a distance.
        Rectangle {
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            width: Theme.px(10)
            radius: Theme.radius
            color: Theme.statusColor(card.status)
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.gap

        StatusBadge {
            Layout.leftMargin: Theme.gapLarge
            Layout.topMargin: Theme.gapLarge
            status: card.status
            label: card.statusLabel
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gapLarge
            Layout.rightMargin: Theme.gapLarge
            text: card.title
            font.pixelSize: Theme.fontHeading
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.text
            // The whole title, however many lines it takes: the summary below gives way.
            wrapMode: Text.WordWrap
        }
        // Takes the room that is left and ends with an ellipsis where the text is longer.
        Text {
            objectName: "cardSummary"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.gapLarge
            Layout.rightMargin: Theme.gapLarge
            text: card.summary
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            elide: Text.ElideRight
            clip: true
            // Under a title of many lines there may be no room for one line: then none.
            opacity: height >= Theme.fontBody * 1.4 ? 1 : 0
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gapLarge
            Layout.rightMargin: Theme.gapLarge
            Layout.bottomMargin: Theme.gap
            text: qsTr("More") + "  \u203A"
            horizontalAlignment: Text.AlignRight
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.primary
        }
    }
}
