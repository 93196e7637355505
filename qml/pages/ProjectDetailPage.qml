// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stadtlabor

// One project in full: its status explained in plain words, the text, and its link as a QR
// code to take along (the kiosk opens no browser).
KioskPage {
    id: page

    property string projectId
    readonly property var project: CatalogueStore.project(projectId, Localization.language)
    readonly property bool found: project.id !== undefined
    title: found ? project.title : qsTr("Project not found")
    readonly property bool wide: width > height
    // The StadtRaumMonitor's and the Bochum-Fonds' pages lead into their flow, where it is on.
    readonly property string flow: !found ? ""
        : project.flow === "monitor" && Monitor.available && Settings.monitorOn ? "monitor"
        : project.flow === "fonds" && Fonds.available && Settings.fondsOn ? "fonds" : ""

    signal openMonitor()
    signal openFonds()

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: layout.implicitHeight + 2 * Theme.pageMargin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            width: Theme.px(12)
        }

        GridLayout {
            id: layout
            x: Theme.pageMargin
            y: Theme.pageMargin
            width: Math.min(page.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.pageMargin
            rowSpacing: Theme.gapLarge

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.gapLarge

                Text {
                    Layout.fillWidth: true
                    text: page.title
                    font.pixelSize: Theme.fontTitle
                    font.family: Theme.fontFamily
                    font.weight: Font.Bold
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }

                Text {
                    Layout.fillWidth: true
                    visible: !page.found
                    text: qsTr("This project is no longer in the catalogue.")
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }

                // The status, and what it means for someone who wants to take part.
                Rectangle {
                    visible: page.found
                    Layout.fillWidth: true
                    implicitHeight: statusColumn.implicitHeight + 2 * Theme.gap
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.statusColor(page.project.status || "")
                    border.width: Theme.px(3)

                    ColumnLayout {
                        id: statusColumn
                        anchors.fill: parent
                        anchors.margins: Theme.gap
                        spacing: Theme.gapSmall
                        RowLayout {
                            spacing: Theme.gap
                            Text {
                                text: qsTr("Status:")
                                font.pixelSize: Theme.fontBody
                                font.family: Theme.fontFamily
                                color: Theme.textMuted
                            }
                            StatusBadge {
                                objectName: "detailStatus"
                                status: page.project.status || ""
                                label: page.project.statusLabel || ""
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            text: page.project.statusExplanation || ""
                            font.pixelSize: Theme.fontBody
                            font.family: Theme.fontFamily
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                    }
                }

                TouchButton {
                    objectName: "detailFlow"
                    visible: page.flow !== ""
                    primary: true
                    text: (page.flow === "monitor" ? qsTr("Rate your neighbourhood now")
                                                   : qsTr("Hand in your idea now")) + "  \u203A"
                    onClicked: page.flow === "monitor" ? page.openMonitor() : page.openFonds()
                }

                Text {
                    objectName: "detailBody"
                    visible: page.found
                    Layout.fillWidth: true
                    text: page.project.body || ""
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    lineHeight: 1.2
                }

                Text {
                    visible: page.found
                    Layout.fillWidth: true
                    text: qsTr("Last updated: %1").arg(page.project.updatedAt || "")
                    font.pixelSize: Theme.fontSmall
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                }
            }

            // The link, to scan with a phone.
            Rectangle {
                visible: page.found && (page.project.linkUrl || "") !== ""
                Layout.alignment: Qt.AlignTop | (page.wide ? Qt.AlignRight : Qt.AlignHCenter)
                implicitWidth: Theme.px(420)
                implicitHeight: qrColumn.implicitHeight + 2 * Theme.gapLarge
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.outline

                ColumnLayout {
                    id: qrColumn
                    anchors.fill: parent
                    anchors.margins: Theme.gapLarge
                    spacing: Theme.gap
                    QrCode {
                        objectName: "detailQr"
                        Layout.alignment: Qt.AlignHCenter
                        Layout.preferredWidth: Theme.px(320)
                        Layout.preferredHeight: Theme.px(320)
                        text: page.project.linkUrl || ""
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Scan to read more on your phone")
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.fontFamily
                        color: Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: page.project.linkLabel || ""
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.fontFamily
                        font.weight: Font.Bold
                        color: Theme.primary
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WrapAnywhere
                    }
                }
            }
        }
    }
}
