#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The unit, sync and hub tests (ctest labels unit, sync, hub) in a second build: Clang with
# AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer (STADTLABOR_SANITIZE), in
# build-asan. The processes the tests start (the hub, the kiosk) are built the same way. Every
# report, of a test or of a process it started, is written to build-asan/sanitizer-reports/ and
# fails the run, even when the process that found it was not the one a test looked at.
# Suppressions (third-party code only) are in tests/sanitizers/. Called by scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

build=build-asan
labels='^(unit|sync|hub)$'
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DSTADTLABOR_WERROR=ON -DSTADTLABOR_SANITIZE=ON
# Everything: the selected tests need the kiosk, the hub and every library; the Quick test
# runners and the benchmarks on top cost a few percent of the build (measured), and a Clang build
# of all targets is what proves the code compiles without warnings with Clang too.
cmake --build "$build"

reports="$PWD/$build/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
supp="$PWD/tests/sanitizers"
export ASAN_OPTIONS="log_path=$reports/asan:detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="log_path=$reports/ubsan:print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp"

status=0
ctest --test-dir "$build" -L "$labels" --output-on-failure --timeout 900 || status=$?
if compgen -G "$reports/*" >/dev/null; then
    echo "test-sanitizers: sanitizer reports (one file per process):" >&2
    for f in "$reports"/*; do
        echo "=== $f" >&2
        cat "$f" >&2
    done
    status=1
fi
[ "$status" -eq 0 ] && echo "test-sanitizers: unit, sync and hub tests clean under ASan + LSan + UBSan"
exit "$status"
