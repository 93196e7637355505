// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>

#include <functional>

namespace stadtlabor {

class SettingsRepository;

// Every device setting an admin can change, with its rule and its default: checked as it is
// typed (the reason in the screen's language), stored in the database with the rest of the
// device's data, so a backup of one file is a backup of the device. The admin panel and
// `--setting KEY=VALUE` both go through check() and set().
class DeviceSettings : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantMap values READ values NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString deviceName READ deviceName NOTIFY changed)
    Q_PROPERTY(bool kioskMode READ kioskMode NOTIFY changed)
    Q_PROPERTY(bool hideCursor READ hideCursor NOTIFY changed)
    Q_PROPERTY(bool virtualKeyboard READ virtualKeyboard NOTIFY changed)
    Q_PROPERTY(int idleSeconds READ idleSeconds NOTIFY changed)
    Q_PROPERTY(int warningSeconds READ warningSeconds NOTIFY changed)
    Q_PROPERTY(QStringList languages READ languages NOTIFY changed)
    Q_PROPERTY(QString defaultLanguage READ defaultLanguage NOTIFY changed)
    Q_PROPERTY(bool projectsOn READ projectsOn NOTIFY changed)
    Q_PROPERTY(bool monitorOn READ monitorOn NOTIFY changed)
    Q_PROPERTY(bool fondsOn READ fondsOn NOTIFY changed)
    Q_PROPERTY(QString openingHours READ openingHours NOTIFY changed)

public:
    // Whether an area id names an area of the catalogue in use (for default_area).
    using AreaCheck = std::function<bool(const QString &areaId)>;

    static inline const QString keyDeviceName = QStringLiteral("device_name");
    static inline const QString keyDefaultArea = QStringLiteral("default_area");
    static inline const QString keyKioskMode = QStringLiteral("kiosk_mode");
    static inline const QString keyHideCursor = QStringLiteral("hide_cursor");
    static inline const QString keyVirtualKeyboard = QStringLiteral("virtual_keyboard");
    static inline const QString keyIdleSeconds = QStringLiteral("idle_seconds");
    static inline const QString keyWarningSeconds = QStringLiteral("warning_seconds");
    static inline const QString keyLanguages = QStringLiteral("languages");
    static inline const QString keyDefaultLanguage = QStringLiteral("default_language");
    static inline const QString keyModuleProjects = QStringLiteral("module_projects");
    static inline const QString keyModuleMonitor = QStringLiteral("module_monitor");
    static inline const QString keyModuleFonds = QStringLiteral("module_fonds");
    static inline const QString keyOpeningHours = QStringLiteral("opening_hours");

    DeviceSettings(SettingsRepository &repository, AreaCheck areaExists, QObject *parent = nullptr);

    // Every key this class checks, including the sync settings (hub_allow_http, hub_tls_pin,
    // sync_interval_seconds, contact_retention_days, record_retention_days). hub_url is not
    // one: it is set by enrolling.
    static QStringList keys();
    static QString defaultValue(const QString &key);
    // What the admin pages call a setting and explain about it (SettingsSchema), translated.
    Q_INVOKABLE QString label(const QString &key) const;
    Q_INVOKABLE QString hint(const QString &key) const;

    // Empty when `value` is allowed for `key` now (with the other settings as they are),
    // else why not.
    Q_INVOKABLE QString check(const QString &key, const QString &value) const;
    // Checks, stores and announces; false (and nothing changes) when refused or not stored,
    // with the reason in lastError.
    Q_INVOKABLE bool set(const QString &key, const QString &value);
    Q_INVOKABLE QString value(const QString &key) const;
    // Reads every setting from the database again (another process changed them); the keys
    // whose value differs from before.
    Q_INVOKABLE QStringList reload();

    QVariantMap values() const;
    QString lastError() const { return m_lastError; }
    QString deviceName() const { return value(keyDeviceName); }
    bool kioskMode() const { return isOn(keyKioskMode); }
    bool hideCursor() const { return isOn(keyHideCursor); }
    bool virtualKeyboard() const { return isOn(keyVirtualKeyboard); }
    int idleSeconds() const { return value(keyIdleSeconds).toInt(); }
    int warningSeconds() const { return value(keyWarningSeconds).toInt(); }
    QStringList languages() const { return value(keyLanguages).split(u','); }
    QString defaultLanguage() const { return value(keyDefaultLanguage); }
    bool projectsOn() const { return isOn(keyModuleProjects); }
    bool monitorOn() const { return isOn(keyModuleMonitor); }
    bool fondsOn() const { return isOn(keyModuleFonds); }
    QString openingHours() const { return value(keyOpeningHours); }

Q_SIGNALS:
    void changed();
    void lastErrorChanged();

private:
    bool isOn(const QString &key) const { return value(key) == QLatin1String("on"); }
    void setLastError(const QString &error);

    SettingsRepository &m_repository;
    AreaCheck m_areaExists;
    QHash<QString, QString> m_values;
    QString m_lastError;
};

struct DeviceSettingsForeign
{
    Q_GADGET
    QML_FOREIGN(stadtlabor::DeviceSettings)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Settings)

public:
    static DeviceSettings *create(QQmlEngine *, QJSEngine *);
    inline static DeviceSettings *instance = nullptr;
};

} // namespace stadtlabor
