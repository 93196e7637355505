// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// The interviews: the StadtRaumMonitor's own steps for each respondent (the area is the
// session's, so each starts at "about you", skippable in one tap), under a line saying whose
// session this is and how many responses it has. After "Send answers" the next respondent
// starts at once; the line confirms the save for a moment.
Item {
    id: view

    // The first tap on "End session" while a respondent is rating only asks again.
    property bool confirmingEnd: false
    readonly property bool respondentBusy: Monitor.step === Monitor.Rating || Monitor.step === Monitor.Summary

    Rectangle {
        id: bar
        objectName: "staffHeader"
        width: parent.width
        height: Math.max(headerText.implicitHeight, endButton.height) + 2 * Theme.gap
        // For a moment after each save the line confirms it, in the bar, where it covers nothing.
        color: savedTimer.running ? Theme.primary : Theme.surfaceAlt

        Text {
            id: headerText
            objectName: "staffHeaderText"
            anchors.left: parent.left
            anchors.leftMargin: Theme.pageMargin
            anchors.right: endButton.left
            anchors.rightMargin: Theme.gapLarge
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Interviewer %1").arg(Staff.interviewerId)
                  + (Staff.groupId !== "" ? "  \u00b7  " + qsTr("Group %1").arg(Staff.groupId) : "")
                  + "  \u00b7  " + qsTr("Area %1").arg(Staff.areaName)
                  + "  \u00b7  " + qsTr("%n response(s) this session", "", Staff.count)
            visible: !savedTimer.running
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "staffSaved"
            anchors.fill: headerText
            verticalAlignment: Text.AlignVCenter
            visible: savedTimer.running
            text: qsTr("Saved (%1). Next respondent, please.").arg(Staff.count)
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.primaryText
            wrapMode: Text.WordWrap
        }
        TouchButton {
            id: endButton
            darkBackground: savedTimer.running
            objectName: "staffEnd"
            anchors.right: parent.right
            anchors.rightMargin: Theme.pageMargin
            anchors.verticalCenter: parent.verticalCenter
            primary: view.confirmingEnd
            text: view.confirmingEnd ? qsTr("End and discard these answers") : qsTr("End session")
            onClicked: {
                if (view.respondentBusy && !view.confirmingEnd) {
                    view.confirmingEnd = true
                    confirmTimer.restart()
                } else {
                    Staff.end()
                }
            }
        }
        Timer {
            id: confirmTimer
            interval: 5000
            onTriggered: view.confirmingEnd = false
        }
    }

    Loader {
        id: stepLoader
        objectName: "monitorStep"
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        sourceComponent: {
            switch (Monitor.step) {
            case Monitor.ChooseArea: return areaStep
            case Monitor.AboutYou: return aboutStep
            case Monitor.Rating: return themeStep
            case Monitor.Summary: return summaryStep
            }
            return startStep
        }
    }

    Component { id: startStep; MonitorStartView { } }
    Component { id: areaStep; MonitorAreaView { } }
    Component { id: aboutStep; MonitorAboutView { } }
    Component { id: themeStep; MonitorThemeView { } }
    Component { id: summaryStep; MonitorSummaryView { } }

    Timer {
        id: savedTimer
        interval: 3000
    }
    Connections {
        target: Monitor
        function onSubmitted() {
            view.confirmingEnd = false
            savedTimer.restart()
        }
        function onStepChanged() {
            if (!view.respondentBusy)
                view.confirmingEnd = false
        }
    }
}
