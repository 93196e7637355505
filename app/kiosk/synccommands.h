// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stadtlabor {

class SyncService;

// The kiosk's sync from the command line, for scripted setups and laptops without a screen
// session. Each returns the process exit code (KioskOptions::ExitCode).
namespace SyncCommands {
int enroll(SyncService &sync, const QString &url, const QString &code, const QString &deviceName);
int syncNow(SyncService &sync);
int status(const SyncService &sync);
} // namespace SyncCommands

} // namespace stadtlabor
