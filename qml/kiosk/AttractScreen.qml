// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// While nobody is there: a calm loop through the projects, the city's latest
// StadtRaumMonitor picture from the hub's results (once enough people have answered; until
// then how many have, and an invitation), and "touch to start". The first touch anywhere starts a session and is not passed on (Session takes it);
// the admin corner is on the start page behind it.
Rectangle {
    id: screen

    readonly property bool wide: width > height
    // Only what the terminal offers: no project loop without the projects, no picture
    // without the StadtRaumMonitor.
    readonly property bool showProjects: Settings.projectsOn && projects.count > 0
    readonly property bool showPicture: Settings.monitorOn
    // The average of other people's answers only from the catalogue's minimum group size on:
    // the next visitor must never see the answers of the one before.
    readonly property bool pictureAvailable: showPicture && CityPicture.available

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
        // Without a picture the invitation is short: on portrait screens the two cards sit
        // together in the middle instead of leaving the lower half empty.
        readonly property real invitationHeight: pictureInvitation.implicitHeight + 2 * Theme.gapLarge
        readonly property real portraitOffset: screen.wide || !screen.showPicture || screen.pictureAvailable ? 0
            : Math.max(0, (height - (screen.showProjects ? projectCard.height + Theme.gapLarge : 0) - invitationHeight) / 2)

        Rectangle {
            id: projectCard
            objectName: "attractProject"
            visible: screen.showProjects
            width: stage.projectsWidth
            // As tall as the text needs, never taller than the stage.
            height: Math.min(stage.projectsHeight, projectText.implicitHeight + 2 * Theme.gapLarge)
            anchors.verticalCenter: screen.wide || !screen.showPicture ? parent.verticalCenter : undefined
            y: stage.portraitOffset
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
            // The chart takes the room it has; the invitation only what its text needs,
            // centred like the project card.
            readonly property real room: screen.wide ? stage.height : stage.height - below
            readonly property real below: screen.wide ? 0
                : stage.portraitOffset + (screen.showProjects ? projectCard.height + Theme.gapLarge : 0)
            y: screen.pictureAvailable || !screen.wide ? below : (stage.height - height) / 2
            width: screen.wide ? stage.width - x : stage.width
            height: screen.pictureAvailable ? room : Math.min(room, stage.invitationHeight)
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.outline
            border.width: Theme.px(1)

            Text {
                id: pictureHeading
                visible: screen.pictureAvailable
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
                objectName: "attractPictureNote"
                visible: screen.pictureAvailable
                anchors.top: pictureHeading.bottom
                x: Theme.gapLarge
                width: parent.width - 2 * Theme.gapLarge
                text: qsTr("StadtRaumMonitor: the average of %n response(s), from %1 (%2) to %3 (%4)", "", CityPicture.responses)
                      .arg(CityPicture.scaleMin).arg(CityPicture.minLabel).arg(CityPicture.scaleMax).arg(CityPicture.maxLabel)
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
                active: screen.pictureAvailable && screen.visible
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

            // Too few answers for a picture: how many there are, and an invitation.
            Column {
                id: pictureInvitation
                objectName: "attractPictureInvitation"
                visible: !screen.pictureAvailable
                x: Theme.gapLarge
                y: Theme.gapLarge
                width: parent.width - 2 * Theme.gapLarge
                spacing: Theme.gap
                Text {
                    width: parent.width
                    text: qsTr("How is life in %1?").arg(CityPicture.areaName)
                    font.pixelSize: Theme.fontTitle
                    font.family: Theme.fontFamily
                    font.weight: Font.Bold
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "attractPictureCount"
                    width: parent.width
                    text: (CityPicture.responses === 0
                           ? qsTr("Nobody has rated life in %1 yet.").arg(CityPicture.areaName)
                           : qsTr("So far %n response(s) for %1.", "", CityPicture.responses).arg(CityPicture.areaName))
                          + " " + qsTr("The city's picture appears from %1 responses on.").arg(CityPicture.minResponses)
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    lineHeight: 1.15
                }
                // How far the city is from its picture: responses of the k needed.
                Rectangle {
                    objectName: "attractPictureProgress"
                    width: parent.width
                    height: Theme.px(12)
                    radius: height / 2
                    color: Theme.surfaceAlt
                    Rectangle {
                        width: parent.width * Math.min(1, CityPicture.responses / Math.max(1, CityPicture.minResponses))
                        height: parent.height
                        radius: parent.radius
                        color: Theme.primary
                    }
                }
                Text {
                    width: parent.width
                    text: qsTr("Join in: rate your neighbourhood with the StadtRaumMonitor.")
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    font.weight: Font.Bold
                    color: Theme.primary
                    wrapMode: Text.WordWrap
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
