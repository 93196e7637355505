// SPDX-License-Identifier: GPL-3.0-or-later
#include "openinghours.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace stadtlabor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stadtlabor::OpeningHours", text);
}

int dayNumber(const QString &name)
{
    static const QStringList german{QStringLiteral("mo"), QStringLiteral("di"), QStringLiteral("mi"), QStringLiteral("do"),
                                    QStringLiteral("fr"), QStringLiteral("sa"), QStringLiteral("so")};
    static const QStringList english{QStringLiteral("mo"), QStringLiteral("tu"), QStringLiteral("we"), QStringLiteral("th"),
                                     QStringLiteral("fr"), QStringLiteral("sa"), QStringLiteral("su")};
    const QString key = name.toLower();
    if (const auto i = german.indexOf(key); i >= 0)
        return int(i) + 1;
    if (const auto i = english.indexOf(key); i >= 0)
        return int(i) + 1;
    return 0;
}

// "09:00" -> 540; -1 when not a time of day (24:00 is allowed as the end of one).
int minutes(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    const int h = match.captured(1).toInt();
    const int m = match.captured(2).toInt();
    if (m > 59 || h > 24 || (h == 24 && m != 0))
        return -1;
    return h * 60 + m;
}

} // namespace

std::optional<OpeningHours> OpeningHours::parse(const QString &text, QString *reason)
{
    OpeningHours hours;
    const QStringList rules = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &rawRule : rules) {
        const QString rule = rawRule.simplified();
        if (rule.isEmpty())
            continue;
        const QStringList parts = rule.split(u' ');
        if (parts.size() < 2) {
            *reason = tr("\"%1\": give days and times, e.g. Mo-Fr 09:00-18:00").arg(rule);
            return std::nullopt;
        }
        QList<int> days;
        for (const QString &item : parts.first().split(u',', Qt::SkipEmptyParts)) {
            const QString fromName = item.section(u'-', 0, 0);
            const QString toName = item.contains(u'-') ? item.section(u'-', 1) : fromName;
            const int from = dayNumber(fromName);
            const int to = dayNumber(toName);
            if (from == 0 || to == 0) {
                *reason = tr("\"%1\" is not a day; use Mo, Di, Mi, Do, Fr, Sa, So (or Tu, We, Th, Su)")
                              .arg(from == 0 ? fromName : toName);
                return std::nullopt;
            }
            // Fr-Mo wraps over the weekend.
            for (int d = from;; d = d % 7 + 1) {
                if (!days.contains(d))
                    days.append(d);
                if (d == to)
                    break;
            }
        }
        for (const QString &span : parts.mid(1)) {
            const int start = minutes(span.section(u'-', 0, 0));
            const int end = span.count(u'-') == 1 ? minutes(span.section(u'-', 1)) : -1;
            if (start < 0 || end < 0 || start >= 24 * 60) {
                *reason = tr("\"%1\" is not a time range; use HH:MM-HH:MM, e.g. 09:00-18:00").arg(span);
                return std::nullopt;
            }
            if (end <= start) {
                *reason = tr("\"%1\": the closing time must come after the opening time").arg(span);
                return std::nullopt;
            }
            for (int d : days)
                hours.m_ranges.append({d, start, end});
        }
    }
    if (!rules.isEmpty() && hours.m_ranges.isEmpty() && !text.trimmed().isEmpty()) {
        *reason = tr("No opening times found; leave the field empty for always open");
        return std::nullopt;
    }
    reason->clear();
    return hours;
}

bool OpeningHours::isOpen(const QDateTime &localTime) const
{
    if (alwaysOpen())
        return true;
    const int day = localTime.date().dayOfWeek();
    const int minute = localTime.time().hour() * 60 + localTime.time().minute();
    for (const Range &r : m_ranges) {
        if (r.day == day && minute >= r.start && minute < r.end)
            return true;
    }
    return false;
}

QDateTime OpeningHours::nextOpening(const QDateTime &localTime) const
{
    if (alwaysOpen())
        return {};
    const int nowMinute = localTime.time().hour() * 60 + localTime.time().minute();
    QDateTime best;
    for (int offset = 0; offset <= 7; ++offset) {
        const QDate date = localTime.date().addDays(offset);
        for (const Range &r : m_ranges) {
            if (r.day != date.dayOfWeek() || (offset == 0 && r.start <= nowMinute))
                continue;
            const QDateTime candidate(date, QTime(r.start / 60, r.start % 60));
            if (!best.isValid() || candidate < best)
                best = candidate;
        }
        if (best.isValid())
            return best;
    }
    return best;
}

QDateTime OpeningHours::nextClosing(const QDateTime &localTime) const
{
    if (alwaysOpen() || !isOpen(localTime))
        return {};
    // Follows touching ranges (Mo 20:00-24:00, Di 00:00-02:00) to the real end.
    QDateTime at = localTime;
    for (int guard = 0; guard < 7 * 24; ++guard) {
        const int day = at.date().dayOfWeek();
        const int minute = at.time().hour() * 60 + at.time().minute();
        int end = -1;
        for (const Range &r : m_ranges) {
            if (r.day == day && minute >= r.start && minute < r.end)
                end = std::max(end, r.end);
        }
        if (end < 0)
            return at;
        at = end >= 24 * 60 ? QDateTime(at.date().addDays(1), QTime(0, 0))
                            : QDateTime(at.date(), QTime(end / 60, end % 60));
    }
    return {};
}

} // namespace stadtlabor
