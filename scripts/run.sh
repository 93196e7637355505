#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds the kiosk and the hub, and shows the whole loop on this
# machine: a local hub in the background (SQLite in your data folder, on 127.0.0.1:8080 or the
# next free port, with a key pair so the Bochum-Fonds is offered), the kiosk enrolled with it
# once, then the kiosk itself. The hub stops when the kiosk exits. Extra arguments go to the
# kiosk (see --help). Without a display it renders the projects page to stadtlabor-projects.png
# instead, after one sync with the hub whose result it prints.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target stadtlabor-kiosk stadtlabor-hub

kiosk=build/app/kiosk/stadtlabor-kiosk
hub=build/app/hub/stadtlabor-hub

# The kiosk's own data folder, as it would choose it; --data-dir among the arguments wins.
kiosk_data=()
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    case "${args[i]}" in
        --data-dir) kiosk_data=(--data-dir "${args[i + 1]:-}") ;;
        --data-dir=*) kiosk_data=(--data-dir "${args[i]#--data-dir=}") ;;
    esac
done

# --- the hub -------------------------------------------------------------------------------
data="${XDG_DATA_HOME:-$HOME/.local/share}/stadtlabor-hub"
mkdir -p "$data"
chmod 700 "$data"
db="sqlite:$data/hub.sqlite"
log="$data/hub.log"

new_hub=no
if [ ! -e "$data/hub.sqlite" ]; then
    new_hub=yes
    echo "run: first start of the local hub; keep this admin token, it is shown only once:"
    "$hub" admin-token --db "$db"
fi
if [ ! -e "$data/hub.key" ]; then
    "$hub" keygen --db "$db" --secret-key "$data/hub.key" \
        || echo "run: no key pair made (see above); the hub runs without --secret-key"
fi
key=()
[ -e "$data/hub.key" ] && key=(--secret-key "$data/hub.key")

hub_pid=""
stop_hub() {
    [ -n "$hub_pid" ] || return 0
    if kill -0 "$hub_pid" 2>/dev/null; then
        kill -TERM "$hub_pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$hub_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$hub_pid" 2>/dev/null || true
    fi
    wait "$hub_pid" 2>/dev/null || true
    echo "run: hub stopped"
    hub_pid=""
}
trap stop_hub EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 8080, or the first free port after it: the hub itself tells whether it could listen.
url=""
for port in $(seq 8080 8099); do
    "$hub" serve --db "$db" --listen "127.0.0.1:$port" "${key[@]}" >/dev/null 2>"$log" &
    hub_pid=$!
    for _ in $(seq 150); do
        if grep -q "listening on http://127.0.0.1:$port" "$log"; then
            url="http://127.0.0.1:$port"
            break 2
        fi
        kill -0 "$hub_pid" 2>/dev/null || break
        sleep 0.1
    done
    wait "$hub_pid" 2>/dev/null || true
    hub_pid=""
    if ! grep -q "cannot listen on" "$log"; then
        echo "run: the hub did not start:" >&2
        cat "$log" >&2
        exit 1
    fi
done
if [ -z "$url" ]; then
    echo "run: no free port from 8080 to 8099 for the hub" >&2
    exit 1
fi
echo "run: hub at $url/api/v1/ (data $data, log $log)"

# --- the kiosk, enrolled once ----------------------------------------------------------------
# The kiosk's calls below need no notes about opening its database.
sync_cli() { QT_LOGGING_RULES="${QT_LOGGING_RULES:-stadtlabor.storage.info=false}" "$kiosk" "${kiosk_data[@]}" "$@"; }

# Again only when it is not enrolled with this very hub: another address, a token the hub
# refused, or a hub database made anew since.
status=$(sync_cli --sync-status)
if [ "$new_hub" = yes ] || ! grep -qxF "hub: $url" <<<"$status" \
    || grep -qE "^state: (not enrolled|not authorised)" <<<"$status"; then
    code=$("$hub" enroll-code --db "$db" --name "Kiosk $(hostname)" --ttl 1 | tail -n 1 | awk '{print $NF}')
    sync_cli --enroll "$url" "$code"
else
    echo "run: the kiosk is enrolled with $url already"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run: no display found; one sync with the hub, then the projects page goes to stadtlabor-projects.png"
    sync_cli --sync-now || echo "run: the sync did not go through (see above)"
    sync_cli --sync-status
    "$kiosk" --screenshot stadtlabor-projects.png --page projects "$@"
    exit
fi
echo "run: starting the kiosk; closing it stops the hub"
"$kiosk" --windowed "$@"
