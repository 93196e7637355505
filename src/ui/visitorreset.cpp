// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitorreset.h"

#include "admincontroller.h"
#include "fondscontroller.h"
#include "kiosksession.h"
#include "localization.h"
#include "monitorcontroller.h"

#include <QClipboard>
#include <QGuiApplication>

namespace stadtlabor {

void clearVisitorOnSessionEnd(KioskSession &session, MonitorController &monitor, FondsController &fonds,
                              Localization &localization, AdminController &admin)
{
    session.onEnd([&monitor] { monitor.reset(); });
    session.onEnd([&fonds] { fonds.reset(); });
    session.onEnd([&localization] { localization.resetToDefault(); });
    session.onEnd([&admin] { admin.lock(); });
    // With a hardware keyboard a visitor can copy what they typed (Ctrl+C); the next one must
    // not paste it. The selection buffer too, where the platform has one (X11).
    session.onEnd([] {
        if (auto *clipboard = QGuiApplication::clipboard()) {
            clipboard->clear(QClipboard::Clipboard);
            if (clipboard->supportsSelection())
                clipboard->clear(QClipboard::Selection);
        }
    });
}

} // namespace stadtlabor
