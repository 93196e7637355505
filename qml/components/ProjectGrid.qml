// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// The projects as a grid of cards, as many columns as fit. A card reaches the grid through
// GridView.view, typed as this file's type: in Qt 6.4 a delegate sees no outer id as far as
// the QML tools can tell (pragma ComponentBehavior: Bound comes with 6.5).
GridView {
    id: grid

    signal projectChosen(string projectId)

    // The theme's grid: as many columns of cards as fit, the gap inside each cell.
    readonly property int columns: Theme.columns(width, Theme.cardMinWidth, Theme.gap)
    cellWidth: Math.floor(width / columns)
    cellHeight: Theme.cardHeight + Theme.gap
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    delegate: Item {
        id: cell
        required property string projectId
        required property string title
        required property string summary
        required property string status
        required property string statusLabel
        required property string updatedAt
        readonly property ProjectGrid view: GridView.view as ProjectGrid
        width: view ? view.cellWidth : 0
        height: view ? view.cellHeight : 0

        ProjectCard {
            objectName: "card_" + cell.projectId
            anchors.fill: parent
            anchors.rightMargin: Theme.gap
            anchors.bottomMargin: Theme.gap
            projectId: cell.projectId
            title: cell.title
            summary: cell.summary
            status: cell.status
            statusLabel: cell.statusLabel
            updatedAt: cell.updatedAt
            onClicked: cell.view.projectChosen(projectId)
        }
    }

    ScrollBar.vertical: ScrollBar {
        policy: grid.contentHeight > grid.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        width: Theme.px(12)
    }
}
