// SPDX-License-Identifier: GPL-3.0-or-later
#include "localizedtext.h"

#include <utility>

namespace stadtlabor {

LocalizedText::LocalizedText(QMap<QString, QString> texts)
    : m_texts(std::move(texts))
{
}

QString LocalizedText::text(const QString &language) const
{
    const auto it = m_texts.constFind(language);
    if (it != m_texts.constEnd() && !it->isEmpty())
        return *it;
    const QString german = m_texts.value(fallbackLanguage);
    if (!german.isEmpty())
        return german;
    return m_texts.isEmpty() ? QString() : m_texts.first();
}

bool LocalizedText::contains(const QString &needle) const
{
    for (const QString &t : m_texts) {
        if (t.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QJsonObject LocalizedText::toJson() const
{
    QJsonObject o;
    for (auto it = m_texts.constBegin(); it != m_texts.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

LocalizedText LocalizedText::fromJson(const QJsonObject &object)
{
    QMap<QString, QString> texts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        texts.insert(it.key(), it.value().toString());
    return LocalizedText(std::move(texts));
}

} // namespace stadtlabor
