#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds and starts the hub on this machine: SQLite in your data
# folder, listening on 127.0.0.1:8080 (STADTLABOR_HUB_LISTEN changes it). The first start prints
# an admin token; every start prints a fresh enrolment code for a kiosk. Extra arguments go to
# `stadtlabor-hub serve` (see `build/app/hub/stadtlabor-hub serve --help`).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target stadtlabor-hub

hub=build/app/hub/stadtlabor-hub
data="${XDG_DATA_HOME:-$HOME/.local/share}/stadtlabor-hub"
mkdir -p "$data"
chmod 700 "$data"
db="sqlite:$data/hub.sqlite"
listen="${STADTLABOR_HUB_LISTEN:-127.0.0.1:8080}"

if [ ! -e "$data/hub.sqlite" ]; then
    echo "run-hub: first start; keep this admin token, it is shown only once:"
    "$hub" admin-token --db "$db"
fi
if [ ! -e "$data/hub.key" ]; then
    "$hub" keygen --db "$db" --secret-key "$data/hub.key"
fi
"$hub" enroll-code --db "$db" --name "Kiosk $(date +%Y-%m-%d)" --ttl 24
echo "run-hub: API at http://$listen/api/v1/ (Ctrl+C stops)"
exec "$hub" serve --db "$db" --listen "$listen" --secret-key "$data/hub.key" "$@"
