// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// Keeps the focused text field of a Flickable in view, e.g. when the on-screen keyboard
// takes the lower part of the screen: the field itself always, and as much as fits of its
// label, its hint or error, and what it feeds (a FormField's keyboardCompanion, e.g. the
// Fonds' live money check).
Item {
    id: scroller

    property Flickable flickable

    function inside(item) {
        for (let p = item; p; p = p.parent) {
            if (p === flickable.contentItem)
                return true
        }
        return false
    }

    // The labelled frame around a focused input, if it has one.
    function frameOf(item) {
        for (let p = item.parent; p && p !== flickable.contentItem; p = p.parent) {
            if (p instanceof FormField || p instanceof CountedTextArea)
                return p
        }
        return null
    }

    function ensureVisible(item) {
        if (!flickable || !item || !item.visible || !inside(item))
            return
        const content = flickable.contentItem
        const margin = Theme.gap
        const own = item.mapToItem(content, 0, 0, item.width, item.height)
        let wantTop = own.y
        let wantBottom = own.y + own.height
        const include = (other) => {
            if (!other || !other.visible)
                return
            const r = other.mapToItem(content, 0, 0, other.width, other.height)
            wantTop = Math.min(wantTop, r.y)
            wantBottom = Math.max(wantBottom, r.y + r.height)
        }
        const frame = frameOf(item)
        include(frame)
        if (frame instanceof FormField)
            include((frame as FormField).keyboardCompanion)

        const view = flickable.height
        let y = flickable.contentY
        if (wantBottom - wantTop + 2 * margin <= view) {
            // All of it fits: scroll as little as needed.
            if (wantTop - margin < y)
                y = wantTop - margin
            else if (wantBottom + margin > y + view)
                y = wantBottom + margin - view
        } else {
            // From the top of what belongs to the field, as long as the field stays whole.
            y = Math.min(own.y - margin, Math.max(wantTop - margin, own.y + own.height + margin - view))
        }
        y = Math.max(0, Math.min(y, flickable.contentHeight - view))
        if (Math.abs(y - flickable.contentY) >= 1)
            flickable.contentY = y
    }

    function ensureFocused() { ensureVisible(scroller.Window.activeFocusItem) }

    Connections {
        target: scroller.Window.window
        function onActiveFocusItemChanged() { scroller.ensureFocused() }
    }
    // The view shrinks when the keyboard comes, and the content grows while the visitor
    // types (a wrapped line, an error below the field).
    Connections {
        target: scroller.flickable
        function onHeightChanged() { scroller.ensureFocused() }
        function onContentHeightChanged() { scroller.ensureFocused() }
    }
}
