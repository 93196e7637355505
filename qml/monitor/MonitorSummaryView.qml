// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stadtlabor

// The person's answers as a spider chart, beside the area's average when there is one; the
// strongest and weakest themes in words; change an answer or submit.
Item {
    id: view

    readonly property bool wide: width > height * 1.1

    // The side column's sections are parts of the page under its title: body size, bold.
    component SectionTitle: Text {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        font.weight: Font.Bold
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    // One line per theme, or per group of themes rated the same (the text says so).
    component ThemeList: Text {
        property var entries: []
        Layout.fillWidth: true
        text: entries.map(e => "\u2022 " + e.text).join("\n")
        // The small size: tie groups name several themes, and the chips below must fit.
        font.pixelSize: Theme.fontSmall
        font.family: Theme.fontFamily
        color: Theme.text
        wrapMode: Text.WordWrap
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.gapLarge
        // Less above and below: the side column's chips fit beside the chart in English too.
        anchors.topMargin: Theme.gap
        anchors.bottomMargin: Theme.gap
        columns: view.wide ? 2 : 1
        columnSpacing: Theme.gutter
        rowSpacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: view.wide ? Theme.span(view.width, 7) : view.width
            spacing: Theme.gapSmall

            Text {
                Layout.fillWidth: true
                text: qsTr("Your rating of %1").arg(Monitor.areaName)
                font.pixelSize: Theme.fontTitle
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            SpiderChart {
                id: spider
                objectName: "spiderChart"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.px(500)
                labels: Monitor.themeLabels
                scaleMin: Monitor.scaleMin
                scaleMax: Monitor.scaleMax
                ownPoints: Monitor.ownPoints
                averagePoints: Monitor.averagePoints
                averageName: qsTr("Average for %1 (%n response(s))", "", Monitor.comparisonResponses).arg(Monitor.areaName)
                scaleText: qsTr("Centre: %1 · edge: %2").arg(Monitor.minLabel).arg(Monitor.maxLabel)
                emptyText: qsTr("You did not rate any theme, so there is nothing to draw.")
            }
        }

        // The side column: what stands out, changing answers; submit always in view below.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: view.wide
            Layout.preferredWidth: view.wide ? Theme.span(view.width, 5) : view.width
            // Portrait: the side column as tall as its content (at most 60 % of the page),
            // the chart takes the rest, so that nothing is left below the fold.
            Layout.minimumHeight: view.wide ? 0 : Math.min(side.implicitHeight + Theme.touchTarget + 3 * Theme.gap,
                                                           view.height * 0.6)
            spacing: Theme.gap

            Flickable {
                id: sideFlick
                objectName: "summarySide"
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: side.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {
                    policy: sideFlick.contentHeight > sideFlick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                    width: Theme.px(12)
                }

                ColumnLayout {
                    id: side
                    width: sideFlick.width - Theme.scrollBarWidth - Theme.gapSmall
                    spacing: Theme.gapSmall // close enough for the chips to fit beside the chart at 1920x1080

                    // Below the catalogue's minimum group size nothing of other people's
                    // answers shows: only how many there are, and from when on it will.
                    Text {
                        objectName: "comparisonNote"
                        Layout.fillWidth: true
                        visible: !Monitor.hasComparison || Monitor.comparisonThemes < Monitor.themeCount
                        text: !Monitor.hasComparison
                              ? (Monitor.comparisonResponses === 0
                                 ? qsTr("There are no responses for %1 yet.").arg(Monitor.areaName)
                                 : qsTr("So far %n response(s) for %1.", "", Monitor.comparisonResponses).arg(Monitor.areaName))
                                + " " + (Monitor.comparisonResponses < Monitor.minResponses
                                         ? qsTr("The comparison with everyone else's answers appears from %1 responses on.").arg(Monitor.minResponses)
                                         : qsTr("The comparison appears for each theme once %1 people have rated it.").arg(Monitor.minResponses))
                              : qsTr("Themes rated by fewer than %1 people have no average yet.").arg(Monitor.minResponses)
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.fontFamily
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                    // Strongest and weakest side by side where the column is wide enough.
                    GridLayout {
                        Layout.fillWidth: true
                        columns: side.width >= Theme.optionMinWidth ? 2 : 1
                        columnSpacing: Theme.gutter
                        rowSpacing: Theme.gap
                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1 // equal columns
                            Layout.alignment: Qt.AlignTop
                            visible: Monitor.strongest.length > 0
                            spacing: Theme.gapSmall
                            SectionTitle { text: qsTr("Strongest"); visible: Monitor.strongest.length > 0 }
                            ThemeList { objectName: "strongestList"; entries: Monitor.strongest; visible: entries.length > 0 }
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            Layout.alignment: Qt.AlignTop
                            visible: Monitor.weakest.length > 0
                            spacing: Theme.gapSmall
                            SectionTitle { text: qsTr("Most room for improvement"); visible: Monitor.weakest.length > 0 }
                            ThemeList { objectName: "weakestList"; entries: Monitor.weakest; visible: entries.length > 0 }
                        }
                    }
                    Text {
                        objectName: "extremesNote"
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: Monitor.extremesNote
                        font.pixelSize: Theme.fontBody
                        font.family: Theme.fontFamily
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: Monitor.answeredCount === 0
                        text: qsTr("You did not rate any theme. You can still send your answers, or change one.")
                        font.pixelSize: Theme.fontBody
                        font.family: Theme.fontFamily
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }

                    SectionTitle { text: qsTr("Change an answer") }
                    ChipGrid {
                        objectName: "editChips"
                        Layout.fillWidth: true
                        minimumColumns: 2
                        Repeater {
                            model: Monitor.themeLabels
                            StatusChip {
                                required property int index
                                required property string modelData
                                objectName: "edit_" + index
                                label: (index + 1) + " " + modelData
                                onClicked: Monitor.editTheme(index)
                            }
                        }
                    }
                }
            }

            Text {
                objectName: "submitError"
                Layout.fillWidth: true
                visible: Monitor.error !== ""
                text: Monitor.error
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                color: Theme.warning
                wrapMode: Text.WordWrap
            }
            // A line where the column goes on below the buttons: it scrolls, it is not cut.
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.px(2)
                color: sideFlick.atYEnd ? "transparent" : Theme.outline
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                TouchButton {
                    objectName: "stepBack"
                    text: "\u2039  " + qsTr("Previous step")
                    onClicked: Monitor.back()
                }
                Item { Layout.fillWidth: true }
                TouchButton {
                    objectName: "monitorSubmit"
                    primary: true
                    text: qsTr("Send answers")
                    onClicked: Monitor.submit()
                }
            }
        }
    }
}
