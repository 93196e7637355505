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
        const view = flickable.height
        const box = (other) => {
            if (!other || !other.visible)
                return null
            const r = other.mapToItem(content, 0, 0, other.width, other.height)
            return { top: r.y, bottom: r.y + r.height }
        }
        const join = (a, b) => b ? { top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom) } : a
        const fits = (r) => r.bottom - r.top + 2 * margin <= view

        // In order of need: the field, what it feeds, its label and hint.
        const own = box(item)
        const frame = frameOf(item)
        const companion = frame instanceof FormField ? box((frame as FormField).keyboardCompanion) : null
        const fed = join(own, companion)
        const all = join(fed, box(frame))
        const target = fits(all) ? all : fits(fed) ? fed : null

        let y = flickable.contentY
        if (target) {
            // Scroll as little as needed.
            if (target.top - margin < y)
                y = target.top - margin
            else if (target.bottom + margin > y + view)
                y = target.bottom + margin - view
        } else if (companion && companion.top >= own.bottom) {
            y = own.top - margin // the field on top, as much as fits of what it feeds below
        } else if (companion) {
            y = own.bottom + margin - view
        } else {
            y = own.top - margin
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
