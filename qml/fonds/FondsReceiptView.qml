// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Stadtlabor

// The receipt: the code in large type and as a QR code with the fund's page, and what next.
Item {
    id: view
    signal finished()

    GridLayout {
        anchors.centerIn: parent
        width: Theme.contentWidth(parent.width)
        columns: view.width > view.height ? 2 : 1
        columnSpacing: Theme.pageMargin
        rowSpacing: Theme.gapLarge

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.gapLarge
            Text {
                Layout.fillWidth: true
                text: qsTr("Thank you, your idea has been handed in!")
                font.pixelSize: Theme.fontTitle
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Your receipt code:")
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                color: Theme.textMuted
            }
            Text {
                objectName: "receiptCode"
                Layout.fillWidth: true
                text: Fonds.receiptCode
                font.pixelSize: Theme.fontDisplay
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                font.letterSpacing: Theme.px(4)
                color: Theme.primary
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Please note the code or take a photo of it. With it, the fund's staff find your idea when you call or write.")
                      + "\n\n" + (Fonds.receiptNeedsAdvice
                                  ? qsTr("Your idea does not yet meet all of the fund's rules. The staff will get in touch to advise you.")
                                  : Fonds.receiptSmallApplication
                                    ? qsTr("A small application: it is decided continuously, usually within a few weeks.")
                                    : qsTr("A large application: the jury decides at its next meeting; the staff will tell you when."))
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            TouchButton {
                objectName: "fondsFinish"
                primary: true
                text: qsTr("Done")
                onClicked: view.finished()
            }
        }
        Rectangle {
            Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
            implicitWidth: Theme.qrSize + 2 * Theme.gutter
            implicitHeight: qrColumn.implicitHeight + 2 * Theme.gapLarge
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.outline
            ColumnLayout {
                id: qrColumn
                anchors.fill: parent
                anchors.margins: Theme.gapLarge
                QrCode {
                    objectName: "receiptQr"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Theme.qrSize
                    Layout.preferredHeight: Theme.qrSize
                    text: Fonds.fundUrl
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("The Bochum-Fonds online: the rules and how it goes on")
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.fontSmall
                    font.family: Theme.fontFamily
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
