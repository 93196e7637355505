// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.VirtualKeyboard.Settings
import QtTest
import Stadtlabor

// On a touch-only terminal the on-screen keyboard appears for a text field and never covers
// the field being typed into; a setting keeps it away on laptops. A key hides it, and each
// field gets its layout: "@" and ".de" for e-mail, the digit pad for amounts, the visitor's
// language for free text. The keys are the real keyboard's, found in its item tree.
TestCase {
    name: "VirtualKeyboard"
    when: windowShown

    property var window: null

    function openMain(keyboard) {
        const component = Qt.createComponent("qrc:/qt/qml/Stadtlabor/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { width: 1080, height: 1920, virtualKeyboard: keyboard })
        window.show()
        waitForRendering(window.contentItem)
    }

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
    }

    function lookup(name) { return findChild(window.contentItem, name) || findChild(window.header, name) }

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
        tryCompare(lookup("pageStack"), "busy", false)
        tryVerify(() => { const i = lookup(name); return i && i.visible }, 3000, name)
        tryVerify(() => settled(lookup(name)), 3000, name + " never settled")
        mouseClick(lookup(name))
    }

    function test_keyboardShowsAndDoesNotCoverTheField() {
        openMain(true)
        tap("tile_fonds")
        tap("fondsStart")
        tryCompare(Fonds, "step", Fonds.Idea)
        const loader = lookup("keyboardLoader")
        verify(loader)
        tap("ideaDescription_area")
        tryVerify(() => Qt.inputMethod.visible, 5000, "the keyboard did not appear")
        tryVerify(() => loader && loader.item && loader.item.active, 5000, "no input panel")
        const panel = loader.item
        // The panel slides in (its final place: its height above the window's lower edge) and
        // the page scrolls the field into view.
        const field = lookup("ideaDescription_area")
        const fieldBottom = () => field.mapToItem(null, 0, field.height).y
        const panelTop = () => panel.mapToItem(null, 0, 0).y
        tryVerify(() => Math.abs(loader.y - (loader.parent.height - panel.height)) < 0.5, 5000,
                  "the panel did not arrive at the lower edge")
        tryVerify(() => settled(field) && fieldBottom() <= panelTop(), 5000,
                  "field ends at " + fieldBottom() + ", keyboard starts at " + panelTop())
    }

    function test_settingOffKeepsItAway() {
        openMain(false)
        tap("tile_fonds")
        tap("fondsStart")
        tap("ideaTitle_input")
        // What would load the keyboard has happened (the field has the focus), and everything
        // queued after it has been handled: still no keyboard.
        tryVerify(() => lookup("ideaTitle_input").activeFocus, 3000, "the field did not get the focus")
        let drained = false
        Qt.callLater(() => { drained = true })
        tryVerify(() => drained, 5000, "queued events were not handled")
        const loader = lookup("keyboardLoader")
        verify(loader)
        verify(!loader.active, "the keyboard was switched on although the setting is off")
        verify(!loader.item, "the keyboard was loaded although it is switched off")
    }

    // The keys of the layout the keyboard shows now: their texts and what a long press offers.
    function layoutKeys(panel) {
        const out = []
        const walk = (item) => {
            for (let i = 0; i < item.children.length; ++i) {
                const c = item.children[i]
                if (c.visible && c.key !== undefined && c.displayText !== undefined && c.alternativeKeys !== undefined)
                    out.push(c)
                walk(c)
            }
        }
        const layout = panel.inputPanel.keyboard.keyboardLayoutLoader.item
        if (layout)
            walk(layout)
        return out
    }
    function keyTexts(panel) { return layoutKeys(panel).map((k) => k.text) }
    function findKey(panel, text) {
        const key = layoutKeys(panel).find((k) => k.text === text)
        verify(key, "no key " + text + " in " + keyTexts(panel).join(" "))
        return key
    }

    // Taps a field and waits for the keyboard to have the field's layout in place.
    function keyboardFor(name, layoutType) {
        tap(name)
        const loader = lookup("keyboardLoader")
        tryVerify(() => Qt.inputMethod.visible && loader.item && loader.item.active, 5000, "no keyboard for " + name)
        const panel = loader.item
        tryCompare(panel.inputPanel.keyboard, "layoutType", layoutType)
        tryVerify(() => layoutKeys(panel).length > 0, 5000, "the layout has no keys")
        return panel
    }

    function toStep(step) {
        window.openFonds()
        Fonds.start()
        if (step === Fonds.Idea)
            return
        Fonds.title = "Bank am Teich"
        Fonds.description = "Eine Bank aus Holz"
        Fonds.area.chooseDistrict("ost")
        Fonds.area.chooseArea("laer")
        Fonds.categoryId = "umwelt"
        Fonds.plannedYear = new Date().getFullYear() + 1
        Fonds.plannedMonth = 5
        Fonds.next()
        tryCompare(Fonds, "step", Fonds.Money)
        if (step === Fonds.Money)
            return
        Fonds.totalCostText = "3000"
        Fonds.ownMoneyText = "700"
        Fonds.next()
        Fonds.applicant = "person"
        Fonds.declaresOfAgeAndCapable = true
        Fonds.declaresNotPublicOrParty = true
        Fonds.declaresCommonGood = true
        Fonds.next()
        tryCompare(Fonds, "step", Fonds.Contact)
    }

    function test_hideKeyHidesItAndATapBringsItBack() {
        openMain(true)
        toStep(Fonds.Idea)
        const panel = keyboardFor("ideaTitle_input", "main")
        const loader = lookup("keyboardLoader")
        const stack = lookup("pageStack")
        tryVerify(() => stack.height < window.contentItem.height - panel.height + 1, 3000, "the page did not make room")
        const hide = lookup("hideKeyboard")
        verify(hide.visible)
        verify(hide.height >= Theme.touchTargetMin && hide.width >= Theme.touchTargetMin)
        verify(hide.text.length > 0)
        mouseClick(hide)
        tryVerify(() => !Qt.inputMethod.visible && !panel.active, 3000, "the keyboard stayed")
        tryCompare(loader, "y", loader.parent.height) // below the window's edge
        tryCompare(stack, "height", window.contentItem.height) // the page has its room back
        verify(lookup("ideaTitle_input").activeFocus, "hiding the keyboard took the focus from the field")
        // Tapping the field again brings the keyboard back.
        mouseClick(lookup("ideaTitle_input"))
        tryVerify(() => Qt.inputMethod.visible && panel.active, 3000, "the keyboard did not come back")
        tryVerify(() => Math.abs(loader.y - (loader.parent.height - panel.height)) < 0.5, 5000)
    }

    // The e-mail field: letters, and "@" and ".de" one tap away, typing into the field.
    function test_emailLayoutHasAtAndDe() {
        openMain(true)
        toStep(Fonds.Contact)
        const panel = keyboardFor("contactEmail_input", "main")
        verify(lookup("contactEmail_input").inputMethodHints & Qt.ImhEmailCharactersOnly)
        const letters = keyTexts(panel)
        for (const c of ["e", "x", "."])
            verify(letters.indexOf(c) >= 0, "no key " + c + " in " + letters.join(" "))
        const at = lookup("trayKey_@")
        const de = lookup("trayKey_.de")
        verify(at && at.visible && de && de.visible, "no \"@\" or \".de\" key for the e-mail field")
        mouseClick(findKey(panel, "e"))
        mouseClick(at)
        mouseClick(findKey(panel, "x"))
        mouseClick(de)
        tryCompare(Fonds, "email", "e@x.de")
        verify(lookup("contactEmail_input").activeFocus, "a key took the focus from the field")
        verify(Qt.inputMethod.visible)

        // Not offered where they do not belong.
        keyboardFor("contactName_input", "main")
        verify(!at.visible, "the e-mail keys are shown for the name")
        // The phone: the dial pad, with "+" for a country code.
        const phone = keyboardFor("contactPhone_input", "dialpad")
        const dial = layoutKeys(phone)
        for (const d of "0123456789")
            verify(dial.some((k) => k.text === d), "no digit " + d)
        verify(dial.some((k) => k.text === "+" || k.alternativeKeys.indexOf("+") >= 0), "no \"+\"")
    }

    // Amounts and hours: the digit pad with the language's decimal sign, not the calculator
    // layout, and the live check still in view.
    function test_amountsGetDigits_data() {
        return [ { tag: "de", language: "de", typed: "12,5" }, { tag: "en", language: "en", typed: "12.5" } ]
    }
    function test_amountsGetDigits(data) {
        openMain(true)
        Localization.language = data.language
        toStep(Fonds.Money)
        for (const name of ["totalCost", "ownMoney", "workHours", "inKind"]) {
            const hints = lookup(name + "_input").inputMethodHints
            verify(hints & Qt.ImhDigitsOnly, name + " has no digit hint")
            verify(!(hints & Qt.ImhFormattedNumbersOnly), name + " asks for the calculator layout")
        }
        const panel = keyboardFor("totalCost_input", "digits")
        const texts = keyTexts(panel)
        for (const d of "0123456789")
            verify(texts.indexOf(d) >= 0, "no digit " + d + " in " + texts.join(" "))
        for (const op of ["\u00f7", "\u00d7", "(", "\u221a", "%"])
            verify(texts.indexOf(op) < 0, "calculator key " + op + " in " + texts.join(" "))
        const decimal = Qt.locale(data.language).decimalPoint
        verify(texts.indexOf(decimal) >= 0, "no decimal sign " + decimal + " in " + texts.join(" "))
        for (const c of data.typed)
            mouseClick(findKey(panel, c))
        tryCompare(Fonds, "totalCostText", data.typed)
        tryVerify(() => Fonds.check.hasTotal === true, 3000, "the check did not read " + data.typed)
        verify(lookup("requestedFigure").visible)
    }

    // Free text in the visitor's language: German with umlauts, English without.
    function test_freeTextFollowsTheLanguage() {
        openMain(true)
        // Both layouts come with qml6-module-qtquick-virtualkeyboard (scripts/install-deps.sh).
        for (const locale of ["de_DE", "en_GB"])
            verify(VirtualKeyboardSettings.availableLocales.indexOf(locale) >= 0, "no keyboard layout " + locale)
        toStep(Fonds.Idea)
        let panel = keyboardFor("ideaDescription_area", "main")
        tryCompare(panel.inputPanel.keyboard, "locale", "de_DE")
        let texts = keyTexts(panel)
        for (const c of ["\u00fc", "\u00f6", "\u00e4"])
            verify(texts.indexOf(c) >= 0, "no key " + c + " in " + texts.join(" "))
        verify(texts.indexOf("z") < texts.indexOf("u"), "not a German (QWERTZ) layout: " + texts.join(" "))

        Localization.language = "en" // keeps what was typed, and the field
        tryCompare(panel.inputPanel.keyboard, "locale", "en_GB")
        tryVerify(() => keyTexts(panel).indexOf("\u00fc") < 0, 3000, "still the German layout")
        texts = keyTexts(panel)
        verify(texts.indexOf("y") >= 0 && texts.indexOf("y") < texts.indexOf("u"), "not an English layout: " + texts.join(" "))
        Localization.language = "de"
    }
}
