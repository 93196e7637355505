// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Stadtlabor

// On a touch-only terminal the on-screen keyboard appears for a text field and never covers
// the field being typed into; a setting keeps it away on laptops.
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

    function cleanup() {
        if (window)
            window.destroy()
        window = null
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
}
