#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-deb.sh CPACK BUILD_DIR VERSION
#
# Builds the Debian packages stadtlabor-kiosk and stadtlabor-hub with CPack from BUILD_DIR,
# checks their contents, installs them on this machine, checks that everything their systemd
# units refer to is where the units expect it, runs the installed programs as the service users
# (the kiosk with the unit's own command line, offscreen and in a headless cage), and purges
# the packages again, leaving the machine as it was found.
#
# Needs root (it installs packages and creates system users): exits 77 (skipped) otherwise,
# and also when the packages, their users or their directories already exist on this machine,
# because the test would replace and then delete them.
set -euo pipefail

CPACK=${1:?usage: check-deb.sh CPACK BUILD_DIR VERSION}
BUILD_DIR=${2:?usage: check-deb.sh CPACK BUILD_DIR VERSION}
VERSION=${3:?usage: check-deb.sh CPACK BUILD_DIR VERSION}

SKIP=77
KIOSK_UNIT=/usr/lib/systemd/system/stadtlabor-kiosk.service
HUB_UNIT=/usr/lib/systemd/system/stadtlabor-hub.service
HUB_ENV=/etc/stadtlabor-hub/hub.env
HUB_DIRS=(/etc/stadtlabor-hub /var/lib/stadtlabor-hub /var/backups/stadtlabor-hub)

started=$SECONDS
step() { printf '\n== %s (%ds)\n' "$*" "$((SECONDS - started))"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
skip() { printf 'SKIP: %s\n' "$*"; exit "$SKIP"; }
need_file() { [ -f "$1" ] || fail "$2: $1 is missing"; }

# --- may this machine be used? ---------------------------------------------------------------
[ "$(id -u)" -eq 0 ] || skip "installing the .deb needs root (apt-get, adduser); run the test as root, as CI does"
for tool in apt-get dpkg-deb dpkg-query setpriv getent appstreamcli desktop-file-validate curl python3; do
    command -v "$tool" >/dev/null || skip "$tool is not available: run scripts/install-deps.sh (on Debian)"
done
for pkg in stadtlabor-kiosk stadtlabor-hub; do
    if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'installed'; then
        skip "$pkg is installed on this machine; the test would replace and purge it"
    fi
done
for user in stadtlabor-kiosk stadtlabor-hub; do
    if getent passwd "$user" >/dev/null || getent group "$user" >/dev/null; then
        skip "the user or group $user exists on this machine; the test would delete it"
    fi
done
for dir in /var/lib/stadtlabor-kiosk "${HUB_DIRS[@]}"; do
    [ ! -e "$dir" ] || skip "$dir exists on this machine; the test would delete it"
done

work=$(mktemp -d /tmp/stadtlabor-package-test.XXXXXX)
chmod 0755 "$work"
dpkg-query -W -f='${Package}\n' | sort >"$work/packages-before"
installed=no
hub_pid=
cage_pid=

cleanup() {
    local status=$?
    set +e
    [ -z "$cage_pid" ] || kill "$cage_pid" 2>/dev/null
    [ -z "$hub_pid" ] || kill "$hub_pid" 2>/dev/null
    if [ "$installed" = yes ]; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq stadtlabor-kiosk stadtlabor-hub >/dev/null 2>&1
    fi
    # What apt pulled in for the packages and was not there before goes again.
    dpkg-query -W -f='${Package}\n' | sort >"$work/packages-after"
    mapfile -t extra < <(comm -13 "$work/packages-before" "$work/packages-after")
    if [ ${#extra[@]} -gt 0 ]; then
        echo "removing the packages this test installed: ${extra[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "${extra[@]}" >/dev/null 2>&1
    fi
    # Anything still running as the users this test created (after a failure) goes first.
    for user in stadtlabor-kiosk stadtlabor-hub; do
        getent passwd "$user" >/dev/null && pkill -KILL -u "$user" 2>/dev/null
    done
    sleep 0.5
    # The hub keeps its user, key and data even on purge (by design); they did not exist before.
    getent passwd stadtlabor-hub >/dev/null && deluser --system stadtlabor-hub >/dev/null 2>&1
    getent group stadtlabor-hub >/dev/null && delgroup --system stadtlabor-hub >/dev/null 2>&1
    rm -rf "${HUB_DIRS[@]}"
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

# --- build -----------------------------------------------------------------------------------
step "cpack in $BUILD_DIR"
(cd "$BUILD_DIR" && "$CPACK" -G DEB -B "$work/packages") >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    fail "cpack failed"
}
kiosk_deb=$work/packages/stadtlabor-kiosk_${VERSION}-1_$(dpkg --print-architecture).deb
hub_deb=$work/packages/stadtlabor-hub_${VERSION}-1_$(dpkg --print-architecture).deb
need_file "$kiosk_deb" "cpack"
need_file "$hub_deb" "cpack"
ls -l "$kiosk_deb" "$hub_deb"

# --- contents --------------------------------------------------------------------------------
step "contents"
check_deb() {   # check_deb DEB PACKAGE [PATH ...]: fields, maintainer scripts, files
    local deb=$1 package=$2
    shift 2
    [ "$(dpkg-deb -f "$deb" Package)" = "$package" ] || fail "$deb: Package is not $package"
    [ "$(dpkg-deb -f "$deb" Version)" = "${VERSION}-1" ] || fail "$deb: Version is not ${VERSION}-1"
    local control=$work/control-$package
    dpkg-deb -e "$deb" "$control"
    for script in postinst prerm postrm; do
        [ -x "$control/$script" ] || fail "$deb: maintainer script $script missing or not executable"
        sh -n "$control/$script" || fail "$deb: $script is not valid sh"
        if command -v shellcheck >/dev/null; then
            shellcheck -s sh "$control/$script" || fail "$deb: shellcheck $script"
        fi
    done
    need_file "$control/conffiles" "$deb"
    dpkg-deb -c "$deb" | awk '{print $1, $6}' | sed 's#^\(.*\) \./#\1 /#' >"$work/files-$package"
    local path
    for path in "$@"; do
        grep -q " ${path}\$" "$work/files-$package" || fail "$deb does not contain $path"
    done
    while read -r conffile; do
        grep -q " ${conffile}\$" "$work/files-$package" || fail "$deb: conffile $conffile is not in the package"
    done <"$control/conffiles"
    echo "$package: $(dpkg-deb -f "$deb" Installed-Size) KiB installed; Depends: $(dpkg-deb -f "$deb" Depends)"
}
check_deb "$kiosk_deb" stadtlabor-kiosk \
    /usr/bin/stadtlabor-kiosk \
    /usr/share/applications/stadtlabor-kiosk.desktop \
    /usr/share/metainfo/de.bochum.stadtlabor.kiosk.metainfo.xml \
    "$KIOSK_UNIT" \
    /etc/pam.d/stadtlabor-kiosk \
    /usr/share/doc/stadtlabor-kiosk/copyright
check_deb "$hub_deb" stadtlabor-hub \
    /usr/bin/stadtlabor-hub \
    "$HUB_UNIT" \
    "$HUB_ENV" \
    /usr/share/doc/stadtlabor-hub/copyright
grep -q '^-rw------- /etc/stadtlabor-hub/hub.env$' "$work/files-stadtlabor-hub" \
    || fail "hub.env must be readable by root only (it may hold a database password)"
dpkg-deb -x "$kiosk_deb" "$work/kiosk-root"
appstreamcli validate --no-net --pedantic "$work/kiosk-root/usr/share/metainfo/de.bochum.stadtlabor.kiosk.metainfo.xml" \
    || fail "appstreamcli validate: the AppStream metainfo"
desktop-file-validate "$work/kiosk-root/usr/share/applications/stadtlabor-kiosk.desktop" \
    || fail "desktop-file-validate: the desktop entry"
depends=$(dpkg-deb -f "$kiosk_deb" Depends)
for dep in cage xwayland qt6-wayland libpam-systemd qml6-module-qtquick-virtualkeyboard libqt6core6 libqt6quick6; do
    [[ ", $depends," == *", $dep"[\ ,]* ]] || fail "stadtlabor-kiosk does not depend on $dep"
done

# --- install ---------------------------------------------------------------------------------
step "apt-get install"
installed=yes
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=120 "$kiosk_deb" "$hub_deb" >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log" >&2
    fail "apt-get install"
}

step "users and directories"
check_user() {   # check_user USER HOME
    local entry
    entry=$(getent passwd "$1") || fail "postinst did not create the user $1"
    IFS=: read -r _ _ uid _ _ home shell <<<"$entry"
    [ "$uid" -lt 1000 ] || fail "$1 is not a system user (uid $uid)"
    [ "$home" = "$2" ] || fail "$1 has the home $home, not $2"
    [ "$shell" = /usr/sbin/nologin ] || fail "$1 can log in ($shell)"
}
check_dir() {   # check_dir DIR OWNER MODE
    [ -d "$1" ] || fail "$1 is missing"
    [ "$(stat -c '%U %a' "$1")" = "$2 $3" ] || fail "$1 is $(stat -c '%U %a' "$1"), not $2 $3"
}
check_user stadtlabor-kiosk /var/lib/stadtlabor-kiosk
check_user stadtlabor-hub /var/lib/stadtlabor-hub
check_dir /var/lib/stadtlabor-kiosk stadtlabor-kiosk 700
for dir in "${HUB_DIRS[@]}"; do check_dir "$dir" stadtlabor-hub 700; done
[ "$(stat -c '%U %a' "$HUB_ENV")" = "root 600" ] || fail "$HUB_ENV is $(stat -c '%U %a' "$HUB_ENV")"
for group in video render input; do
    if getent group "$group" >/dev/null; then
        id -nG stadtlabor-kiosk | tr ' ' '\n' | grep -qx "$group" || fail "stadtlabor-kiosk is not in $group"
    fi
done

# --- the units -------------------------------------------------------------------------------
step "what the units refer to"
unit_value() { sed -n "s/^$2=//p" "$1"; }
check_unit() {   # check_unit UNIT: every path, user and PAM service it names exists
    local unit=$1 key value word
    need_file "$unit" "the package"
    for key in User Group; do
        value=$(unit_value "$unit" "$key")
        getent "$([ "$key" = User ] && echo passwd || echo group)" "$value" >/dev/null \
            || fail "$unit: $key=$value does not exist"
    done
    for key in ExecStart ExecStartPre ExecStartPost; do
        while read -r value; do
            [ -n "$value" ] || continue
            for word in $value; do
                case "$word" in
                    /usr/bin/* | /usr/sbin/* | /bin/* | /sbin/*)
                        [ -x "$word" ] || fail "$unit: $key runs $word, which is not an installed executable" ;;
                    /*) [ -e "$word" ] || fail "$unit: $key names $word, which does not exist" ;;
                esac
            done
        done < <(unit_value "$unit" "$key" | sed 's/^[-@:+!]*//')
    done
    value=$(unit_value "$unit" WorkingDirectory)
    [ -z "$value" ] || [ -d "$value" ] || fail "$unit: WorkingDirectory $value does not exist"
    value=$(unit_value "$unit" EnvironmentFile)
    [ -z "$value" ] || [ -f "${value#-}" ] || fail "$unit: EnvironmentFile $value does not exist"
    value=$(unit_value "$unit" PAMName)
    if [ -n "$value" ]; then
        need_file "/etc/pam.d/$value" "$unit: PAMName"
        while read -r word; do
            compgen -G "/usr/lib/*/security/$word" >/dev/null || compgen -G "/lib/*/security/$word" >/dev/null \
                || fail "/etc/pam.d/$value: $word is not installed"
        done < <(grep -o 'pam_[a-z_]*\.so' "/etc/pam.d/$value")
    fi
    if command -v systemd-analyze >/dev/null; then
        # Without systemd as PID 1 (containers), verify still parses the unit and checks its
        # executables; only complaints about other units of this machine are tolerated.
        systemd-analyze verify --man=no "$unit" >"$work/verify.log" 2>&1 || true
        if grep -v -e '^$' "$work/verify.log" | grep "$(basename "$unit")"; then
            fail "systemd-analyze verify $unit"
        fi
    fi
    echo "$unit: ok"
}
check_unit "$KIOSK_UNIT"
check_unit "$HUB_UNIT"
grep -q '^ExecStart=/usr/bin/cage .*-- /usr/bin/stadtlabor-kiosk ' "$KIOSK_UNIT" \
    || fail "$KIOSK_UNIT does not run the kiosk under cage"

# --- the kiosk, as the service user ----------------------------------------------------------
step "the installed kiosk as stadtlabor-kiosk"
data=$work/kiosk-data
runtime=$work/kiosk-runtime
install -d -o stadtlabor-kiosk -g stadtlabor-kiosk -m 0700 "$data" "$runtime"
# A command prefix, not a function: in the background, $! is then the program itself.
as_kiosk=(setpriv --reuid=stadtlabor-kiosk --regid=stadtlabor-kiosk --init-groups
    env -i PATH=/usr/bin:/bin HOME=/var/lib/stadtlabor-kiosk LANG=C.UTF-8 XDG_RUNTIME_DIR="$runtime")
"${as_kiosk[@]}" /usr/bin/stadtlabor-kiosk --version | tee "$work/version.txt"
grep -q "$VERSION" "$work/version.txt" || fail "the installed kiosk does not say version $VERSION"

# The unit's own arguments (after cage's --), with a throw-away data directory.
read -r -a unit_args <<<"$(unit_value "$KIOSK_UNIT" ExecStart | sed 's/^.* -- //')"
args=()
for ((i = 1; i < ${#unit_args[@]}; i++)); do
    if [ "${unit_args[i]}" = --data-dir ]; then
        args+=(--data-dir "$data")
        i=$((i + 1))
    else
        args+=("${unit_args[i]}")
    fi
done
for page in home fonds-contact; do
    "${as_kiosk[@]}" QT_QPA_PLATFORM=offscreen /usr/bin/stadtlabor-kiosk "${args[@]}" \
        --screenshot "$data/$page.png" --page "$page" --size 1280x800 >"$work/$page.log" 2>&1 || {
        cat "$work/$page.log" >&2
        fail "the installed kiosk could not render $page with the unit's options (${args[*]})"
    }
    if grep -E 'is not installed|module .* not found|failed to load|Cannot load library|Could not (load|find)' "$work/$page.log"; then
        fail "the installed kiosk misses a run-time dependency (rendering $page)"
    fi
    [ -s "$data/$page.png" ] || fail "no screenshot of $page"
    cat "$work/$page.log"
done
# A screenshot shows a copy with example data: the kiosk's own database is not made by it.
[ ! -e "$data/stadtlabor.sqlite" ] || fail "a screenshot wrote to the kiosk's database"
"${as_kiosk[@]}" /usr/bin/stadtlabor-kiosk --data-dir "$data" --sync-status >"$work/status.log" 2>&1 || {
    cat "$work/status.log" >&2
    fail "the installed kiosk could not start on its data directory"
}
[ -f "$data/stadtlabor.sqlite" ] || fail "the kiosk did not keep its database in --data-dir"

# The whole ExecStart in a headless cage (software rendering, no GPU or seat needed): the
# kiosk must come up as a Wayland client and stay up.
step "the unit's ExecStart in a headless cage"
read -r -a exec_start <<<"$(unit_value "$KIOSK_UNIT" ExecStart | sed "s#--data-dir [^ ]*#--data-dir $data#")"
"${as_kiosk[@]}" WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
    QT_QPA_PLATFORM=wayland QT_QUICK_BACKEND=software QT_WAYLAND_DISABLE_WINDOWDECORATION=1 \
    "${exec_start[@]}" >"$work/cage.log" 2>&1 &
cage_pid=$!
for _ in $(seq 1 80); do
    pgrep -u stadtlabor-kiosk -x stadtlabor-kios >/dev/null && break
    kill -0 "$cage_pid" 2>/dev/null || break
    sleep 0.25
done
sleep 4
if ! kill -0 "$cage_pid" 2>/dev/null || ! pgrep -u stadtlabor-kiosk -x stadtlabor-kios >/dev/null; then
    cat "$work/cage.log" >&2
    fail "the kiosk did not stay up under cage"
fi
if grep -E 'Failed to create wl_display|Could not (load|find) the Qt platform plugin|is not installed' "$work/cage.log"; then
    fail "the kiosk under cage"
fi
kiosk_pid=$(pgrep -u stadtlabor-kiosk -x stadtlabor-kios)
kill "$cage_pid"
wait "$cage_pid" 2>/dev/null || true
cage_pid=
# Without its compositor the kiosk ends by itself ("The Wayland connection broke").
for _ in $(seq 1 20); do
    kill -0 "$kiosk_pid" 2>/dev/null || break
    sleep 0.25
done
kill "$kiosk_pid" 2>/dev/null || true
echo "cage ran the kiosk for 4 s as a Wayland client"

# --- the hub, as its service user, with the unit's settings ----------------------------------
step "the installed hub as stadtlabor-hub"
as_hub=(setpriv --reuid=stadtlabor-hub --regid=stadtlabor-hub --init-groups
    env -i -C /var/lib/stadtlabor-hub PATH=/usr/bin:/bin HOME=/var/lib/stadtlabor-hub LANG=C.UTF-8)
"${as_hub[@]}" /usr/bin/stadtlabor-hub --version | grep -q "$VERSION" || fail "the installed hub does not say version $VERSION"
# shellcheck disable=SC1090
. "$HUB_ENV"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# shellcheck disable=SC2086  # STADTLABOR_HUB_OPTIONS is split into words, as systemd does
"${as_hub[@]}" /usr/bin/stadtlabor-hub serve --listen "127.0.0.1:$port" \
    --db "$STADTLABOR_HUB_DB" $STADTLABOR_HUB_OPTIONS >"$work/hub.log" 2>&1 &
hub_pid=$!
health=
for _ in $(seq 1 40); do
    health=$(curl -fsS "http://127.0.0.1:$port/api/v1/health" 2>/dev/null) && break
    kill -0 "$hub_pid" 2>/dev/null || break
    sleep 0.25
done
echo "health: $health"
[[ "$health" == *'"status":"ok"'* ]] || { cat "$work/hub.log" >&2; fail "the installed hub did not answer /api/v1/health"; }
kill -TERM "$hub_pid"
hub_status=0
wait "$hub_pid" || hub_status=$?
hub_pid=
[ "$hub_status" -eq 0 ] || fail "the hub did not exit 0 on SIGTERM ($hub_status)"
db_file=${STADTLABOR_HUB_DB#sqlite:}
[ "$(stat -c %U "$db_file")" = stadtlabor-hub ] || fail "the hub's database $db_file is not the hub user's"

# --- purge -----------------------------------------------------------------------------------
step "apt-get purge"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=120 \
    stadtlabor-kiosk stadtlabor-hub >"$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; fail "apt-get purge"; }
installed=no
grep -v '^(Reading database' "$work/purge.log" || true
for path in /usr/bin/stadtlabor-kiosk /usr/bin/stadtlabor-hub "$KIOSK_UNIT" "$HUB_UNIT" \
    /etc/pam.d/stadtlabor-kiosk "$HUB_ENV" /var/lib/stadtlabor-kiosk; do
    [ ! -e "$path" ] || fail "$path is still there after purge"
done
! getent passwd stadtlabor-kiosk >/dev/null || fail "purge left the user stadtlabor-kiosk"
! getent group stadtlabor-kiosk >/dev/null || fail "purge left the group stadtlabor-kiosk"
getent passwd stadtlabor-hub >/dev/null || fail "purge must keep the hub's user (its key and data stay)"
[ -d /var/lib/stadtlabor-hub ] || fail "purge must keep the hub's data"

step "passed"
