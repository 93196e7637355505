// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes
import Stadtlabor

// The spider chart's legend: each thing drawn, with a sample drawn the same way as in the
// chart (the own answers, the average when there is one, the dotted "no answer" link when
// there is a gap), and the scale in words.
Flow {
    id: legend

    required property SpiderChartGeometry geometry
    property string ownName
    property string averageName
    property string noAnswerName
    property string scaleText

    spacing: Theme.gap

    component Sample: Shape {
        id: sample
        property color color: Theme.primary
        property real lineWidth: Theme.px(5)
        property bool dotted: false
        property int marker: 0 // 0 none, 1 dot, 2 diamond
        width: Theme.px(56)
        height: Theme.px(22)
        ShapePath {
            strokeColor: sample.color
            strokeWidth: sample.lineWidth
            strokeStyle: sample.dotted ? ShapePath.DashLine : ShapePath.SolidLine
            dashPattern: [1.5, 1.5]
            fillColor: "transparent"
            startX: 0
            startY: sample.height / 2
            PathLine { x: sample.width; y: sample.height / 2 }
        }
        Rectangle {
            visible: sample.marker > 0
            anchors.centerIn: parent
            width: sample.marker === 1 ? Theme.px(18) : Theme.px(14)
            height: width
            radius: sample.marker === 1 ? width / 2 : 0
            rotation: sample.marker === 2 ? 45 : 0
            color: sample.color
            border.color: Theme.surface
            border.width: Theme.px(2)
        }
    }
    component Entry: Row {
        id: entry
        property alias text: label.text
        property color color: Theme.primary
        property real lineWidth: Theme.px(5)
        property bool dotted: false
        property int marker: 0
        property real maxWidth: 0
        spacing: Theme.gapSmall
        Sample {
            id: sampleItem
            anchors.verticalCenter: parent.verticalCenter
            color: entry.color
            lineWidth: entry.lineWidth
            dotted: entry.dotted
            marker: entry.marker
        }
        Text {
            id: label
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, entry.maxWidth - sampleItem.width - entry.spacing)
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            color: Theme.text
        }
    }

    Entry {
        objectName: "legendOwn"
        maxWidth: legend.width
        visible: legend.geometry.ownDots.length > 0
        text: legend.ownName
        marker: 1
    }
    Entry {
        objectName: "legendAverage"
        maxWidth: legend.width
        visible: legend.geometry.hasAverage
        text: legend.averageName
        color: Theme.comparison
        lineWidth: Theme.px(3)
        marker: 2
    }
    Entry {
        objectName: "legendNoAnswer"
        maxWidth: legend.width
        visible: legend.geometry.hasGaps
        text: legend.noAnswerName
        dotted: true
    }
    Text {
        visible: text !== ""
        width: Math.min(implicitWidth, legend.width)
        text: legend.scaleText
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSmall
        font.family: Theme.fontFamily
        color: Theme.textMuted
    }
}
