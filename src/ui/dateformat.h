// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace stadtlabor {

// "27. November 2026" / "27 November 2026": a date people read without a weekday.
inline QString readableDate(const QDateTime &dateTime, const QString &language)
{
    const QLocale locale(language);
    const QString format = language == QLatin1String("de") ? QStringLiteral("d. MMMM yyyy") : QStringLiteral("d MMMM yyyy");
    return locale.toString(dateTime.toUTC().date(), format);
}

// "27. November 2026, 14:05:09" / "27 November 2026, 14:05:09", in the kiosk's local time.
inline QString readableDateTime(const QDateTime &dateTime, const QString &language)
{
    const QLocale locale(language);
    const QDateTime local = dateTime.toLocalTime();
    const QString format = language == QLatin1String("de") ? QStringLiteral("d. MMMM yyyy") : QStringLiteral("d MMMM yyyy");
    return locale.toString(local.date(), format) + QStringLiteral(", ") + locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
}

} // namespace stadtlabor
