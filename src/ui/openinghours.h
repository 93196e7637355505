// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace stadtlabor {

// When a kiosk is open to visitors, written the way a sign on a door says it:
//   "Mo-Fr 09:00-18:00; Sa 10:00-14:00"
// Days are two-letter German or English abbreviations (Mo/Di/Mi/Do/Fr/Sa/So or
// Mo/Tu/We/Th/Fr/Sa/Su), alone, as ranges (Mo-Fr) or listed with commas (Mo,Mi); a rule may
// carry several time ranges (Sa 10:00-13:00 14:00-16:00); rules are separated by ";".
// The empty text means always open. Times are the kiosk's local time; 24:00 ends a day.
class OpeningHours
{
public:
    // Nothing when `text` does not follow the form; `reason` then says what is wrong, in the
    // screen's language.
    static std::optional<OpeningHours> parse(const QString &text, QString *reason);

    bool alwaysOpen() const { return m_ranges.isEmpty(); }
    bool isOpen(const QDateTime &localTime) const;
    // The next moment it opens after `localTime` (invalid when always open or never open).
    QDateTime nextOpening(const QDateTime &localTime) const;
    // The moment it closes next, while open (invalid when always open).
    QDateTime nextClosing(const QDateTime &localTime) const;

private:
    struct Range
    {
        int day;   // 1 = Monday ... 7 = Sunday (Qt::DayOfWeek)
        int start; // minutes since midnight
        int end;   // exclusive, up to 24 * 60
    };
    QList<Range> m_ranges;
};

} // namespace stadtlabor
