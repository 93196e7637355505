// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace stadtlabor {

// Every device setting, described once: its key, what kind of value it takes and its range,
// its default, what the admin pages call it and explain about it, and when a change takes
// effect. DeviceSettings checks values by it, `--setting` and the admin fields go through
// DeviceSettings, and README's table of settings is printed from it (a test compares them).
struct SettingSpec
{
    enum class Kind {
        OnOff,        // "on" or "off"
        Number,       // a whole number from min to max
        Name,         // 1 to max printable characters
        AreaId,       // an area of the catalogue in use, or empty
        Module,       // on/off, and one module stays on
        Languages,    // a comma list of the kiosk's languages, holding the default
        Language,     // one of the languages on offer
        OpeningHours, // like a door sign, or empty for always
        KeyPin,       // base64 SHA-256 (44 characters), or empty
    };
    enum class Applies {
        AtOnce,       // the running kiosk uses the new value at once
        NextSync,     // at the next sync (which also starts at once when due)
    };

    QString key;
    Kind kind;
    int min = 0;
    int max = 0;
    QString defaultValue; // device_name: empty here, the host name at run time
    const char *label;    // source text of the admin field's label (translated in DeviceSettings)
    const char *hint;     // source text of its explanation; may be empty
    const char *values;   // README's description of the values where the kind does not say it
    Applies applies = Applies::AtOnce;
};

namespace SettingsSchema {
const QList<SettingSpec> &all();
const SettingSpec *find(const QString &key);
// README's table: key, values (default), takes effect.
QString markdownTable();
} // namespace SettingsSchema

} // namespace stadtlabor
