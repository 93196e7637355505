// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes
import Stadtlabor

// A spider (radar) chart: one axis per theme, the person's own answers and, when there is one,
// the area's average; a legend below names both and how a "no answer" looks. A theme without
// an answer is skipped: the line runs dotted across it and its label says so, so a gap is
// never a zero. Where everything goes (label sizes and places that never overlap, which scale
// values have room) comes from C++ (SpiderChartGeometry); this file only draws it.
Item {
    id: root

    property var labels: []
    property int scaleMin: 1
    property int scaleMax: 7
    property var ownPoints: []     // QPointF(axis, value) per answered axis
    property var averagePoints: [] // empty: no comparison, nothing of it drawn or named
    // Still bound by some pages; the lines are made from the points, which say the same.
    property var ownSegments: []
    property var averageSegments: []
    // The widest a theme label may wrap to.
    property int labelWidth: Theme.px(260)
    property bool legendVisible: true

    property string ownName: qsTr("Your answers")
    property string averageName: qsTr("Average")
    property string noAnswerText: qsTr("no answer")
    property string noAnswerName: qsTr("No answer: the line skips the theme")
    property string scaleText: ""
    property string emptyText: qsTr("There is nothing to draw yet: no theme has a rating.")

    readonly property int axisCount: labels.length
    readonly property int seriesCount: (geometry.ownDots.length > 0 ? 1 : 0) + (geometry.averageDots.length > 0 ? 1 : 0)
    readonly property SpiderChartGeometry geometry: geo
    readonly property Item plotItem: plot
    readonly property Item legendItem: legend

    SpiderChartGeometry {
        id: geo
        width: plot.width
        height: plot.height
        labels: root.labels
        scaleMin: root.scaleMin
        scaleMax: root.scaleMax
        ownPoints: root.ownPoints
        averagePoints: root.averagePoints
        noAnswerText: root.noAnswerText
        fontFamily: Theme.fontFamily
        pixelSize: Theme.fontSmall
        minPixelSize: Math.max(12, Theme.px(15))
        tickPixelSize: Math.max(11, Math.round(Theme.fontSmall * 0.8))
        tickPadding: Theme.px(6)
        maxLabelWidth: root.labelWidth
        gap: Theme.gapSmall
        spacing: Theme.px(4)
    }

    Item {
        id: plot
        anchors.top: parent.top
        width: parent.width
        height: Math.max(0, parent.height - (legend.visible ? legend.height + Theme.gapSmall : 0))

        // The web: one ring per scale value, one spoke per theme.
        Shape {
            anchors.fill: parent
            ShapePath {
                strokeColor: Theme.outline
                strokeWidth: Math.max(1, Theme.px(1.5))
                fillColor: "transparent"
                PathMultiline { paths: geo.rings }
            }
            ShapePath {
                strokeColor: Theme.outline
                strokeWidth: Math.max(1, Theme.px(1.5))
                fillColor: "transparent"
                PathMultiline { paths: geo.spokes }
            }
        }

        // The scale's values on the ray between the last theme and the first, on the grid and
        // under the answers; only as many as have room, and none under the empty chart's note.
        Repeater {
            model: geo.empty ? [] : geo.tickItems
            Rectangle {
                required property var modelData
                objectName: "chartTick_" + modelData.value
                x: modelData.rect.x
                y: modelData.rect.y
                width: modelData.rect.width
                height: modelData.rect.height
                radius: height / 2
                color: Theme.surface
                Text {
                    anchors.centerIn: parent
                    text: parent.modelData.value
                    font.pixelSize: Math.max(11, Math.round(Theme.fontSmall * 0.8))
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                }
            }
        }

        // The answers: the average below, the person's own on top; dotted across gaps.
        Shape {
            anchors.fill: parent
            ShapePath {
                strokeColor: "transparent"
                fillColor: Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.12)
                PathPolyline { path: geo.ownArea }
            }
            ShapePath {
                strokeColor: Theme.comparison
                strokeWidth: Theme.px(3)
                strokeStyle: ShapePath.DashLine
                dashPattern: [1.5, 1.5]
                fillColor: "transparent"
                PathMultiline { paths: geo.averageBridges }
            }
            ShapePath {
                strokeColor: Theme.comparison
                strokeWidth: Theme.px(3)
                fillColor: "transparent"
                joinStyle: ShapePath.RoundJoin
                PathMultiline { paths: geo.averageLines }
            }
            ShapePath {
                strokeColor: Theme.primary
                strokeWidth: Theme.px(5)
                strokeStyle: ShapePath.DashLine
                dashPattern: [1.5, 1.5]
                fillColor: "transparent"
                PathMultiline { paths: geo.ownBridges }
            }
            ShapePath {
                strokeColor: Theme.primary
                strokeWidth: Theme.px(5)
                fillColor: "transparent"
                joinStyle: ShapePath.RoundJoin
                PathMultiline { paths: geo.ownLines }
            }
        }
        Repeater {
            model: geo.averageDots
            Rectangle {
                required property var modelData
                x: modelData.x - width / 2
                y: modelData.y - height / 2
                width: Theme.px(14)
                height: width
                rotation: 45
                color: Theme.comparison
                border.color: Theme.surface
                border.width: Theme.px(2)
            }
        }
        Repeater {
            model: geo.ownDots
            Rectangle {
                required property var modelData
                x: modelData.x - width / 2
                y: modelData.y - height / 2
                width: Theme.px(18)
                height: width
                radius: width / 2
                color: Theme.primary
                border.color: Theme.surface
                border.width: Theme.px(2)
            }
        }

        // Theme labels around the web; a theme without an answer says so under its name.
        Repeater {
            model: geo.labelItems
            Column {
                required property var modelData
                required property int index
                objectName: "axisLabel_" + index
                x: modelData.rect.x
                y: modelData.rect.y
                width: modelData.rect.width
                Text {
                    width: parent.width
                    horizontalAlignment: parent.modelData.align
                    text: parent.modelData.text
                    wrapMode: Text.WordWrap
                    font.pixelSize: parent.modelData.pixelSize
                    font.family: Theme.fontFamily
                    color: Theme.text
                }
                Text {
                    objectName: "axisNote_" + parent.index
                    visible: text !== ""
                    width: parent.width
                    horizontalAlignment: parent.modelData.align
                    text: parent.modelData.note
                    wrapMode: Text.WordWrap
                    font.pixelSize: parent.modelData.pixelSize
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                }
            }
        }

        // Nothing answered: say so in the middle of the web, not a blank disc.
        Rectangle {
            objectName: "chartEmpty"
            visible: geo.empty && root.axisCount > 0
            width: Math.min(plot.width, Math.max(geo.radius * 1.6, Theme.px(240)))
            height: emptyLabel.implicitHeight + 2 * Theme.gap
            x: geo.centre.x - width / 2
            y: geo.centre.y - height / 2
            radius: Theme.radius
            color: Theme.surfaceAlt
            Text {
                id: emptyLabel
                objectName: "chartEmptyText"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.gap
                horizontalAlignment: Text.AlignHCenter
                text: root.emptyText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                color: Theme.text
            }
        }
    }

    SpiderChartLegend {
        id: legend
        objectName: "chartLegend"
        visible: root.legendVisible
        anchors.bottom: parent.bottom
        width: parent.width
        geometry: geo
        ownName: root.ownName
        averageName: root.averageName
        noAnswerName: root.noAnswerName
        scaleText: root.scaleText
    }
}
