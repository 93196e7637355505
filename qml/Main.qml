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

    width: 1366
    height: 768
    visible: false
    color: Theme.background
    title: qsTr("Stadtlabor Bochum")
    font.family: Theme.fontFamily

    Binding {
        target: Theme
        property: "scale"
        value: Math.max(0.6, Math.min(window.width, window.height) / 1080)
    }

    // Pages that need heavy imports (QtCharts) are loaded by URL when first opened, so that
    // the start screen does not wait for them.
    function pageComponent(name) {
        switch (name) {
        case "projects": return projectsPage
        case "project": return projectDetailPage
        case "monitor": return Qt.resolvedUrl("pages/MonitorPage.qml").toString()
        case "fonds": return Qt.resolvedUrl("pages/FondsPage.qml").toString()
        case "admin": return adminPage
        }
        return homePage
    }

    function openPage(name, argument) {
        const props = name === "project" ? { projectId: argument } : {}
        stack.push(pageComponent(name), props)
    }

    function openMonitor() {
        Monitor.start()
        openPage("monitor", "")
    }

    function openFonds() {
        Fonds.reset()
        openPage("fonds", "")
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

    header: TopBar {
        title: stack.currentItem ? stack.currentItem.title : ""
        canGoBack: stack.depth > 1
        // A page with steps of its own (the StadtRaumMonitor) walks back through them first.
        onBackRequested: {
            const page = stack.currentItem
            if (!(page && page.goBack && page.goBack()))
                stack.pop()
        }
        onHomeRequested: window.goHome()

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
        anchors.bottomMargin: keyboard.item ? keyboard.item.coveredHeight : 0
        // A page opened directly still has the way back home below it. Pushed in one call,
        // only the top page is built now; those below are built when the visitor goes back.
        Component.onCompleted: {
            const pages = [homePage]
            if (window.initialPage === "project")
                pages.push(projectsPage, projectDetailPage, { projectId: window.initialArgument })
            else if (window.initialPage.startsWith("monitor"))
                pages.push(pageComponent("monitor")) // main() has put the flow at its step
            else if (window.initialPage.startsWith("fonds"))
                pages.push(pageComponent("fonds"))
            else if (window.initialPage !== "home")
                pages.push(pageComponent(window.initialPage))
            push(pages, StackView.Immediate)
        }
    }

    // Set by main() from --no-virtual-keyboard and the device setting.
    property bool virtualKeyboard: false

    // Only its width is set: the panel keeps its own height, and sits below the window's
    // edge until it is needed.
    Loader {
        id: keyboard
        objectName: "keyboardLoader"
        active: false
        z: 100
        width: parent.width
        y: item && item.active ? parent.height - item.height : parent.height
        Behavior on y { NumberAnimation { duration: 150; easing.type: Easing.OutQuad } }
        source: "components/KeyboardPanel.qml"
    }
    onActiveFocusItemChanged: {
        if (virtualKeyboard && activeFocusItem && activeFocusItem.inputMethodHints !== undefined)
            keyboard.active = true
    }

    // After each visitor: no learned words for the next one.
    function forgetVisitorInput() {
        if (keyboard.item)
            keyboard.item.forgetLearnedWords()
    }

    Connections {
        target: Fonds
        function onSubmitted() { window.forgetVisitorInput() }
    }

    // A page that is done (the StadtRaumMonitor's thank-you) returns to the start.
    Connections {
        target: stack.currentItem
        ignoreUnknownSignals: true
        function onFinished() { window.goHome() }
    }

    Component {
        id: homePage
        HomePage {
            onOpenProjects: window.openPage("projects", "")
            onOpenMonitor: window.openMonitor()
            onOpenFonds: window.openFonds()
        }
    }
    Component {
        id: projectsPage
        ProjectsPage {
            onOpenProject: (projectId) => window.openPage("project", projectId)
        }
    }
    Component {
        id: projectDetailPage
        ProjectDetailPage { }
    }
    Component {
        id: adminPage
        AdminPage { objectName: "adminPage" }
    }
}
