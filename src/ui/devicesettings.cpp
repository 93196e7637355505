// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicesettings.h"

#include "localization.h"
#include "openinghours.h"
#include "settingsrepository.h"
#include "settingsschema.h"
#include "syncservice.h"

#include <QCoreApplication>
#include <QHostInfo>

namespace stadtlabor {

namespace {

bool isOnOff(const QString &value)
{
    return value == QLatin1String("on") || value == QLatin1String("off");
}

} // namespace

DeviceSettings::DeviceSettings(SettingsRepository &repository, AreaCheck areaExists, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_areaExists(std::move(areaExists))
{
    reload();
}

QStringList DeviceSettings::keys()
{
    QStringList keys;
    for (const SettingSpec &spec : SettingsSchema::all())
        keys.append(spec.key);
    return keys;
}

QString DeviceSettings::defaultValue(const QString &key)
{
    const SettingSpec *spec = SettingsSchema::find(key);
    return spec ? spec->defaultValue : QString();
}

QString DeviceSettings::label(const QString &key) const
{
    const SettingSpec *spec = SettingsSchema::find(key);
    return spec ? QCoreApplication::translate("DeviceSettings", spec->label) : key;
}

QString DeviceSettings::hint(const QString &key) const
{
    const SettingSpec *spec = SettingsSchema::find(key);
    return spec && *spec->hint ? QCoreApplication::translate("DeviceSettings", spec->hint) : QString();
}

QStringList DeviceSettings::reload()
{
    QStringList differ;
    for (const QString &key : keys()) {
        QString fallback = defaultValue(key);
        if (key == keyDeviceName)
            fallback = QHostInfo::localHostName().left(SettingsSchema::find(key)->max);
        const QString stored = m_repository.value(key, fallback);
        if (!m_values.contains(key) || m_values.value(key) != stored) {
            m_values.insert(key, stored);
            differ.append(key);
        }
    }
    // Announced only when something differs: applying settings restarts the idle time.
    if (!differ.isEmpty())
        Q_EMIT changed();
    return differ;
}

QString DeviceSettings::value(const QString &key) const
{
    return m_values.value(key);
}

QVariantMap DeviceSettings::values() const
{
    QVariantMap map;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

QString DeviceSettings::check(const QString &key, const QString &value) const
{
    const SettingSpec *spec = SettingsSchema::find(key);
    if (!spec)
        return tr("There is no setting \"%1\".").arg(key);
    const auto onOff = [&]() -> QString { return isOnOff(value) ? QString() : tr("Either on or off."); };

    switch (spec->kind) {
    case SettingSpec::Kind::OnOff:
        return onOff();
    case SettingSpec::Kind::Number: {
        bool ok = false;
        const int n = value.trimmed().toInt(&ok);
        if (!ok || n < spec->min || n > spec->max)
            return tr("Enter a whole number from %1 to %2.").arg(spec->min).arg(spec->max);
        return QString();
    }
    case SettingSpec::Kind::Name: {
        const QString name = value.trimmed();
        if (name.size() < spec->min)
            return tr("The terminal needs a name, e.g. where it stands.");
        if (name.size() > spec->max)
            return tr("At most %1 characters.").arg(spec->max);
        for (const QChar c : name) {
            if (!c.isPrint())
                return tr("Letters, digits, spaces and punctuation only.");
        }
        return QString();
    }
    case SettingSpec::Kind::AreaId:
        if (value.isEmpty() || (m_areaExists && m_areaExists(value)))
            return QString();
        return tr("The catalogue has no area \"%1\".").arg(value);
    case SettingSpec::Kind::Module: {
        if (const QString problem = onOff(); !problem.isEmpty())
            return problem;
        int on = 0;
        for (const SettingSpec &other : SettingsSchema::all()) {
            if (other.kind == SettingSpec::Kind::Module)
                on += (other.key == key ? value : this->value(other.key)) == QLatin1String("on") ? 1 : 0;
        }
        return on > 0 ? QString() : tr("At least one module stays on; otherwise the terminal has nothing to offer.");
    }
    case SettingSpec::Kind::Languages: {
        QStringList languages = value.split(u',', Qt::SkipEmptyParts);
        if (languages.isEmpty())
            return tr("Offer at least one language.");
        for (const QString &language : languages) {
            if (!Localization::supportedLanguages().contains(language))
                return tr("\"%1\" is not a language of this terminal; it has %2.")
                    .arg(language, Localization::supportedLanguages().join(QStringLiteral(", ")));
        }
        if (languages.removeDuplicates() > 0)
            return tr("Each language once.");
        if (!languages.contains(defaultLanguage()))
            return tr("The default language (%1) must stay on offer; choose another default first.").arg(defaultLanguage());
        return QString();
    }
    case SettingSpec::Kind::Language:
        if (!languages().contains(value))
            return tr("The default language must be one of the languages on offer (%1).").arg(languages().join(QStringLiteral(", ")));
        return QString();
    case SettingSpec::Kind::OpeningHours: {
        QString reason;
        return OpeningHours::parse(value, &reason) ? QString() : reason;
    }
    case SettingSpec::Kind::KeyPin:
        if (SyncService::checkSetting(key, value.trimmed()).isEmpty())
            return QString();
        return tr("The SHA-256 of the hub's public key in base64 (44 characters), or empty for no pin.");
    }
    return tr("There is no setting \"%1\".").arg(key);
}

bool DeviceSettings::set(const QString &key, const QString &rawValue)
{
    // Numbers and names are kept as typed minus the spaces around them.
    const QString value = key == keyOpeningHours ? rawValue.simplified() : rawValue.trimmed();
    if (const QString problem = check(key, value); !problem.isEmpty()) {
        setLastError(problem);
        return false;
    }
    QString error;
    // A null text would be stored as NULL; "nothing" is the empty text.
    if (!m_repository.setValue(key, value.isNull() ? QStringLiteral("") : value, &error)) {
        qWarning("stadtlabor: setting %s not stored: %s", qPrintable(key), qPrintable(error));
        setLastError(tr("The setting could not be saved. Please try again."));
        return false;
    }
    setLastError(QString());
    if (m_values.value(key) != value) {
        m_values.insert(key, value);
        Q_EMIT changed();
    }
    return true;
}

void DeviceSettings::setLastError(const QString &error)
{
    if (m_lastError == error)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

DeviceSettings *DeviceSettingsForeign::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(instance, "Settings", "main() must create the device settings before QML uses it");
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

} // namespace stadtlabor
