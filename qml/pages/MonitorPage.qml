// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// The StadtRaumMonitor: one page whose content follows the controller's step. Leaving the
// page, by any way, forgets the person's answers.
KioskPage {
    id: page

    title: qsTr("StadtRaumMonitor")
    hasAnswers: Monitor.hasAnswers
    signal finished()

    // The top bar's back button walks back through the flow before it leaves the page.
    function goBack(): bool { return Monitor.back() }

    // Off the stack (home, back, idle): the answers go at once, not when the page is
    // eventually destroyed.
    StackView.onRemoved: Monitor.reset()
    Component.onDestruction: Monitor.reset()

    Loader {
        id: stepLoader
        objectName: "monitorStep"
        anchors.fill: parent
        sourceComponent: {
            switch (Monitor.step) {
            case Monitor.ChooseArea: return areaStep
            case Monitor.AboutYou: return aboutStep
            case Monitor.Rating: return themeStep
            case Monitor.Summary: return summaryStep
            case Monitor.Done: return doneStep
            }
            return startStep
        }
    }

    Component { id: startStep; MonitorStartView { } }
    Component { id: areaStep; MonitorAreaView { } }
    Component { id: aboutStep; MonitorAboutView { } }
    Component { id: themeStep; MonitorThemeView { } }
    Component { id: summaryStep; MonitorSummaryView { } }
    Component { id: doneStep; MonitorDoneView { } }

    // Connected here, not in the step's Component: from inside it no id of this page is
    // visible to qmllint (Qt 6.4 has no pragma ComponentBehavior: Bound).
    Connections {
        target: stepLoader.item as MonitorDoneView
        function onFinished() { page.finished() }
    }
}
