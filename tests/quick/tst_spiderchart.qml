// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Window
import QtTest
import Stadtlabor

// The spider chart as the pages show it, at the sizes they give it (1920x1080, 1080x1920,
// 1366x768 and the attract screen's card), in German and English: no theme label over another
// or cut off, no scale value over another or over a label, a legend for what is drawn and a
// reason in words when nothing is.
TestCase {
    id: testCase
    name: "SpiderChart"
    when: windowShown

    // The charts show in a real window, as on the pages (a TestCase itself is not shown).
    Window {
        id: window
        width: 1100
        height: 900
        visible: true
    }

    readonly property var german: ["Fuß- und Radwege", "Öffentlicher Nahverkehr", "Verkehr und Parken",
        "Straßen und Plätze", "Natur und Grünflächen", "Spiel, Sport und Freizeit", "Einrichtungen und Angebote",
        "Arbeit und lokale Wirtschaft", "Wohnen", "Soziale Treffpunkte", "Identität und Zugehörigkeit",
        "Sicherheit", "Pflege und Sauberkeit", "Mitgestaltung"]
    readonly property var english: ["Moving around", "Public transport", "Traffic and parking",
        "Streets and spaces", "Natural space", "Play and recreation", "Facilities and amenities",
        "Work and local economy", "Housing and community", "Social contact", "Identity and belonging",
        "Feeling safe", "Care and maintenance", "Influence and sense of control"]
    // Answers with "no answer" gaps (one at the top, two side by side, one at the end).
    readonly property var own: [Qt.point(1, 2), Qt.point(2, 6), Qt.point(4, 1), Qt.point(5, 7),
        Qt.point(6, 6), Qt.point(9, 5), Qt.point(10, 3), Qt.point(11, 7), Qt.point(12, 4)]
    readonly property var average: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map(i => Qt.point(i, 3 + (i % 4) * 0.9))

    Component {
        id: chartComponent
        SpiderChart {}
    }

    property real savedScale: 1

    function initTestCase() {
        savedScale = Theme.scale
    }

    function cleanupTestCase() {
        Theme.scale = savedScale
    }

    // The sizes the pages give the chart (from the screenshots), and the window's scale.
    function sizes_data() {
        return [
            { tag: "summary 1920x1080", scale: 1, w: 1040, h: 860 },
            { tag: "summary 1080x1920", scale: 1, w: 1030, h: 760 },
            { tag: "summary 1366x768", scale: 768 / 1080, w: 740, h: 560 },
            { tag: "staff 1366x768", scale: 768 / 1080, w: 720, h: 600 },
            { tag: "attract 1920x1080", scale: 1, w: 1010, h: 640 },
            { tag: "attract 1080x1920", scale: 1, w: 990, h: 860 },
            { tag: "attract 1366x768", scale: 768 / 1080, w: 700, h: 400 }
        ]
    }

    function makeChart(data, labels, ownPoints, averagePoints) {
        Theme.scale = data.scale
        const chart = createTemporaryObject(chartComponent, window.contentItem, {
            width: data.w, height: data.h, labels: labels, ownPoints: ownPoints, averagePoints: averagePoints,
            averageName: "Average for Wattenscheid-Mitte", scaleText: "Centre: a lot of room for improvement · edge: very little room for improvement"
        })
        verify(chart)
        tryVerify(() => findChild(chart, "axisLabel_" + (labels.length - 1)) !== null)
        waitForItemPolished(chart)
        verify(chart.visible && findChild(chart, "chartLegend").visible)
        return chart
    }

    function rectOf(chart, item) {
        const p = item.mapToItem(chart, 0, 0)
        return Qt.rect(p.x, p.y, item.width, item.height)
    }

    function overlap(a, b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    }

    function inside(r, w, h) {
        return r.x >= -0.5 && r.y >= -0.5 && r.x + r.width <= w + 0.5 && r.y + r.height <= h + 0.5
    }

    function describe(r) {
        return "(" + Math.round(r.x) + "," + Math.round(r.y) + " " + Math.round(r.width) + "x" + Math.round(r.height) + ")"
    }

    function checkNoOverlap(data, labels, ownPoints, averagePoints) {
        const chart = makeChart(data, labels, ownPoints, averagePoints)
        verify(chart.geometry.fits, data.tag)
        const boxes = []
        for (let i = 0; i < labels.length; ++i) {
            const label = findChild(chart, "axisLabel_" + i)
            verify(label, "label " + i)
            // Every line of the label within its box: the C++ measure wraps as the Text does.
            for (let k = 0; k < label.children.length; ++k) {
                const text = label.children[k]
                if (text.visible)
                    verify(text.contentWidth <= text.width + 0.5, data.tag + ": label " + i + " wider than its box")
            }
            boxes.push({ name: "label " + (i + 1), rect: rectOf(chart, label) })
        }
        let ticks = 0
        for (let v = 1; v <= 7; ++v) {
            const tick = findChild(chart, "chartTick_" + v)
            if (tick) {
                boxes.push({ name: "tick " + v, rect: rectOf(chart, tick) })
                ++ticks
            }
        }
        verify(ticks >= 2, data.tag + ": only " + ticks + " scale values")
        verify(findChild(chart, "chartTick_1") && findChild(chart, "chartTick_7"), data.tag + ": the scale's ends")
        const legend = findChild(chart, "chartLegend")
        const legendRect = rectOf(chart, legend)
        for (let i = 0; i < boxes.length; ++i) {
            verify(inside(boxes[i].rect, chart.width, chart.height),
                   data.tag + ": " + boxes[i].name + " " + describe(boxes[i].rect) + " leaves the chart")
            verify(!overlap(boxes[i].rect, legendRect), data.tag + ": " + boxes[i].name + " over the legend")
            for (let j = i + 1; j < boxes.length; ++j)
                verify(!overlap(boxes[i].rect, boxes[j].rect),
                       data.tag + ": " + boxes[i].name + " " + describe(boxes[i].rect) + " over "
                       + boxes[j].name + " " + describe(boxes[j].rect))
        }
        verify(inside(legendRect, chart.width, chart.height), data.tag + ": legend " + describe(legendRect))
        return chart
    }

    function test_noOverlapGerman_data() { return sizes_data() }
    function test_noOverlapGerman(data) {
        checkNoOverlap(data, german, own, average)
    }

    function test_noOverlapEnglish_data() { return sizes_data() }
    function test_noOverlapEnglish(data) {
        const chart = checkNoOverlap(data, english, own, average)
        // The legend names all three things drawn, and the gaps are marked at their themes.
        verify(findChild(chart, "legendOwn").visible)
        verify(findChild(chart, "legendAverage").visible)
        compare(findChild(chart, "legendAverage").text, "Average for Wattenscheid-Mitte")
        verify(findChild(chart, "legendNoAnswer").visible)
        for (const i of [0, 3, 7, 8, 13]) {
            const note = findChild(chart, "axisNote_" + i)
            verify(note.visible && note.text !== "", "theme " + (i + 1) + " not marked as unanswered")
        }
        verify(!findChild(chart, "axisNote_1").visible)
        compare(chart.geometry.ownBridges.length, 3)
        // The scale's values sit where no dotted link runs (here not at the top, where one does).
        for (let v = 1; v <= 7; ++v) {
            const tick = findChild(chart, "chartTick_" + v)
            if (!tick)
                continue
            const box = rectOf(chart, tick)
            for (const bridge of chart.geometry.ownBridges) {
                for (let k = 0; k <= 100; ++k) {
                    const x = bridge[0].x + (bridge[1].x - bridge[0].x) * k / 100
                    const y = bridge[0].y + (bridge[1].y - bridge[0].y) * k / 100
                    verify(!(x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height),
                           data.tag + ": a dotted link runs through the scale value " + v)
                }
            }
        }
        verify(!findChild(chart, "chartEmpty").visible)
    }

    // Without a comparison and without gaps, the legend names only the own answers.
    function test_legendOnlyForWhatIsDrawn() {
        const all = english.map((_, i) => Qt.point(i, 1 + i % 7))
        const chart = makeChart(sizes_data()[0], english, all, [])
        verify(findChild(chart, "legendOwn").visible)
        verify(!findChild(chart, "legendAverage").visible)
        verify(!findChild(chart, "legendNoAnswer").visible)
        compare(chart.seriesCount, 1)
        for (let i = 0; i < english.length; ++i)
            verify(!findChild(chart, "axisNote_" + i).visible)
    }

    // Nothing answered: the chart says why it is empty, in the middle of the web.
    function test_emptySaysWhy_data() { return sizes_data() }
    function test_emptySaysWhy(data) {
        const chart = makeChart(data, german, [], [])
        chart.emptyText = "Nobody in this session has rated a theme yet, so there is nothing to draw."
        const empty = findChild(chart, "chartEmpty")
        verify(empty.visible, data.tag)
        compare(findChild(chart, "chartEmptyText").text, chart.emptyText)
        compare(chart.seriesCount, 0)
        verify(!findChild(chart, "legendOwn").visible)
        // Nothing drawn, so no scale values either (they would hide under the note).
        for (let v = 1; v <= 7; ++v)
            verify(!findChild(chart, "chartTick_" + v), data.tag + ": scale value " + v)
        const box = rectOf(chart, empty)
        verify(inside(box, chart.width, chart.height), data.tag + ": " + describe(box))
        // Within the web, clear of every theme label.
        for (let i = 0; i < german.length; ++i)
            verify(!overlap(box, rectOf(chart, findChild(chart, "axisLabel_" + i))), data.tag + ": over label " + (i + 1))
    }
}
