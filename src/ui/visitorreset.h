// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace stadtlabor {

class AdminController;
class FondsController;
class KioskSession;
class Localization;
class MonitorController;

// What ending a visitor's session clears, in the kiosk and in its tests alike: both flows'
// controllers (every field, not only what is on screen), the language (back to the default)
// the admin pages (locked) and the clipboard (what a visitor copied is not the next one's). The screens do their part on KioskSession::sessionEnded.
void clearVisitorOnSessionEnd(KioskSession &session, MonitorController &monitor, FondsController &fonds,
                              Localization &localization, AdminController &admin);

} // namespace stadtlabor
