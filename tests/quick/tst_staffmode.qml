// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Stadtlabor
import StadtlaborTest

// An interviewer sets up a street survey session by taps and typing, interviews three
// respondents, ends the session and sees its summary; the database holds the three responses
// with the session's IDs.
TestCase {
    name: "StaffMode"
    when: windowShown

    property var window: null

    function openStaffPage() {
        const component = Qt.createComponent("qrc:/qt/qml/Stadtlabor/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { width: 1920, height: 1080 })
        window.show()
        waitForRendering(window.contentItem)
        // As the admin panel or --staff will open it.
        findChild(window.contentItem, "pageStack").push(Qt.resolvedUrl("qrc:/qt/qml/Stadtlabor/pages/StaffPage.qml"))
        tap("staffBegin")
    }

    function cleanup() {
        if (window)
            window.destroy()
        window = null
        Staff.close()
        Monitor.reset()
        Localization.language = "de"
    }

    function find(name) {
        const item = findChild(window.contentItem, name) || findChild(window.header, name)
        verify(item, "no item " + name)
        return item
    }

    // Layouts place items on their next polish: an item is where the visitor sees it once no
    // polish is pending on it or on any item above it.
    function settled(item) {
        for (let i = item; i; i = i.parent) {
            if (isPolishScheduled(i))
                return false
        }
        return true
    }

    function tap(name) {
        tryCompare(findChild(window.contentItem, "pageStack"), "busy", false)
        tryVerify(() => { const i = findChild(window.contentItem, name) || findChild(window.header, name); return i && i.visible },
                  3000, name + " never became visible")
        const item = find(name)
        tryVerify(() => settled(item), 3000, name + " never settled")
        mouseClick(item)
        return item
    }

    function type(text) {
        for (const c of text)
            keyClick(c)
    }

    function interviewRespondent(person) {
        tryCompare(Monitor, "step", Monitor.AboutYou)
        if (person === 0) {
            tap("age_18_29")
            tap("stepNext")
        } else {
            tap("skipAboutYou")
        }
        for (let i = 0; i < Monitor.themeCount; ++i) {
            tryCompare(Monitor, "themeIndex", i)
            tap("score_" + (1 + (person + i) % 7))
            tap("stepNext")
        }
        tryCompare(Monitor, "step", Monitor.Summary)
        tap("monitorSubmit")
        tryCompare(Staff, "count", person + 1)
        // The next respondent is already there; the interviewer sees the save confirmed.
        compare(Monitor.step, Monitor.AboutYou)
        verify(find("staffSaved").visible)
    }

    function test_sessionOfThreeByTaps() {
        const before = TestDb.rows("SELECT count(*) FROM monitor_responses")[0][0]
        openStaffPage()
        // The empty form says what is missing and starts nothing.
        compare(Staff.step, Staff.Setup)
        verify(Staff.interviewerError !== "")
        verify(find("staffAreaError").visible)

        tap("staffInterviewer_input")
        type("IV 7")
        tryVerify(() => Staff.interviewerError !== "") // the space, while typing
        keyClick(Qt.Key_Backspace)
        keyClick(Qt.Key_Backspace)
        type("-7")
        compare(Staff.interviewerInput, "IV-7")
        compare(Staff.interviewerError, "")
        keyClick(Qt.Key_Return) // on to the group, as on a laptop
        verify(find("staffGroup_input").activeFocus)
        type("G2")
        compare(Staff.groupInput, "G2")

        tap("staffArea_mitte")
        tap("staffArea_hamme")
        compare(Staff.area.areaId, "hamme")
        tap("staffBegin")
        tryCompare(Staff, "step", Staff.Interviewing)
        verify(find("staffHeaderText").text.indexOf("IV-7") >= 0)
        verify(find("staffHeaderText").text.indexOf("G2") >= 0)
        verify(find("staffHeaderText").text.indexOf("Hamme") >= 0)

        for (let person = 0; person < 3; ++person)
            interviewRespondent(person)
        verify(find("staffHeaderText").text.indexOf("3") >= 0)

        // Between respondents nothing is lost by ending.
        tap("staffEnd")
        tryCompare(Staff, "step", Staff.Summary)
        verify(find("staffSummaryCount").text.indexOf("3") >= 0)
        // The interviewer's own group: its average shows from any n (here 3, below k), with n.
        verify(find("staffSummaryTitle").text.indexOf("(n = 3)") >= 0, find("staffSummaryTitle").text)
        tryVerify(() => find("staffChart").seriesCount > 0)
        compare(find("staffMeans").count, Monitor.themeCount)

        const rows = TestDb.rows("SELECT count(*) FROM monitor_responses WHERE interviewer_id = 'IV-7' AND group_id = 'G2' AND area_id = 'hamme'")
        compare(rows[0][0], 3)
        compare(TestDb.rows("SELECT count(*) FROM monitor_responses")[0][0], before + 3)

        // Done: home, nothing of the session left, the visitor flow itself again.
        tap("staffDone")
        tryCompare(findChild(window.contentItem, "pageStack"), "depth", 1)
        compare(Staff.step, Staff.Setup)
        compare(Staff.count, 0)
        Monitor.start()
        compare(Monitor.step, Monitor.ChooseArea)
    }

    function test_endingMidRespondentAsksFirst() {
        openStaffPage()
        tap("staffInterviewer_input")
        type("anna")
        tap("staffArea_bochum")
        tap("staffBegin")
        tryCompare(Staff, "step", Staff.Interviewing)
        // Back at the respondent's first step stays in the session.
        tap("backButton")
        compare(Staff.step, Staff.Interviewing)
        compare(Monitor.step, Monitor.AboutYou)
        tap("skipAboutYou")
        tap("score_5")
        tap("staffEnd")
        compare(Staff.step, Staff.Interviewing) // only asks
        tap("staffEnd")
        tryCompare(Staff, "step", Staff.Summary)
        compare(Staff.count, 0)
        tap("staffNewSession")
        tryCompare(Staff, "step", Staff.Setup)
        compare(find("staffInterviewer_input").text, "anna")
        compare(Staff.area.areaId, "bochum")
    }

    // A session ended before its first respondent: the chart says why it is empty.
    function test_summaryBeforeFirstRespondent() {
        openStaffPage()
        verify(Staff.begin("IV-1", "", "hamme"))
        tryCompare(Staff, "step", Staff.Interviewing)
        tap("staffEnd")
        tryCompare(Staff, "step", Staff.Summary)
        const chart = find("staffChart")
        tryVerify(() => findChild(chart, "chartEmpty") && findChild(chart, "chartEmpty").visible)
        verify(findChild(chart, "chartEmptyText").text.length > 20)
        compare(chart.seriesCount, 0)
    }
}
