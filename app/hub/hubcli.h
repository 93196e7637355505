// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace stadtlabor::hub {

// The stadtlabor-hub command line: `stadtlabor-hub COMMAND [options]`. Returns the exit code:
// 0 done, 1 failed (one line on stderr says why), 2 usage error.
int runCli(const QStringList &arguments);

} // namespace stadtlabor::hub
