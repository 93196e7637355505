// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// Chips in a grid of equal cells: as many columns as the widest chip allows, the rows
// balanced (seven chips make rows of four and three, not six and one). Every chip is as wide
// as its cell, so no chip changes size with its text or its count.
Flow {
    id: grid

    spacing: Theme.gapSmall
    // At least this many columns; chips narrower than their words wrap them (StatusChip).
    property int minimumColumns: 1

    // The chips are the children with a size of their own (a Repeater has none).
    readonly property var chips: {
        const list = []
        for (let i = 0; i < children.length; ++i) {
            const c = children[i]
            if (c.visible && c.implicitWidth > 0)
                list.push(c)
        }
        return list
    }
    readonly property real widest: chips.reduce((w, c) => Math.max(w, c.implicitWidth), 0)
    readonly property int fitting: Math.max(minimumColumns,
                                            Theme.columns(width, Math.max(widest, Theme.chipMinWidth), spacing))
    readonly property int columns: chips.length === 0 ? 1
        : Math.ceil(chips.length / Math.ceil(chips.length / fitting))
    readonly property real cellWidth: Theme.columnWidth(width, columns, spacing)

    onCellWidthChanged: fit()
    onChipsChanged: fit()
    function fit() {
        for (const c of chips)
            c.width = cellWidth
    }
}
