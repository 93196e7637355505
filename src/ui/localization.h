// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QTranslator>

namespace stadtlabor {

// The language of the screens. German is the default; English is always there. Switching
// swaps the translator and retranslates every qsTr() in the engine.
class Localization : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // The languages offered on screen and the one each visitor starts in (device settings).
    Q_PROPERTY(QStringList languages READ languages NOTIFY offerChanged)
    Q_PROPERTY(QString defaultLanguage READ defaultLanguage NOTIFY offerChanged)

public:
    explicit Localization(QObject *parent = nullptr);
    ~Localization() override;

    static QStringList supportedLanguages();
    static QString builtInDefault() { return QStringLiteral("de"); }

    QString language() const { return m_language; }
    QStringList languages() const { return m_offered; }
    QString defaultLanguage() const { return m_default; }
    // Ignores languages without a translation; keeps the built-in offer when none is left.
    // The language on screen stays until the next resetToDefault().
    void setOffer(const QStringList &languages, const QString &defaultLanguage);
    // False (and nothing changes) for a language the kiosk has no translation for.
    bool setLanguage(const QString &language);
    Q_INVOKABLE void resetToDefault() { setLanguage(defaultLanguage()); }

    void setEngine(QQmlEngine *engine) { m_engine = engine; }

Q_SIGNALS:
    void languageChanged();
    void offerChanged();

private:
    QString m_language;
    QStringList m_offered = supportedLanguages();
    QString m_default = builtInDefault();
    QTranslator m_translator;
    QPointer<QQmlEngine> m_engine;
};

struct LocalizationForeign
{
    Q_GADGET
    QML_FOREIGN(stadtlabor::Localization)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Localization)

public:
    static Localization *create(QQmlEngine *, QJSEngine *);
    inline static Localization *instance = nullptr;
};

} // namespace stadtlabor
