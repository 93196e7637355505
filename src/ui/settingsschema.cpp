// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsschema.h"

#include <QCoreApplication>

namespace stadtlabor {

namespace {

using Kind = SettingSpec::Kind;
using Applies = SettingSpec::Applies;

QList<SettingSpec> build()
{
    return {
        {QStringLiteral("device_name"), Kind::Name, 1, 64, QString(),
         QT_TRANSLATE_NOOP("DeviceSettings", "Name of this terminal"),
         QT_TRANSLATE_NOOP("DeviceSettings", "Where it stands, e.g. \"Stadtlabor entrance\". The hub lists the terminal under the name given when it was enrolled."),
         "1 to 64 printable characters (the host name)"},
        {QStringLiteral("default_area"), Kind::AreaId, 0, 0, QString(),
         QT_TRANSLATE_NOOP("DeviceSettings", "Preset area of the StadtRaumMonitor"), "",
         "an area id of the catalogue, or empty (empty)"},
        {QStringLiteral("kiosk_mode"), Kind::OnOff, 0, 0, QStringLiteral("off"),
         QT_TRANSLATE_NOOP("DeviceSettings", "Start in kiosk mode"),
         QT_TRANSLATE_NOOP("DeviceSettings", "Full screen without a window frame; the window cannot be closed and no link opens a browser. The command line option --kiosk also starts it."),
         "", Applies::AtOnce},
        {QStringLiteral("hide_cursor"), Kind::OnOff, 0, 0, QStringLiteral("off"),
         QT_TRANSLATE_NOOP("DeviceSettings", "Hide the mouse pointer"),
         QT_TRANSLATE_NOOP("DeviceSettings", "For touch screens without a mouse."), ""},
        {QStringLiteral("virtual_keyboard"), Kind::OnOff, 0, 0, QStringLiteral("on"),
         QT_TRANSLATE_NOOP("DeviceSettings", "On-screen keyboard"),
         QT_TRANSLATE_NOOP("DeviceSettings", "Off for laptops with a keyboard."), ""},
        {QStringLiteral("idle_seconds"), Kind::Number, 20, 3600, QStringLiteral("90"),
         QT_TRANSLATE_NOOP("DeviceSettings", "Seconds without a touch before asking \"Are you still there?\""), "", ""},
        {QStringLiteral("warning_seconds"), Kind::Number, 5, 120, QStringLiteral("20"),
         QT_TRANSLATE_NOOP("DeviceSettings", "Seconds of the countdown before everything is cleared"), "", ""},
        {QStringLiteral("module_projects"), Kind::Module, 0, 0, QStringLiteral("on"),
         QT_TRANSLATE_NOOP("DeviceSettings", "Projects"), "", "`on`, `off`; one module stays on (`on`)"},
        {QStringLiteral("module_monitor"), Kind::Module, 0, 0, QStringLiteral("on"),
         QT_TRANSLATE_NOOP("DeviceSettings", "StadtRaumMonitor"), "", "`on`, `off`; one module stays on (`on`)"},
        {QStringLiteral("module_fonds"), Kind::Module, 0, 0, QStringLiteral("on"),
         QT_TRANSLATE_NOOP("DeviceSettings", "Bochum-Fonds"), "", "`on`, `off`; one module stays on (`on`)"},
        {QStringLiteral("languages"), Kind::Languages, 0, 0, QStringLiteral("de,en"),
         QT_TRANSLATE_NOOP("DeviceSettings", "Languages on offer"), "",
         "`de`, `en` or `de,en`, holding the default language (`de,en`)"},
        {QStringLiteral("default_language"), Kind::Language, 0, 0, QStringLiteral("de"),
         QT_TRANSLATE_NOOP("DeviceSettings", "Language each visitor starts in"), "",
         "one of `languages` (`de`)"},
        {QStringLiteral("opening_hours"), Kind::OpeningHours, 0, 0, QString(),
         QT_TRANSLATE_NOOP("DeviceSettings", "When visitors can use the terminal"),
         QT_TRANSLATE_NOOP("DeviceSettings", "For example: Mo-Fr 09:00-18:00; Sa 10:00-14:00. Empty: always. Outside these hours the terminal shows when it opens again and collects nothing."),
         "like a door sign, `Mo-Fr 09:00-18:00; Sa 10:00-14:00` (German or English day names, ranges, lists, "
         "several times per day), empty for always (empty)"},
        {QStringLiteral("hub_allow_http"), Kind::OnOff, 0, 0, QStringLiteral("off"),
         QT_TRANSLATE_NOOP("DeviceSettings", "Allow unencrypted http to other computers"),
         QT_TRANSLATE_NOOP("DeviceSettings", "Only for a test network. Without it, plain http is used only for a hub on this computer."),
         "", Applies::NextSync},
        {QStringLiteral("hub_tls_pin"), Kind::KeyPin, 0, 0, QString(),
         QT_TRANSLATE_NOOP("DeviceSettings", "Pinned key of the hub (optional)"),
         QT_TRANSLATE_NOOP("DeviceSettings", "The SHA-256 of the hub's public key, base64. When set, the terminal talks only to a hub with exactly this key."),
         "base64 SHA-256 of the hub's public key (44 characters), or empty (empty)", Applies::NextSync},
        {QStringLiteral("sync_interval_seconds"), Kind::Number, 10, 86400, QStringLiteral("60"),
         QT_TRANSLATE_NOOP("DeviceSettings", "Seconds between syncs"), "", "", Applies::NextSync},
        {QStringLiteral("contact_retention_days"), Kind::Number, 0, 365, QStringLiteral("0"),
         QT_TRANSLATE_NOOP("DeviceSettings", "Days the sealed contact details stay after the hub has them"),
         QT_TRANSLATE_NOOP("DeviceSettings", "0: deleted as soon as the hub has confirmed them."), "", Applies::NextSync},
        {QStringLiteral("record_retention_days"), Kind::Number, 1, 3650, QStringLiteral("30"),
         QT_TRANSLATE_NOOP("DeviceSettings", "Days sent records stay after the hub has them"), "", "", Applies::NextSync},
    };
}

QString valuesText(const SettingSpec &spec)
{
    if (spec.values && *spec.values)
        return QString::fromUtf8(spec.values);
    switch (spec.kind) {
    case Kind::OnOff:
        return QStringLiteral("`on`, `off` (`%1`)").arg(spec.defaultValue);
    case Kind::Number:
        return QStringLiteral("%1 to %2 (%3)").arg(spec.min).arg(spec.max).arg(spec.defaultValue);
    default:
        return QString();
    }
}

} // namespace

const QList<SettingSpec> &SettingsSchema::all()
{
    static const QList<SettingSpec> specs = build();
    return specs;
}

const SettingSpec *SettingsSchema::find(const QString &key)
{
    for (const SettingSpec &spec : all()) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

QString SettingsSchema::markdownTable()
{
    QString table = QStringLiteral("| setting | values (default) | takes effect |\n| --- | --- | --- |\n");
    for (const SettingSpec &spec : all()) {
        const QString when = spec.applies == SettingSpec::Applies::AtOnce ? QStringLiteral("at once")
                                                                           : QStringLiteral("at the next sync");
        table += QStringLiteral("| `%1` | %2 | %3 |\n").arg(spec.key, valuesText(spec), when);
    }
    return table;
}

} // namespace stadtlabor
