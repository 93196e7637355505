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

    function tap(name) {
        tryCompare(lookup("pageStack"), "busy", false)
        tryVerify(() => { const i = lookup(name); return i && i.visible }, 3000, name)
        wait(40)
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
        wait(500) // the panel slides in; the page scrolls the field into view
        const field = lookup("ideaDescription_area")
        const fieldBottom = field.mapToItem(null, 0, field.height).y
        const panelTop = panel.mapToItem(null, 0, 0).y
        verify(fieldBottom <= panelTop, "field ends at " + fieldBottom + ", keyboard starts at " + panelTop)
    }

    function test_settingOffKeepsItAway() {
        openMain(false)
        tap("tile_fonds")
        tap("fondsStart")
        tap("ideaTitle_input")
        wait(300)
        const loader = lookup("keyboardLoader")
        verify(loader)
        verify(!loader.item, "the keyboard was loaded although it is switched off")
    }
}
