// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Stadtlabor
import StadtlaborTest

// Nothing a visitor gave is lost without a question: each way out of a flow with answers asks
// "Discard your answers?"; keeping them keeps every answer, discarding leaves. The language
// switch keeps them without asking. No two buttons on a screen share a label. Going on
// without a rating says that it records "no answer". What one visitor copied is not pasted by
// the next.
TestCase {
    id: testCase
    name: "Discard"
    when: windowShown

    property var window: null

    function openMain(page) {
        const component = Qt.createComponent("qrc:/qt/qml/Stadtlabor/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { initialPage: page || "home", width: 1366, height: 768 })
        verify(window)
        window.show()
        waitForRendering(window.contentItem)
    }

    // Whatever a test before left: an active session without an attract screen.
    function init() {
        TestKiosk.stopKiosk()
    }

    function cleanup() {
        TestKiosk.stopKiosk()
        if (window)
            window.destroy()
        window = null
        Monitor.reset()
        Fonds.reset()
        Localization.language = "de"
    }

    // Everything queued so far (deferred deletes among it) is handled before a call queued now.
    function drainEvents() {
        let drained = false
        Qt.callLater(() => { drained = true })
        tryVerify(() => drained, 5000, "queued events were not handled")
    }

    function stack() { return findChild(window.contentItem, "pageStack") }
    function find(name) {
        return findChild(window.contentItem, name) || findChild(window.header, name)
            || findChild(window.overlay, name)
    }
    function tap(name) {
        const item = find(name)
        verify(item, "no " + name + " on screen")
        verify(shown(item), name + " is not visible")
        mouseClick(item)
    }
    function shown(item) {
        for (let i = item; i; i = i.parent) {
            if (!i.visible || i.opacity === 0)
                return false
        }
        return true
    }
    function dialogOpen() {
        const keep = find("discardKeep")
        return keep !== null && shown(keep)
    }

    // A StadtRaumMonitor with the area chosen and the first theme rated 5.
    function monitorWithARating() {
        tap("tile_monitor") // straight to the area
        tryCompare(stack(), "busy", false)
        tryCompare(Monitor, "step", Monitor.ChooseArea)
        Monitor.chooseDistrict("bochum")
        tryCompare(Monitor, "step", Monitor.AboutYou)
        tap("skipAboutYou")
        tryCompare(Monitor, "step", Monitor.Rating)
        verify(!Monitor.hasAnswers)
        waitForRendering(window.contentItem)
        tap("score_5")
        compare(Monitor.score, 5)
        verify(Monitor.hasAnswers)
    }

    function test_homeAsksAndKeepingKeepsEverything() {
        openMain()
        monitorWithARating()
        tap("homeButton")
        tryVerify(dialogOpen, 3000, "leaving with a rating given must ask first")
        compare(stack().depth, 2)
        tap("discardKeep")
        tryVerify(() => !dialogOpen())
        compare(stack().depth, 2)
        compare(Monitor.step, Monitor.Rating)
        compare(Monitor.score, 5)

        // A tap beside the question keeps the answers too.
        tap("homeButton")
        tryVerify(dialogOpen)
        mouseClick(window.contentItem, 5, window.contentItem.height - 5)
        tryVerify(() => !dialogOpen())
        compare(stack().depth, 2)
        compare(Monitor.score, 5)

        tap("homeButton")
        tryVerify(dialogOpen)
        tap("discardConfirm")
        tryCompare(stack(), "depth", 1)
        tryVerify(() => !dialogOpen())
        tryCompare(Monitor, "step", Monitor.Start)
        verify(!Monitor.hasAnswers)
    }

    function test_backOutOfTheFondsAsksToo() {
        verify(Settings.set("module_fonds", "on"))
        openMain()
        tap("tile_fonds")
        tryCompare(stack(), "busy", false)
        tap("fondsStart")
        tryCompare(Fonds, "step", Fonds.Idea)
        // Nothing typed yet: back walks to the intro and leaves without a question.
        verify(!Fonds.hasAnswers)
        Fonds.title = "Bänke für den Stadtpark"
        verify(Fonds.hasAnswers)
        tap("backButton") // the flow's own step back: to the intro, nothing lost
        tryCompare(Fonds, "step", Fonds.Intro)
        compare(Fonds.title, "Bänke für den Stadtpark")
        verify(!dialogOpen())
        // From the intro the page itself is left: the question, since the title is still there.
        tap("backButton")
        tryVerify(dialogOpen)
        tap("discardKeep")
        tryVerify(() => !dialogOpen())
        // On again from the intro: the title is still there.
        tap("fondsStart")
        tryCompare(Fonds, "step", Fonds.Idea)
        compare(Fonds.title, "Bänke für den Stadtpark")
        tap("backButton")
        tryCompare(Fonds, "step", Fonds.Intro)
        tap("backButton")
        tryVerify(dialogOpen)
        tap("discardConfirm")
        tryCompare(stack(), "depth", 1)
        tryCompare(Fonds, "title", "")
    }

    function test_leavingTheFondsFromAStepAsks() {
        verify(Settings.set("module_fonds", "on"))
        openMain()
        tryCompare(stack(), "busy", false)
        tap("tile_fonds")
        tryCompare(stack(), "busy", false)
        tap("fondsStart")
        tryCompare(Fonds, "step", Fonds.Idea)
        Fonds.title = "Bänke für den Stadtpark"
        tap("homeButton")
        tryVerify(dialogOpen)
        tap("discardConfirm")
        tryCompare(stack(), "depth", 1)
        tryCompare(Fonds, "title", "")
    }

    function test_nothingGivenLeavesWithoutAQuestion() {
        openMain()
        tap("tile_monitor") // straight to the area
        tryCompare(stack(), "busy", false)
        tryCompare(Monitor, "step", Monitor.ChooseArea)
        tap("homeButton")
        tryCompare(stack(), "depth", 1)
        verify(!dialogOpen())
    }

    function test_languageSwitchKeepsTheAnswers() {
        openMain()
        monitorWithARating()
        tap("language_en")
        compare(Localization.language, "en")
        verify(!dialogOpen())
        compare(stack().depth, 2)
        compare(Monitor.score, 5)
        compare(Monitor.step, Monitor.Rating)
    }

    function test_theEndOfTheSessionClosesTheQuestion() {
        openMain()
        monitorWithARating()
        tap("homeButton")
        tryVerify(dialogOpen)
        Session.endSession() // the visitor walked away from the question
        tryVerify(() => !dialogOpen())
        tryCompare(stack(), "depth", 1)
        verify(!Monitor.hasAnswers)
    }

    // Going on without a rating is allowed, and the page says what that records.
    function test_goingOnWithoutARatingSaysNoAnswer() {
        openMain()
        tap("tile_monitor")
        tryCompare(stack(), "busy", false)
        Monitor.chooseDistrict("bochum")
        tap("skipAboutYou")
        tryCompare(Monitor, "step", Monitor.Rating)
        waitForRendering(window.contentItem)
        verify(shown(find("skipHint")))
        compare(find("stepNext").text.indexOf("Ohne Bewertung weiter"), 0)
        tap("stepNext")
        tryCompare(Monitor, "themeIndex", 1)
        tap("score_3")
        verify(!shown(find("skipHint")))
        compare(find("stepNext").text.indexOf("Weiter"), 0)
        Monitor.back()
        tryCompare(Monitor, "themeIndex", 0)
        verify(Monitor.noAnswer) // shown as such on coming back
        verify(find("noAnswer").selected)
    }

    // Every visible button's label, the top bar's included, once per screen.
    function buttonLabels(root, labels, seen) {
        if (!root)
            return labels
        for (let i = 0; i < root.children.length; ++i) {
            const child = root.children[i]
            if (!child.visible || child.opacity === 0 || seen.indexOf(child) >= 0)
                continue
            seen.push(child)
            if (child.text !== undefined && child.clicked !== undefined && child.pressed !== undefined
                    && child.text !== "")
                labels.push(child.text.replace(/[\u2039\u203a]/g, "").trim())
            buttonLabels(child, labels, seen)
        }
        return labels
    }
    function checkLabels(where) {
        waitForRendering(window.contentItem)
        const seen = []
        let labels = buttonLabels(window.header, [], seen)
        labels = buttonLabels(window.contentItem, labels, seen)
        labels = buttonLabels(window.overlay, labels, seen)
        verify(labels.length > 0, where + ": no buttons found")
        const named = {}
        for (const label of labels) {
            verify(!named[label], where + ": two buttons are labelled \"" + label + "\"")
            named[label] = true
        }
    }

    function test_noTwoButtonsShareALabel_data() {
        return [ { tag: "de", lang: "de" }, { tag: "en", lang: "en" } ]
    }
    function test_noTwoButtonsShareALabel(data) {
        verify(Settings.set("module_fonds", "on"))
        openMain()
        Localization.language = data.lang
        checkLabels("home")
        tap("tile_monitor")
        tryCompare(stack(), "busy", false)
        tryCompare(Monitor, "step", Monitor.ChooseArea)
        checkLabels("monitor area")
        Monitor.back()
        tryCompare(Monitor, "step", Monitor.Start)
        checkLabels("monitor start")
        tap("monitorStart")
        tryCompare(Monitor, "step", Monitor.ChooseArea)
        Monitor.chooseDistrict("bochum")
        tryCompare(Monitor, "step", Monitor.AboutYou)
        checkLabels("monitor about you")
        tap("skipAboutYou")
        checkLabels("monitor theme")
        for (let i = 0; i < Monitor.themeCount; ++i) {
            Monitor.setScore(1 + i % 7)
            Monitor.next()
        }
        tryCompare(Monitor, "step", Monitor.Summary)
        checkLabels("monitor summary")
        tap("homeButton")
        tryVerify(dialogOpen)
        checkLabels("discard question")
        tap("discardConfirm")
        tryCompare(stack(), "depth", 1)
        tryCompare(stack(), "busy", false)

        tap("tile_fonds")
        tryCompare(stack(), "busy", false)
        checkLabels("fonds intro")
        tap("fondsStart")
        tryCompare(Fonds, "step", Fonds.Idea)
        checkLabels("fonds idea")
        Fonds.title = "Bank am Teich"
        Fonds.description = "Eine Bank aus Holz"
        tap("fondsArea_ost")
        tap("fondsArea_laer")
        checkLabels("fonds idea, second area level")
        Fonds.categoryId = "umwelt"
        Fonds.plannedYear = new Date().getFullYear() + 1
        Fonds.plannedMonth = 5
        Fonds.next()
        tryCompare(Fonds, "step", Fonds.Money)
        checkLabels("fonds money")
        Fonds.totalCostText = "3000"
        Fonds.ownMoneyText = "700"
        Fonds.next()
        tryCompare(Fonds, "step", Fonds.Who)
        checkLabels("fonds who")
        tap("applicant_person")
        Fonds.declaresOfAgeAndCapable = true
        Fonds.declaresNotPublicOrParty = true
        Fonds.declaresCommonGood = true
        Fonds.next()
        tryCompare(Fonds, "step", Fonds.Contact)
        checkLabels("fonds contact")
        Fonds.name = "Xaverine Quappenberg"
        Fonds.email = "xaverine@example.org"
        Fonds.consent = true
        Fonds.next()
        tryCompare(Fonds, "step", Fonds.Review)
        checkLabels("fonds review")
        verify(Fonds.submit())
        tryCompare(Fonds, "step", Fonds.Receipt)
        checkLabels("fonds receipt")
        tap("homeButton")
        tryCompare(stack(), "depth", 1) // handed in: nothing to lose, no question
        verify(!dialogOpen())

        tap("tile_projects")
        tryCompare(stack(), "busy", false)
        checkLabels("projects")
    }

    // A visitor copies what they typed; after the session ends the next one pastes nothing.
    function test_theClipboardDoesNotOutliveTheVisitor() {
        openMain()
        monitorWithARating()
        const field = find("goodText_input") || find("goodText")
        verify(field)
        const input = findChild(field, "goodText_input") || field
        mouseClick(input)
        keyClick(Qt.Key_S)
        keyClick(Qt.Key_O)
        keyClick(Qt.Key_N)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        keyClick(Qt.Key_C, Qt.ControlModifier)
        compare(Monitor.good.toLowerCase(), "son")

        Session.endSession()
        tryCompare(stack(), "depth", 1)
        drainEvents() // the previous start page is gone, not only replaced
        monitorWithARating()
        const next = findChild(find("goodText"), "goodText_input") || find("goodText")
        mouseClick(next)
        keyClick(Qt.Key_V, Qt.ControlModifier)
        compare(Monitor.good, "", "the previous visitor's text was pasted")
        // The clipboard itself works: what this visitor copies, this visitor pastes.
        keyClick(Qt.Key_X)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        keyClick(Qt.Key_C, Qt.ControlModifier)
        keyClick(Qt.Key_End)
        keyClick(Qt.Key_V, Qt.ControlModifier)
        compare(Monitor.good.toLowerCase(), "xx")
    }
}
