// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// The frame: top bar, page stack and language. Pages are their own files.
ApplicationWindow {
    id: window

    // Set by main() from --page; "home", "projects", "admin" or "project" with initialArgument.
    property string initialPage: "home"
    property string initialArgument: ""

    // Set by main(): a fresh install asks for an admin PIN before anything is collected.
    property bool requirePin: false
    // Kiosk mode (--kiosk or the setting): full screen, no frame, cannot be closed.
    readonly property bool kioskMode: Lockdown.active
    // The admin pages are on screen: the attract and closed screens step aside for them.
    readonly property bool adminOpen: stack.currentItem !== null && stack.currentItem.objectName === "adminPage"

    width: 1366
    height: 768
    visible: false
    flags: kioskMode ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window
    onKioskModeChanged: {
        if (kioskMode)
            showFullScreen()
        else
            showNormal()
    }
    onClosing: (close) => {
        if (window.kioskMode)
            close.accepted = false
    }

    // On a laptop the usual keys close the window; in kiosk mode they do nothing (and
    // Lockdown swallows them before any shortcut sees them).
    Shortcut {
        sequences: ["Ctrl+Q", "Alt+F4"]
        enabled: !window.kioskMode
        context: Qt.ApplicationShortcut
        onActivated: window.close()
    }
    color: Theme.background
    title: qsTr("Stadtlabor Bochum")
    font.family: Theme.fontFamily

    Binding {
        target: Theme
        property: "scale"
        value: Math.max(0.6, Math.min(window.width, window.height) / 1080)
    }

    // Only the start page and the projects page are types of this file. Every other page is
    // loaded by URL when first opened: a type named here is loaded, with all it imports, before
    // the first frame (bench_startup).
    function pageComponent(name) {
        switch (name) {
        case "projects": return projectsPage
        case "project": return Qt.resolvedUrl("pages/ProjectDetailPage.qml").toString()
        case "monitor": return Qt.resolvedUrl("pages/MonitorPage.qml").toString()
        case "fonds": return Qt.resolvedUrl("pages/FondsPage.qml").toString()
        case "admin": return Qt.resolvedUrl("pages/AdminPage.qml").toString()
        case "staff": return Qt.resolvedUrl("pages/StaffPage.qml").toString()
        }
        return homePage
    }

    function pageProperties(name, argument) {
        return name === "project" ? { projectId: argument }
             : name === "admin" && argument !== "" ? { objectName: "adminPage", section: argument }
             : name === "admin" ? { objectName: "adminPage" } : {}
    }

    function openPage(name, argument) {
        stack.push(pageComponent(name), pageProperties(name, argument))
    }

    // Nothing is collected before the device has an admin PIN (the controllers refuse to
    // save; the frame leads to the admin pages instead of a flow).
    readonly property bool mustSetPin: requirePin && Gate.pinMissing

    function openMonitor() {
        if (mustSetPin)
            return openAdmin()
        Monitor.start()
        openPage("monitor", "")
    }

    function openFonds() {
        if (mustSetPin)
            return openAdmin()
        Fonds.reset()
        openPage("fonds", "")
    }

    // Street survey: from the admin pages or --staff. Nobody is timed out meanwhile.
    function openStaff() {
        if (mustSetPin)
            return openAdmin()
        Session.staffMode = true
        stack.pop(null, StackView.Immediate)
        openPage("staff", "")
    }

    // A visitor finished a flow on purpose: the same as walking away, without the wait.
    function finishVisit() {
        if (stack.currentItem && stack.currentItem.objectName === "staffPage")
            Session.staffMode = false
        Session.endSession()
        if (stack.depth > 1)
            goHome()
    }

    // The admin pages (behind their PIN), from the start screen's hidden corner or --page admin.
    function openAdmin() {
        if (!(stack.currentItem && stack.currentItem.objectName === "adminPage"))
            openPage("admin", "")
    }

    function goHome() {
        stack.pop(null)
        forgetVisitorInput()
    }

    // Leaving a page with answers given asks first; `leave` runs only once the visitor chose
    // to discard them (at once when there is nothing to lose).
    function leaveAsking(leave) {
        if (!(currentPage && currentPage.hasAnswers))
            return leave()
        discardDialog.ask(discard => { if (discard) leave() })
    }

    DiscardDialog { id: discardDialog }

    // After the session's controllers were cleared: back to the start page, nothing of the
    // previous visitor on any page or in the back history.
    Connections {
        target: Session
        function onSessionEnded() {
            // A new start page too: not even its scroll position is the previous visitor's.
            discardDialog.pending = null
            discardDialog.close()
            stack.replace(null, homePage, {}, StackView.Immediate)
            window.forgetVisitorInput()
            keyboard.active = false
            window.contentItem.forceActiveFocus()
        }
    }

    // Every page on the stack is a KioskPage.
    readonly property KioskPage currentPage: stack.currentItem as KioskPage

    header: TopBar {
        title: window.currentPage ? window.currentPage.title : ""
        canGoBack: stack.depth > 1
        // A page with steps of its own (the StadtRaumMonitor) walks back through them first.
        onBackRequested: {
            const page = window.currentPage
            if (!(page && page.goBack()))
                window.leaveAsking(() => stack.pop())
        }
        onHomeRequested: window.leaveAsking(() => window.goHome())

        // No visible hint: a three-second press on the top-left corner of the start screen.
        MouseArea {
            objectName: "adminCorner"
            width: 120
            height: 120
            z: 10
            enabled: stack.depth === 1
            pressAndHoldInterval: 3000
            onPressAndHold: window.openAdmin()
        }
    }

    StackView {
        id: stack
        objectName: "pageStack"
        anchors.fill: parent
        // The on-screen keyboard takes the lower part; pages shrink instead of being covered.
        anchors.bottomMargin: keyboard.item ? (keyboard.item as KeyboardPanel).coveredHeight : 0
        // A page opened directly still has the way back home below it. Pushed in one call,
        // only the top page is built now; those below are built when the visitor goes back.
        Component.onCompleted: {
            const pages = [homePage]
            if (window.mustSetPin && window.initialPage === "home")
                pages.push(window.pageComponent("admin"), window.pageProperties("admin", ""))
            if (Routes.isStaff(window.initialPage))
                Session.staffMode = true
            // The route table (pageroute.cpp) says which pages stand above the start page.
            const entries = Routes.stack(window.initialPage, window.initialArgument)
            for (let i = 0; i < entries.length; ++i)
                pages.push(window.pageComponent(entries[i].page),
                           Object.assign(window.pageProperties(entries[i].page, ""), entries[i].properties))
            push(pages, StackView.Immediate)
        }
    }

    // Set by main(): whether the on-screen keyboard's input method is loaded (not with
    // --no-virtual-keyboard); the device setting switches it on and off.
    property bool virtualKeyboard: false
    readonly property bool keyboardOn: virtualKeyboard && Settings.virtualKeyboard

    // Only its width is set: the panel keeps its own height, and sits below the window's
    // edge until it is needed.
    Loader {
        id: keyboard
        objectName: "keyboardLoader"
        active: false
        z: 100
        width: parent.width
        // The panel's type is named only once the panel is there: a property of that type
        // would load the keyboard's imports with the start screen.
        y: {
            const panel = item ? item as KeyboardPanel : null
            return panel && panel.active ? parent.height - panel.height : parent.height
        }
        Behavior on y { NumberAnimation { duration: 150; easing.type: Easing.OutQuad } }
        source: "components/KeyboardPanel.qml"
    }
    onActiveFocusItemChanged: {
        if (keyboardOn && (activeFocusItem instanceof TextInput || activeFocusItem instanceof TextEdit))
            keyboard.active = true
    }

    // After each visitor: no learned words for the next one.
    function forgetVisitorInput() {
        if (keyboard.item)
            (keyboard.item as KeyboardPanel).forgetLearnedWords()
    }

    Connections {
        target: Fonds
        function onSubmitted() { window.forgetVisitorInput() }
    }

    // What the pages ask for. Connected here, not in the pages' Components: from inside those
    // no id of this file is visible to qmllint (Qt 6.4 has no pragma ComponentBehavior: Bound).
    Connections {
        target: stack.currentItem
        ignoreUnknownSignals: true
        // A page that is done (the StadtRaumMonitor's thank-you) returns to the start.
        function onFinished() { window.finishVisit() }
        function onOpenProjects() { window.openPage("projects", "") }
        function onOpenMonitor() { window.openMonitor() }
        function onOpenFonds() { window.openFonds() }
        function onOpenProject(projectId: string) { window.openPage("project", projectId) }
        function onStaffRequested() { window.openStaff() }
    }

    // Nobody there, the countdown, or closed: above everything, the top bar included. Made
    // only while shown, and loaded by URL, so the start page waits neither for them nor for
    // their imports.
    Loader {
        parent: window.contentItem.parent
        anchors.fill: parent
        active: Session.state === "attract" && !window.adminOpen
        source: "kiosk/AttractScreen.qml"
        onLoaded: item.objectName = "attractScreen"
    }
    Loader {
        id: closedLoader
        parent: window.contentItem.parent
        anchors.fill: parent
        active: Session.state === "closed" && !window.adminOpen
        source: "kiosk/ClosedScreen.qml"
        onLoaded: item.objectName = "closedScreen"
    }
    Connections {
        target: closedLoader.item
        ignoreUnknownSignals: true
        function onAdminRequested() { window.openAdmin() }
    }
    Loader {
        parent: window.contentItem.parent
        anchors.fill: parent
        active: Session.state === "warning"
        source: "kiosk/IdleOverlay.qml"
        onLoaded: item.objectName = "idleOverlay"
    }

    Component { id: homePage; HomePage { } }
    Component { id: projectsPage; ProjectsPage { } }
}
