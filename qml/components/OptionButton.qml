// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// A large choice for fingers: one of several answers, shown as chosen when selected.
AbstractButton {
    id: option

    property bool selected: false
    // What the option stands for, for whoever handles its click (a delegate's own
    // properties are not visible through this type).
    property string value

    // Sized by its text as it reads when chosen (with the mark, in bold), so that choosing
    // does not change its size; it wraps only when the parent gives less room.
    implicitWidth: Math.max(Theme.touchTarget, Math.ceil(chosenText.advanceWidth) + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.gapLarge
    rightPadding: Theme.gapLarge
    topPadding: Theme.gap
    bottomPadding: Theme.gap
    Accessible.role: Accessible.RadioButton
    Accessible.checked: selected
    Accessible.name: text

    background: Rectangle {
        radius: Theme.radius
        color: option.selected ? Theme.primary : (option.down ? Theme.surfaceAlt : Theme.surface)
        border.color: option.visualFocus ? Theme.focus : (option.selected ? Theme.primary : Theme.outline)
        border.width: option.visualFocus ? Theme.px(4) : Theme.px(2)
    }

    TextMetrics {
        id: chosenText
        text: "\u2713  " + option.text
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        font.weight: Font.Bold
    }

    contentItem: Text {
        text: (option.selected ? "\u2713  " : "") + option.text
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        font.weight: option.selected ? Font.Bold : Font.Normal
        color: option.selected ? Theme.primaryText : Theme.text
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }
}
