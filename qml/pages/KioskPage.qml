// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// What the frame (Main.qml) asks of every page on its stack, typed so that it is checked:
// the top bar's title, and whether the page walks back through steps of its own.
Item {
    property string title

    // True when the page went back a step itself; false lets the frame leave the page.
    function goBack(): bool { return false }
}
