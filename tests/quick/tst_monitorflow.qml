// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Stadtlabor
import StadtlaborTest

// A visitor walks the whole StadtRaumMonitor by taps; the tapped values must be what the
// database holds afterwards.
TestCase {
    name: "MonitorFlow"
    when: windowShown

    property var window: null

    function openMain() {
        const component = Qt.createComponent("qrc:/qt/qml/Stadtlabor/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { width: 1920, height: 1080 })
        window.show()
        waitForRendering(window.contentItem)
    }

    function cleanup() {
        if (window)
            window.destroy()
        window = null
        Monitor.reset()
        Localization.language = "de"
    }

    function find(name) {
        const item = findChild(window.contentItem, name) || findChild(window.header, name)
            || findChild(window.overlay, name)
        verify(item, "no item " + name)
        return item
    }

    // Layouts place items on their next polish: an item is where the visitor sees it once no
    // polish is pending on it or on any item above it.
    function settled(item) {
        for (let i = item; i; i = i.parent) {
            if (isPolishScheduled(i))
                return false
        }
        return true
    }

    // Taps the item by its name, once it is there and visible and no page is sliding in.
    function tap(name) {
        tryCompare(findChild(window.contentItem, "pageStack"), "busy", false)
        tryVerify(() => { const i = findChild(window.contentItem, name) || findChild(window.header, name); return i && i.visible },
                  3000, name + " never became visible")
        const item = find(name)
        // Tap where the visitor sees the item. (waitForRendering would wait out its timeout
        // on a page that does not change.)
        tryVerify(() => settled(item), 3000, name + " never settled")
        mouseClick(item)
        return item
    }

    function test_wholeFlowByTaps() {
        const before = TestDb.rows("SELECT count(*) FROM monitor_responses")[0][0]
        openMain()
        tap("tile_monitor")
        tryCompare(Monitor, "step", Monitor.ChooseArea)

        tap("area_mitte")
        compare(Monitor.district, "mitte")
        tap("area_grumme")
        tryCompare(Monitor, "step", Monitor.AboutYou)
        compare(Monitor.areaId, "grumme")

        tap("age_65_plus")
        tap("relation_visit")
        tap("relation_live")
        compare(Monitor.relations, ["live", "visit"])
        tap("stepNext")
        tryCompare(Monitor, "step", Monitor.Rating)

        // Themes: a score, or "no answer" on every fifth; a text on the second.
        const expected = []
        for (let i = 0; i < Monitor.themeCount; ++i) {
            tryCompare(Monitor, "themeIndex", i)
            if (i % 5 === 4) {
                tap("noAnswer")
                verify(Monitor.noAnswer)
                expected.push(null)
            } else {
                const value = Monitor.scaleMin + (i % (Monitor.scaleMax - Monitor.scaleMin + 1))
                tap("score_" + value)
                compare(Monitor.score, value)
                expected.push(value)
            }
            if (i === 1) {
                const area = find("goodText_area")
                mouseClick(area)
                keyClick(Qt.Key_G)
                keyClick(Qt.Key_U)
                keyClick(Qt.Key_T)
                tryCompare(Monitor, "good", "gut")
            }
            tap("stepNext")
        }
        tryCompare(Monitor, "step", Monitor.Summary)

        // Change one answer from the summary and come back to it.
        tap("edit_2")
        tryCompare(Monitor, "step", Monitor.Rating)
        compare(Monitor.themeIndex, 2)
        tap("score_" + Monitor.scaleMax)
        expected[2] = Monitor.scaleMax
        tap("stepNext")
        tryCompare(Monitor, "step", Monitor.Summary)
        verify(find("spiderChart").seriesCount > 0)
        verify(find("comparisonNote").visible)

        tap("monitorSubmit")
        tryCompare(Monitor, "step", Monitor.Done)
        compare(Monitor.areaId, "")

        const responses = TestDb.rows("SELECT uuid, area_id, age_band, relations, device_id FROM monitor_responses ORDER BY created_at DESC")
        compare(responses.length, before + 1)
        const r = responses[0]
        compare(r[1], "grumme")
        compare(r[2], "65_plus")
        compare(r[3], "[\"live\",\"visit\"]")
        // The terminal's own id, as the kiosk records it on its first start.
        compare(r[4], TestDb.rows("SELECT value FROM settings WHERE key = 'device_id'")[0][0])
        verify(r[4].length >= 32, r[4])
        const answers = TestDb.rows("SELECT score, good FROM monitor_answers WHERE response_uuid = '" + r[0] + "' ORDER BY position")
        compare(answers.length, expected.length)
        for (let i = 0; i < expected.length; ++i)
            compare(answers[i][0] === undefined || answers[i][0] === null || answers[i][0] === "" ? null : answers[i][0],
                    expected[i], "theme " + (i + 1))
        compare(answers[1][1], "gut")
        const outbox = TestDb.rows("SELECT kind, state FROM outbox WHERE uuid = '" + r[0] + "'")
        compare(outbox.length, 1)
        compare(outbox[0][0], "monitor_response")
        compare(outbox[0][1], "pending")

        // Thank you, then back home with nothing of the visitor left.
        tap("monitorFinish")
        tryCompare(findChild(window.contentItem, "pageStack"), "depth", 1)
        tryCompare(Monitor, "step", Monitor.Start)
    }

    function test_backWalksTheFlowThenLeaves() {
        openMain()
        tap("tile_monitor")
        tap("area_ost")
        tap("backButton") // top bar: first back to the Stadtbezirke
        compare(Monitor.district, "")
        compare(Monitor.step, Monitor.ChooseArea)
        tap("backButton") // then to the start of the flow
        compare(Monitor.step, Monitor.Start)
        tap("backButton") // and only then off the page
        tryCompare(findChild(window.contentItem, "pageStack"), "depth", 1)
    }

    function test_leavingMidFlowForgetsEverything() {
        openMain()
        tap("tile_monitor")
        tap("area_bochum") // the whole city: no second level
        tryCompare(Monitor, "step", Monitor.AboutYou)
        tap("skipAboutYou")
        tryCompare(Monitor, "step", Monitor.Rating)
        tap("score_3")
        tap("homeButton")
        tap("discardConfirm") // "Discard your answers?" (tst_discard.qml tests the question)
        tryCompare(findChild(window.contentItem, "pageStack"), "depth", 1)
        tryCompare(Monitor, "step", Monitor.Start)
        compare(Monitor.areaId, "")
        compare(Monitor.score, -1)
    }

    // Below the minimum group size (10 for the bundled catalogue) the summary shows no
    // average, only how many responses there are and from when on the comparison appears.
    function test_comparisonHeldBackBelowMinResponses_data() {
        return [
            { tag: "de", language: "de", expected: "Bisher 3 Antworten für Hamme. Der Vergleich mit den Antworten aller anderen erscheint ab 10 Antworten." },
            { tag: "en", language: "en", expected: "So far 3 responses for Hamme. The comparison with everyone else's answers appears from 10 responses on." },
        ]
    }
    function test_comparisonHeldBackBelowMinResponses(data) {
        verify(TestDb.exec("INSERT OR REPLACE INTO area_totals (area_id, criteria_set_id, criteria_set_version, responses, updated_at)"
                           + " VALUES ('hamme', 'stadtraummonitor', 1, 3, 'now')"))
        // Rows with a mean as a hub with a lower threshold might send: the kiosk holds them back too.
        verify(TestDb.exec("INSERT OR REPLACE INTO area_results (area_id, criteria_set_id, criteria_set_version, theme_id, n, mean, counts, updated_at)"
                           + " VALUES ('hamme', 'stadtraummonitor', 1, 'public-transport', 3, 4.5, '[]', 'now')"))
        openMain()
        Localization.language = data.language
        tap("tile_monitor")
        tap("area_mitte")
        tap("area_hamme")
        tap("skipAboutYou")
        for (let i = 0; i < Monitor.themeCount; ++i)
            tap("stepNext")
        tryCompare(Monitor, "step", Monitor.Summary)
        verify(!Monitor.hasComparison)
        compare(Monitor.comparisonResponses, 3)
        compare(Monitor.averagePoints.length, 0)
        const note = find("comparisonNote")
        tryVerify(() => note.visible)
        compare(note.text, data.expected)
    }

    function test_comparisonShownWhenResultsExist() {
        verify(TestDb.exec("INSERT OR REPLACE INTO area_totals (area_id, criteria_set_id, criteria_set_version, responses, updated_at)"
                           + " VALUES ('laer', 'stadtraummonitor', 1, 12, 'now')"))
        verify(TestDb.exec("INSERT OR REPLACE INTO area_results (area_id, criteria_set_id, criteria_set_version, theme_id, n, mean, counts, updated_at)"
                           + " VALUES ('laer', 'stadtraummonitor', 1, 'public-transport', 12, 4.5, '[]', 'now'),"
                           + " ('laer', 'stadtraummonitor', 1, 'feeling-safe', 12, 5.25, '[]', 'now')"))
        openMain()
        tap("tile_monitor")
        tap("area_ost")
        tap("area_laer")
        tap("skipAboutYou")
        for (let i = 0; i < Monitor.themeCount; ++i)
            tap("stepNext")
        tryCompare(Monitor, "step", Monitor.Summary)
        verify(Monitor.hasComparison)
        compare(Monitor.averagePoints.length, 2)
        compare(Monitor.comparisonResponses, 12)
        verify(find("legendAverage").text.indexOf("12") >= 0, find("legendAverage").text)
        // Twelve themes have no average: the page says why.
        verify(find("comparisonNote").visible)
        verify(find("comparisonNote").text.indexOf("10") >= 0, find("comparisonNote").text)
        compare(Monitor.answeredCount, 0)
    }
}
