// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// One block of an admin section: a heading and its content, stacked in a plain Column (wrapped
// texts get their height from the width).
Rectangle {
    id: card

    property string title
    default property alias content: body.data

    implicitHeight: body.implicitHeight + 2 * Theme.gapLarge
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.outline
    border.width: Theme.px(1)

    Column {
        id: body
        x: Theme.gapLarge
        y: Theme.gapLarge
        width: card.width - 2 * Theme.gapLarge
        spacing: Theme.gap

        Text {
            width: parent.width
            visible: card.title !== ""
            text: card.title
            font.pixelSize: Theme.fontHeading
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }
}
