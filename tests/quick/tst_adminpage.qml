// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Stadtlabor
import StadtlaborTest

// The admin page's PIN gate, tapped on its keypad: first use sets a PIN, wrong PINs wait,
// leaving locks. Each PIN check takes about a second (PBKDF2 on a worker thread).
TestCase {
    id: testCase
    name: "AdminPage"
    when: windowShown

    property var window: null

    function openMain(page) {
        const component = Qt.createComponent("qrc:/qt/qml/Stadtlabor/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { initialPage: page, width: 1920, height: 1080 })
        verify(window)
        window.show()
        waitForRendering(window.contentItem)
        return window
    }

    function init() {
        verify(TestDb.exec("DELETE FROM settings WHERE key LIKE 'admin_pin%'"))
        Admin.lock()
        Admin.reload()
        compare(Admin.pinIsSet, false)
    }

    function cleanup() {
        // A terminal in use has its PIN again: the next tests collect.
        verify(TestKiosk.ensurePin())
        if (window)
            window.destroy()
        window = null
        Admin.lock()
        Localization.language = "de"
    }

    function stack() { return findChild(window.contentItem, "pageStack") }
    function find(name) { return findChild(window.contentItem, name) || findChild(window.header, name) }

    function type(pin) {
        for (const d of pin)
            mouseClick(find("pinKey_" + d))
    }
    function confirm() {
        const ok = find("pinKey_ok")
        verify(ok.enabled)
        mouseClick(ok)
    }
    function setPinDirectly(pin) {
        Admin.setPin(pin, pin)
        tryCompare(Admin, "busy", false, 10000)
        verify(Admin.pinIsSet)
        Admin.lock()
    }

    function test_firstUseSetsThePinTwice() {
        openMain("admin")
        compare(find("gateHeading").text, "Admin-PIN festlegen")
        verify(!find("adminContent").visible)
        // The keys are large, and OK waits for the minimum number of digits.
        verify(find("pinKey_5").width >= 100)
        type("135")
        verify(!find("pinKey_ok").enabled)
        type("7")
        confirm()
        compare(find("gateHeading").text, "Neue PIN wiederholen")
        type("1357")
        confirm()
        verify(Admin.busy) // derived on a worker thread; the screen keeps going meanwhile
        tryCompare(Admin, "unlocked", true, 10000)
        verify(Admin.pinIsSet)
        verify(find("adminContent").visible)
        verify(TestDb.rows("SELECT value FROM settings WHERE key = 'admin_pin'")[0][0].startsWith("pbkdf2-sha256$600000$"))
    }

    function test_differentRepeatStartsOver() {
        openMain("admin")
        type("1234")
        confirm()
        type("4321")
        confirm()
        verify(!Admin.busy)
        verify(!Admin.unlocked)
        verify(!Admin.pinIsSet)
        compare(find("gateHeading").text, "Admin-PIN festlegen")
        verify(find("gateMessage").text.length > 0)
    }

    function test_wrongPinWaitsThenTheRightOneUnlocks() {
        setPinDirectly("2468")
        openMain("admin")
        compare(find("gateHeading").text, "Admin-PIN eingeben")
        type("1111")
        confirm()
        tryCompare(Admin, "busy", false, 10000)
        verify(!Admin.unlocked)
        compare(Admin.waitSeconds, 1)
        // The wait is shown and the keypad is closed until it is over.
        verify(find("gateMessage").text.indexOf("1 Sekunde") >= 0, find("gateMessage").text)
        verify(!find("pinKey_2").enabled)
        tryCompare(Admin, "waitSeconds", 0, 3000)
        verify(find("pinKey_2").enabled)
        type("2468")
        confirm()
        tryCompare(Admin, "unlocked", true, 10000)
        compare(TestDb.rows("SELECT value FROM settings WHERE key = 'admin_pin_failures'")[0][0], "0")
    }

    function test_eraseAndLock() {
        setPinDirectly("9876")
        openMain("admin")
        type("98760")
        mouseClick(find("pinKey_erase"))
        confirm()
        tryCompare(Admin, "unlocked", true, 10000)
        mouseClick(find("lock"))
        verify(!Admin.unlocked)
        verify(find("pinGate").visible)
    }

    function test_leavingThePageLocks() {
        setPinDirectly("5555")
        openMain("admin")
        type("5555")
        confirm()
        tryCompare(Admin, "unlocked", true, 10000)
        // Without a sync service the sync section says so and offers nothing to do.
        compare(Sync.state, "not_enrolled")
        verify(!find("syncNow").enabled)
        verify(!find("enrol").enabled)
        mouseClick(find("homeButton"))
        tryCompare(stack(), "busy", false)
        compare(stack().depth, 1)
        verify(!Admin.unlocked)
    }

    function test_hiddenCornerOpensTheAdminPage() {
        openMain("home")
        const corner = find("adminCorner")
        verify(corner)
        compare(corner.width, 120)
        // A short tap does nothing, and three seconds of pressing open the PIN gate, also
        // where the corner reaches below the bar into the page. Decided by measuring, not by
        // sleeping: the page must open no sooner than 2.85 s (a coarse timer fires at most 5 %
        // early) after the press that is held. Right after the short tap, so a timer the tap
        // had left running would open it too soon.
        verify(corner.height > window.header.height)
        const opened = []
        const stamp = () => opened.push(Date.now())
        stack().depthChanged.connect(stamp)
        mouseClick(corner, 60, 60)
        compare(stack().depth, 1)
        verify(!corner.pressed)
        const pressedAt = Date.now()
        mousePress(corner, 110, 115)
        tryCompare(stack(), "depth", 2, 6000)
        stack().depthChanged.disconnect(stamp)
        compare(opened.length, 1)
        verify(opened[0] - pressedAt >= 2850, "opened " + (opened[0] - pressedAt) + " ms after the press")
        mouseRelease(corner, 110, 115)
        tryCompare(stack(), "busy", false)
        compare(stack().currentItem.objectName, "adminPage")
        verify(find("pinGate").visible)
        // Elsewhere than on the start screen the corner is not there.
        verify(!corner.enabled)
    }

    function test_visitorIndicatorIsHiddenWhenNotEnrolled() {
        openMain("home")
        compare(Sync.visitorState, "hidden")
        verify(!find("syncIndicator").visible)
    }
}
