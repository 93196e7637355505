// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageroute.h"

namespace stadtlabor {

QStringList PageRoute::pages()
{
    return {QStringLiteral("home"), QStringLiteral("projects"), QStringLiteral("project:<id>")};
}

PageRoute PageRoute::parse(const QString &text, QString *error)
{
    const QString name = text.section(u':', 0, 0);
    const QString argument = text.section(u':', 1);
    if ((name == QLatin1String("home") || name == QLatin1String("projects")) && !text.contains(u':'))
        return {name, QString()};
    if (name == QLatin1String("project") && !argument.isEmpty())
        return {name, argument};
    *error = QStringLiteral("unknown page \"%1\"; pages: %2").arg(text, pages().join(QStringLiteral(", ")));
    return {};
}

} // namespace stadtlabor
