#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A test waits for a condition (QTRY_*, QSignalSpy::wait, tryCompare/tryVerify), never for a
# fixed time: a fixed wait is too short on a loaded machine and too long everywhere else, and
# "nothing happened within N ms" proves nothing. Fails on any fixed wait in the C++ and QML
# tests: QTest::qWait(, QTest::qSleep(, QThread::[mu]sleep(, std::this_thread::sleep_for(,
# and the QML TestCase's wait(<number>) / sleep(<number>).
# Usage: check_no_fixed_waits.sh SOURCE_DIR | --self-test
set -euo pipefail

# The check must be able to fail: planted waits are found, condition waits are not.
if [ "${1:-}" = "--self-test" ]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/tests/quick"
    printf 'void f() { QVERIFY(spy.wait(100)); QTRY_VERIFY(x); }\n' >"$tmp/tests/ok.cpp"
    printf 'TestCase { function t() { tryVerify(() => x, 3000); spy.wait(100) } }\n' >"$tmp/tests/quick/ok.qml"
    "$0" "$tmp" >/dev/null || { echo "self-test: condition waits were reported" >&2; exit 1; }
    printf 'void g() {\n    QTest::qWait(10);\n}\n' >"$tmp/tests/bad.cpp"
    printf 'TestCase {\n    function t() { wait(40) }\n}\n' >"$tmp/tests/quick/bad.qml"
    out=$("$0" "$tmp" 2>&1) && { echo "self-test: planted waits were not reported" >&2; exit 1; }
    for want in "tests/bad.cpp:2:" "tests/quick/bad.qml:2:"; do
        grep -qF "$want" <<<"$out" || { echo "self-test: $want not reported in: $out" >&2; exit 1; }
    done
    echo "check_no_fixed_waits: self-test passed"
    exit 0
fi

src=${1:-$(cd "$(dirname "$0")/.." && pwd)}
tests="$src/tests"
self=$(basename "$0")

status=0
cpp=$(grep -rnE --include='*.cpp' --include='*.h' \
    'QTest::q(Wait|Sleep)\(|QThread::(m|u)?sleep\(|sleep_for\(' "$tests" || true)
qml=$(grep -rnE --include='*.qml' --include='*.js' \
    '(^|[^A-Za-z0-9_.])(wait|sleep)\( *[0-9]' "$tests" || true)
found=$(printf '%s\n%s\n' "$cpp" "$qml" | grep -v "/$self:" | sed '/^$/d' || true)
if [ -n "$found" ]; then
    echo "check_no_fixed_waits: fixed-time waits in the tests; wait for a condition instead:" >&2
    echo "$found" | sed "s#^$src/#  #" >&2
    status=1
else
    echo "check_no_fixed_waits: no fixed-time waits in $tests"
fi
exit "$status"
