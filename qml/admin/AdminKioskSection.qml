// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Stadtlabor

// How the terminal behaves towards visitors: lock-down, timing, modules, languages, hours.
Column {
    id: section

    property string languageMessage: ""

    spacing: Theme.gapLarge

    AdminCard {
        objectName: "kioskModeCard"
        width: section.width
        title: qsTr("Kiosk mode")

        AdminSwitch {
            objectName: "kioskMode"
            width: parent.width
            key: "kiosk_mode"
        }
        AdminValue {
            objectName: "kioskModeNow"
            width: parent.width
            label: qsTr("Right now")
            value: Lockdown.active ? qsTr("Kiosk mode is on") : qsTr("Kiosk mode is off")
        }
        Text {
            width: parent.width
            text: qsTr("Run as the kiosk service, the application starts again three seconds after it quits; for maintenance stop the service (systemctl stop stadtlabor-kiosk).")
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Flow {
            width: parent.width
            spacing: Theme.gap
            TouchButton {
                objectName: "leaveKioskMode"
                visible: Lockdown.active
                text: qsTr("Leave kiosk mode until restart")
                onClicked: Lockdown.leave()
            }
            TouchButton {
                objectName: "quitApplication"
                text: qsTr("Quit the application")
                onClicked: Lockdown.quit()
            }
        }
        AdminSwitch {
            objectName: "hideCursor"
            width: parent.width
            key: "hide_cursor"
        }
        AdminSwitch {
            objectName: "virtualKeyboard"
            width: parent.width
            key: "virtual_keyboard"
        }
    }

    AdminCard {
        objectName: "idleCard"
        width: section.width
        title: qsTr("When a visitor walks away")

        AdminSettingField {
            objectName: "idleSeconds"
            width: parent.width
            key: "idle_seconds"
            inputMethodHints: Qt.ImhDigitsOnly
        }
        AdminSettingField {
            objectName: "warningSeconds"
            width: parent.width
            key: "warning_seconds"
            inputMethodHints: Qt.ImhDigitsOnly
        }
    }

    AdminCard {
        objectName: "modulesCard"
        width: section.width
        title: qsTr("What visitors can do")

        AdminSwitch { objectName: "moduleProjects"; width: parent.width; key: "module_projects" }
        AdminSwitch { objectName: "moduleMonitor"; width: parent.width; key: "module_monitor" }
        AdminSwitch { objectName: "moduleFonds"; width: parent.width; key: "module_fonds" }
    }

    AdminCard {
        objectName: "languagesCard"
        width: section.width
        title: qsTr("Languages")

        Text {
            width: parent.width
            text: qsTr("Languages on offer (tap to switch on or off):")
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Flow {
            width: parent.width
            spacing: Theme.gapSmall
            Repeater {
                model: ["de", "en"]
                OptionButton {
                    required property string modelData
                    objectName: "offer_" + modelData
                    value: modelData
                    text: modelData === "de" ? "Deutsch" : "English"
                    selected: Array.from(Settings.languages).indexOf(modelData) >= 0
                }
                // Wired here: in Qt 6.4 a delegate sees no outer id as far as the QML tools
                // can tell (pragma ComponentBehavior: Bound comes with 6.5).
                onItemAdded: (index, item) => {
                    const button = item as OptionButton
                    const language = button.value
                    button.clicked.connect(() => {
                        const list = Array.from(Settings.languages)
                        const i = list.indexOf(language)
                        if (i >= 0)
                            list.splice(i, 1)
                        else
                            list.push(language)
                        section.apply("languages", list.join(","))
                    })
                }
            }
        }
        Text {
            width: parent.width
            text: qsTr("Each visitor starts in:")
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Flow {
            width: parent.width
            spacing: Theme.gapSmall
            Repeater {
                model: Settings.languages
                OptionButton {
                    required property string modelData
                    objectName: "defaultLanguage_" + modelData
                    value: modelData
                    text: modelData === "de" ? "Deutsch" : "English"
                    selected: Settings.defaultLanguage === modelData
                }
                onItemAdded: (index, item) => {
                    const button = item as OptionButton
                    button.clicked.connect(() => section.apply("default_language", button.value))
                }
            }
        }
        Text {
            objectName: "languageMessage"
            width: parent.width
            visible: text !== ""
            text: section.languageMessage
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            color: Theme.warning
            wrapMode: Text.WordWrap
        }
    }

    AdminCard {
        objectName: "hoursCard"
        width: section.width
        title: qsTr("Opening hours")

        AdminSettingField {
            objectName: "openingHours"
            width: parent.width
            key: "opening_hours"
            placeholder: "Mo-Fr 09:00-18:00; Sa 10:00-14:00"
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        }
    }

    function apply(key, value) {
        Admin.touch()
        section.languageMessage = Settings.set(key, value) ? "" : Settings.lastError
    }
}
