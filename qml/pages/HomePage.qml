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

    readonly property bool wide: width > height
    readonly property int tileCount: (Settings.projectsOn ? 1 : 0) + (Monitor.available && Settings.monitorOn ? 1 : 0)
                                     + (Fonds.available && Settings.fondsOn ? 1 : 0)
    // Landscape: the tiles side by side in one row where they fit; portrait: one below the
    // other, each the full width of the grid.
    readonly property int tileColumns: wide ? Math.min(Math.max(1, tileCount), Theme.columns(column.width, Theme.tileMinWidth))
                                            : 1
    readonly property int tileRows: Math.ceil(Math.max(1, tileCount) / tileColumns)
    // The tiles take the height the welcome leaves, within limits that keep them tiles.
    readonly property real tileHeight: Math.max(Theme.tileMinHeight, Math.min(Theme.tileMaxHeight,
        (height - 2 * Theme.pageMargin - intro.height - column.spacing - (tileRows - 1) * Theme.gutter) / tileRows))

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: Math.max(height, column.implicitHeight + 2 * Theme.pageMargin)
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        // The grid's content column, in the middle of the screen when it fits.
        ColumnLayout {
            id: column
            width: Theme.contentWidth(page.width)
            x: (page.width - width) / 2
            y: Math.max(Theme.pageMargin, (flick.height - implicitHeight) / 2)
            spacing: Theme.gapLarge

            ColumnLayout {
                id: intro
                Layout.fillWidth: true
                spacing: Theme.gap
                Text {
                    objectName: "welcome"
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
            }

            GridLayout {
                id: tiles
                Layout.fillWidth: true
                columns: page.tileColumns
                columnSpacing: Theme.gutter
                rowSpacing: Theme.gutter

                ModuleTile {
                    objectName: "tile_projects"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1 // equal columns
                    Layout.preferredHeight: page.tileHeight
                    visible: Settings.projectsOn
                    title: qsTr("Projects")
                    description: qsTr("What the city is planning and building for participation, and how far each project has come.")
                    footer: qsTr("%n project(s)", "", CatalogueStore.projectCount)
                    onClicked: page.openProjects()
                }
                ModuleTile {
                    objectName: "tile_monitor"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: page.tileHeight
                    visible: Monitor.available && Settings.monitorOn
                    tileColor: "#2e7031"
                    title: qsTr("StadtRaumMonitor")
                    description: qsTr("Rate the quality of life in your neighbourhood and see how it compares.")
                    footer: qsTr("About 5 minutes, anonymous")
                    onClicked: page.openMonitor()
                }
                ModuleTile {
                    objectName: "tile_fonds"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: page.tileHeight
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
