// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// A labelled one-line text field with its error, if any, right below it. A plain Column:
// wrapped labels and hints get their height from the width, which nested Qt Quick Layouts
// handle poorly (polish loops).
Column {
    id: root

    property alias label: labelText.text
    property string text
    property string error
    property string hint
    property int inputMethodHints: Qt.ImhNone
    property int maximumLength: 32767
    property alias placeholder: field.placeholderText
    // What this field feeds, kept in view beside it while the visitor types (FocusScroller).
    property Item keyboardCompanion: null
    signal edited(string text)

    spacing: Theme.gapSmall

    Text {
        id: labelText
        width: parent.width
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        font.weight: Font.Bold
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    TextField {
        id: field
        objectName: root.objectName + "_input"
        width: parent.width
        height: Theme.touchTarget
        text: root.text
        maximumLength: root.maximumLength
        inputMethodHints: root.inputMethodHints
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        leftPadding: Theme.gap
        rightPadding: Theme.gap
        onTextChanged: if (text !== root.text) root.edited(text)
        background: Rectangle {
            radius: Theme.radius / 2
            color: Theme.surface
            border.color: root.error !== "" ? Theme.warning : (field.activeFocus ? Theme.primary : Theme.outline)
            border.width: Theme.px(2)
        }
    }
    Text {
        width: parent.width
        visible: root.error !== "" || root.hint !== ""
        text: root.error !== "" ? root.error : root.hint
        font.pixelSize: Theme.fontSmall
        font.family: Theme.fontFamily
        color: root.error !== "" ? Theme.warning : Theme.textMuted
        wrapMode: Text.WordWrap
    }
}
