// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Stadtlabor

// What the issue found in the layout, pinned beyond the walk's rules (tst_layoutwalk.qml):
// the start screen composed for landscape and portrait, the rating page filling a tall
// screen, chips and answer options of equal width that do not move when chosen, the summary's
// chips and the consent box in view without scrolling.
LayoutCase {
    name: "LayoutDesign"

    function pageArea() { return rectOf(window.contentItem) }
    function shownChildren(item) {
        const list = []
        for (let i = 0; i < item.children.length; ++i) {
            const c = item.children[i]
            if (c.visible && c.width > 0)
                list.push(c)
        }
        return list
    }
    function equalWidths(grid, where) {
        const chips = shownChildren(grid)
        verify(chips.length > 1, where)
        for (const c of chips)
            fuzzyCompare(c.width, chips[0].width, 1, where + ": " + c.objectName + " is not as wide as " + chips[0].objectName)
    }

    function test_startScreenComposed() {
        for (const size of sizes) {
            openMain("home", "", size)
            settle()
            const where = "home " + size.width + "x" + size.height
            const tiles = ["tile_projects", "tile_monitor", "tile_fonds"].map(n => rectOf(lookup(n)))
            const left = Math.min(...tiles.map(t => t.x))
            const right = Math.max(...tiles.map(t => t.x + t.w))
            const bottom = Math.max(...tiles.map(t => t.y + t.h))
            // Centred, and as wide as the grid's content column.
            fuzzyCompare(left, window.width - right, 2, where + ": the tiles are not centred")
            fuzzyCompare(right - left, Theme.contentWidth(window.width), 2, where + ": the tiles do not fill the grid")
            // Landscape: side by side; portrait: one below the other.
            const sideBySide = tiles.every(t => Math.abs(t.y - tiles[0].y) < 1)
            compare(sideBySide, size.width > size.height, where)
            // The welcome and the tiles sit in the middle of the page, not at its top.
            const page = pageArea()
            const top = rectOf(findChild(stack().currentItem, "welcome")).y
            fuzzyCompare(top - page.y, page.y + page.h - bottom, 2, where + ": the start screen is not centred")
            closeMain()
        }
    }

    function test_ratingPageFillsATallScreen() {
        for (const size of sizes) {
            arrangeMonitor("theme")
            openMain("monitor-theme", "1", size)
            settle()
            const where = "monitor-theme " + size.width + "x" + size.height
            const footer = rectOf(lookup("stepNext"))
            const texts = rectOf(lookup("betterText"))
            const empty = footer.y - (texts.y + texts.h)
            verify(empty < 0.15 * pageArea().h, where + ": " + Math.round(empty) + " px empty above the footer")
            closeMain()
        }
    }

    function test_chipsOfEqualWidth() {
        for (const size of sizes) {
            openMain("projects", "", size)
            settle()
            equalWidths(lookup("statusChips"), "status chips " + size.width + "x" + size.height)
            closeMain()
            arrangeMonitor("summary")
            openMain("monitor-summary", "", size)
            settle()
            equalWidths(lookup("editChips"), "change-an-answer chips " + size.width + "x" + size.height)
            closeMain()
            // Choosing an answer changes no option's size.
            arrangeMonitor("about")
            openMain("monitor-about", "", size)
            settle()
            const options = lookup("ageOptions")
            equalWidths(options, "age options " + size.width + "x" + size.height)
            const before = shownChildren(options).map(c => c.x + "," + c.y + "," + c.width + "," + c.height)
            Monitor.ageBand = "under_18"
            settle()
            compare(shownChildren(options).map(c => c.x + "," + c.y + "," + c.width + "," + c.height), before,
                    "the age options moved when one was chosen")
            closeMain()
        }
    }

    // The summary's side column, chips included, beside the chart without scrolling on a
    // landscape screen.
    function test_summaryChipsInView_data() {
        return [{ tag: "1920x1080 de", size: sizes[0], language: "de" }, { tag: "1920x1080 en", size: sizes[0], language: "en" },
                { tag: "1366x768 de", size: sizes[2], language: "de" }, { tag: "1366x768 en", size: sizes[2], language: "en" }]
    }
    function test_summaryChipsInView(data) {
        Localization.language = data.language
        arrangeMonitor("summary")
        openMain("monitor-summary", "", data.size)
        settle()
        const chips = rectOf(lookup("editChips"))
        const area = rectOf(lookup("summarySide"))
        verify(chips.y + chips.h <= area.y + area.h + 1, "the last chips are " + Math.round(chips.y + chips.h - area.y - area.h)
               + " px below the column's edge")
    }

    function test_consentInViewOnAFullHdScreen() {
        for (const language of languages) {
            Localization.language = language
            arrangeFonds("contact")
            openMain("fonds-contact", "", sizes[0])
            settle()
            const consent = rectOf(lookup("consent"))
            const area = rectOf(lookup("fondsScroll"))
            verify(consent.y >= area.y && consent.y + consent.h <= area.y + area.h + 1,
                   language + ": the consent box is not whole in view without scrolling")
            closeMain()
        }
    }
}
