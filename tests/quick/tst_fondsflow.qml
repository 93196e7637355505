// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Stadtlabor
import StadtlaborTest

// A visitor hands in a Bochum-Fonds idea by taps and typing on the keyboard, sees the receipt,
// and the database file holds the idea with sealed contact data and none of the personal text.
TestCase {
    name: "FondsFlow"
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
        Fonds.reset()
        Localization.language = "de"
    }

    function lookup(name) {
        return findChild(window.contentItem, name) || findChild(window.header, name) || findChild(window.overlay, name)
    }

    // Scrolls the enclosing Flickable, as a visitor would, until the item is in view.
    function scrollIntoView(item) {
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY === undefined || p.contentItem === undefined || p.flickableDirection === undefined)
                continue
            const y = item.mapToItem(p.contentItem, 0, 0).y
            if (y < p.contentY || y + item.height > p.contentY + p.height)
                p.contentY = Math.max(0, Math.min(y - 20, p.contentHeight - p.height))
            return
        }
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

    function tap(name) {
        tryCompare(findChild(window.contentItem, "pageStack"), "busy", false)
        tryVerify(() => { const i = lookup(name); return i && i.visible }, 3000, name + " never became visible")
        const item = lookup(name)
        // Twice: content that just appeared may grow the page only after the next layout.
        // waitForRendering would wait out its timeout on a page that does not change.
        for (let i = 0; i < 2; ++i) {
            tryVerify(() => settled(item), 3000, name + " never settled")
            scrollIntoView(item)
        }
        tryVerify(() => settled(item), 3000, name + " never settled")
        mouseClick(item)
        return item
    }

    // Taps into a field and types, as on a keyboard.
    function type(name, text) {
        const field = tap(name)
        for (const c of text)
            keyClick(c)
        return field
    }

    function test_handInAnIdeaByTouch() {
        const before = TestDb.rows("SELECT count(*) FROM fonds_ideas")[0][0]
        openMain()
        verify(Fonds.available)
        tap("tile_fonds")
        tap("fondsStart")
        tryCompare(Fonds, "step", Fonds.Idea)

        // Next with nothing filled in: stays, and says what is missing.
        tap("stepNext")
        compare(Fonds.step, Fonds.Idea)
        verify(Fonds.errors.title !== "")

        type("ideaTitle_input", "Bank am Teich")
        tryCompare(Fonds, "title", "Bank am Teich")
        type("ideaDescription_area", "Eine Bank aus Holz")
        tryCompare(Fonds, "description", "Eine Bank aus Holz")
        tap("fondsArea_ost")
        tap("fondsArea_laer")
        compare(Fonds.area.areaId, "laer")
        tap("category_umwelt")
        tap("year_" + (new Date().getFullYear() + 1))
        compare(Fonds.plannedYear, new Date().getFullYear() + 1)
        tap("month_5")
        compare(Fonds.plannedMonth, 5)
        tap("stepNext")
        tryVerify(() => Fonds.step === Fonds.Money, 3000, JSON.stringify(Fonds.errors))

        type("totalCost_input", "3000")
        type("ownMoney_input", "200")
        type("workHours_input", "10")
        tryCompare(Fonds.check, "requested", Fonds.check.requested) // settled
        verify(Fonds.check.belowMinimum) // 350 of 3000 is under 20 %
        verify(lookup("shareWarning").visible)
        type("inKind_input", "300")
        tryVerify(() => !Fonds.check.belowMinimum) // 650 of 3000 is 21.7 %
        verify(Fonds.check.small)
        tap("stepNext")
        tryCompare(Fonds, "step", Fonds.Who)

        tap("applicant_association")
        type("organisation_input", "Teichfreunde e.V.")
        tap("stepNext")
        compare(Fonds.step, Fonds.Who) // declarations missing
        verify(Fonds.errors.declarations !== undefined)
        tap("declareAge")
        tap("declarePublic")
        tap("declareCommonGood")
        tap("stepNext")
        tryCompare(Fonds, "step", Fonds.Contact)

        type("contactName_input", "Xaverine Quappenberg")
        type("contactEmail_input", "xaverine@example.org")
        tap("stepNext")
        compare(Fonds.step, Fonds.Contact) // no consent yet
        tap("consent")
        tap("stepNext")
        tryCompare(Fonds, "step", Fonds.Review)

        tap("stepNext") // "Hand in idea"
        tryCompare(Fonds, "step", Fonds.Receipt)
        const code = Fonds.receiptCode
        verify(/^BF-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{3}$/.test(code), code)
        compare(lookup("receiptCode").text, code)
        verify(lookup("receiptQr").valid)
        compare(Fonds.name, "") // nothing of the visitor left in the form
        compare(Fonds.title, "")

        const rows = TestDb.rows("SELECT uuid, title, area_id, category_id, total_cost_cents, requested_cents, applicant,"
                                 + " small_application, needs_advice, receipt_code FROM fonds_ideas ORDER BY created_at DESC")
        compare(rows.length, before + 1)
        const idea = rows[0]
        compare(idea[1], "Bank am Teich")
        compare(idea[2], "laer")
        compare(idea[3], "umwelt")
        compare(idea[4], 300000)
        compare(idea[5], 235000)
        compare(idea[6], "association")
        compare(idea[7], 1)
        compare(idea[8], 0)
        compare(idea[9], code)
        const outbox = TestDb.rows("SELECT kind, state FROM outbox WHERE uuid = '" + idea[0] + "'")
        compare(outbox.length, 1)
        compare(outbox[0][0], "fonds_idea")

        // Only the hub's secret key opens the contact data; the file itself holds none of it.
        const contact = JSON.parse(TestDb.openContact(idea[0]))
        compare(contact.name, "Xaverine Quappenberg")
        compare(contact.email, "xaverine@example.org")
        compare(contact.organisation, "Teichfreunde e.V.")
        for (const secret of ["Xaverine", "Quappenberg", "xaverine@example.org", "Teichfreunde"])
            verify(!TestDb.filesContain(secret), secret + " found in the database file")

        tap("fondsFinish")
        tryCompare(findChild(window.contentItem, "pageStack"), "depth", 1)
        tryCompare(Fonds, "step", Fonds.Intro)
        compare(Fonds.receiptCode, "")
    }

    function test_leavingTheFormForgetsIt() {
        openMain()
        tap("tile_fonds")
        tap("fondsStart")
        type("ideaTitle_input", "Geheim")
        tap("homeButton")
        tap("discardConfirm") // "Discard your answers?" (tst_discard.qml tests the question)
        tryCompare(findChild(window.contentItem, "pageStack"), "depth", 1)
        tryCompare(Fonds, "title", "")
        compare(Fonds.step, Fonds.Intro)
    }
}
