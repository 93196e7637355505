// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// The admin pages behind the PIN: reached by a long press on the start screen's top-left
// corner or with --page admin. Leaving the page locks it again.
Item {
    id: page

    readonly property string title: qsTr("Administration")

    Component.onDestruction: Admin.lock()

    AdminPinGate {
        objectName: "pinGate"
        anchors.fill: parent
        visible: !Admin.unlocked
        enabled: visible
    }

    Flickable {
        id: flick
        objectName: "adminContent"
        anchors.fill: parent
        visible: Admin.unlocked
        enabled: visible
        contentHeight: content.height + 2 * Theme.pageMargin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        onMovementStarted: Admin.touch()
        ScrollBar.vertical: ScrollBar {
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            width: Theme.px(12)
        }

        Column {
            id: content
            x: Math.max(Theme.pageMargin, (flick.width - width) / 2)
            y: Theme.pageMargin
            width: Math.min(flick.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
            spacing: Theme.gapLarge

            Item {
                width: parent.width
                height: Math.max(heading.implicitHeight, lockButton.height)
                Text {
                    id: heading
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - lockButton.width - Theme.gap
                    text: qsTr("Sync")
                    font.pixelSize: Theme.fontTitle
                    font.family: Theme.fontFamily
                    font.weight: Font.Bold
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                TouchButton {
                    id: lockButton
                    objectName: "lock"
                    anchors.right: parent.right
                    text: qsTr("Lock")
                    onClicked: Admin.lock()
                }
            }

            AdminSyncSection {
                width: parent.width
            }
        }
    }
    FocusScroller { flickable: flick }

    // Any touch keeps the pages unlocked for another two minutes; the touch itself goes on
    // to what is below.
    MouseArea {
        anchors.fill: parent
        z: 100
        enabled: Admin.unlocked
        onPressed: (mouse) => {
            Admin.touch()
            mouse.accepted = false
        }
    }
}
