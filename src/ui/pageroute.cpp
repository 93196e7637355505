// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageroute.h"

#include <QVariantMap>

namespace stadtlabor {

namespace {

enum class Argument { None, Id, Number, Section };

struct Route
{
    const char *name;    // as typed after --page; "admin-" takes a section
    Argument argument;
    QStringList pages;   // stacked above the start page, bottom first
    bool staff = false;
};

// Adding a page: one row here (and its component in Main.qml's pageComponent()).
const QList<Route> &table()
{
    static const QList<Route> routes = {
        {"home", Argument::None, {}},
        {"projects", Argument::None, {QStringLiteral("projects")}},
        {"project", Argument::Id, {QStringLiteral("projects"), QStringLiteral("project")}},
        {"monitor-start", Argument::None, {QStringLiteral("monitor")}},
        {"monitor-area", Argument::None, {QStringLiteral("monitor")}},
        {"monitor-about", Argument::None, {QStringLiteral("monitor")}},
        {"monitor-theme", Argument::Number, {QStringLiteral("monitor")}},
        {"monitor-summary", Argument::None, {QStringLiteral("monitor")}},
        {"monitor-done", Argument::None, {QStringLiteral("monitor")}},
        {"fonds-start", Argument::None, {QStringLiteral("fonds")}},
        {"fonds-idea", Argument::None, {QStringLiteral("fonds")}},
        {"fonds-money", Argument::None, {QStringLiteral("fonds")}},
        {"fonds-who", Argument::None, {QStringLiteral("fonds")}},
        {"fonds-contact", Argument::None, {QStringLiteral("fonds")}},
        {"fonds-review", Argument::None, {QStringLiteral("fonds")}},
        {"fonds-receipt", Argument::None, {QStringLiteral("fonds")}},
        {"admin", Argument::None, {QStringLiteral("admin")}},
        {"admin-", Argument::Section, {QStringLiteral("admin")}},
        {"admin-pin", Argument::None, {QStringLiteral("admin")}},
        {"attract", Argument::None, {}},
        // Over a visitor's half-done StadtRaumMonitor.
        {"idle-overlay", Argument::None, {QStringLiteral("monitor")}},
        {"closed", Argument::None, {}},
        {"staff-setup", Argument::None, {QStringLiteral("staff")}, true},
        {"staff-summary", Argument::None, {QStringLiteral("staff")}, true},
    };
    return routes;
}

const Route *find(const QString &page)
{
    for (const Route &r : table()) {
        const QLatin1String name(r.name);
        const bool matches = r.argument == Argument::Section
            ? page.startsWith(name) && PageRoute::adminSections().contains(page.mid(name.size()))
            : page == name;
        if (matches)
            return &r;
    }
    return nullptr;
}

} // namespace

QStringList PageRoute::pages()
{
    QStringList names;
    for (const Route &r : table()) {
        const QString name = QString::fromLatin1(r.name);
        switch (r.argument) {
        case Argument::None:
            names.append(name);
            break;
        case Argument::Id:
            names.append(name + QStringLiteral(":<id>"));
            break;
        case Argument::Number:
            names.append(name + QStringLiteral(":<n>"));
            break;
        case Argument::Section:
            names.append(name + QStringLiteral("<section>"));
            break;
        }
    }
    return names;
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
    const bool hasArgument = text.contains(u':');
    if (const Route *route = find(name)) {
        switch (route->argument) {
        case Argument::None:
        case Argument::Section:
            if (!hasArgument)
                return {name, QString()};
            break;
        case Argument::Id:
            if (!argument.isEmpty())
                return {name, argument};
            break;
        case Argument::Number: {
            bool isNumber = false;
            if (argument.toInt(&isNumber) >= 1 && isNumber)
                return {name, argument};
            break;
        }
        }
    }
    *error = QStringLiteral("unknown page \"%1\"; pages: %2").arg(text, pages().join(QStringLiteral(", "))
                                                                         + QStringLiteral("; sections: ")
                                                                         + adminSections().join(QStringLiteral(", ")));
    return {};
}

QVariantList RouteTable::stack(const QString &page, const QString &argument)
{
    QVariantList list;
    const Route *route = find(page);
    if (!route)
        return list;
    for (const QString &name : route->pages) {
        QVariantMap properties;
        if (name == QLatin1String("project"))
            properties.insert(QStringLiteral("projectId"), argument);
        if (name == QLatin1String("admin") && route->argument == Argument::Section)
            properties.insert(QStringLiteral("section"), page.mid(QLatin1String(route->name).size()));
        list.append(QVariantMap{{QStringLiteral("page"), name}, {QStringLiteral("properties"), properties}});
    }
    return list;
}

bool RouteTable::isStaff(const QString &page)
{
    const Route *route = find(page);
    return route && route->staff;
}

} // namespace stadtlabor
