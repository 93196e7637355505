// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stadtlabor

// The entry screen: a welcome and one large tile per module.
KioskPage {
    id: page

    title: qsTr("Stadtlabor Bochum")
    signal openProjects()
    signal openMonitor()
    signal openFonds()

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.pageMargin
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            x: Theme.pageMargin
            y: Theme.pageMargin
            width: Math.min(page.width - 2 * Theme.pageMargin, Theme.contentMaxWidth)
            spacing: Theme.gapLarge

            Text {
                Layout.fillWidth: true
                text: qsTr("Welcome to the Stadtlabor")
                font.pixelSize: Theme.fontDisplay
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("See what the Smart City Bochum is working on and have your say. Touch a tile to begin.")
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }

            Flow {
                id: tiles
                Layout.fillWidth: true
                spacing: Theme.gapLarge
                // Two tiles side by side where they fit, one per row on narrow screens.
                readonly property real tileWidth: width >= Theme.px(1100) ? (width - spacing) / 2 : width

                ModuleTile {
                    objectName: "tile_projects"
                    width: tiles.tileWidth
                    visible: Settings.projectsOn
                    title: qsTr("Projects")
                    description: qsTr("What the city is planning and building for participation, and how far each project has come.")
                    footer: qsTr("%n project(s)", "", CatalogueStore.projectCount)
                    onClicked: page.openProjects()
                }
                ModuleTile {
                    objectName: "tile_monitor"
                    width: tiles.tileWidth
                    visible: Monitor.available && Settings.monitorOn
                    tileColor: "#2e7031"
                    title: qsTr("StadtRaumMonitor")
                    description: qsTr("Rate the quality of life in your neighbourhood and see how it compares.")
                    footer: qsTr("About 5 minutes, anonymous")
                    onClicked: page.openMonitor()
                }
                ModuleTile {
                    objectName: "tile_fonds"
                    width: tiles.tileWidth
                    visible: Fonds.available && Settings.fondsOn
                    tileColor: "#8a4b00"
                    title: qsTr("Bochum-Fonds")
                    description: qsTr("Hand in your idea for a project in your neighbourhood, checked against the fund's rules right away.")
                    footer: qsTr("Up to %1 per project").arg(Fonds.rules.maxFunding || "")
                    onClicked: page.openFonds()
                }
            }
        }
    }
}
