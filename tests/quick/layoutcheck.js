// SPDX-License-Identifier: GPL-3.0-or-later
.pragma library

// The geometry of one screen as a visitor sees it, checked without knowing its pages: every
// visible text and control (opacity above 0), in window coordinates, clipped by the scroll
// areas and clipping items around it. Used by tst_layoutwalk.qml; the caller says which items
// are texts, controls and scroll areas (instanceof needs the QML imports of the caller).
//
// scan(root, options) returns a list of { kind, what, detail }:
//   outside  a text or control is not inside the window, the top bar, the page area below it,
//            or the item that clips it (partly hidden, or drawn over the frame)
//   reach    it lies beyond its scroll area's content, where scrolling never brings it
//   sticks   a control's own text is larger than the control
//   overlap  two texts, two controls, or a text and a control that is not its own, overlap
//   small    a control is less tall than options.minTouch
//   truncated  a text that options.mustBeWhole() is elided or cut to fewer lines

const tolerance = 1 // px: rounding of anchors and layouts

function makeRect(x, y, w, h) { return { x: x, y: y, w: w, h: h } }

function intersect(a, b) {
    if (!a)
        return b
    if (!b)
        return a
    const x = Math.max(a.x, b.x)
    const y = Math.max(a.y, b.y)
    const w = Math.min(a.x + a.w, b.x + b.w) - x
    const h = Math.min(a.y + a.h, b.y + b.h) - y
    return makeRect(x, y, Math.max(0, w), Math.max(0, h))
}

function inside(a, b) {
    return a.x >= b.x - tolerance && a.y >= b.y - tolerance
        && a.x + a.w <= b.x + b.w + tolerance && a.y + a.h <= b.y + b.h + tolerance
}

function overlaps(a, b) {
    const i = intersect(a, b)
    return i.w > tolerance && i.h > tolerance
}

function round(r) {
    return Math.round(r.x) + "," + Math.round(r.y) + " " + Math.round(r.w) + "x" + Math.round(r.h)
}

function windowRect(item, x, y, w, h) {
    const p = item.mapToItem(null, x, y)
    return makeRect(p.x, p.y, w, h)
}

function typeName(item) {
    return String(item).replace(/\(0x[0-9a-f]+.*$/, "").replace(/_QMLTYPE_\d+$/, "")
        .replace(/^QQuick/, "").replace(/^Q/, "")
}

// What a reader of the failure looks for: the nearest objectName and the item's own words.
function describe(item) {
    let path = ""
    for (let p = item.parent; p && path === ""; p = p.parent) {
        if (p.objectName)
            path = p.objectName + "/"
    }
    let own = item.objectName ? item.objectName : typeName(item)
    const words = typeof item.text === "string" ? item.text : ""
    if (words.trim() !== "")
        own += " \"" + words.replace(/\s+/g, " ").trim().slice(0, 48) + "\""
    return path + own
}

function isAncestor(a, b) {
    for (let p = b.parent; p; p = p.parent) {
        if (p === a)
            return true
    }
    return false
}

// Where a text's glyphs are, from its content size, padding and alignment.
function paintedRect(text, options) {
    const w = text.contentWidth
    const h = text.contentHeight
    const availW = text.width - text.leftPadding - text.rightPadding
    const availH = text.height - text.topPadding - text.bottomPadding
    let x = text.leftPadding
    let y = text.topPadding
    const ha = text.effectiveHorizontalAlignment
    if (ha === options.alignRight)
        x += availW - w
    else if (ha === options.alignHCenter)
        x += (availW - w) / 2
    const va = text.verticalAlignment
    if (va === options.alignBottom)
        y += availH - h
    else if (va === options.alignVCenter)
        y += (availH - h) / 2
    return windowRect(text, x, y, w, h)
}

// options: { isText(item), isControl(item), isFlickable(item), frames: [{ item, label }],
//            window: rect, minTouch, alignRight, alignHCenter, alignBottom, alignVCenter }
function scan(root, options) {
    const found = []
    found.texts = 0
    found.controls = 0
    const texts = []
    const controls = []
    const add = (kind, what, detail) => found.push({ kind: kind, what: what, detail: detail })

    function visit(item, st) {
        if (!item || !item.visible || item.opacity <= 0)
            return
        const r = windowRect(item, 0, 0, item.width, item.height)
        const next = { bound: st.bound, label: st.label, view: st.view, scroll: st.scroll, control: st.control }
        for (const f of options.frames) {
            // The frame's parts are not nested as they are seen (Qt 6.4 puts the top bar inside
            // the page area, above its top edge): each is bounded by the window only.
            if (f.item === item) {
                next.bound = intersect(options.window, r)
                next.label = f.label
                next.view = intersect(options.window, r)
            }
        }

        const isText = options.isText(item) && typeof item.text === "string" && item.text.trim() !== ""
        const isControl = options.isControl(item)
        const isFlick = options.isFlickable(item)
        if ((isText || isControl || isFlick) && item.width > 0 && item.height > 0) {
            let geometry = isText ? paintedRect(item, options) : r
            const what = describe(item)
            if (isText && item.clip && !inside(geometry, r)) {
                add("outside", what, "its text (" + round(geometry) + ") is cut by its own box (" + round(r) + ")")
                geometry = intersect(geometry, r)
            }
            if (st.scroll) {
                if (!inside(geometry, st.scroll.extent))
                    add("reach", what, "at " + round(geometry) + ", beyond what " + st.scroll.what
                        + " scrolls to (" + round(st.scroll.extent) + ")")
            } else if (st.bound && !inside(geometry, st.bound)) {
                add("outside", what, "at " + round(geometry) + ", not inside " + st.label + " (" + round(st.bound) + ")")
            }
            if (isText && item.truncated && options.mustBeWhole(item))
                add("truncated", what, "is elided or cut to " + item.lineCount + " line(s)")
            if (isText && st.control && !inside(geometry, st.control.rect))
                add("sticks", what, "at " + round(geometry) + ", beyond its control " + st.control.what
                    + " (" + round(st.control.rect) + ")")
            if (isControl && item.height < options.minTouch - 0.5)
                add("small", what, "is " + Math.round(item.height) + " px tall, less than " + options.minTouch)
            const shown = intersect(geometry, st.view)
            if (shown.w > 0 && shown.h > 0) {
                if (isText)
                    texts.push({ item: item, rect: shown, what: what })
                if (isControl)
                    controls.push({ item: item, rect: shown, what: what })
            }
        }
        if (isControl)
            next.control = { item: item, rect: r, what: describe(item) }

        if (isFlick) {
            const content = item.contentItem
            const w = Math.max(item.contentWidth, item.width)
            const h = Math.max(item.contentHeight, item.height)
            next.scroll = { what: describe(item), extent: windowRect(content, item.originX, item.originY, w, h) }
            // Out of the viewport is out of view when the area clips; scrolled into it, the
            // item is seen within the area's own bounds, which the area itself is checked for.
            if (item.clip)
                next.view = intersect(st.view, r)
        } else if (item.clip) {
            next.bound = intersect(st.bound, r)
            next.label = "its clipping " + describe(item)
            next.view = intersect(st.view, r)
            next.scroll = null
        }
        const children = item.children
        for (let i = 0; i < children.length; ++i)
            visit(children[i], next)
    }

    visit(root, { bound: options.window, label: "the window", view: options.window, scroll: null, control: null })

    found.texts = texts.length
    found.controls = controls.length
    for (let i = 0; i < texts.length; ++i) {
        for (let j = i + 1; j < texts.length; ++j) {
            if (overlaps(texts[i].rect, texts[j].rect))
                add("overlap", texts[i].what + " <> " + texts[j].what, "at " + round(intersect(texts[i].rect, texts[j].rect)))
        }
    }
    for (let i = 0; i < controls.length; ++i) {
        const c = controls[i]
        for (let j = i + 1; j < controls.length; ++j) {
            const d = controls[j]
            if (overlaps(c.rect, d.rect) && !isAncestor(c.item, d.item) && !isAncestor(d.item, c.item))
                add("overlap", c.what + " <> " + d.what, "at " + round(intersect(c.rect, d.rect)))
        }
        for (const t of texts) {
            if (overlaps(c.rect, t.rect) && !isAncestor(c.item, t.item))
                add("overlap", c.what + " <> " + t.what, "at " + round(intersect(c.rect, t.rect)))
        }
    }
    return found
}

// A fingerprint of where everything is: equal twice in a row means the screen has settled.
function fingerprint(root) {
    const parts = []
    function visit(item) {
        if (!item || !item.visible)
            return
        const p = item.mapToItem(null, 0, 0)
        parts.push(Math.round(p.x) + ":" + Math.round(p.y) + ":" + Math.round(item.width) + ":" + Math.round(item.height))
        const children = item.children
        for (let i = 0; i < children.length; ++i)
            visit(children[i])
    }
    visit(root)
    return parts.join(";")
}
