// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stadtlabor

// The entry screen: a welcome and one large tile per module.
Item {
    id: page

    readonly property string title: qsTr("Stadtlabor Bochum")
    signal openProjects()

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
                Layout.fillWidth: true
                spacing: Theme.gapLarge

                AbstractButton {
                    id: projectsTile
                    objectName: "tile_projects"
                    width: Math.min(parent.width, Theme.px(760))
                    height: Theme.px(340)
                    Accessible.name: qsTr("Projects")
                    onClicked: page.openProjects()

                    background: Rectangle {
                        radius: Theme.radius
                        color: projectsTile.down ? Qt.darker(Theme.primary, 1.2) : Theme.primary
                    }
                    contentItem: ColumnLayout {
                        spacing: Theme.gap
                        Text {
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.gapLarge
                            Layout.rightMargin: Theme.gapLarge
                            Layout.topMargin: Theme.gapLarge
                            text: qsTr("Projects")
                            font.pixelSize: Theme.fontTitle
                            font.family: Theme.fontFamily
                            font.weight: Font.Bold
                            color: Theme.primaryText
                        }
                        Text {
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.gapLarge
                            Layout.rightMargin: Theme.gapLarge
                            text: qsTr("What the city is planning and building for participation, and how far each project has come.")
                            font.pixelSize: Theme.fontBody
                            font.family: Theme.fontFamily
                            color: Theme.primaryText
                            wrapMode: Text.WordWrap
                        }
                        Item { Layout.fillHeight: true }
                        Text {
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.gapLarge
                            Layout.rightMargin: Theme.gapLarge
                            Layout.bottomMargin: Theme.gapLarge
                            text: qsTr("%n project(s)", "", CatalogueStore.projectCount) + "  \u203A"
                            horizontalAlignment: Text.AlignRight
                            font.pixelSize: Theme.fontBody
                            font.family: Theme.fontFamily
                            font.weight: Font.Bold
                            color: Theme.primaryText
                        }
                    }
                }
            }
        }
    }
}
