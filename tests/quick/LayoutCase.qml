// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Stadtlabor
import StadtlaborTest
import "layoutcheck.js" as Check

// What the layout tests (tst_layoutwalk.qml, tst_layoutdesign.qml) share: the product's window
// opened at a size, the flows arranged as the screenshots show them, and waiting until a
// screen stands still.
TestCase {
    when: windowShown

    property var window: null

    readonly property var sizes: [Qt.size(1920, 1080), Qt.size(1080, 1920), Qt.size(1366, 768)]
    readonly property var languages: ["de", "en"]

    function openMain(page, argument, size) {
        const component = Qt.createComponent("qrc:/qt/qml/Stadtlabor/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { initialPage: page, initialArgument: argument || "",
                                                width: size.width, height: size.height })
        verify(window)
        window.show()
        waitForRendering(window.contentItem)
    }

    function closeMain() {
        if (window)
            window.destroy()
        window = null
        drainEvents()
    }

    function cleanup() {
        closeMain()
        TestKiosk.stopKiosk()
        TestKiosk.reopen()
        Admin.lock()
        Monitor.reset()
        Fonds.reset()
        Localization.language = "de"
    }

    // Everything queued so far is handled before a call queued now.
    function drainEvents() {
        let drained = false
        Qt.callLater(() => { drained = true })
        tryVerify(() => drained, 5000, "queued events were not handled")
    }

    function lookup(name) {
        return findChild(window.contentItem.parent, name)
    }
    function stack() { return findChild(window.contentItem, "pageStack") }

    // The kiosk's own screens lie above the frame: then only they are seen.
    function screenRoot() {
        for (const name of ["idleOverlay", "closedScreen", "attractScreen"]) {
            const item = lookup(name)
            if (item && item.visible)
                return item
        }
        return window.contentItem.parent
    }

    // Settled: the page stack stands still, no layout waits for its polish, and the places
    // of all items are the same after one more frame (charts lay out on their own, the
    // keyboard's place follows the window's height in an animation).
    function settle() {
        tryCompare(stack(), "busy", false)
        let before = ""
        for (let round = 0; round < 100; ++round) {
            tryVerify(() => !polishPending(window.contentItem.parent), 5000, "a layout never settled")
            const now = Check.fingerprint(window.contentItem.parent)
            if (now === before)
                return
            before = now
            window.update()
            waitForRendering(window.contentItem, 1000)
        }
        fail("the screen kept moving")
    }

    function polishPending(item) {
        if (!item.visible)
            return false
        if (isPolishScheduled(item))
            return true
        const children = item.children
        for (let i = 0; i < children.length; ++i) {
            if (polishPending(children[i]))
                return true
        }
        return false
    }

    // The StadtRaumMonitor as the screenshots show it: an area in Bochum-Mitte, a spread of
    // ratings with every fourth theme left without an answer, texts on the first theme.
    function arrangeMonitor(stopAt) {
        Monitor.reset()
        if (stopAt === "start")
            return
        Monitor.start()
        if (stopAt === "area")
            return
        Monitor.chooseDistrict("mitte")
        Monitor.chooseArea("grumme")
        Monitor.ageBand = "30_44"
        if (stopAt === "about")
            return
        Monitor.toggleRelation("live")
        Monitor.toggleRelation("work")
        Monitor.next()
        const span = Monitor.scaleMax - Monitor.scaleMin
        const last = stopAt === "theme" ? 0 : stopAt === "idle" ? 4 : Monitor.themeCount
        for (let i = 0; i < Monitor.themeCount; ++i) {
            if (i % 4 === 3)
                Monitor.setNoAnswer()
            else
                Monitor.setScore(Monitor.scaleMin + (i * 5 + 2) % (span + 1))
            if (i === 0) {
                Monitor.good = "Breite Gehwege an der Hauptstraße."
                Monitor.better = "Der Radweg endet plötzlich an der Kreuzung."
            }
            if (i === last)
                return
            Monitor.next()
        }
        compare(Monitor.step, Monitor.Summary)
        if (stopAt === "done")
            verify(Monitor.submit(), Monitor.error)
    }

    // An idea filled in step by step, its money check in the warning state.
    function arrangeFonds(stopAt) {
        Fonds.reset()
        verify(Fonds.available)
        if (stopAt === "start")
            return
        Fonds.start()
        Fonds.title = "Bänke und Schatten für den Spielplatz in Grumme"
        Fonds.description = "Eltern warten am Spielplatz an der Vierhausstraße ohne Sitzplatz. Wir möchten mit den "
            + "Nachbarn drei Holzbänke mit einer Pergola bauen, bepflanzt mit Kletterrosen."
        Fonds.area.chooseDistrict("mitte") // true only for the whole city
        verify(Fonds.area.chooseArea("grumme"))
        Fonds.categoryId = Fonds.categories[0].id
        Fonds.plannedYear = new Date().getFullYear() + 1
        Fonds.plannedMonth = 4
        if (stopAt === "idea")
            return
        Fonds.next()
        compare(Fonds.step, Fonds.Money, JSON.stringify(Fonds.errors))
        Fonds.totalCostText = "12000"
        Fonds.ownMoneyText = "500"
        Fonds.workHoursText = "20"
        Fonds.inKindText = "150"
        if (stopAt === "money")
            return
        Fonds.next()
        Fonds.applicant = "group"
        Fonds.organisation = "Nachbarschaft Vierhausstraße"
        Fonds.declaresOfAgeAndCapable = true
        Fonds.declaresNotPublicOrParty = true
        Fonds.declaresCommonGood = true
        if (stopAt === "who")
            return
        Fonds.next()
        compare(Fonds.step, Fonds.Contact, JSON.stringify(Fonds.errors))
        Fonds.name = "Erika Mustermann"
        Fonds.email = "erika.mustermann@example.de"
        Fonds.phone = "0234 123456"
        if (stopAt === "contact")
            return
        Fonds.consent = true
        Fonds.next()
        compare(Fonds.step, Fonds.Review, JSON.stringify(Fonds.errors))
        if (stopAt === "receipt")
            verify(Fonds.submit(), Fonds.error)
    }

    function rectOf(item) {
        const p = item.mapToItem(null, 0, 0)
        return { x: p.x, y: p.y, w: item.width, h: item.height }
    }
}
