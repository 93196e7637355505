// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageroute.h"

namespace stadtlabor {

QStringList PageRoute::pages()
{
    return {QStringLiteral("home"), QStringLiteral("projects"), QStringLiteral("project:<id>"),
            QStringLiteral("monitor-start"), QStringLiteral("monitor-area"), QStringLiteral("monitor-about"),
            QStringLiteral("monitor-theme:<n>"), QStringLiteral("monitor-summary"), QStringLiteral("monitor-done"),
            QStringLiteral("fonds-start"), QStringLiteral("fonds-idea"), QStringLiteral("fonds-money"),
            QStringLiteral("fonds-who"), QStringLiteral("fonds-contact"), QStringLiteral("fonds-review"),
            QStringLiteral("fonds-receipt"), QStringLiteral("admin"), QStringLiteral("admin-<section>"),
            QStringLiteral("admin-pin"), QStringLiteral("attract"), QStringLiteral("idle-overlay"), QStringLiteral("closed"),
            QStringLiteral("staff-setup"), QStringLiteral("staff-summary")};
}

QStringList PageRoute::adminSections()
{
    return {QStringLiteral("sync"), QStringLiteral("device"), QStringLiteral("kiosk"),
            QStringLiteral("data"), QStringLiteral("security"), QStringLiteral("about")};
}

PageRoute PageRoute::parse(const QString &text, QString *error)
{
    const QString name = text.section(u':', 0, 0);
    const QString argument = text.section(u':', 1);
    static const QStringList plain{QStringLiteral("home"), QStringLiteral("projects"), QStringLiteral("monitor-start"),
                                   QStringLiteral("monitor-area"), QStringLiteral("monitor-about"),
                                   QStringLiteral("monitor-summary"), QStringLiteral("monitor-done"),
                                   QStringLiteral("fonds-start"), QStringLiteral("fonds-idea"), QStringLiteral("fonds-money"),
                                   QStringLiteral("fonds-who"), QStringLiteral("fonds-contact"), QStringLiteral("fonds-review"),
                                   QStringLiteral("fonds-receipt"), QStringLiteral("admin"), QStringLiteral("admin-pin"),
                                   QStringLiteral("attract"), QStringLiteral("idle-overlay"), QStringLiteral("closed"),
                                   QStringLiteral("staff-setup"), QStringLiteral("staff-summary")};
    if (plain.contains(name) && !text.contains(u':'))
        return {name, QString()};
    if (name.startsWith(QLatin1String("admin-")) && adminSections().contains(name.mid(6)) && !text.contains(u':'))
        return {name, QString()};
    if (name == QLatin1String("project") && !argument.isEmpty())
        return {name, argument};
    bool isNumber = false;
    const int theme = argument.toInt(&isNumber);
    if (name == QLatin1String("monitor-theme") && isNumber && theme >= 1)
        return {name, argument};
    *error = QStringLiteral("unknown page \"%1\"; pages: %2").arg(text, pages().join(QStringLiteral(", "))
                                                                         + QStringLiteral("; sections: ")
                                                                         + adminSections().join(QStringLiteral(", ")));
    return {};
}

} // namespace stadtlabor
