// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// A large search field with a clear button that is always visible while there is text.
TextField {
    id: field

    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    leftPadding: Theme.gapLarge
    rightPadding: clearButton.width + Theme.gap
    inputMethodHints: Qt.ImhNoPredictiveText
    selectByMouse: true

    background: Rectangle {
        radius: height / 2
        color: Theme.surface
        border.color: field.activeFocus ? Theme.primary : Theme.outline
        border.width: Theme.px(2)
    }

    AbstractButton {
        id: clearButton
        objectName: "clearSearch"
        visible: field.text.length > 0
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.touchTarget
        height: Theme.touchTarget
        Accessible.name: qsTr("Clear search")
        onClicked: field.clear()
        contentItem: Text {
            text: "\u00d7"
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: null
    }
}
