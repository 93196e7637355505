// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Sizes, spacing, colours and type for every page. Everything scales with the window's short
// side so that 1080 px gives the reference sizes (touch targets of at least 56 px).
QtObject {
    id: theme

    // Set by Main.qml from the window size.
    property real scale: 1.0

    function px(v) { return Math.round(v * scale) }

    // Touch targets
    readonly property int touchTarget: px(72)
    readonly property int touchTargetMin: Math.max(44, px(56))
    readonly property int keypadKey: px(112)  // the PIN pad's keys

    // Spacing
    readonly property int gapSmall: px(8)
    readonly property int gap: px(16)
    readonly property int gapLarge: px(32)
    readonly property int pageMargin: px(48)
    readonly property int radius: px(16)

    // Type scale (pixel sizes): each step about 1.25 to 1.45 times the one below, from the
    // captions up to the attract screen's title. Pages use these five and nothing else.
    readonly property int fontDisplay: px(64)   // the welcome, the attract screen
    readonly property int fontTitle: px(44)     // a page's or step's heading
    readonly property int fontHeading: px(34)   // sections, tiles, cards
    readonly property int fontBody: px(27)      // running text, buttons
    readonly property int fontSmall: px(23)     // captions, hints, chips
    readonly property real lineHeight: 1.2      // running text of more than a few lines
    readonly property string fontFamily: "Noto Sans"

    // Grid: every page puts its content in one centred column at most contentMaxWidth wide,
    // pageMargin from the window's edges; inside it, blocks sit in equal columns `gutter`
    // apart (columns() says how many fit at a cell's minimum width). Narrower measures for
    // text to read and for boxes over the page.
    readonly property int gutter: gapLarge
    readonly property int contentMaxWidth: px(1600)
    readonly property int readingWidth: px(1100)  // about 70 characters of body text a line
    readonly property int dialogWidth: px(900)    // the idle question, the closed notice
    readonly property int keypadWidth: px(720)    // the PIN pad
    readonly property int wideWidth: px(1300)     // from here on a section shows two columns
    // Minimum widths of the grid's cells.
    readonly property int tileMinWidth: px(460)   // the start screen's module tiles
    readonly property int tileMinHeight: px(300)
    readonly property int tileMaxHeight: px(440)
    readonly property int cardMinWidth: px(460)   // project cards
    readonly property int optionMinWidth: px(520) // large choices (areas)
    readonly property int chipMinWidth: px(220)   // filter and sort chips
    readonly property int cardHeight: px(380) // a title of three lines and two of the summary
    readonly property int scrollBarWidth: px(12)
    readonly property int textAreaGrowth: px(200) // how much taller a text box grows where there is room
    readonly property int qrSize: px(320)

    // The width of `n` of the grid's twelve columns (with the gutters between them) in `width`.
    readonly property int gridColumns: 12
    function span(width, n) { return Math.floor((width + gutter) * n / gridColumns - gutter) }
    // The width of the content column in `available` pixels.
    function contentWidth(available) { return Math.max(0, Math.min(available - 2 * pageMargin, contentMaxWidth)) }
    // How many columns of at least `minWidth` fit in `width`, `gap` (default: gutter) apart.
    function columns(width, minWidth, gap) {
        const g = gap === undefined ? gutter : gap
        return Math.max(1, Math.floor((width + g) / (minWidth + g)))
    }
    // The width of one of `count` equal columns in `width`.
    function columnWidth(width, count, gap) {
        const g = gap === undefined ? gutter : gap
        return Math.floor((width - (count - 1) * g) / Math.max(1, count))
    }

    // Colours
    readonly property color background: "#f4f6f9"
    readonly property color surface: "#ffffff"
    readonly property color surfaceAlt: "#e8edf3"
    readonly property color text: "#1a1f26"
    readonly property color textMuted: "#4a5563"
    readonly property color primary: "#005ca9"
    readonly property color primaryText: "#ffffff"
    readonly property color outline: "#c3ccd6"
    readonly property color focus: "#f2a900"
    readonly property color warning: "#a3320b"
    readonly property color comparison: "#6b7480"
    // The on-screen keyboard's tray and our keys in it, matching the keyboard's built-in style.
    readonly property color keyboardTray: "#263238"
    readonly property color keyboardKey: "#455a64"

    // Status colours: white text on each keeps a contrast ratio above 4.5:1.
    function statusColor(status) {
        switch (status) {
        case "idea": return "#6a3d9a"
        case "planning": return "#995700"
        case "in_progress": return "#0063a6"
        case "completed": return "#2e7031"
        case "discontinued": return "#5c636b"
        }
        return "#5c636b"
    }
}
