// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Stadtlabor

// Step 2: the money. The check against the fund's rules updates with every digit.
FondsStepLayout {
    id: view
    heading: qsTr("Costs and your own contribution")

    readonly property bool wide: width > height
    // The on-screen keyboard's digit pad with the decimal comma, not its calculator layout
    // (operators and brackets around a smaller pad): amounts and hours are plain numbers.
    readonly property int amountHints: Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText

    // One line of the check: what, and the amount on the right.
    component Figure: Item {
        id: figure
        property string label
        property string value
        property bool strong: false
        width: parent ? parent.width : 0
        height: Math.max(labelText.implicitHeight, valueText.implicitHeight)
        Text {
            id: labelText
            width: parent.width - valueText.implicitWidth - Theme.gap
            text: figure.label
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            font.weight: figure.strong ? Font.Bold : Font.Normal
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            id: valueText
            anchors.right: parent.right
            text: figure.value
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            font.weight: figure.strong ? Font.Bold : Font.Normal
            color: Theme.text
        }
    }

    // Side by side where there is room, one below the other in portrait, placed by hand:
    // wrapped texts take their height from the width, which nested Layouts handle poorly.
    Item {
        id: columns
        Layout.fillWidth: true
        readonly property real spacing: Theme.pageMargin
        readonly property real columnWidth: view.wide ? (width - spacing) / 2 : width
        implicitHeight: view.wide ? Math.max(fields.height, checkBox.height)
                                  : fields.height + spacing + checkBox.height

        Column {
            id: fields
            width: columns.columnWidth
            spacing: Theme.gap
            FormField {
                objectName: "totalCost"
                width: parent.width
                label: qsTr("Total cost of the project (€)")
                text: Fonds.totalCostText
                inputMethodHints: view.amountHints
                // Beside the fields it follows the scrolling; below them it is scrolled to.
                keyboardCompanion: view.wide ? null : checkBox
                error: Fonds.errors.amounts || ""
                onEdited: (text) => Fonds.totalCostText = text
            }
            FormField {
                objectName: "ownMoney"
                width: parent.width
                label: qsTr("Your own money (€)")
                text: Fonds.ownMoneyText
                inputMethodHints: view.amountHints
                keyboardCompanion: view.wide ? null : checkBox
                onEdited: (text) => Fonds.ownMoneyText = text
            }
            FormField {
                objectName: "workHours"
                width: parent.width
                label: qsTr("Hours of voluntary work")
                hint: qsTr("Each hour counts %1.").arg(Fonds.rules.hourlyRate || "")
                text: Fonds.workHoursText
                inputMethodHints: view.amountHints
                keyboardCompanion: view.wide ? null : checkBox
                onEdited: (text) => Fonds.workHoursText = text
            }
            FormField {
                objectName: "inKind"
                width: parent.width
                label: qsTr("Things you provide, their value (€)")
                hint: qsTr("For example materials, tools or rooms you do not pay for.")
                text: Fonds.inKindText
                inputMethodHints: view.amountHints
                keyboardCompanion: view.wide ? null : checkBox
                onEdited: (text) => Fonds.inKindText = text
            }
        }

        // The live check.
        Rectangle {
            id: checkBox
            objectName: "moneyCheck"
            x: view.wide ? columns.columnWidth + columns.spacing : 0
            // Beside the fields it stays at the top of the visible part (above the keyboard,
            // too) while the visitor scrolls through the fields.
            y: view.wide ? Math.max(0, Math.min(view.flickable.contentY - columns.y, columns.height - height))
                         : fields.height + columns.spacing
            width: columns.columnWidth
            // Tighter while the keyboard is up, so that all of it fits above the keyboard.
            readonly property int padding: view.compact ? Theme.gap : Theme.gapLarge
            height: checkColumn.implicitHeight + 2 * padding
            radius: Theme.radius
            color: Theme.surface
            border.color: Fonds.check.needsAdvice || Fonds.check.problem ? Theme.warning : Theme.outline
            border.width: Theme.px(Fonds.check.needsAdvice || Fonds.check.problem ? 4 : 2)

            Column {
                id: checkColumn
                x: checkBox.padding
                y: checkBox.padding
                width: parent.width - 2 * checkBox.padding
                spacing: Theme.gapSmall

                Text {
                    width: parent.width
                    text: qsTr("Check against the fund's rules")
                    font.pixelSize: view.compact ? Theme.fontBody : Theme.fontHeading
                    font.family: Theme.fontFamily
                    font.weight: Font.Bold
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    width: parent.width
                    visible: !Fonds.check.hasTotal
                    text: qsTr("Enter the total cost to see what you can ask the fund for.")
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                Figure { visible: Fonds.check.hasTotal === true; label: qsTr("Your work, valued"); value: Fonds.check.workValue || "" }
                Figure { visible: Fonds.check.hasTotal === true; label: qsTr("Your own contribution"); value: Fonds.check.ownContribution || "" }
                Figure { visible: Fonds.check.hasTotal === true; label: qsTr("Share of the cost"); value: (Fonds.check.ownShare || "") + " %" }
                Figure { objectName: "requestedFigure"; visible: Fonds.check.hasTotal === true; label: qsTr("You ask the fund for"); value: Fonds.check.requested || ""; strong: true }

                Text {
                    objectName: "decision"
                    width: parent.width
                    visible: Fonds.check.hasTotal === true && Fonds.check.ok === true
                    text: Fonds.check.small
                          ? qsTr("A small application (up to %1): it is decided continuously.").arg(Fonds.rules.smallLimit)
                          : qsTr("A large application (over %1): the jury decides two or three times a year.").arg(Fonds.rules.smallLimit)
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "shareWarning"
                    width: parent.width
                    visible: Fonds.check.belowMinimum === true
                    text: qsTr("Your own contribution is %1 % of the cost; the fund asks for at least %2 %. You can still hand in your idea: the fund's staff will advise you how to close the gap.")
                          .arg(Fonds.check.ownShare).arg(Fonds.rules.minShare)
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "maximumWarning"
                    width: parent.width
                    visible: Fonds.check.aboveMaximum === true
                    text: qsTr("You ask for %1; the fund gives at most %2 per project. You can still hand in your idea: the fund's staff will advise you.")
                          .arg(Fonds.check.requested).arg(Fonds.rules.maxFunding)
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                }
                Text {
                    width: parent.width
                    visible: (Fonds.check.problem || "") !== ""
                    text: Fonds.check.problem || ""
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
