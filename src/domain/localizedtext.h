// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace stadtlabor {

// A text in several languages. German is the fallback for every language a text lacks,
// because the catalogue requires German and a kiosk must never show an empty label.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QMap<QString, QString> texts);

    static inline const QString fallbackLanguage = QStringLiteral("de");

    QString text(const QString &language) const;
    QString exact(const QString &language) const { return m_texts.value(language); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    QStringList languages() const { return m_texts.keys(); }

    // Case-insensitive match in any language, so a visitor finds a project by its German
    // name while the screen is in English.
    bool contains(const QString &needle) const;

    QJsonObject toJson() const;
    static LocalizedText fromJson(const QJsonObject &object);

    friend bool operator==(const LocalizedText &a, const LocalizedText &b) { return a.m_texts == b.m_texts; }
    friend bool operator!=(const LocalizedText &a, const LocalizedText &b) { return !(a == b); }

private:
    QMap<QString, QString> m_texts;
};

} // namespace stadtlabor
