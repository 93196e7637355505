#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# with-postgres.sh COMMAND [ARG...]
#
# Runs COMMAND against a throw-away PostgreSQL server: a fresh cluster in a temporary folder,
# listening on 127.0.0.1 on a free port (and on a unix socket in that folder), trust
# authentication, fsync on. COMMAND sees
#   STADTLABOR_TEST_DB=postgresql://stadtlabor@127.0.0.1:PORT/postgres
# and STADTLABOR_TEST_PG_SOCKET_DIR (the folder of the unix socket), and may create and drop
# databases as it likes. The server is stopped and the folder removed
# whatever happens; the exit status is COMMAND's.
#
# As root the server runs as an unprivileged user (nobody, or $STADTLABOR_PG_USER): PostgreSQL
# refuses to run as root. The binaries are taken from $STADTLABOR_PG_BINDIR, else from the
# newest /usr/lib/postgresql/<version>/bin, else from PATH.
set -u

me=with-postgres.sh
if [ $# -eq 0 ]; then
    echo "usage: $me COMMAND [ARG...]" >&2
    exit 2
fi

fail() {
    echo "$me: error: $*" >&2
    exit 1
}

bindir=${STADTLABOR_PG_BINDIR:-}
if [ -z "$bindir" ]; then
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
            bindir=$candidate
            break
        fi
    done
fi
if [ -z "$bindir" ] && command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    bindir=$(dirname "$(command -v initdb)")
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
    fail "PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin or PATH;" \
         "install the Debian package 'postgresql' (scripts/install-deps.sh lists it) or set STADTLABOR_PG_BINDIR"
fi
command -v python3 >/dev/null 2>&1 || fail "python3 is needed to pick a free port"

# Who runs the server.
as_user=()
run_user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
    run_user=${STADTLABOR_PG_USER:-nobody}
    id -u "$run_user" >/dev/null 2>&1 || fail "user '$run_user' does not exist (set STADTLABOR_PG_USER)"
    command -v runuser >/dev/null 2>&1 || fail "runuser (util-linux) is needed to start PostgreSQL as '$run_user'"
    as_user=(runuser -u "$run_user" --)
fi

workdir=$(mktemp -d "${TMPDIR:-/tmp}/stadtlabor-pg.XXXXXXXX") || fail "cannot create a temporary folder"
started=0
cleanup() {
    if [ "$started" -eq 1 ]; then
        "${as_user[@]}" "$bindir/pg_ctl" -D "$workdir/data" -m fast -w -t 60 stop >/dev/null 2>&1 \
            || "${as_user[@]}" "$bindir/pg_ctl" -D "$workdir/data" -m immediate -w -t 30 stop >/dev/null 2>&1
    fi
    rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "$(id -u)" -eq 0 ]; then
    chown "$run_user" "$workdir" || fail "cannot hand $workdir to '$run_user'"
fi
chmod 0700 "$workdir"

if ! "${as_user[@]}" "$bindir/initdb" -D "$workdir/data" -U stadtlabor --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$workdir/initdb.log" 2>&1; then
    cat "$workdir/initdb.log" >&2
    fail "initdb failed"
fi

free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

# A free port can be taken by someone else before the server binds it: try a few.
port=
for attempt in 1 2 3 4 5; do
    candidate=$(free_port) || fail "cannot pick a free port"
    if "${as_user[@]}" "$bindir/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -c port=$candidate -c unix_socket_directories=$workdir -c fsync=on -c max_connections=200" \
            start >/dev/null 2>&1; then
        port=$candidate
        started=1
        break
    fi
    # A failed start can leave a half-started postmaster; make sure it is gone before retrying.
    "${as_user[@]}" "$bindir/pg_ctl" -D "$workdir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
done
if [ -z "$port" ]; then
    cat "$workdir/server.log" >&2 2>/dev/null
    fail "the PostgreSQL server did not start"
fi

export STADTLABOR_TEST_DB="postgresql://stadtlabor@127.0.0.1:$port/postgres"
export STADTLABOR_TEST_PG_SOCKET_DIR="$workdir" # the server's unix socket is here too
echo "$me: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (socket in $workdir), STADTLABOR_TEST_DB=$STADTLABOR_TEST_DB" >&2

# The command runs in the background so that a SIGTERM or SIGINT for this script (ctest's
# timeout, Ctrl-C) is handled at once: passed on to the command, then the server is stopped.
"$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null' TERM INT
status=0
wait "$child" || status=$?
while kill -0 "$child" 2>/dev/null; do
    status=0
    wait "$child" || status=$?
done
exit "$status"
