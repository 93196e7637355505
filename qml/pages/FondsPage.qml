// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Stadtlabor

// The Bochum-Fonds form: one page whose content follows the controller's step. Leaving the
// page, by any way, forgets everything the visitor typed.
KioskPage {
    id: page

    title: qsTr("Bochum-Fonds")
    hasAnswers: Fonds.hasAnswers
    signal finished()

    function goBack(): bool { return Fonds.back() }

    StackView.onRemoved: Fonds.reset()
    Component.onDestruction: Fonds.reset()

    Loader {
        id: stepLoader
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
    Component { id: receiptStep; FondsReceiptView { } }

    // Connected here, not in the step's Component: from inside it no id of this page is
    // visible to qmllint (Qt 6.4 has no pragma ComponentBehavior: Bound).
    Connections {
        target: stepLoader.item as FondsReceiptView
        function onFinished() { page.finished() }
    }
}
