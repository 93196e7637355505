// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace stadtlabor {

// A page the kiosk can open directly (--page): "home", "projects", "project:<id>", a step of
// the StadtRaumMonitor ("monitor-theme:<n>" counts themes from 1) or of the Bochum-Fonds,
// "admin" or "admin-<section>" (behind its PIN), the kiosk's own screens (attract,
// idle-overlay, closed) or the street survey (staff-setup, staff-summary). Every route is
// one row of the table in pageroute.cpp: its name, its argument and the pages stacked for
// it, which the frame (Main.qml) reads through the `Routes` singleton.
struct PageRoute
{
    QString page;
    QString argument;

    static QStringList pages(); // the names, for help texts
    static QStringList adminSections();
    // Empty page and a message in *error when the text names no page.
    static PageRoute parse(const QString &text, QString *error);
    bool isValid() const { return !page.isEmpty(); }
};

// The route table for QML: which pages to stack, above the start page, for a route.
class RouteTable : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Routes)
    QML_SINGLETON

public:
    using QObject::QObject;

    // [{page: "projects", properties: {}}, {page: "project", properties: {projectId: "x"}}]
    // for "project" and "x"; the pages' names are those of Main.qml's pageComponent().
    Q_INVOKABLE static QVariantList stack(const QString &page, const QString &argument);
    // Whether the route is a street survey's (nobody is timed out).
    Q_INVOKABLE static bool isStaff(const QString &page);
};

} // namespace stadtlabor
