// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Stadtlabor

// Step 5: everything on one screen, each section with its own way back to change it.
FondsStepLayout {
    id: view
    heading: qsTr("Check and hand in")
    nextText: qsTr("Hand in idea")

    component Section: Rectangle {
        id: section
        property string title
        property int step
        property string body
        property string changeText
        Layout.fillWidth: true
        implicitHeight: sectionColumn.implicitHeight + 2 * Theme.gap
        radius: Theme.radius / 2
        color: Theme.surface
        border.color: Theme.outline
        ColumnLayout {
            id: sectionColumn
            anchors.fill: parent
            anchors.margins: Theme.gap
            RowLayout {
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: section.title
                    font.pixelSize: Theme.fontBody
                    font.family: Theme.fontFamily
                    font.weight: Font.Bold
                    color: Theme.text
                }
                TouchButton {
                    objectName: "edit_" + section.step
                    text: section.changeText
                    onClicked: Fonds.edit(section.step)
                }
            }
            Text {
                Layout.fillWidth: true
                text: section.body
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                color: Theme.text
                wrapMode: Text.WordWrap
                maximumLineCount: 8
                elide: Text.ElideRight
            }
        }
    }

    Section {
        title: qsTr("Your idea")
        changeText: qsTr("Change idea")
        step: Fonds.Idea
        body: Fonds.title + "\n" + Fonds.area.areaName + " · " + qsTr("start %1").arg(Fonds.plannedStartText)
              + "\n\n" + Fonds.description
    }
    Section {
        title: qsTr("Money")
        changeText: qsTr("Change costs")
        step: Fonds.Money
        body: qsTr("Total cost %1 · own contribution %2 (%3 %) · asked from the fund %4")
              .arg(Fonds.check.totalCost || "").arg(Fonds.check.ownContribution || "").arg(Fonds.check.ownShare || "").arg(Fonds.check.requested || "")
              + (Fonds.check.needsAdvice ? "\n" + qsTr("Marked \"needs advice\": the fund's staff will talk it through with you.") : "")
    }
    Section {
        title: qsTr("Who")
        changeText: qsTr("Change applicant")
        step: Fonds.Who
        body: (Fonds.applicant === "person" ? qsTr("Private person") : Fonds.applicant === "group" ? qsTr("Group or initiative") : qsTr("Association"))
              + (Fonds.organisation !== "" ? ": " + Fonds.organisation : "") + "\n" + qsTr("All three statements confirmed.")
    }
    Section {
        title: qsTr("Contact")
        changeText: qsTr("Change contact")
        step: Fonds.Contact
        body: Fonds.name + "\n" + Fonds.email + (Fonds.email !== "" && Fonds.phone !== "" ? " · " : "") + Fonds.phone
    }
}
