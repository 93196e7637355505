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
            QStringLiteral("fonds-receipt"), QStringLiteral("admin")};
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
                                   QStringLiteral("fonds-receipt"), QStringLiteral("admin")};
    if (plain.contains(name) && !text.contains(u':'))
        return {name, QString()};
    if (name == QLatin1String("project") && !argument.isEmpty())
        return {name, argument};
    bool isNumber = false;
    const int theme = argument.toInt(&isNumber);
    if (name == QLatin1String("monitor-theme") && isNumber && theme >= 1)
        return {name, argument};
    *error = QStringLiteral("unknown page \"%1\"; pages: %2").arg(text, pages().join(QStringLiteral(", ")));
    return {};
}

} // namespace stadtlabor
