// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// A large button for fingers: never smaller than Theme.touchTargetMin, clear pressed state.
Button {
    id: control

    property bool primary: false
    property bool selected: false
    // On the primary-coloured bar: outlined in white, filled white when selected.
    property bool darkBackground: false

    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget, contentItem.implicitWidth + leftPadding + rightPadding)
    leftPadding: Theme.gapLarge
    rightPadding: Theme.gapLarge
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    font.weight: Font.Bold

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.darkBackground ? (control.selected ? Theme.primary : Theme.primaryText)
               : (control.primary || control.selected ? Theme.primaryText : Theme.primary)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: height / 2
        color: control.darkBackground
               ? (control.selected ? Theme.surface : (control.down ? Qt.darker(Theme.primary, 1.3) : "transparent"))
               : (control.primary || control.selected
                  ? (control.down ? Qt.darker(Theme.primary, 1.2) : Theme.primary)
                  : (control.down ? Theme.surfaceAlt : Theme.surface))
        border.color: control.visualFocus ? Theme.focus : (control.darkBackground ? Theme.primaryText : Theme.primary)
        border.width: control.visualFocus ? Theme.px(4) : Theme.px(2)
    }
}
