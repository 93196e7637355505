// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQuickWindow;

namespace stadtlabor {

// For the start-up benchmark: when the window has shown its first frame, print one line with
// the peak and the current resident memory and quit. The benchmark times the process up to
// that line.
namespace FirstFrameProbe {
void attach(QQuickWindow *window);
long peakResidentKiB(); // VmHWM from /proc/self/status, -1 where there is none
long residentKiB(); // VmRSS, the same way
} // namespace FirstFrameProbe

} // namespace stadtlabor
