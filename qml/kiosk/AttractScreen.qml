// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// While nobody is there: a calm loop through the projects, the city's latest
// StadtRaumMonitor picture from the hub's results (when there are some), and "touch to
// start". The first touch anywhere starts a session and is not passed on (Session takes it);
// the admin corner is on the start page behind it.
Rectangle {
    id: screen

    readonly property bool wide: width > height
    // Only what the terminal offers: no project loop without the projects, no picture
    // without the StadtRaumMonitor.
    readonly property bool showProjects: Settings.projectsOn && projects.count > 0
    readonly property bool showPicture: CityPicture.available && Settings.monitorOn

    color: Theme.background

    ProjectListModel {
        id: projects
        store: CatalogueStore
        language: Localization.language
        sortOrder: ProjectListModel.UpdatedOrder
    }

    // The waking touch never gets here: Session takes it before any item sees it.
    MouseArea {
        anchors.fill: parent
        onPressed: Session.activity()
    }

    Text {
        id: heading
        x: Theme.pageMargin
        y: Theme.pageMargin
        width: parent.width - 2 * Theme.pageMargin
        text: qsTr("Stadtlabor Bochum")
        font.pixelSize: Theme.fontDisplay
        font.family: Theme.fontFamily
        font.weight: Font.Bold
        color: Theme.primary
        wrapMode: Text.WordWrap
    }
    Text {
        id: subheading
        anchors.top: heading.bottom
        anchors.topMargin: Theme.gapSmall
        x: Theme.pageMargin
        width: parent.width - 2 * Theme.pageMargin
        text: qsTr("What the Smart City Bochum is working on, and what people think of their city.")
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }

    // Projects and picture: side by side on landscape screens, stacked on portrait ones.
    Item {
        id: stage
        anchors.top: subheading.bottom
        anchors.topMargin: Theme.gapLarge
        anchors.bottom: startBand.top
        anchors.bottomMargin: Theme.gapLarge
        x: Theme.pageMargin
        width: parent.width - 2 * Theme.pageMargin

        readonly property real pictureShare: !screen.showPicture ? 0 : screen.showProjects ? 0.56 : 1
        readonly property real projectsWidth: !screen.showProjects ? 0
            : screen.wide ? width * (1 - pictureShare) - (screen.showPicture ? Theme.gapLarge : 0) : width
        readonly property real projectsHeight: screen.wide || !screen.showPicture ? height : Math.min(height * 0.45, Theme.px(560))

        Rectangle {
            id: projectCard
            objectName: "attractProject"
            visible: screen.showProjects
            width: stage.projectsWidth
            // As tall as the text needs, never taller than the stage.
            height: Math.min(stage.projectsHeight, projectText.implicitHeight + 2 * Theme.gapLarge)
            anchors.verticalCenter: screen.wide || !screen.showPicture ? parent.verticalCenter : undefined
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.outline
            border.width: Theme.px(1)
            clip: true

            property int index: 0
            function showNext() { index = (index + 1) % Math.max(1, projects.count) }
            // Read again when the language changes: get() is a plain call.
            readonly property var current: {
                Localization.language
                return projects.count > 0 ? projects.get(index % projects.count) : null
            }

            Column {
                id: projectText
                x: Theme.gapLarge
                y: Theme.gapLarge
                width: parent.width - 2 * Theme.gapLarge
                spacing: Theme.gap
                Text {
                    width: parent.width
                    text: qsTr("Projects of the city")
                    font.pixelSize: Theme.fontSmall
                    font.family: Theme.fontFamily
                    font.weight: Font.Bold
                    font.capitalization: Font.AllUppercase
                    color: Theme.textMuted
                }
                StatusBadge {
                    status: projectCard.current ? projectCard.current.status : ""
                    label: projectCard.current ? projectCard.current.statusLabel : ""
                }
                Text {
                    objectName: "attractProjectTitle"
                    width: parent.width
                    text: projectCard.current ? projectCard.current.title : ""
                    font.pixelSize: Theme.fontTitle
                    font.family: Theme.fontFamily
                    font.weight: Font.Bold
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    text: projectCard.current ? projectCard.current.summary : ""
                    maximumLineCount: 8
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    elide: Text.ElideRight
                    lineHeight: 1.15
                }
                SequentialAnimation on opacity {
                    id: fade
                    running: false
                    NumberAnimation { to: 0; duration: 600; easing.type: Easing.InOutQuad }
                    ScriptAction { script: projectCard.showNext() }
                    NumberAnimation { to: 1; duration: 600; easing.type: Easing.InOutQuad }
                }
            }
            Timer {
                interval: 9000
                repeat: true
                running: screen.visible && projects.count > 1
                onTriggered: fade.restart()
            }
        }

        Rectangle {
            id: pictureCard
            objectName: "attractPicture"
            visible: screen.showPicture
            x: screen.wide && screen.showProjects ? stage.projectsWidth + Theme.gapLarge : 0
            y: screen.wide || !screen.showProjects ? 0 : projectCard.height + Theme.gapLarge
            width: screen.wide ? stage.width - x : stage.width
            height: screen.wide ? stage.height : stage.height - y
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.outline
            border.width: Theme.px(1)

            Text {
                id: pictureHeading
                x: Theme.gapLarge
                y: Theme.gapLarge
                width: parent.width - 2 * Theme.gapLarge
                text: qsTr("How people rate life in %1").arg(CityPicture.areaName)
                font.pixelSize: Theme.fontHeading
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                id: pictureNote
                anchors.top: pictureHeading.bottom
                x: Theme.gapLarge
                width: parent.width - 2 * Theme.gapLarge
                text: qsTr("StadtRaumMonitor: the average of all ratings, from 1 (much to improve) to 7 (very good)")
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            // The chart loads only when there is a picture to show.
            Loader {
                anchors.top: pictureNote.bottom
                anchors.bottom: parent.bottom
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: Theme.gapSmall
                active: screen.showPicture && screen.visible
                source: Qt.resolvedUrl("../components/SpiderChart.qml")
                onLoaded: {
                    item.labels = Qt.binding(() => CityPicture.labels)
                    item.scaleMin = Qt.binding(() => CityPicture.scaleMin)
                    item.scaleMax = Qt.binding(() => CityPicture.scaleMax)
                    item.ownPoints = Qt.binding(() => CityPicture.points)
                    item.ownName = Qt.binding(() => qsTr("Average for %1").arg(CityPicture.areaName))
                    item.noAnswerText = Qt.binding(() => qsTr("no ratings"))
                    item.noAnswerName = Qt.binding(() => qsTr("No ratings: the line skips the theme"))
                }
            }
        }
    }

    Rectangle {
        id: startBand
        objectName: "touchToStart"
        anchors.bottom: parent.bottom
        width: parent.width
        height: startText.implicitHeight + 2 * Theme.gapLarge
        color: Theme.primary
        Text {
            id: startText
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.pageMargin
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Touch the screen to start")
            font.pixelSize: Theme.fontTitle
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.primaryText
            wrapMode: Text.WordWrap
            SequentialAnimation on opacity {
                running: screen.visible
                loops: Animation.Infinite
                NumberAnimation { to: 0.55; duration: 1600; easing.type: Easing.InOutSine }
                NumberAnimation { to: 1; duration: 1600; easing.type: Easing.InOutSine }
            }
        }
    }
}
