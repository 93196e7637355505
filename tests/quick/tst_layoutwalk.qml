// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import QtTest
import Stadtlabor
import StadtlaborTest
import "layoutcheck.js" as Check

// Every screen a visitor or an admin can meet, in the product's own window, at the three
// screen sizes and in both languages: nothing visible lies outside the window, under the top
// bar, beyond the reach of its scroll area or cut by what clips it; no text is elided (but a
// card's teaser); no two labels overlap, no control covers another's text; every control is
// at least Theme.touchTargetMin tall. The check knows no page (layoutcheck.js): it walks the
// item tree. tst_layoutdesign.qml pins what the issue found in the design beyond those rules.
LayoutCase {
    id: testCase
    name: "LayoutWalk"

    property var found: []        // every violation of the whole walk, as printed keys
    property int screensWalked: 0

    // Known failures: each pattern must still match at least one violation (so the list only
    // shrinks), and every violation must match one of them or fail the test. A key reads
    // "<page> <size> <language> <kind>: <item>". Remove a line when its cause is fixed.
    readonly property var known: []


    function checkScreen(page, size, language) {
        settle()
        const root = screenRoot()
        const violations = Check.scan(root, {
            isText: (item) => item instanceof Text,
            isControl: (item) => item instanceof T.AbstractButton || item instanceof T.TextField
                                 || item instanceof T.TextArea || item instanceof T.ComboBox
                                 || item instanceof T.SpinBox || item instanceof T.Slider,
            isFlickable: (item) => item instanceof Flickable,
            // A card's summary is a teaser, the whole text one tap away; every other text is
            // read in full.
            mustBeWhole: (item) => item.objectName !== "cardSummary",
            frames: [{ item: window.header, label: "the top bar" },
                     { item: window.contentItem, label: "the page area below the top bar" }],
            window: Check.makeRect(0, 0, window.width, window.height),
            minTouch: Theme.touchTargetMin,
            alignRight: Text.AlignRight, alignHCenter: Text.AlignHCenter,
            alignBottom: Text.AlignBottom, alignVCenter: Text.AlignVCenter
        })
        ++screensWalked
        // A walk that sees nothing proves nothing.
        verify(violations.texts > 0, "the walk saw no text on " + page)
        const where = page + " " + size.width + "x" + size.height + " " + language
        for (const v of violations)
            found.push({ key: where + " " + v.kind + ": " + v.what, detail: v.detail, size: size.width + "x" + size.height })
    }

    // One screen at every size, opened at that size as the kiosk starts, and in both
    // languages, switched live as a visitor does. open(size) arranges and opens the screen.
    function walk(page, open) {
        for (const size of sizes) {
            Localization.language = languages[0]
            open(size)
            for (const language of languages) {
                Localization.language = language
                checkScreen(page, size, language)
            }
            closeMain()
        }
    }

    function openAndWalk(page, route, argument, arrange) {
        walk(page, (size) => {
            if (arrange)
                arrange()
            openMain(route, argument, size)
        })
    }

    // The check itself, on a screen made to break each rule once: it finds each, and
    // nothing on the parts that are right.
    Component {
        id: brokenScreen
        Window {
            width: 800
            height: 600
            Text { objectName: "outsideText"; x: 760; y: 10; text: "beyond the right edge" }
            Text { objectName: "firstLabel"; x: 10; y: 10; text: "first label" }
            Text { objectName: "secondLabel"; x: 20; y: 15; text: "second label" }
            T.AbstractButton { objectName: "smallButton"; x: 10; y: 100; width: 200; height: 20 }
            Flickable {
                objectName: "scrollArea"
                x: 300; y: 100; width: 200; height: 200
                clip: true
                contentHeight: 300
                Text { objectName: "reachable"; y: 250; text: "scrolled to" }
                Text { objectName: "unreachable"; y: 350; text: "never seen" }
            }
            Item {
                objectName: "clipper"
                x: 10; y: 400; width: 100; height: 30
                clip: true
                Text { objectName: "clipped"; y: 20; text: "cut in half" }
            }
            Text { objectName: "elided"; x: 10; y: 500; width: 60; elide: Text.ElideRight; text: "much too long for sixty pixels" }
            Text { objectName: "hidden"; x: 700; y: 700; visible: false; text: "not shown" }
            Text { objectName: "transparent"; x: 700; y: 700; opacity: 0; text: "not shown either" }
        }
    }

    function test_0_checkFindsEachRule() {
        const screen = createTemporaryObject(brokenScreen, testCase)
        screen.show()
        waitForRendering(screen.contentItem)
        const violations = Check.scan(screen.contentItem, {
            isText: (item) => item instanceof Text,
            isControl: (item) => item instanceof T.AbstractButton,
            isFlickable: (item) => item instanceof Flickable,
            mustBeWhole: (item) => true,
            frames: [],
            window: Check.makeRect(0, 0, screen.width, screen.height),
            minTouch: 44,
            alignRight: Text.AlignRight, alignHCenter: Text.AlignHCenter,
            alignBottom: Text.AlignBottom, alignVCenter: Text.AlignVCenter
        })
        const keys = violations.map(v => v.kind + ": " + v.what).sort()
        compare(keys, ["outside: clipper/clipped \"cut in half\"",
                       "truncated: elided \"much too long for sixty pixels\"",
                       "outside: outsideText \"beyond the right edge\"",
                       "overlap: firstLabel \"first label\" <> secondLabel \"second label\"",
                       "reach: scrollArea/unreachable \"never seen\"",
                       "small: smallButton"].sort())
        compare(violations.texts, 5) // in view: the scroll area's two are below its edge
        compare(violations.controls, 1)
    }

    function test_1_frame() {
        openAndWalk("home", "home")
        openAndWalk("projects", "projects")
        openAndWalk("project", "project", "beteiligungsplattform")
    }

    function test_2_monitor_data() {
        return [{ tag: "start" }, { tag: "area" }, { tag: "about" }, { tag: "theme" }, { tag: "summary" }, { tag: "done" }]
    }
    function test_2_monitor(data) {
        openAndWalk("monitor-" + data.tag, "monitor-" + data.tag, data.tag === "theme" ? "1" : "",
                    () => arrangeMonitor(data.tag))
    }

    function test_3_fonds_data() {
        return [{ tag: "start" }, { tag: "idea" }, { tag: "money" }, { tag: "who" }, { tag: "contact" }, { tag: "review" },
                { tag: "receipt" }]
    }
    function test_3_fonds(data) {
        openAndWalk("fonds-" + data.tag, "fonds-" + data.tag, "", () => arrangeFonds(data.tag))
    }

    // The city's picture on the attract screen, as a sync brings it (values as in the screenshots).
    readonly property var cityThemes: ["moving-around", "public-transport", "traffic-parking", "streets-spaces",
        "natural-space", "play-recreation", "facilities-amenities", "work-economy", "housing-community",
        "social-contact", "identity-belonging", "feeling-safe", "care-maintenance", "influence-control"]
    readonly property var cityMeans: [5.1, 4.4, 3.6, 4.9, 5.6, 4.2, 3.9, 4.6, 5.3, 3.4, 4.8, 4.1, 3.7, 4.5]
    function setCityPicture(on) {
        verify(TestDb.exec("DELETE FROM area_results WHERE area_id = 'bochum'"))
        if (on) {
            const rows = cityThemes.map((t, i) => "('bochum', 'stadtraummonitor', 1, '" + t + "', 240, " + cityMeans[i] + ", '[]', 'now')")
            verify(TestDb.exec("INSERT INTO area_results (area_id, criteria_set_id, criteria_set_version, theme_id, n, mean, counts, updated_at)"
                               + " VALUES " + rows.join(", ")))
        }
        CityPicture.refresh()
        compare(CityPicture.available, on)
    }

    function test_4_kioskScreens() {
        setCityPicture(true)
        // Long timings: the screens stay while they are walked.
        walk("attract", (size) => {
            TestKiosk.startKiosk(3600 * 1000, 3600 * 1000)
            openMain("home", "", size)
            tryVerify(() => lookup("attractScreen") && lookup("attractScreen").visible)
        })
        walk("idle-overlay", (size) => {
            arrangeMonitor("idle")
            openMain("monitor-theme", "5", size)
            Session.activity()
            Session.warnNow()
            tryVerify(() => lookup("idleOverlay") && lookup("idleOverlay").visible)
        })
        TestKiosk.stopKiosk()
        setCityPicture(false)
        walk("closed", (size) => {
            TestKiosk.showClosed()
            openMain("home", "", size)
            tryVerify(() => lookup("closedScreen") && lookup("closedScreen").visible)
        })
    }

    function test_5_admin() {
        walk("admin-pin", (size) => {
            Admin.lock()
            openMain("admin", "", size)
        })
        // Every section in one window: leaving the admin page locks it, and unlocking takes
        // a deliberately slow key derivation.
        for (const size of sizes) {
            openMain("admin", "", size)
            Admin.unlock("1357")
            tryCompare(Admin, "unlocked", true, 10000)
            const page = lookup("adminPage")
            verify(page, "no admin page")
            for (const section of ["sync", "device", "kiosk", "data", "security", "about"]) {
                page.section = section
                tryCompare(lookup("sectionLoader"), "status", Loader.Ready)
                for (const language of languages) {
                    Localization.language = language
                    checkScreen("admin-" + section, size, language)
                }
            }
            closeMain()
        }
    }

    // Last: the whole walk against the list of known failures.
    function test_9_verdict() {
        verify(screensWalked > 0, "run the whole file: the verdict needs the walk")
        const counts = {}
        for (const s of sizes)
            counts[s.width + "x" + s.height] = 0
        const unexpected = []
        const matched = known.map(() => 0)
        for (const v of found) {
            ++counts[v.size]
            let isKnown = false
            for (let i = 0; i < known.length; ++i) {
                if (known[i].test(v.key)) {
                    ++matched[i]
                    isKnown = true
                }
            }
            if (!isKnown)
                unexpected.push(v)
        }
        console.log("layout walk: " + screensWalked + " screens, " + found.length + " violations ("
                    + Object.keys(counts).map(k => k + ": " + counts[k]).join(", ") + "), "
                    + (found.length - unexpected.length) + " of them known")
        for (const v of unexpected)
            console.warn("layout: " + v.key + " -- " + v.detail)
        const stale = known.filter((k, i) => matched[i] === 0)
        for (const k of stale)
            console.warn("layout: known failure no longer happens, remove it from the list: " + k)
        verify(unexpected.length === 0, unexpected.length + " layout violations (listed above)")
        verify(stale.length === 0, stale.length + " known failures are fixed: remove them from the list")
    }
}
