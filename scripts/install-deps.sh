#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 / Ubuntu packages the kiosk needs to build, run and test.
# Idempotent: packages already present are left alone, apt is only called when one is missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
  qt6-declarative-dev qt6-declarative-dev-tools
  qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-shapes
  qml6-module-qtcharts qml6-module-qttest
  libqrencode-dev libsqlite3-dev sqlite3 libsodium-dev
  qt6-virtualkeyboard-plugin qml6-module-qtquick-virtualkeyboard qml6-module-qt-labs-folderlistmodel
  fonts-noto-core
  qt6-httpserver-dev qt6-websockets-dev libqt6sql6-psql
  postgresql python3-yaml python3-jsonschema nodejs libzbar-dev
  cage xwayland qt6-wayland libpam-systemd dpkg-dev file appstream desktop-file-utils curl
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
else
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# NodeSource's nodejs brings npm; Debian's own nodejs does not (the OpenAPI lint needs it).
if ! command -v npm >/dev/null 2>&1; then
  echo "install-deps: installing npm"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm
fi
