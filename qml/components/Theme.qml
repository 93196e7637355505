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

    // Type (pixel sizes)
    readonly property int fontDisplay: px(64)
    readonly property int fontTitle: px(44)
    readonly property int fontHeading: px(34)
    readonly property int fontBody: px(27)
    readonly property int fontSmall: px(23)
    readonly property string fontFamily: "Noto Sans"

    // Layout
    readonly property int cardMinWidth: px(460)
    readonly property int cardHeight: px(330)
    readonly property int contentMaxWidth: px(1500)

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
