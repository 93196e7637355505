// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stadtlabor

// The city's participation projects as a grid of cards, with status chips, search and sort.
KioskPage {
    id: page

    title: qsTr("Projects")
    property alias model: projects
    signal openProject(string projectId)

    ProjectListModel {
        id: projects
        store: CatalogueStore
        language: Localization.language
    }

    // The grid's content column, centred.
    ColumnLayout {
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: Theme.contentWidth(page.width)
        anchors.topMargin: Theme.gapLarge
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap

            SearchField {
                id: search
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.readingWidth
                placeholderText: qsTr("Search projects")
                onTextChanged: projects.searchText = text
            }
        }

        ChipGrid {
            id: chips
            objectName: "statusChips"
            Layout.fillWidth: true

            Repeater {
                model: projects.statusFilters
                StatusChip {
                    required property var model
                    objectName: "chip_" + (model.status === "" ? "all" : model.status)
                    status: model.status
                    label: model.status === "" ? qsTr("All") : model.label
                    count: model.count
                    selected: model.selected
                }
                // Wired here: in Qt 6.4 a delegate sees no outer id as far as the QML tools
                // can tell (pragma ComponentBehavior: Bound comes with 6.5).
                onItemAdded: (index, item) => {
                    const chip = item as StatusChip
                    chip.clicked.connect(() => projects.statusFilter = chip.status)
                }
            }
        }

        RowLayout {
            id: sortRow
            Layout.fillWidth: true
            spacing: Theme.gap

            Text {
                Layout.alignment: Qt.AlignTop
                Layout.preferredHeight: Theme.touchTargetMin
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Order:")
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                color: Theme.textMuted
            }
            ChipGrid {
                Layout.fillWidth: true
                Repeater {
                    id: sortChips
                    model: [
                        { order: ProjectListModel.CatalogueOrder, label: qsTr("Recommended") },
                        { order: ProjectListModel.TitleOrder, label: qsTr("A\u2013Z") },
                        { order: ProjectListModel.StatusOrder, label: qsTr("Status") },
                        { order: ProjectListModel.UpdatedOrder, label: qsTr("Recently updated") }
                    ]
                    StatusChip {
                        required property var modelData
                        objectName: "sort_" + modelData.order
                        label: modelData.label
                    }
                    onItemAdded: (index, item) => {
                        const chip = item as StatusChip
                        const order = sortChips.model[index].order
                        chip.selected = Qt.binding(() => projects.sortOrder === order)
                        chip.clicked.connect(() => projects.sortOrder = order)
                    }
                }
            }
        }

        ProjectGrid {
            objectName: "projectGrid"
            Layout.fillWidth: true
            // Each cell keeps its gap on the right: the last column's card ends where the
            // content column does.
            Layout.rightMargin: -Theme.gap
            Layout.fillHeight: true
            model: projects
            onProjectChosen: (projectId) => page.openProject(projectId)
        }

        // Nothing matches: say so and offer the way back, instead of an empty grid.
        ColumnLayout {
            objectName: "emptyState"
            visible: projects.count === 0
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.pageMargin
            spacing: Theme.gap
            Text {
                Layout.fillWidth: true
                text: qsTr("No project matches your choice.")
                font.pixelSize: Theme.fontHeading
                font.family: Theme.fontFamily
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            TouchButton {
                objectName: "resetFilters"
                Layout.alignment: Qt.AlignHCenter
                primary: true
                text: qsTr("Show all projects")
                onClicked: {
                    search.clear()
                    projects.resetFilters()
                }
            }
        }
    }
}
