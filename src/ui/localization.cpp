// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization.h"

#include <QCoreApplication>
#include <QLocale>

namespace stadtlabor {

Localization::Localization(QObject *parent)
    : QObject(parent)
{
    if (!setLanguage(builtInDefault())) {
        // Only a broken build lacks the embedded translation; say so and stay consistent.
        qWarning("stadtlabor: the %s translation is missing; showing English", qPrintable(builtInDefault()));
        m_language = QStringLiteral("en");
    }
}

Localization::~Localization()
{
    if (QCoreApplication::instance())
        QCoreApplication::removeTranslator(&m_translator);
}

QStringList Localization::supportedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("en")};
}

void Localization::setOffer(const QStringList &languages, const QString &defaultLanguage)
{
    QStringList offered;
    for (const QString &language : languages) {
        if (supportedLanguages().contains(language) && !offered.contains(language))
            offered.append(language);
    }
    if (offered.isEmpty())
        offered = supportedLanguages();
    const QString chosen = offered.contains(defaultLanguage) ? defaultLanguage : offered.constFirst();
    if (offered == m_offered && chosen == m_default)
        return;
    m_offered = offered;
    m_default = chosen;
    Q_EMIT offerChanged();
}

bool Localization::setLanguage(const QString &language)
{
    if (!supportedLanguages().contains(language))
        return false;
    if (language == m_language)
        return true;

    // English is the source language, but its file carries the plural forms ("1 project").
    QCoreApplication::removeTranslator(&m_translator);
    if (!m_translator.load(QStringLiteral(":/i18n/stadtlabor_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(&m_translator);
    m_language = language;
    QLocale::setDefault(QLocale(language));
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
    return true;
}

Localization *LocalizationForeign::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT_X(instance, "Localization", "main() must create Localization before QML uses it");
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    instance->setEngine(engine);
    return instance;
}

} // namespace stadtlabor
