// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicesettings.h"

#include "localization.h"
#include "openinghours.h"
#include "settingsrepository.h"
#include "syncservice.h"

#include <QHostInfo>

namespace stadtlabor {

namespace {

constexpr int maxDeviceName = 64;

bool isOnOff(const QString &value)
{
    return value == QLatin1String("on") || value == QLatin1String("off");
}

// Idle and warning times, in seconds.
constexpr int idleMin = 20;
constexpr int idleMax = 3600;
constexpr int warningMin = 5;
constexpr int warningMax = 120;

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
    return {keyDeviceName,     keyDefaultArea,   keyKioskMode,     keyHideCursor,       keyVirtualKeyboard,
            keyIdleSeconds,    keyWarningSeconds, keyLanguages,    keyDefaultLanguage,  keyModuleProjects,
            keyModuleMonitor,  keyModuleFonds,   keyOpeningHours,  SyncService::keyAllowHttp, SyncService::keyPin,
            SyncService::keyInterval, SyncService::keyContactDays, SyncService::keyRecordDays};
}

QString DeviceSettings::defaultValue(const QString &key)
{
    static const QHash<QString, QString> defaults{
        {keyDeviceName, QString()}, // the host name, filled in by reload()
        {keyDefaultArea, QString()},
        {keyKioskMode, QStringLiteral("off")},
        {keyHideCursor, QStringLiteral("off")},
        {keyVirtualKeyboard, QStringLiteral("on")},
        {keyIdleSeconds, QStringLiteral("90")},
        {keyWarningSeconds, QStringLiteral("20")},
        {keyLanguages, Localization::supportedLanguages().join(u',')},
        {keyDefaultLanguage, Localization::builtInDefault()},
        {keyModuleProjects, QStringLiteral("on")},
        {keyModuleMonitor, QStringLiteral("on")},
        {keyModuleFonds, QStringLiteral("on")},
        {keyOpeningHours, QString()},
        {SyncService::keyAllowHttp, QStringLiteral("off")},
        {SyncService::keyPin, QString()},
        {SyncService::keyInterval, QStringLiteral("60")},
        {SyncService::keyContactDays, QStringLiteral("0")},
        {SyncService::keyRecordDays, QStringLiteral("30")},
    };
    return defaults.value(key);
}

void DeviceSettings::reload()
{
    for (const QString &key : keys()) {
        QString fallback = defaultValue(key);
        if (key == keyDeviceName)
            fallback = QHostInfo::localHostName().left(maxDeviceName);
        m_values.insert(key, m_repository.value(key, fallback));
    }
    Q_EMIT changed();
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
    const auto number = [&](int min, int max) -> QString {
        bool ok = false;
        const int n = value.trimmed().toInt(&ok);
        if (!ok || n < min || n > max)
            return tr("Enter a whole number from %1 to %2.").arg(min).arg(max);
        return QString();
    };
    const auto onOff = [&]() -> QString { return isOnOff(value) ? QString() : tr("Either on or off."); };

    if (key == keyDeviceName) {
        const QString name = value.trimmed();
        if (name.isEmpty())
            return tr("The terminal needs a name, e.g. where it stands.");
        if (name.size() > maxDeviceName)
            return tr("At most %1 characters.").arg(maxDeviceName);
        for (const QChar c : name) {
            if (!c.isPrint())
                return tr("Letters, digits, spaces and punctuation only.");
        }
        return QString();
    }
    if (key == keyDefaultArea) {
        if (value.isEmpty() || (m_areaExists && m_areaExists(value)))
            return QString();
        return tr("The catalogue has no area \"%1\".").arg(value);
    }
    if (key == keyKioskMode || key == keyHideCursor || key == keyVirtualKeyboard || key == SyncService::keyAllowHttp)
        return onOff();
    if (key == keyModuleProjects || key == keyModuleMonitor || key == keyModuleFonds) {
        if (const QString problem = onOff(); !problem.isEmpty())
            return problem;
        int on = 0;
        for (const QString &module : {keyModuleProjects, keyModuleMonitor, keyModuleFonds})
            on += (module == key ? value : this->value(module)) == QLatin1String("on") ? 1 : 0;
        return on > 0 ? QString() : tr("At least one module stays on; otherwise the terminal has nothing to offer.");
    }
    if (key == keyIdleSeconds)
        return number(idleMin, idleMax);
    if (key == keyWarningSeconds)
        return number(warningMin, warningMax);
    if (key == keyLanguages) {
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
    if (key == keyDefaultLanguage) {
        if (!languages().contains(value))
            return tr("The default language must be one of the languages on offer (%1).").arg(languages().join(QStringLiteral(", ")));
        return QString();
    }
    if (key == keyOpeningHours) {
        QString reason;
        return OpeningHours::parse(value, &reason) ? QString() : reason;
    }
    if (const auto range = SyncService::numberRange(key))
        return number(range->first, range->second);
    if (key == SyncService::keyPin) {
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
