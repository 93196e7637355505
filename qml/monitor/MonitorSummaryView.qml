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

    component SectionTitle: Text {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontHeading
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
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        color: Theme.text
        wrapMode: Text.WordWrap
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.gapLarge
        columns: view.wide ? 2 : 1
        columnSpacing: Theme.gapLarge
        rowSpacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: view.wide ? view.width * 0.58 : view.width
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
                averageName: qsTr("Average for %1").arg(Monitor.areaName)
                scaleText: qsTr("Centre: %1 · edge: %2").arg(Monitor.minLabel).arg(Monitor.maxLabel)
                emptyText: qsTr("You did not rate any theme, so there is nothing to draw.")
            }
        }

        // The side column: what stands out, changing answers; submit always in view below.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: view.wide ? view.width * 0.38 : view.width
            Layout.minimumHeight: view.wide ? 0 : Theme.px(520)
            spacing: Theme.gap

            Flickable {
                id: sideFlick
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
                    width: sideFlick.width - Theme.px(20)
                    spacing: Theme.gap

                    Text {
                        objectName: "comparisonNote"
                        Layout.fillWidth: true
                        visible: !Monitor.hasComparison
                        text: qsTr("The comparison with everyone else's answers for %1 appears here as soon as there are results for it.").arg(Monitor.areaName)
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.fontFamily
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                    SectionTitle { text: qsTr("Strongest"); visible: Monitor.strongest.length > 0 }
                    ThemeList { objectName: "strongestList"; entries: Monitor.strongest; visible: entries.length > 0 }
                    SectionTitle { text: qsTr("Most room for improvement"); visible: Monitor.weakest.length > 0 }
                    ThemeList { objectName: "weakestList"; entries: Monitor.weakest; visible: entries.length > 0 }
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
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.gapSmall
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
