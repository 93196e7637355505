// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Stadtlabor
import StadtlaborTest

// A setting changed on the admin page acts in the running kiosk without a restart: a shorter
// idle time brings "Are you still there?" after that time, with the timeouts of a real kiosk.
TestCase {
    id: testCase
    name: "LiveSettings"
    when: windowShown
    width: 1400
    height: 1000

    Component { id: kioskSection; AdminKioskSection { width: 1400 } }

    function typeInto(section, name, text) {
        const field = findChild(section, name + "_field_input")
        verify(field, name)
        section.y = Math.min(0, height / 2 - field.mapToItem(section, 0, 0).y)
        waitForRendering(section)
        mouseClick(field)
        field.selectAll()
        keyClick(Qt.Key_Delete)
        for (const c of text)
            keyClick(c)
    }

    function init() {
        TestKiosk.useSettingsTimeouts(true)
    }

    function cleanup() {
        verify(Settings.set("idle_seconds", "90"))
        verify(Settings.set("warning_seconds", "20"))
        TestKiosk.stopKiosk()
        compare(Session.idleSeconds, 0)
    }

    function test_idleTimeActsAtOnce() {
        compare(Session.idleSeconds, 90)
        const section = createTemporaryObject(kioskSection, testCase.parent)
        waitForRendering(section)
        typeInto(section, "idleSeconds", "20")
        const save = findChild(section, "idleSeconds_save")
        verify(save.enabled)
        section.y = Math.min(0, height / 2 - save.mapToItem(section, 0, 0).y)
        waitForRendering(section)
        mouseClick(save)
        compare(Settings.idleSeconds, 20)
        compare(Session.idleSeconds, 20)
        compare(Session.state, "active")
        // No touch from here on: after the new 20 seconds (not the old 90) the kiosk asks.
        tryCompare(Session, "state", "warning", 40000)
        // A key during the countdown keeps the visit.
        keyClick(Qt.Key_Shift)
        tryCompare(Session, "state", "active")
    }
}
