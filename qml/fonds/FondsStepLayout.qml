// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stadtlabor

// The frame of every form step: heading with progress, the step's content (scrolls when it
// does not fit, e.g. above the virtual keyboard), back and next always in view.
Item {
    id: root

    property string heading
    property string nextText: qsTr("Next")
    default property alias content: body.data
    // The step's scrolling area, for content that follows the visitor's scrolling.
    readonly property alias flickable: flick
    // While the on-screen keyboard is up, the form gets what the frame around it can spare.
    // (Qt 6.4's qmllint knows Qt.inputMethod only as a QObject.)
    readonly property bool typing: Qt.inputMethod.visible // qmllint disable type
    // On a landscape screen the keyboard leaves little height: the step's heading and wide
    // margins step aside (the top bar still names the form) for the field and what it feeds.
    readonly property bool compact: typing && width > height

    // The grid's content column, centred.
    ColumnLayout {
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: root.compact ? Theme.gapSmall : Theme.gapLarge
        anchors.bottomMargin: root.compact ? Theme.gap : Theme.gapLarge
        // While typing in landscape the narrow margins give the form (and the money check
        // beside the amounts) the width it needs above the keyboard.
        width: root.compact ? root.width - 2 * Theme.gap : Theme.contentWidth(root.width)
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            visible: !root.compact
            Text {
                Layout.fillWidth: true
                text: root.heading
                font.pixelSize: Theme.fontTitle
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            // Progress: five dots, the current one filled, and the same in words below them;
            // beside the heading, so that the step's content starts one line higher.
            Column {
                Layout.alignment: Qt.AlignTop | Qt.AlignRight
                spacing: Theme.gapSmall
                Row {
                    anchors.right: parent.right
                    spacing: Theme.gapSmall
                    Accessible.name: qsTr("Step %1 of %2").arg(Fonds.stepNumber).arg(5)
                    Repeater {
                        model: 5
                        Rectangle {
                            required property int index
                            width: Theme.px(18)
                            height: width
                            radius: width / 2
                            color: index < Fonds.stepNumber ? Theme.primary : Theme.surfaceAlt
                            border.color: Theme.primary
                        }
                    }
                }
                Text {
                    anchors.right: parent.right
                    visible: !root.typing // the dots say it too; the line's room goes to the form
                    text: qsTr("Step %1 of %2").arg(Fonds.stepNumber).arg(5)
                    font.pixelSize: Theme.fontSmall
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                }
            }
        }

        Flickable {
            id: flick
            objectName: "fondsScroll"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: body.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                width: Theme.px(12)
            }
            ColumnLayout {
                id: body
                width: flick.width - Theme.scrollBarWidth - Theme.gap
                spacing: Theme.gap
            }
        }
        FocusScroller { flickable: flick }

        Text {
            objectName: "fondsError"
            Layout.fillWidth: true
            visible: Fonds.error !== ""
            text: Fonds.error
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.warning
            wrapMode: Text.WordWrap
        }
        StepFooter {
            Layout.fillWidth: true
            nextText: root.nextText
            onNextClicked: Fonds.next()
            onBackClicked: Fonds.back()
        }
    }
}
