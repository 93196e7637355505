#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds and starts the kiosk on its embedded defaults: a SQLite
# database in your data folder and the bundled Bochum catalogue. Extra arguments go to the
# kiosk (see --help); without a display it renders the projects page to a PNG instead.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target stadtlabor-kiosk

kiosk=build/app/kiosk/stadtlabor-kiosk
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run: no display found; rendering the projects page to stadtlabor-projects.png instead"
    exec "$kiosk" --screenshot stadtlabor-projects.png --page projects "$@"
fi
exec "$kiosk" --windowed "$@"
