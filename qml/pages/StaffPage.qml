// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// Street survey mode for staff: set up a session (interviewer, group, area), interview one
// respondent after another, then see the session's summary. The session lives in the Staff
// controller, the interviews in the Monitor controller.
KioskPage {
    id: page
    objectName: "staffPage"

    title: qsTr("Street survey")
    // The respondent being interviewed; what was saved stays saved.
    hasAnswers: Staff.step === Staff.Interviewing && Monitor.hasAnswers
    signal finished()

    // During the interviews the top bar's back button walks back through the respondent's
    // steps and never leaves the session by accident: "End session" does that.
    function goBack(): bool {
        if (Staff.step !== Staff.Interviewing)
            return false
        Monitor.back()
        return true
    }

    // Leaving the page ends the session; what was saved stays saved.
    // However the page is left (Done, back, start), the session and staff mode end with it.
    StackView.onRemoved: {
        Staff.close()
        Session.staffMode = false
    }
    Component.onDestruction: Staff.close()

    Loader {
        id: stepLoader
        objectName: "staffStep"
        anchors.fill: parent
        sourceComponent: {
            switch (Staff.step) {
            case Staff.Interviewing: return loopStep
            case Staff.Summary: return summaryStep
            }
            return setupStep
        }
    }

    Component { id: setupStep; StaffSetupView { } }
    Component { id: loopStep; StaffLoopView { } }
    Component { id: summaryStep; StaffSummaryView { } }

    // Connected here, not in the step's Component: from inside it no id of this page is
    // visible to qmllint (Qt 6.4 has no pragma ComponentBehavior: Bound).
    Connections {
        target: stepLoader.item as StaffSummaryView
        function onDone() {
            Staff.close()
            page.finished()
        }
    }
}
