// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// Keeps the focused text field of a Flickable in view, e.g. when the on-screen keyboard
// takes the lower part of the screen.
Item {
    id: scroller

    property Flickable flickable

    function ensureVisible(item) {
        if (!flickable || !item)
            return
        // Only items inside this Flickable.
        let p = item.parent
        while (p && p !== flickable.contentItem)
            p = p.parent
        if (!p)
            return
        const y = item.mapToItem(flickable.contentItem, 0, 0).y
        const margin = 24
        if (y < flickable.contentY)
            flickable.contentY = Math.max(0, y - margin)
        else if (y + item.height > flickable.contentY + flickable.height)
            flickable.contentY = Math.min(Math.max(0, flickable.contentHeight - flickable.height),
                                          y + item.height - flickable.height + margin)
    }

    Connections {
        target: scroller.Window.window
        function onActiveFocusItemChanged() { scroller.ensureVisible(scroller.Window.activeFocusItem) }
    }
    Connections {
        target: scroller.flickable
        function onHeightChanged() { scroller.ensureVisible(scroller.Window.activeFocusItem) }
    }
}
