// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQuickWindow;

namespace stadtlabor {

// For the start-up benchmark: when the window has shown its first frame, print one line with
// the peak resident memory so far and quit. The benchmark times the process up to that line.
namespace FirstFrameProbe {
void attach(QQuickWindow *window);
long peakResidentKiB(); // VmHWM from /proc/self/status, -1 where there is none
} // namespace FirstFrameProbe

} // namespace stadtlabor
