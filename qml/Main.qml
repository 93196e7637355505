// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// The frame: top bar, page stack and language. Pages are their own files.
ApplicationWindow {
    id: window

    // Set by main() from --page; "home", "projects" or "project" with initialArgument.
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

    function pageComponent(name) {
        switch (name) {
        case "projects": return projectsPage
        case "project": return projectDetailPage
        }
        return homePage
    }

    function openPage(name, argument) {
        const props = name === "project" ? { projectId: argument } : {}
        stack.push(pageComponent(name), props)
    }

    function goHome() {
        stack.pop(null)
    }

    header: TopBar {
        title: stack.currentItem ? stack.currentItem.title : ""
        canGoBack: stack.depth > 1
        onBackRequested: stack.pop()
        onHomeRequested: window.goHome()
    }

    StackView {
        id: stack
        objectName: "pageStack"
        anchors.fill: parent
        // A page opened directly still has the way back home below it. Pushed in one call,
        // only the top page is built now; those below are built when the visitor goes back.
        Component.onCompleted: {
            const pages = [homePage]
            if (window.initialPage === "project")
                pages.push(projectsPage, projectDetailPage, { projectId: window.initialArgument })
            else if (window.initialPage !== "home")
                pages.push(pageComponent(window.initialPage))
            push(pages, StackView.Immediate)
        }
    }

    Component {
        id: homePage
        HomePage {
            onOpenProjects: window.openPage("projects", "")
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
}
