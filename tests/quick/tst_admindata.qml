// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Stadtlabor

// The admin's Data and About sections, tapped: counts, an export into the folder picked, a
// purge that asks first and refuses a bad number of days, versions and log lines.
TestCase {
    id: testCase
    name: "AdminData"
    when: windowShown
    width: 1400
    height: 1000

    Component { id: dataSection; AdminDataSection { width: 1400 } }
    Component { id: aboutSection; AdminAboutSection { width: 1400 } }

    // Sections go on the window's root item: a TestCase itself is invisible.
    // The section is taller than the window: move it so that `item` is on screen, then tap.
    function tap(section, item) {
        verify(item)
        section.y = 0
        section.y = Math.min(0, height / 2 - item.mapToItem(section, 0, 0).y)
        waitForRendering(section)
        mouseClick(item)
    }

    function cleanup() {
        Data.clearMessage()
        Localization.language = "de"
    }

    function test_countsAndExport() {
        const section = createTemporaryObject(dataSection, testCase.parent)
        verify(section)
        waitForRendering(section)
        compare(findChild(section, "countMonitor_value").text, String(Data.monitorResponses))
        compare(findChild(section, "countPending_value").text, String(Data.pending))
        verify(Data.exportFolders.length >= 1)

        const folder = findChild(section, "exportFolder_0")
        verify(folder)
        verify(folder.height >= Theme.touchTargetMin)
        tap(section, folder)
        compare(section.chosenFolder, Data.exportFolders[0].path)
        tap(section, findChild(section, "exportNow"))
        tryVerify(() => !Data.exporting, 30000)
        verify(Data.lastOk, Data.message)
        const message = findChild(section, "exportMessage")
        verify(message.visible)
        verify(message.text.indexOf(Data.lastExportFolder) >= 0, message.text)
    }

    function test_purgeAsksAndRefusesBadDays() {
        const section = createTemporaryObject(dataSection, testCase.parent)
        waitForRendering(section)
        const purge = findChild(section, "purge")
        section.daysText = "abc"
        verify(!purge.enabled)
        compare(findChild(section, "purgeDays").error !== "", true)

        section.daysText = "30"
        verify(purge.enabled)
        tap(section, purge)
        verify(section.confirmingPurge)
        verify(findChild(section, "purgeQuestion").visible)
        tap(section, findChild(section, "purgeCancel"))
        verify(!section.confirmingPurge)
        compare(Data.message, "")

        tap(section, purge)
        tap(section, findChild(section, "purgeConfirm"))
        verify(Data.lastOk, Data.message)
        verify(findChild(section, "purgeMessage").visible)
    }

    function test_aboutShowsVersionsAndLog() {
        const section = createTemporaryObject(aboutSection, testCase.parent)
        waitForRendering(section)
        compare(findChild(section, "appVersion_value").text, Data.appVersion)
        verify(findChild(section, "databasePath_value").text !== "")
        verify(Data.sqliteVersion.indexOf("3.") === 0)
        verify(findChild(section, "databaseSize_value").text !== "")
    }
}
