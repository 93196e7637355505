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

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        anchors.topMargin: Theme.gapLarge
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: root.heading
                font.pixelSize: Theme.fontTitle
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            // Progress: five dots, the current one filled.
            Row {
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
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Step %1 of %2").arg(Fonds.stepNumber).arg(5)
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            color: Theme.textMuted
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: body.implicitHeight + Theme.gap
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                width: Theme.px(12)
            }
            ColumnLayout {
                id: body
                width: flick.width - Theme.px(24)
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
