// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Stadtlabor
import StadtlaborTest

// The public terminal between two strangers: a visitor fills part of each flow and walks
// away; after the idle time and the countdown nothing of theirs is left in any controller,
// field or page, and the attract screen shows. A touch during the countdown keeps everything.
// In kiosk mode the window cannot be closed.
TestCase {
    id: testCase
    name: "Kiosk"
    when: windowShown

    property var window: null
    // Short timings: 1.5 s without a touch, then a 2 s countdown.
    readonly property int idleMs: 1500
    readonly property int warningMs: 2000

    function openMain() {
        const component = Qt.createComponent("qrc:/qt/qml/Stadtlabor/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { width: 1920, height: 1080 })
        verify(window)
        window.show()
        waitForRendering(window.contentItem)
    }

    function cleanup() {
        TestKiosk.stopKiosk()
        TestKiosk.setLockdown(false)
        // The kiosk's screens go first (their loaders delete them later), then the window.
        drainEvents()
        if (window)
            window.destroy()
        window = null
        Monitor.reset()
        Fonds.reset()
        Localization.language = "de"
        // A terminal in use has its PIN again: the next tests collect.
        verify(TestKiosk.ensurePin())
    }

    // Everything queued so far (deferred deletes, handlers of input just sent) is handled
    // before a call queued now: waiting for that call is waiting for a condition, not a time.
    function drainEvents() {
        let drained = false
        Qt.callLater(() => { drained = true })
        tryVerify(() => drained, 5000, "queued events were not handled")
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

    function lookup(name) {
        return findChild(window.contentItem, name) || findChild(window.header, name)
            || findChild(window.contentItem.parent, name)
    }
    function stack() { return findChild(window.contentItem, "pageStack") }
    // The kiosk's own screens exist only while they are shown.
    function shown(name) {
        const item = lookup(name)
        return item !== null && item.visible
    }

    function tap(name) {
        tryCompare(stack(), "busy", false)
        tryVerify(() => { const i = lookup(name); return i && i.visible }, 3000, name + " never became visible")
        const item = lookup(name)
        tryVerify(() => settled(item), 3000, name + " never settled")
        mouseClick(item)
        return item
    }

    function type(name, text) {
        const field = tap(name)
        for (const c of text)
            keyClick(c)
        return field
    }

    // The visitor walks up: the attract screen goes at the first touch.
    function wakeUp() {
        TestKiosk.startKiosk(idleMs, warningMs)
        compare(Session.state, "attract")
        tryVerify(() => shown("attractScreen"))
        // Where the StadtRaumMonitor's tile lies below: the waking touch must not open it.
        const tile = lookup("tile_monitor")
        const at = tile.mapToItem(window.contentItem, tile.width / 2, tile.height / 2)
        mouseClick(window.contentItem, at.x, at.y)
        compare(Session.state, "active")
        tryVerify(() => !shown("attractScreen"))
        // The tile would open its page at once on the release; whatever the touch queued has
        // been handled too.
        drainEvents()
        compare(stack().depth, 1)
    }

    function walkAway() {
        tryCompare(Session, "state", "warning", idleMs + 2000)
        verify(shown("idleOverlay"))
        verify(Session.secondsLeft > 0)
        tryCompare(Session, "state", "attract", warningMs + 2000)
        verify(shown("attractScreen"))
    }

    function test_walkingAwayLeavesNothing() {
        openMain()
        wakeUp()

        // English, part of the StadtRaumMonitor...
        tap("language_en")
        compare(Localization.language, "en")
        tap("tile_monitor")
        tryCompare(Monitor, "step", Monitor.ChooseArea)
        tap("area_mitte")
        tap("area_grumme")
        tryCompare(Monitor, "step", Monitor.AboutYou)
        tap("age_65_plus")
        tap("stepNext")
        tryCompare(Monitor, "step", Monitor.Rating)
        tap("score_6")
        compare(Monitor.score, 6)
        type("goodText_area", "Parkbank")
        compare(Monitor.good, "Parkbank")
        verify(stack().depth > 1)

        walkAway()
        compare(Monitor.step, Monitor.Start)
        compare(Monitor.areaId, "")
        compare(Monitor.ageBand, "")
        compare(Monitor.score, -1)
        compare(Monitor.good, "")
        compare(Localization.language, "de")
        compare(stack().depth, 1)

        // ...and the next person's Bochum-Fonds form, walked away from as well.
        mouseClick(lookup("attractScreen"))
        compare(Session.state, "active")
        tap("tile_fonds")
        tap("fondsStart")
        tryCompare(Fonds, "step", Fonds.Idea)
        type("ideaTitle_input", "Bank am Teich")
        tryCompare(Fonds, "title", "Bank am Teich")
        Fonds.name = "Erika Mustermann"
        Fonds.email = "erika@example.org"

        walkAway()
        compare(Fonds.title, "")
        compare(Fonds.name, "")
        compare(Fonds.email, "")
        compare(Fonds.step, Fonds.Intro)
        compare(stack().depth, 1)
        // No page of the previous visitor is left to go back to, and a new form is empty.
        verify(!lookup("backButton").visible)
        mouseClick(lookup("attractScreen"))
        compare(Session.state, "active")
        tap("tile_fonds")
        tap("fondsStart")
        const title = lookup("ideaTitle_input")
        tryVerify(() => title && title.visible)
        compare(title.text, "")
    }

    function test_touchDuringCountdownKeepsTheSession() {
        openMain()
        wakeUp()
        tap("tile_monitor")
        tap("area_mitte")
        tap("area_grumme")
        tryCompare(Monitor, "step", Monitor.AboutYou)

        tryCompare(Session, "state", "warning", idleMs + 2000)
        verify(shown("idleOverlay"))
        tap("idleContinue")
        compare(Session.state, "active")
        verify(!shown("idleOverlay"))
        compare(Monitor.areaId, "grumme")
        compare(Monitor.step, Monitor.AboutYou)

        // Any touch counts, not only the button.
        tryCompare(Session, "state", "warning", idleMs + 2000)
        mouseClick(lookup("idleOverlay"), 10, 10)
        compare(Session.state, "active")
        compare(Monitor.areaId, "grumme")
    }

    function test_finishingAFlowEndsTheSession() {
        openMain()
        wakeUp()
        tap("language_en")
        tap("tile_monitor")
        tap("area_mitte")
        tap("area_grumme")
        tryCompare(Monitor, "step", Monitor.AboutYou)
        // The visitor leaves on purpose from the thank-you page.
        Monitor.skipAboutYou()
        for (let i = 0; i < Monitor.themeCount; ++i) {
            Monitor.setScore(4)
            Monitor.next()
        }
        tryCompare(Monitor, "step", Monitor.Summary)
        verify(Monitor.submit())
        tap("monitorFinish")
        tryCompare(Session, "state", "attract")
        compare(Localization.language, "de")
        compare(Monitor.step, Monitor.Start)
        compare(stack().depth, 1)
    }

    // One visitor's answers never reach the next one: while the city has fewer responses than
    // the catalogue's minimum (10), the attract screen shows how many there are and invites,
    // and draws no chart -- even from a stored mean a hub with a lower threshold sent.
    function test_attractHoldsBackFewResponses() {
        verify(TestDb.exec("INSERT OR REPLACE INTO area_totals (area_id, criteria_set_id, criteria_set_version, responses, updated_at)"
                           + " VALUES ('bochum', 'stadtraummonitor', 1, 1, 'now')"))
        verify(TestDb.exec("INSERT OR REPLACE INTO area_results (area_id, criteria_set_id, criteria_set_version, theme_id, n, mean, counts, updated_at)"
                           + " VALUES ('bochum', 'stadtraummonitor', 1, 'public-transport', 1, 6, '[]', 'now')"))
        CityPicture.refresh()
        openMain()
        TestKiosk.startKiosk(idleMs * 100, warningMs)
        tryVerify(() => shown("attractScreen"))
        verify(!CityPicture.available)
        compare(CityPicture.responses, 1)
        tryVerify(() => shown("attractPictureInvitation"))
        verify(!shown("attractPictureNote"))
        compare(lookup("attractPictureCount").text,
                "Bisher 1 Antwort für Bochum. Das Stimmungsbild der Stadt erscheint ab 10 Antworten.")

        // Enough responses and ratings: the picture, with its n.
        verify(TestDb.exec("UPDATE area_totals SET responses = 12 WHERE area_id = 'bochum'"))
        verify(TestDb.exec("UPDATE area_results SET n = 12 WHERE area_id = 'bochum'"))
        CityPicture.refresh()
        verify(CityPicture.available)
        tryVerify(() => shown("attractPictureNote"))
        verify(!shown("attractPictureInvitation"))
        verify(lookup("attractPictureNote").text.indexOf("12 Antworten") >= 0, lookup("attractPictureNote").text)

        verify(TestDb.exec("DELETE FROM area_totals WHERE area_id = 'bochum'"))
        verify(TestDb.exec("DELETE FROM area_results WHERE area_id = 'bochum'"))
        CityPicture.refresh()
    }

    function test_freshInstallAsksForAPinBeforeCollecting() {
        verify(TestDb.exec("DELETE FROM settings WHERE key LIKE 'admin_pin%'"))
        Admin.reload()
        verify(!Admin.pinIsSet)
        const component = Qt.createComponent("qrc:/qt/qml/Stadtlabor/Main.qml")
        window = component.createObject(null, { width: 1920, height: 1080, requirePin: true })
        window.show()
        waitForRendering(window.contentItem)
        // The PIN comes first...
        tryCompare(stack(), "busy", false)
        compare(stack().currentItem.objectName, "adminPage")
        verify(lookup("pinGate").visible)
        // ...and a visitor who goes back to the start cannot begin a flow without it.
        tap("homeButton")
        tryCompare(stack(), "depth", 1)
        tap("tile_monitor")
        tryCompare(stack(), "busy", false)
        compare(stack().currentItem.objectName, "adminPage")
        compare(Monitor.step, Monitor.Start)
        const before = TestDb.rows("SELECT count(*) FROM monitor_responses")[0][0]
        tap("homeButton")
        tap("tile_fonds")
        tryCompare(stack(), "busy", false)
        compare(stack().currentItem.objectName, "adminPage")
        compare(TestDb.rows("SELECT count(*) FROM monitor_responses")[0][0], before)
    }

    function test_kioskModeKeepsTheWindowOpen() {
        // Without kiosk mode the usual keys close a laptop's window: the test can tell.
        openMain()
        TestKiosk.setLockdown(false)
        window.requestActivate()
        tryVerify(() => window.active)
        keyClick(Qt.Key_Q, Qt.ControlModifier)
        tryVerify(() => !window.visible, 2000, "Ctrl+Q closes the window outside kiosk mode")
        window.destroy()
        window = null

        openMain()
        TestKiosk.setLockdown(true)
        compare(window.kioskMode, true)
        window.requestActivate()
        tryVerify(() => window.active)
        keyClick(Qt.Key_Q, Qt.ControlModifier)
        keyClick(Qt.Key_F4, Qt.AltModifier)
        keyClick(Qt.Key_Escape)
        keyClick(Qt.Key_W, Qt.ControlModifier)
        drainEvents()
        verify(window.visible)
        window.close()
        drainEvents()
        verify(window.visible, "the close event leaves the window open")
        // Nothing leaves kiosk mode without the admin PIN.
        verify(!Lockdown.leave())
        verify(!Lockdown.quit())
        verify(Lockdown.active)
    }
}
