// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stadtlabor

// One theme: its question in large type, the prompts, the scale as large buttons with both
// ends labelled, "no answer", and two optional short texts.
Item {
    id: view

    readonly property bool wide: width > height
    // A rating or an explicit "no answer" was chosen for this theme.
    readonly property bool chosen: Monitor.score >= 0 || Monitor.noAnswer

    Flickable {
        id: flick
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: footer.top
        anchors.bottomMargin: Theme.gap
        contentHeight: content.implicitHeight + 2 * Theme.pageMargin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            width: Theme.px(12)
        }

        ColumnLayout {
            id: content
            x: Theme.pageMargin
            y: Theme.pageMargin
            width: flick.width - 2 * Theme.pageMargin
            spacing: Theme.gap

            Text {
                Layout.fillWidth: true
                text: Monitor.themeGroup.toUpperCase() + "  \u00b7  " + Monitor.themeLabel
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                font.letterSpacing: Theme.px(1)
                color: Theme.primary
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "themeQuestion"
                Layout.fillWidth: true
                text: Monitor.themeQuestion
                font.pixelSize: Theme.fontTitle
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                visible: Monitor.themePrompts.length > 0
                text: qsTr("Think about:") + " " + Array.from(Monitor.themePrompts).join(" \u00b7 ")
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }

            // The scale, as many buttons as the set defines, ends labelled.
            RowLayout {
                id: scale
                objectName: "scale"
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
                spacing: Theme.gapSmall
                Repeater {
                    model: Monitor.scaleMax - Monitor.scaleMin + 1
                    AbstractButton {
                        id: scoreButton
                        required property int index
                        readonly property int value: Monitor.scaleMin + index
                        readonly property bool chosen: Monitor.score === value
                        objectName: "score_" + value
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTarget * 1.25
                        Accessible.role: Accessible.RadioButton
                        Accessible.name: value
                        Accessible.checked: chosen
                        onClicked: Monitor.setScore(value)
                        background: Rectangle {
                            radius: Theme.radius
                            color: scoreButton.chosen ? Theme.primary : (scoreButton.down ? Theme.surfaceAlt : Theme.surface)
                            border.color: scoreButton.chosen ? Theme.primary : Theme.outline
                            border.width: Theme.px(2)
                        }
                        contentItem: Text {
                            text: scoreButton.value
                            font.pixelSize: Theme.fontTitle
                            font.family: Theme.fontFamily
                            font.weight: Font.Bold
                            color: scoreButton.chosen ? Theme.primaryText : Theme.text
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: "\u2190 " + Monitor.scaleMin + " = " + Monitor.minLabel
                    font.pixelSize: Theme.fontSmall
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignRight
                    text: Monitor.scaleMax + " = " + Monitor.maxLabel + " \u2192"
                    font.pixelSize: Theme.fontSmall
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }
            OptionButton {
                objectName: "noAnswer"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("No answer")
                selected: Monitor.noAnswer
                onClicked: Monitor.setNoAnswer()
            }
            // Going on without a choice is allowed, and says what it records.
            Text {
                objectName: "skipHint"
                Layout.fillWidth: true
                visible: !view.chosen
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Nothing chosen yet: if you go on, this theme is saved as \u201cno answer\u201d.")
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
                columns: view.wide ? 2 : 1
                columnSpacing: Theme.gapLarge
                rowSpacing: Theme.gap
                CountedTextArea {
                    objectName: "goodText"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1 // the two texts share the row equally
                    label: qsTr("What is good here? (optional)")
                    text: Monitor.good
                    count: Monitor.textLength(Monitor.good)
                    limit: Monitor.textLimit
                    onEdited: (text) => Monitor.good = text
                }
                CountedTextArea {
                    objectName: "betterText"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    label: qsTr("What could be better? (optional)")
                    text: Monitor.better
                    count: Monitor.textLength(Monitor.better)
                    limit: Monitor.textLimit
                    onEdited: (text) => Monitor.better = text
                }
            }
        }
    }

    FocusScroller { flickable: flick }

    StepFooter {
        id: footer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.pageMargin
        anchors.topMargin: 0
        progress: qsTr("%1 of %2").arg(Monitor.themeIndex + 1).arg(Monitor.themeCount)
        nextText: !view.chosen ? qsTr("Go on without a rating")
                  : Monitor.returnsToSummary || Monitor.themeIndex + 1 === Monitor.themeCount
                  ? qsTr("Summary") : qsTr("Next")
        onNextClicked: Monitor.next()
        onBackClicked: Monitor.back()
    }
}
