// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// The end of a staff session: how many responses, the session's average as a spider chart
// and per theme in numbers; then a new session or done. The interviewer's own group, so any
// number of responses is shown -- always labelled with its n, never passed off as the area's.
Item {
    id: view

    readonly property bool wide: width > height * 1.1
    signal done()

    Grid {
        id: grid
        anchors.fill: parent
        anchors.margins: Theme.gapLarge
        columns: view.wide ? 2 : 1
        columnSpacing: Theme.gapLarge
        rowSpacing: Theme.gap

        // The chart with its title; the legend is the chart's own.
        Column {
            id: chartColumn
            width: view.wide ? (grid.width - grid.columnSpacing) * 0.58 : grid.width
            height: view.wide ? grid.height : (grid.height - grid.rowSpacing) * 0.55
            spacing: Theme.gapSmall

            Text {
                id: title
                width: parent.width
                objectName: "staffSummaryTitle"
                text: qsTr("Session average for %1 (n = %2)").arg(Staff.areaName).arg(Staff.count)
                font.pixelSize: Theme.fontTitle
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            SpiderChart {
                objectName: "staffChart"
                width: parent.width
                height: Math.max(0, parent.height - title.height - parent.spacing)
                labels: Staff.themeLabels
                scaleMin: Staff.scaleMin
                scaleMax: Staff.scaleMax
                // The session's average is the one series here, drawn like a person's own.
                ownPoints: Staff.averagePoints
                ownName: qsTr("Session average")
                noAnswerText: qsTr("no ratings")
                noAnswerName: qsTr("No ratings: the line skips the theme")
                scaleText: qsTr("Centre: %1 · edge: %2").arg(Staff.minLabel).arg(Staff.maxLabel)
                emptyText: qsTr("Nobody in this session has rated a theme yet, so there is nothing to draw.")
            }
        }

        // The count, the means in numbers, and the way on.
        Item {
            width: view.wide ? (grid.width - grid.columnSpacing) * 0.42 : grid.width
            height: view.wide ? grid.height : (grid.height - grid.rowSpacing) * 0.45

            Column {
                id: facts
                width: parent.width
                spacing: Theme.gapSmall

                Text {
                    objectName: "staffSummaryCount"
                    width: parent.width
                    text: qsTr("%n response(s) in this session", "", Staff.count)
                    font.pixelSize: Theme.fontHeading
                    font.family: Theme.fontFamily
                    font.weight: Font.Bold
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    width: parent.width
                    text: qsTr("Interviewer %1").arg(Staff.interviewerId)
                          + (Staff.groupId !== "" ? "  \u00b7  " + qsTr("Group %1").arg(Staff.groupId) : "")
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }

            ListView {
                id: means
                objectName: "staffMeans"
                anchors.top: facts.bottom
                anchors.topMargin: Theme.gap
                anchors.bottom: buttons.top
                anchors.bottomMargin: Theme.gap
                width: parent.width
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                model: Staff.themeMeans
                ScrollBar.vertical: ScrollBar {
                    policy: means.contentHeight > means.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                    width: Theme.px(12)
                }
                // The header and the rows reach the list through ListView.view: in Qt 6.4 they
                // see no outer id as far as the QML tools can tell.
                header: Text {
                    width: ListView.view ? ListView.view.width : 0
                    bottomPadding: Theme.gapSmall
                    text: qsTr("Mean per theme (n = number of ratings)")
                    font.pixelSize: Theme.fontSmall
                    font.family: Theme.fontFamily
                    font.weight: Font.Bold
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                delegate: Item {
                    id: meanRow
                    required property var modelData
                    width: (ListView.view ? ListView.view.width : 0) - Theme.px(20)
                    height: Math.max(label.implicitHeight, value.implicitHeight) + Theme.gapSmall

                    Text {
                        id: label
                        anchors.left: parent.left
                        anchors.right: value.left
                        anchors.rightMargin: Theme.gap
                        text: (meanRow.modelData.index + 1) + "  " + meanRow.modelData.label
                        font.pixelSize: Theme.fontBody
                        font.family: Theme.fontFamily
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        id: value
                        objectName: "staffMean_" + meanRow.modelData.index
                        anchors.right: parent.right
                        width: Theme.px(210)
                        horizontalAlignment: Text.AlignRight
                        text: meanRow.modelData.meanText + "  (n = " + meanRow.modelData.count + ")"
                        font.pixelSize: Theme.fontBody
                        font.family: Theme.fontFamily
                        font.weight: Font.Bold
                        color: meanRow.modelData.count > 0 ? Theme.text : Theme.textMuted
                    }
                }
            }

            Row {
                id: buttons
                anchors.bottom: parent.bottom
                anchors.right: parent.right
                spacing: Theme.gap
                TouchButton {
                    objectName: "staffNewSession"
                    text: qsTr("New session")
                    onClicked: Staff.newSession()
                }
                TouchButton {
                    objectName: "staffDone"
                    primary: true
                    text: qsTr("Done")
                    onClicked: view.done()
                }
            }
        }
    }
}
