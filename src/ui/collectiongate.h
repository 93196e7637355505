// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>

namespace stadtlabor {

class AdminController;
class DeviceSettings;
class KioskSession;

// The one may-collect rule, asked by the controllers before a StadtRaumMonitor response or a
// Bochum-Fonds idea is saved; the screens only show what it says. A terminal collects when
//  - it has an admin PIN (a fresh install is not yet anyone's),
//  - a visit is under way: not the attract screen (nobody there) and not closed (outside the
//    opening hours; a visitor busy at closing time finishes, as the session stays active),
//  - the module is switched on.
// A street survey (staff mode) needs only the PIN: an interviewer starts it from the admin
// pages, the street has no opening hours, and a laptop may offer no module to visitors at all.
class CollectionGate : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool pinMissing READ pinMissing NOTIFY changed)
    Q_PROPERTY(QString monitorRefusal READ monitorRefusal NOTIFY changed)
    Q_PROPERTY(QString fondsRefusal READ fondsRefusal NOTIFY changed)

public:
    enum class Module { Monitor, Fonds };
    enum class Refusal { None, NoPin, NobodyThere, Closed, ModuleOff };

    CollectionGate(AdminController *admin, KioskSession *session, DeviceSettings *settings, QObject *parent = nullptr);

    Refusal check(Module module) const;
    // Empty when collecting is allowed now, else why not, in the screen's language.
    QString refusal(Module module) const;
    static QString text(Refusal refusal);

    bool pinMissing() const;
    QString monitorRefusal() const { return refusal(Module::Monitor); }
    QString fondsRefusal() const { return refusal(Module::Fonds); }

    void setLanguage(const QString &language);

Q_SIGNALS:
    void changed();

private:
    QPointer<AdminController> m_admin;
    QPointer<KioskSession> m_session;
    QPointer<DeviceSettings> m_settings;
};

struct CollectionGateForeign
{
    Q_GADGET
    QML_FOREIGN(stadtlabor::CollectionGate)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Gate)

public:
    static CollectionGate *create(QQmlEngine *, QJSEngine *);
    inline static CollectionGate *instance = nullptr;
};

} // namespace stadtlabor
