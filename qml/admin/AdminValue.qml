// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// A label and its value: side by side where there is room, else the value below its label.
// Technical values (addresses, ids) are set smaller and may break anywhere.
Item {
    id: line

    property string label
    property string value
    property color valueColor: Theme.text
    property bool technical: false
    readonly property bool sideBySide: width >= Theme.px(560)
    readonly property real labelWidth: sideBySide ? Math.round(width * 0.35) : width

    implicitHeight: sideBySide ? Math.max(labelText.y + labelText.implicitHeight, valueText.implicitHeight)
                               : labelText.implicitHeight + valueText.implicitHeight
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + value

    Text {
        id: labelText
        // Side by side, the label sits on the value's first baseline.
        y: line.sideBySide ? Math.max(0, valueText.baselineOffset - baselineOffset) : 0
        width: line.sideBySide ? line.labelWidth - Theme.gap : line.width
        text: line.label
        font.pixelSize: Theme.fontSmall
        font.family: Theme.fontFamily
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
    Text {
        id: valueText
        objectName: line.objectName + "_value"
        x: line.sideBySide ? line.labelWidth : 0
        y: line.sideBySide ? 0 : labelText.implicitHeight
        width: line.width - x
        text: line.value
        font.pixelSize: line.technical ? Theme.fontSmall : Theme.fontBody
        font.family: Theme.fontFamily
        font.weight: line.technical ? Font.Normal : Font.Bold
        color: line.valueColor
        wrapMode: line.technical ? Text.WrapAnywhere : Text.Wrap
    }
}
