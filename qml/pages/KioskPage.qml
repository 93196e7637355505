// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// What the frame (Main.qml) asks of every page on its stack, typed so that it is checked:
// the top bar's title, whether the page walks back through steps of its own, and whether
// leaving it would lose answers.
Item {
    property string title
    // Answers given that leaving would lose: the frame asks before it lets the visitor go.
    property bool hasAnswers: false

    // True when the page went back a step itself; false lets the frame leave the page.
    function goBack(): bool { return false }
}
