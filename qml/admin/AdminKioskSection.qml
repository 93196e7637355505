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
            label: qsTr("Start in kiosk mode")
            hint: qsTr("Full screen without a window frame; the window cannot be closed and no link opens a browser. The command line option --kiosk also starts it.")
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
            label: qsTr("Hide the mouse pointer")
            hint: qsTr("For touch screens without a mouse.")
        }
        AdminSwitch {
            objectName: "virtualKeyboard"
            width: parent.width
            key: "virtual_keyboard"
            label: qsTr("On-screen keyboard")
            hint: qsTr("Off for laptops with a keyboard.")
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
            label: qsTr("Seconds without a touch before asking \"Are you still there?\"")
            inputMethodHints: Qt.ImhDigitsOnly
        }
        AdminSettingField {
            objectName: "warningSeconds"
            width: parent.width
            key: "warning_seconds"
            label: qsTr("Seconds of the countdown before everything is cleared")
            inputMethodHints: Qt.ImhDigitsOnly
        }
    }

    AdminCard {
        objectName: "modulesCard"
        width: section.width
        title: qsTr("What visitors can do")

        AdminSwitch { objectName: "moduleProjects"; width: parent.width; key: "module_projects"; label: qsTr("Projects") }
        AdminSwitch { objectName: "moduleMonitor"; width: parent.width; key: "module_monitor"; label: qsTr("StadtRaumMonitor") }
        AdminSwitch { objectName: "moduleFonds"; width: parent.width; key: "module_fonds"; label: qsTr("Bochum-Fonds") }
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
            label: qsTr("When visitors can use the terminal")
            hint: qsTr("For example: Mo-Fr 09:00-18:00; Sa 10:00-14:00. Empty: always. Outside these hours the terminal shows when it opens again and collects nothing.")
            placeholder: "Mo-Fr 09:00-18:00; Sa 10:00-14:00"
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        }
    }

    function apply(key, value) {
        Admin.touch()
        section.languageMessage = Settings.set(key, value) ? "" : Settings.lastError
    }
}
