// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Stadtlabor

// At each screen size the kiosk is set up for, every text field of the Bochum-Fonds, the
// StadtRaumMonitor's theme page and the street survey's setup is tapped with the real
// on-screen keyboard: the field and the step's main button stay whole, above the keyboard and
// in the window, and the keyboard leaves most of the window to the form.
TestCase {
    name: "KeyboardCover"
    when: windowShown

    property var window: null

    // Pages taken off the stack and the keyboard are deleted later (deleteLater); they go
    // while the window is whole, with their QML context: deleted after the window, Qt 6.4
    // sometimes crashes on them. The language goes back first, while the keyboard that
    // follows it is still whole too.
    function closeWindow() {
        Localization.language = "de"
        if (!window)
            return
        lookup("pageStack").pop(null, StackView.Immediate)
        lookup("keyboardLoader").active = false
        drain()
        window.destroy()
        window = null
        drain()
    }
    // Lets the event loop handle everything queued so far, deferred deletions included.
    function drain() {
        let drained = false
        Qt.callLater(() => { drained = true })
        tryVerify(() => drained, 5000, "queued events were not handled")
    }

    function cleanup() {
        closeWindow()
        Fonds.reset()
        Monitor.reset()
        Staff.close()
        Session.staffMode = false
    }

    function lookup(name) { return findChild(window.contentItem, name) || findChild(window.header, name) }

    function settled(item) {
        for (let i = item; i; i = i.parent) {
            if (isPolishScheduled(i))
                return false
        }
        return true
    }

    function sceneRect(item) { return item.mapToItem(null, 0, 0, item.width, item.height) }

    // The rectangle of the window the item is seen in: clipped by every Flickable around it.
    function visibleRect(item) {
        let r = { x: 0, y: 0, right: window.width, bottom: window.height }
        for (let p = item.parent; p; p = p.parent) {
            if (p.clip) {
                const c = sceneRect(p)
                r = { x: Math.max(r.x, c.x), y: Math.max(r.y, c.y),
                      right: Math.min(r.right, c.x + c.width), bottom: Math.min(r.bottom, c.y + c.height) }
            }
        }
        return r
    }

    // Where the visitor can see it: what lies above the keyboard and inside its clipping frames.
    function whollyShown(item, keyboardTop) {
        const r = sceneRect(item)
        const v = visibleRect(item)
        const tol = 0.5
        return item.visible && r.width > 0 && r.height > 0
                && r.x >= v.x - tol && r.y >= v.y - tol
                && r.x + r.width <= v.right + tol && r.y + r.height <= v.bottom + tol
                && r.y + r.height <= keyboardTop + tol
    }

    function describe(item) {
        const r = sceneRect(item)
        const v = visibleRect(item)
        return item.objectName + " at y " + Math.round(r.y) + ".." + Math.round(r.y + r.height)
                + " x " + Math.round(r.x) + ".." + Math.round(r.x + r.width)
                + ", seen " + Math.round(v.y) + ".." + Math.round(v.bottom)
    }

    function open(width, height) {
        const component = Qt.createComponent("qrc:/qt/qml/Stadtlabor/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { width: width, height: height, virtualKeyboard: true })
        window.show()
        waitForRendering(window.contentItem)
    }

    // Taps the field as a visitor would (scrolled to it first, if it is out of view) and checks
    // what the keyboard leaves in view once it has arrived.
    function typeInto(fieldName, buttonName) {
        tryCompare(lookup("pageStack"), "busy", false)
        tryVerify(() => { const i = lookup(fieldName); return i && i.visible && settled(i) }, 3000, fieldName)
        const field = lookup(fieldName)
        for (let p = field.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.flickableDirection !== undefined) {
                const y = field.mapToItem(p.contentItem, 0, 0).y
                if (y < p.contentY || y + field.height > p.contentY + p.height)
                    p.contentY = Math.max(0, Math.min(y - 20, p.contentHeight - p.height))
                break
            }
        }
        tryVerify(() => settled(field), 3000, fieldName + " never settled")
        mouseClick(field)
        tryVerify(() => field.activeFocus, 3000, fieldName + " did not get the focus")
        const loader = lookup("keyboardLoader")
        tryVerify(() => Qt.inputMethod.visible && loader.item && loader.item.active, 5000, "no keyboard for " + fieldName)
        const panel = loader.item
        tryVerify(() => Math.abs(loader.y - (loader.parent.height - panel.height)) < 0.5, 5000,
                  "the keyboard did not arrive at the lower edge")
        const keyboardTop = sceneRect(panel).y
        const button = lookup(buttonName)
        tryVerify(() => settled(field) && settled(button) && whollyShown(field, keyboardTop) && whollyShown(button, keyboardTop),
                  3000, "keyboard from y " + Math.round(keyboardTop) + " covers: " + describe(field) + "; " + describe(button))
        return { field: field, panel: panel, keyboardTop: keyboardTop }
    }

    function test_fieldsStayInView_data() {
        return [
            { tag: "1920x1080", width: 1920, height: 1080, language: "de" },
            { tag: "1080x1920", width: 1080, height: 1920, language: "de" },
            { tag: "1366x768", width: 1366, height: 768, language: "de" },
            // English texts wrap differently: the smallest screen again.
            { tag: "1366x768 en", width: 1366, height: 768, language: "en" },
        ]
    }

    function test_fieldsStayInView(data) {
        open(data.width, data.height)
        Localization.language = data.language

        // The Bochum-Fonds, each step with its text fields; the steps are filled in by the
        // controller, as a visitor's taps would.
        window.openFonds()
        Fonds.start()
        tryCompare(Fonds, "step", Fonds.Idea)
        let shown = typeInto("ideaTitle_input", "stepNext")
        // A sensible keyboard: at most 40 % of the window, centred, and our own row of keys.
        verify(shown.panel.height <= data.height * 0.4 + 1, "keyboard " + shown.panel.height + " px high")
        // ... with keys still large enough to hit: each of its four rows a touch target high.
        const keys = shown.panel.inputPanel
        verify(keys.height / 4 >= Theme.touchTargetMin, "keyboard only " + keys.height + " px high")
        compare(Math.round(keys.x + keys.width / 2), Math.round(shown.panel.width / 2))
        typeInto("ideaDescription_area", "stepNext")

        Fonds.title = "Bank am Teich"
        Fonds.description = "Eine Bank aus Holz"
        Fonds.area.chooseDistrict("ost")
        Fonds.area.chooseArea("laer")
        Fonds.categoryId = "umwelt"
        Fonds.plannedYear = new Date().getFullYear() + 1
        Fonds.plannedMonth = 5
        Fonds.next()
        tryCompare(Fonds, "step", Fonds.Money)
        // Amounts that show the whole check, a warning included.
        Fonds.totalCostText = "3000"
        Fonds.ownMoneyText = "200"
        Fonds.workHoursText = "10"
        for (const name of ["totalCost", "ownMoney", "workHours", "inKind"]) {
            shown = typeInto(name + "_input", "stepNext")
            // The check these amounts feed is in view, all of it, its warning included.
            const check = lookup("moneyCheck")
            verify(lookup("shareWarning").visible)
            tryVerify(() => settled(check) && whollyShown(check, shown.keyboardTop), 3000,
                      name + ": the money check is out of view: " + describe(check)
                      + ", keyboard from " + Math.round(shown.keyboardTop))
        }

        Fonds.ownMoneyText = "700"
        Fonds.next()
        tryCompare(Fonds, "step", Fonds.Who)
        Fonds.applicant = "association"
        typeInto("organisation_input", "stepNext")
        Fonds.organisation = "Teichfreunde e.V."
        Fonds.declaresOfAgeAndCapable = true
        Fonds.declaresNotPublicOrParty = true
        Fonds.declaresCommonGood = true
        Fonds.next()
        tryCompare(Fonds, "step", Fonds.Contact)
        for (const name of ["contactName", "contactEmail", "contactPhone"])
            typeInto(name + "_input", "stepNext")

        // The StadtRaumMonitor's two free texts on a theme.
        window.goHome()
        tryCompare(lookup("pageStack"), "depth", 1)
        window.openMonitor()
        Monitor.chooseDistrict("mitte")
        Monitor.chooseArea("grumme")
        Monitor.skipAboutYou()
        tryCompare(Monitor, "step", Monitor.Rating)
        typeInto("goodText_area", "stepNext")
        typeInto("betterText_area", "stepNext")

        // The street survey's setup.
        window.openStaff()
        typeInto("staffInterviewer_input", "staffBegin")
        typeInto("staffGroup_input", "staffBegin")
    }
}
