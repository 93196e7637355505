// SPDX-License-Identifier: GPL-3.0-or-later
#include "collectiongate.h"

#include "admincontroller.h"
#include "devicesettings.h"
#include "kiosksession.h"

namespace stadtlabor {

CollectionGate::CollectionGate(AdminController *admin, KioskSession *session, DeviceSettings *settings, QObject *parent)
    : QObject(parent)
    , m_admin(admin)
    , m_session(session)
    , m_settings(settings)
{
    connect(admin, &AdminController::pinIsSetChanged, this, &CollectionGate::changed);
    connect(session, &KioskSession::stateChanged, this, &CollectionGate::changed);
    connect(session, &KioskSession::staffModeChanged, this, &CollectionGate::changed);
    connect(settings, &DeviceSettings::changed, this, &CollectionGate::changed);
}

bool CollectionGate::pinMissing() const
{
    return !m_admin || !m_admin->pinIsSet();
}

CollectionGate::Refusal CollectionGate::check(Module module) const
{
    if (pinMissing())
        return Refusal::NoPin;
    if (!m_session || !m_settings)
        return Refusal::NobodyThere;
    if (m_session->staffMode())
        return Refusal::None;
    switch (m_session->stateValue()) {
    case KioskSession::State::Closed:
        return Refusal::Closed;
    case KioskSession::State::Attract:
        return Refusal::NobodyThere;
    case KioskSession::State::Active:
    case KioskSession::State::Warning:
        break;
    }
    const bool on = module == Module::Monitor ? m_settings->monitorOn() : m_settings->fondsOn();
    return on ? Refusal::None : Refusal::ModuleOff;
}

QString CollectionGate::refusal(Module module) const
{
    return text(check(module));
}

QString CollectionGate::text(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return QString();
    case Refusal::NoPin:
        return tr("This terminal is not set up yet: an administrator must first choose its PIN. Nothing was saved.");
    case Refusal::NobodyThere:
        return tr("Touch the screen to start. Nothing was saved.");
    case Refusal::Closed:
        return tr("The terminal is closed now. Nothing was saved.");
    case Refusal::ModuleOff:
        return tr("This part is switched off on this terminal. Nothing was saved.");
    }
    return QString();
}

void CollectionGate::setLanguage(const QString &)
{
    // refusal() translates when read; the screens read it again.
    Q_EMIT changed();
}

CollectionGate *CollectionGateForeign::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(instance, "Gate", "KioskServices must create the collection gate before QML uses it");
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

} // namespace stadtlabor
