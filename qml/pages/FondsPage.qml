// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// The Bochum-Fonds form: one page whose content follows the controller's step. Leaving the
// page, by any way, forgets everything the visitor typed.
Item {
    id: page

    readonly property string title: qsTr("Bochum-Fonds")
    signal finished()

    function goBack() { return Fonds.back() }

    StackView.onRemoved: Fonds.reset()
    Component.onDestruction: Fonds.reset()

    Loader {
        objectName: "fondsStep"
        anchors.fill: parent
        sourceComponent: {
            switch (Fonds.step) {
            case Fonds.Idea: return ideaStep
            case Fonds.Money: return moneyStep
            case Fonds.Who: return whoStep
            case Fonds.Contact: return contactStep
            case Fonds.Review: return reviewStep
            case Fonds.Receipt: return receiptStep
            }
            return introStep
        }
    }

    Component { id: introStep; FondsIntroView { } }
    Component { id: ideaStep; FondsIdeaView { } }
    Component { id: moneyStep; FondsMoneyView { } }
    Component { id: whoStep; FondsWhoView { } }
    Component { id: contactStep; FondsContactView { } }
    Component { id: reviewStep; FondsReviewView { } }
    Component { id: receiptStep; FondsReceiptView { onFinished: page.finished() } }
}
