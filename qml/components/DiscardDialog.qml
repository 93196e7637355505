// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// Asked before a visitor leaves a flow with answers given: nothing is lost without a question.
// Two clearly named choices; "keep answering" is the safe default and closing the question by
// a tap beside it keeps the answers too.
Popup {
    id: dialog

    // Called with true when the visitor chose to discard, false when they keep answering.
    property var pending: null

    function ask(callback) {
        pending = callback
        open()
    }

    function answer(discard) {
        const callback = pending
        pending = null
        close()
        if (callback)
            callback(discard)
    }

    objectName: "discardDialog"
    modal: true
    focus: true
    // Centred on the window (the popup's parent is the frame's content).
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? (parent.height - height) / 2 : 0
    width: Math.min(parent ? parent.width - 2 * Theme.pageMargin : Theme.px(900), Theme.px(900))
    padding: Theme.gapLarge
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onClosed: if (pending) answer(false)

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
    }

    contentItem: Column {
        spacing: Theme.gapLarge

        Text {
            objectName: "discardTitle"
            width: parent.width
            text: qsTr("Discard your answers?")
            font.pixelSize: Theme.fontTitle
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            width: parent.width
            text: qsTr("You have already answered some questions. If you leave now, your answers are deleted and not sent.")
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Flow {
            width: parent.width
            spacing: Theme.gap
            layoutDirection: Qt.RightToLeft
            TouchButton {
                objectName: "discardKeep"
                primary: true
                text: qsTr("Keep answering")
                onClicked: dialog.answer(false)
            }
            TouchButton {
                objectName: "discardConfirm"
                text: qsTr("Discard answers")
                onClicked: dialog.answer(true)
            }
        }
    }
}
