// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Stadtlabor

// The whole frame, as a visitor walks through it: tiles, cards, back, home and language.
TestCase {
    id: testCase
    name: "Navigation"
    when: windowShown

    property var window: null

    function openMain(page, argument) {
        const component = Qt.createComponent("qrc:/qt/qml/Stadtlabor/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { initialPage: page, initialArgument: argument,
                                                width: 1920, height: 1080 })
        verify(window)
        window.show()
        waitForRendering(window.contentItem)
        return window
    }

    function cleanup() {
        if (window)
            window.destroy()
        window = null
        Localization.language = "de"
    }

    function stack() { return findChild(window.contentItem, "pageStack") }
    function find(name) { return findChild(window.contentItem, name) || findChild(window.header, name) }

    function test_walkFromHomeToAProjectAndBack() {
        openMain("home", "")
        compare(stack().depth, 1)
        verify(!find("backButton").visible) // nothing to go back to on the start page
        mouseClick(find("tile_projects"))
        tryCompare(stack(), "busy", false)
        compare(stack().depth, 2)
        compare(stack().currentItem.title, "Projekte")

        const card = find("card_kulturportal")
        verify(card)
        mouseClick(card)
        tryCompare(stack(), "busy", false)
        compare(stack().depth, 3)
        compare(stack().currentItem.title, "Kulturportal")

        mouseClick(find("backButton"))
        tryCompare(stack(), "busy", false)
        compare(stack().depth, 2)
        mouseClick(find("homeButton"))
        tryCompare(stack(), "busy", false)
        compare(stack().depth, 1)
    }

    function test_directlyOpenedProjectStillLeadsBack() {
        openMain("project", "bochum-fonds")
        compare(stack().depth, 3)
        compare(stack().currentItem.title, "Bochum-Fonds")
        mouseClick(find("backButton"))
        tryCompare(stack(), "busy", false)
        compare(stack().depth, 2)
        compare(stack().currentItem.title, "Projekte") // built only now, on the way back
        mouseClick(find("backButton"))
        tryCompare(stack(), "busy", false)
        compare(stack().currentItem.title, "Stadtlabor Bochum")
    }

    // The StadtRaumMonitor's and the Bochum-Fonds' project pages lead into their flow; a
    // project without one, or with its module off, shows no such button.
    function test_projectPageLeadsIntoItsFlow() {
        openMain("project", "stadtraummonitor")
        mouseClick(find("detailFlow"))
        tryCompare(stack(), "busy", false)
        compare(stack().currentItem.title, "StadtRaumMonitor")
        compare(Monitor.step, Monitor.ChooseArea)
        cleanup()

        verify(Settings.set("module_fonds", "on"))
        openMain("project", "bochum-fonds")
        const button = find("detailFlow")
        verify(button.visible)
        verify(Settings.set("module_fonds", "off"))
        verify(!button.visible) // the module off: no way in from here either
        verify(Settings.set("module_fonds", "on"))
        mouseClick(button)
        tryCompare(stack(), "busy", false)
        compare(stack().currentItem.title, "Bochum-Fonds")
        compare(Fonds.step, Fonds.Intro)
        cleanup()

        openMain("project", "kulturportal")
        verify(!find("detailFlow").visible)
    }

    function test_languageButtons() {
        openMain("projects", "")
        mouseClick(find("language_en"))
        compare(Localization.language, "en")
        tryCompare(stack().currentItem, "title", "Projects")
        verify(find("language_en").selected)
        mouseClick(find("language_de"))
        tryCompare(stack().currentItem, "title", "Projekte")
    }
}
