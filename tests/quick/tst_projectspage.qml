// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Stadtlabor

// A visitor taps status chips, searches and opens a card on the real projects page.
Item {
    id: root
    width: 1920
    height: 1080

    ProjectsPage {
        id: page
        anchors.fill: parent
    }

    SignalSpy {
        id: openSpy
        target: page
        signalName: "openProject"
    }

    TestCase {
        name: "ProjectsPage"
        when: windowShown

        function grid() { return findChild(page, "projectGrid") }

        // The cards the grid has actually created, i.e. what the visitor can see.
        function visibleStatuses() {
            const g = grid()
            const statuses = []
            for (let i = 0; i < g.count; ++i) {
                const item = g.itemAtIndex(i)
                if (item)
                    statuses.push(item.status)
            }
            return statuses
        }

        function init() {
            Localization.language = "de"
            page.model.resetFilters()
            findChild(page, "searchField").text = ""
            openSpy.clear()
            tryCompare(grid(), "count", 6)
        }

        function test_allProjectsShownFirst() {
            const statuses = visibleStatuses()
            compare(statuses.length, 6)
            compare(statuses.filter(s => s === "completed").length, 5)
            compare(statuses.filter(s => s === "planning").length, 1)
            verify(findChild(page, "chip_all").selected)
        }

        function test_tapStatusChipChangesCards() {
            const planning = findChild(page, "chip_planning")
            verify(planning)
            compare(planning.count, 1)
            mouseClick(planning)
            tryCompare(grid(), "count", 1)
            compare(visibleStatuses(), ["planning"])
            verify(planning.selected)
            verify(!findChild(page, "chip_all").selected)
            verify(findChild(page, "card_kulturportal"))

            mouseClick(findChild(page, "chip_completed"))
            tryCompare(grid(), "count", 5)
            const completed = visibleStatuses()
            compare(completed.length, 5)
            verify(completed.every(s => s === "completed"))

            mouseClick(findChild(page, "chip_all"))
            tryCompare(grid(), "count", 6)
        }

        function test_emptyStatusChipIsDisabled() {
            const idea = findChild(page, "chip_idea")
            compare(idea.count, 0)
            verify(!idea.enabled)
            mouseClick(idea)
            compare(grid().count, 6) // nothing happened
        }

        function test_searchThenReset() {
            const field = findChild(page, "searchField")
            mouseClick(field)
            field.text = "Ehrenamt"
            tryCompare(grid(), "count", 1)
            compare(findChild(page, "chip_all").count, 1)
            compare(findChild(page, "chip_planning").count, 0)

            field.text = "gibt es nicht"
            tryCompare(grid(), "count", 0)
            const empty = findChild(page, "emptyState")
            verify(empty.visible)
            mouseClick(findChild(page, "resetFilters"))
            tryCompare(grid(), "count", 6)
            compare(field.text, "")
            verify(!empty.visible)
        }

        function test_tapCardOpensProject() {
            mouseClick(findChild(page, "chip_planning"))
            tryCompare(grid(), "count", 1)
            const card = findChild(page, "card_kulturportal")
            verify(card.height >= 56)
            mouseClick(card)
            compare(openSpy.count, 1)
            compare(openSpy.signalArguments[0][0], "kulturportal")
        }

        function test_languageSwitchRelabels() {
            compare(findChild(page, "chip_idea").label, "Ideenstadium")
            Localization.language = "en"
            tryCompare(findChild(page, "chip_idea"), "label", "Idea stage")
            compare(findChild(page, "chip_all").label, "All")
            Localization.language = "de"
            tryCompare(findChild(page, "chip_all"), "label", "Alle")
        }

        function test_touchTargetsAreLarge() {
            for (const name of ["chip_all", "chip_planning", "searchField", "sort_1"]) {
                const item = findChild(page, name)
                verify(item, name)
                verify(item.height >= 56, name + " is " + item.height + " px high")
            }
        }
    }
}
