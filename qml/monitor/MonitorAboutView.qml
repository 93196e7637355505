// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Stadtlabor

// About you: optional, skippable in one tap. Tapping a chosen answer again takes it back.
Item {
    id: view

    readonly property var ageBands: [
        { id: "under_18", label: qsTr("under 18") }, { id: "18_29", label: qsTr("18 to 29") },
        { id: "30_44", label: qsTr("30 to 44") }, { id: "45_64", label: qsTr("45 to 64") },
        { id: "65_plus", label: qsTr("65 or older") }, { id: "no_answer", label: qsTr("I'd rather not say my age") }
    ]
    readonly property var genders: [
        { id: "female", label: qsTr("female") }, { id: "male", label: qsTr("male") },
        { id: "diverse", label: qsTr("diverse") }, { id: "no_answer", label: qsTr("I'd rather not say my gender") }
    ]
    readonly property var relationOptions: [
        { id: "live", label: qsTr("I live here") }, { id: "work", label: qsTr("I work here") },
        { id: "study", label: qsTr("I study or go to school here") }, { id: "visit", label: qsTr("I visit") }
    ]

    component Heading: Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        font.pixelSize: Theme.fontHeading
        font.family: Theme.fontFamily
        font.weight: Font.Bold
        color: Theme.text
        wrapMode: Text.WordWrap
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gapLarge
            Text {
                Layout.fillWidth: true
                text: qsTr("About you (optional)")
                font.pixelSize: Theme.fontTitle
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            TouchButton {
                objectName: "skipAboutYou"
                text: qsTr("Skip")
                onClicked: Monitor.skipAboutYou()
            }
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("These answers help the city see whom it reaches. They are stored without your name.")
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }

        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: options.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: options
                width: parent.width
                spacing: Theme.gap

                Heading { text: qsTr("Age") }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gapSmall
                    Repeater {
                        model: view.ageBands
                        OptionButton {
                            required property var modelData
                            objectName: "age_" + modelData.id
                            text: modelData.label
                            selected: Monitor.ageBand === modelData.id
                            onClicked: Monitor.ageBand = modelData.id
                        }
                    }
                }
                Heading { text: qsTr("Gender") }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gapSmall
                    Repeater {
                        model: view.genders
                        OptionButton {
                            required property var modelData
                            objectName: "gender_" + modelData.id
                            text: modelData.label
                            selected: Monitor.gender === modelData.id
                            onClicked: Monitor.gender = modelData.id
                        }
                    }
                }
                Heading { text: qsTr("How are you connected to %1? (as many as apply)").arg(Monitor.areaName) }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gapSmall
                    Repeater {
                        model: view.relationOptions
                        OptionButton {
                            required property var modelData
                            objectName: "relation_" + modelData.id
                            text: modelData.label
                            selected: Monitor.relations.indexOf(modelData.id) >= 0
                            onClicked: Monitor.toggleRelation(modelData.id)
                        }
                    }
                }
            }
        }

        StepFooter {
            Layout.fillWidth: true
            // In a street survey the area is the session's: nothing to go back to.
            backVisible: !Monitor.inStaffSession
            onNextClicked: Monitor.next()
            onBackClicked: Monitor.back()
        }
    }
}
