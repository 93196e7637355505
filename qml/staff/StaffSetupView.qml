// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// A staff session's setup: who interviews, for which group (optional), in which area. The
// IDs are checked while typing; "Start session" shows every remaining reason at once. Works
// with a laptop's keyboard (Tab, Enter) as well as by touch with the on-screen keyboard.
Item {
    id: view

    readonly property bool wide: width > height * 1.1
    readonly property int idHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhPreferLatin

    component Heading: Text {
        width: parent ? parent.width : 0
        font.pixelSize: Theme.fontHeading
        font.family: Theme.fontFamily
        font.weight: Font.Bold
        color: Theme.text
        wrapMode: Text.WordWrap
    }

    Flickable {
        id: flick
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: footer.top
        contentHeight: content.height + 2 * Theme.pageMargin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            width: Theme.px(12)
        }

        Grid {
            id: content
            x: Theme.pageMargin
            y: Theme.pageMargin
            width: flick.width - 2 * Theme.pageMargin
            columns: view.wide ? 2 : 1
            columnSpacing: 2 * Theme.gapLarge
            rowSpacing: Theme.gapLarge

            Column {
                width: view.wide ? (content.width - content.columnSpacing) * 0.4 : content.width
                spacing: Theme.gapLarge

                Text {
                    width: parent.width
                    text: qsTr("New street survey session")
                    font.pixelSize: Theme.fontTitle
                    font.family: Theme.fontFamily
                    font.weight: Font.Bold
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    width: parent.width
                    text: qsTr("Each respondent's answers are saved on this device with these IDs, and sent to the hub whenever it can be reached.")
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                FormField {
                    id: interviewerField
                    objectName: "staffInterviewer"
                    width: parent.width
                    label: qsTr("Interviewer ID")
                    text: Staff.interviewerInput
                    error: Staff.interviewerError
                    hint: qsTr("Letters, digits, - _ and . (up to %1 characters)").arg(Staff.maxIdLength)
                    inputMethodHints: view.idHints
                    onEdited: (text) => Staff.interviewerInput = text
                    // Enter moves on to the group, as Tab does.
                    Keys.onReturnPressed: view.focusNext()
                    Keys.onEnterPressed: view.focusNext()
                }
                FormField {
                    objectName: "staffGroup"
                    width: parent.width
                    label: qsTr("Group ID (optional)")
                    text: Staff.groupInput
                    error: Staff.groupError
                    hint: qsTr("Only for a moderated group session.")
                    inputMethodHints: view.idHints
                    onEdited: (text) => Staff.groupInput = text
                    Keys.onReturnPressed: Staff.beginFromForm()
                    Keys.onEnterPressed: Staff.beginFromForm()
                }
            }

            Column {
                width: view.wide ? (content.width - content.columnSpacing) * 0.6 : content.width
                spacing: Theme.gap

                Heading {
                    text: Staff.area.district !== "" ? qsTr("Which part of %1?").arg(Staff.area.districtName)
                                                     : qsTr("Area of this session")
                }
                Text {
                    objectName: "staffAreaError"
                    width: parent.width
                    visible: Staff.areaError !== ""
                    text: Staff.areaError
                    font.pixelSize: Theme.fontSmall
                    font.family: Theme.fontFamily
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                }
                StaffAreaGrid {
                    width: parent.width
                }
            }
        }
    }

    FocusScroller { flickable: flick }

    // Always in view, also above the on-screen keyboard.
    Rectangle {
        id: footer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Math.max(chosen.implicitHeight, beginButton.height) + 2 * Theme.gap
        color: Theme.surface
        Rectangle { width: parent.width; height: Theme.px(2); color: Theme.outline }

        Text {
            id: chosen
            anchors.left: parent.left
            anchors.leftMargin: Theme.pageMargin
            anchors.right: beginButton.left
            anchors.rightMargin: Theme.gapLarge
            anchors.verticalCenter: parent.verticalCenter
            text: Staff.area.areaId !== "" ? qsTr("Area: %1").arg(Staff.area.areaName) : qsTr("No area chosen yet")
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Staff.area.areaId !== "" ? Theme.text : Theme.textMuted
            wrapMode: Text.WordWrap
        }
        TouchButton {
            id: beginButton
            objectName: "staffBegin"
            anchors.right: parent.right
            anchors.rightMargin: Theme.pageMargin
            anchors.verticalCenter: parent.verticalCenter
            primary: true
            text: qsTr("Start session") + "  \u203A"
            onClicked: Staff.beginFromForm()
        }
    }

    function focusNext() {
        const item = view.Window.activeFocusItem
        if (item)
            item.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
    }
}
