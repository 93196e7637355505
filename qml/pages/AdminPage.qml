// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// The admin pages behind the PIN: reached by a long press on the start screen's top-left
// corner, with --admin, or --page admin[-<section>]. One section at a time; leaving the page
// locks it again.
KioskPage {
    id: page

    title: qsTr("Administration")
    // sync, device, kiosk, data, security or about.
    property string section: "sync"
    signal staffRequested()

    readonly property var sections: [
        { id: "sync", label: qsTr("Sync") },
        { id: "device", label: qsTr("Device") },
        { id: "kiosk", label: qsTr("Kiosk") },
        { id: "data", label: qsTr("Data") },
        { id: "security", label: qsTr("Security") },
        { id: "about", label: qsTr("About") }
    ]

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
            width: Theme.contentWidth(flick.width)
            spacing: Theme.gapLarge

            // The sections, and what is always at hand: the street survey and locking.
            Item {
                width: parent.width
                height: Math.max(tabs.height, lockButton.height)
                Flow {
                    id: tabs
                    objectName: "adminSections"
                    width: parent.width - lockButton.width - Theme.gap
                    spacing: Theme.gapSmall
                    Repeater {
                        model: page.sections
                        TouchButton {
                            required property var modelData
                            objectName: "section_" + modelData.id
                            text: modelData.label
                        }
                        // Wired here: from inside the delegate no id of this page is visible
                        // to qmllint (Qt 6.4 has no pragma ComponentBehavior: Bound).
                        onItemAdded: (index, item) => {
                            const button = item as TouchButton
                            const id = page.sections[index].id
                            button.selected = Qt.binding(() => page.section === id)
                            button.clicked.connect(() => {
                                Admin.touch()
                                page.section = id
                                flick.contentY = 0
                            })
                        }
                    }
                    TouchButton {
                        objectName: "startStaff"
                        text: qsTr("Street survey")
                        onClicked: page.staffRequested()
                    }
                }
                TouchButton {
                    id: lockButton
                    objectName: "lock"
                    anchors.right: parent.right
                    primary: true
                    text: qsTr("Lock")
                    onClicked: Admin.lock()
                }
            }

            Text {
                objectName: "sectionHeading"
                width: parent.width
                text: {
                    for (const s of page.sections)
                        if (s.id === page.section)
                            return s.label
                    return ""
                }
                font.pixelSize: Theme.fontTitle
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.WordWrap
            }

            Loader {
                id: sectionLoader
                objectName: "sectionLoader"
                width: parent.width
                active: Admin.unlocked
                source: {
                    switch (page.section) {
                    case "device": return Qt.resolvedUrl("../admin/AdminDeviceSection.qml")
                    case "kiosk": return Qt.resolvedUrl("../admin/AdminKioskSection.qml")
                    case "data": return Qt.resolvedUrl("../admin/AdminDataSection.qml")
                    case "security": return Qt.resolvedUrl("../admin/AdminSecuritySection.qml")
                    case "about": return Qt.resolvedUrl("../admin/AdminAboutSection.qml")
                    }
                    return Qt.resolvedUrl("../admin/AdminSyncSection.qml")
                }
                onLoaded: item.width = Qt.binding(() => sectionLoader.width)
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
