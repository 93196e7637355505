// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Stadtlabor

// The admin's Kiosk and Device sections, typed and tapped: a bad value shows its reason at
// once and cannot be saved; a good one is stored; the last module cannot be switched off; the
// languages keep their default on offer.
TestCase {
    id: testCase
    name: "AdminSettings"
    when: windowShown
    width: 1400
    height: 1000

    Component { id: kioskSection; AdminKioskSection { width: 1400 } }
    Component { id: deviceSection; AdminDeviceSection { width: 1400 } }

    function tap(section, item) {
        verify(item)
        section.y = 0
        section.y = Math.min(0, height / 2 - item.mapToItem(section, 0, 0).y)
        waitForRendering(section)
        mouseClick(item)
    }

    function typeInto(section, name, text) {
        const field = findChild(section, name + "_field_input")
        verify(field, name)
        tap(section, field)
        field.selectAll()
        keyClick(Qt.Key_Delete)
        for (const c of text)
            keyClick(c)
        return field
    }

    function cleanup() {
        for (const [key, value] of [["idle_seconds", "90"], ["opening_hours", ""], ["module_projects", "on"],
                                    ["module_monitor", "on"], ["module_fonds", "on"], ["languages", "de,en"],
                                    ["default_language", "de"], ["default_area", ""]])
            verify(Settings.set(key, value), key + ": " + Settings.lastError)
    }

    function test_idleTimeCheckedAsTyped() {
        const section = createTemporaryObject(kioskSection, testCase.parent)
        waitForRendering(section)
        const row = findChild(section, "idleSeconds")
        typeInto(section, "idleSeconds", "5")
        compare(row.typed, "5")
        verify(row.problem.indexOf("20") >= 0, row.problem)
        const save = findChild(section, "idleSeconds_save")
        verify(save.visible)
        verify(!save.enabled)
        compare(Settings.idleSeconds, 90) // nothing stored

        typeInto(section, "idleSeconds", "120")
        compare(row.problem, "")
        verify(save.enabled)
        tap(section, save)
        compare(Settings.idleSeconds, 120)
        tryVerify(() => findChild(section, "idleSeconds_saved").visible)
    }

    function test_openingHoursReasonNamesTheMistake() {
        const section = createTemporaryObject(kioskSection, testCase.parent)
        waitForRendering(section)
        const row = findChild(section, "openingHours")
        typeInto(section, "openingHours", "Mo-Fr 9-18")
        verify(row.problem.indexOf("9-18") >= 0, row.problem)
        typeInto(section, "openingHours", "Mo-Fr 09:00-18:00")
        compare(row.problem, "")
        tap(section, findChild(section, "openingHours_save"))
        compare(Settings.openingHours, "Mo-Fr 09:00-18:00")
    }

    function test_lastModuleStaysOn() {
        const section = createTemporaryObject(kioskSection, testCase.parent)
        waitForRendering(section)
        tap(section, findChild(section, "moduleProjects_off"))
        tap(section, findChild(section, "moduleMonitor_off"))
        verify(!Settings.projectsOn && !Settings.monitorOn)
        tap(section, findChild(section, "moduleFonds_off"))
        verify(Settings.fondsOn)
        verify(findChild(section, "moduleFonds").refused !== "")
    }

    function test_languagesKeepTheirDefault() {
        const section = createTemporaryObject(kioskSection, testCase.parent)
        waitForRendering(section)
        tap(section, findChild(section, "offer_de")) // German is the default: refused
        compare(Settings.languages, ["de", "en"])
        verify(findChild(section, "languageMessage").visible)
        tap(section, findChild(section, "defaultLanguage_en"))
        compare(Settings.defaultLanguage, "en")
        tap(section, findChild(section, "offer_de"))
        compare(Settings.languages, ["en"])
    }

    function test_defaultAreaByTouch() {
        const section = createTemporaryObject(deviceSection, testCase.parent)
        waitForRendering(section)
        tap(section, findChild(section, "defaultArea_ost"))
        compare(Settings.values["default_area"], "ost")
        tap(section, findChild(section, "defaultArea_none"))
        compare(Settings.values["default_area"], "")
    }
}
