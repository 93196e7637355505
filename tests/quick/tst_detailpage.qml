// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Stadtlabor

// The detail page explains the status and offers the link only as a QR code.
Item {
    width: 1920
    height: 1080

    ProjectDetailPage {
        id: page
        anchors.fill: parent
        projectId: "kulturportal"
    }

    TestCase {
        name: "ProjectDetailPage"
        when: windowShown

        function init() { Localization.language = "de" }

        function test_showsProjectWithStatusAndQr() {
            verify(page.found)
            compare(page.title, "Kulturportal")
            const badge = findChild(page, "detailStatus")
            compare(badge.status, "planning")
            compare(badge.label, "Vorbereitung/Planung")
            const body = findChild(page, "detailBody")
            verify(body.text.indexOf("Veranstaltungskalender") >= 0)
            compare(body.textFormat, Text.PlainText) // no clickable links, no markup from the catalogue
            const qr = findChild(page, "detailQr")
            verify(qr.valid)
            compare(qr.text, page.project.linkUrl)
            verify(qr.width >= 200)
        }

        function test_followsLanguage() {
            Localization.language = "en"
            tryCompare(page, "title", "Culture portal")
            compare(findChild(page, "detailStatus").label, "Preparation / planning")
        }

        function test_unknownProject() {
            page.projectId = "no-such-project"
            verify(!page.found)
            compare(page.title, "Projekt nicht gefunden")
            verify(!findChild(page, "detailQr").visible)
            page.projectId = "kulturportal"
        }
    }
}
