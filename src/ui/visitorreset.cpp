// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitorreset.h"

#include "admincontroller.h"
#include "fondscontroller.h"
#include "kiosksession.h"
#include "localization.h"
#include "monitorcontroller.h"

namespace stadtlabor {

void clearVisitorOnSessionEnd(KioskSession &session, MonitorController &monitor, FondsController &fonds,
                              Localization &localization, AdminController &admin)
{
    session.onEnd([&monitor] { monitor.reset(); });
    session.onEnd([&fonds] { fonds.reset(); });
    session.onEnd([&localization] { localization.resetToDefault(); });
    session.onEnd([&admin] { admin.lock(); });
}

} // namespace stadtlabor
