// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtCharts
import Stadtlabor

// A spider (radar) chart on a QtCharts polar chart: one axis per theme, any number of axes,
// one or two series. Lines break where a value is missing, so "no answer" is a gap, never a
// zero. The segments come from C++ (SpiderChartData); this only draws them.
Item {
    id: root

    property var labels: []
    property int scaleMin: 1
    property int scaleMax: 7
    property var ownSegments: []
    property var ownPoints: []
    property var averageSegments: []
    property var averagePoints: []
    property color ownColor: Theme.primary
    property color averageColor: Theme.comparison
    // Room around the circle for the theme labels.
    property int labelWidth: Theme.px(200)

    readonly property int axisCount: labels.length
    readonly property alias seriesCount: chart.count

    PolarChartView {
        id: chart
        anchors.fill: parent
        antialiasing: true
        legend.visible: false
        backgroundColor: "transparent"
        plotAreaColor: Theme.surface
        margins.left: root.labelWidth
        margins.right: root.labelWidth
        margins.top: Theme.px(70)
        margins.bottom: Theme.px(70)

        // QtCharts 6.4 describes QValueAxis twice in its plugins.qmltypes (once more for the
        // old name ValuesAxis), so the QML tools do not find ValueAxis; the engine does.
        // qmllint disable import type property
        ValueAxis {
            id: angular
            min: 0
            max: Math.max(1, root.axisCount)
            tickCount: root.axisCount + 1
            labelsVisible: false
            gridLineColor: Theme.outline
            lineVisible: false
        }
        // qmllint enable import type property
        CategoryAxis {
            id: radial
            // One step below the lowest value, so that the lowest answers stay visible as
            // points and do not all meet in the centre.
            min: root.scaleMin - 1
            max: root.scaleMax
            startValue: root.scaleMin - 1
            labelsVisible: false // drawn below: QtCharts drops labels it thinks overlap
            gridLineColor: Theme.outline
            lineVisible: false
        }

        function addLine(points, color, dashed) {
            const series = createSeries(ChartView.SeriesTypeLine, "", angular, radial)
            series.color = color
            series.width = Theme.px(dashed ? 3 : 5)
            series.style = dashed ? Qt.DashLine : Qt.SolidLine
            for (const p of points)
                series.append(p.x, p.y)
        }

        function addDots(points, color, size) {
            if (points.length === 0)
                return
            const series = createSeries(ChartView.SeriesTypeScatter, "", angular, radial)
            series.color = color
            series.borderColor = "white"
            series.markerSize = size
            for (const p of points)
                series.append(p.x, p.y)
        }

        function rebuild() {
            removeAllSeries()
            for (const label of radial.categoriesLabels)
                radial.remove(label)
            for (let v = root.scaleMin; v <= root.scaleMax; ++v)
                radial.append(String(v), v)
            // The comparison first, so the person's own answers are drawn on top.
            for (const segment of root.averageSegments)
                addLine(segment, root.averageColor, true)
            addDots(root.averagePoints, root.averageColor, Theme.px(12))
            for (const segment of root.ownSegments)
                addLine(segment, root.ownColor, false)
            addDots(root.ownPoints, root.ownColor, Theme.px(20))
        }
    }

    // Rebuilt once per change of input, after bindings settle.
    Timer {
        id: rebuildTimer
        interval: 0
        onTriggered: chart.rebuild()
    }
    onOwnSegmentsChanged: rebuildTimer.restart()
    onAverageSegmentsChanged: rebuildTimer.restart()
    onScaleMinChanged: rebuildTimer.restart()
    onScaleMaxChanged: rebuildTimer.restart()
    Component.onCompleted: chart.rebuild()

    // What the labels below need. They are made by Repeaters right below this item and reach
    // it as their parent, typed as this file's type: in Qt 6.4 a delegate sees no outer id as
    // far as the QML tools can tell (pragma ComponentBehavior: Bound comes with 6.5).
    readonly property rect plotArea: chart.plotArea
    readonly property real radialMin: radial.min
    readonly property real radialMax: radial.max

    // The scale values up the first spoke.
    Repeater {
        model: root.scaleMax - root.scaleMin + 1
        Text {
            required property int index
            readonly property SpiderChart spider: parent as SpiderChart
            readonly property rect plotArea: spider ? spider.plotArea : Qt.rect(0, 0, 0, 0)
            readonly property int value: (spider ? spider.scaleMin : 0) + index
            readonly property real fraction: spider ? (value - spider.radialMin) / (spider.radialMax - spider.radialMin) : 0
            x: plotArea.x + plotArea.width / 2 + Theme.px(6)
            y: plotArea.y + plotArea.height / 2 - fraction * plotArea.height / 2 - height / 2
            text: value
            font.pixelSize: Math.round(Theme.fontSmall * 0.8)
            font.family: Theme.fontFamily
            color: Theme.textMuted
        }
    }

    // Theme labels around the circle, wrapped, on the side of their axis.
    Repeater {
        model: root.labels
        Text {
            required property int index
            required property string modelData
            readonly property SpiderChart spider: parent as SpiderChart
            readonly property rect plotArea: spider ? spider.plotArea : Qt.rect(0, 0, 0, 0)
            readonly property real angle: 2 * Math.PI * index / Math.max(1, spider ? spider.axisCount : 1)
            readonly property real radius: plotArea.width / 2 + Theme.gap
            readonly property real anchorX: plotArea.x + plotArea.width / 2 + radius * Math.sin(angle)
            readonly property real anchorY: plotArea.y + plotArea.height / 2 - radius * Math.cos(angle)
            readonly property real side: Math.sin(angle) // < 0 left, > 0 right, ~0 top or bottom
            objectName: "axisLabel_" + index
            width: (spider ? spider.labelWidth : 0) - Theme.gap
            x: side > 0.2 ? anchorX : side < -0.2 ? anchorX - width : anchorX - width / 2
            y: anchorY - (Math.cos(angle) > 0.2 ? height : Math.cos(angle) < -0.2 ? 0 : height / 2)
            horizontalAlignment: side > 0.2 ? Text.AlignLeft : side < -0.2 ? Text.AlignRight : Text.AlignHCenter
            text: (index + 1) + "  " + modelData
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            color: Theme.text
        }
    }
}
