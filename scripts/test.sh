#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors and runs every test (ctest); then
# builds once more with Clang under AddressSanitizer + UndefinedBehaviorSanitizer and runs the
# unit, sync and hub tests in that build (scripts/test-sanitizers.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTADTLABOR_WERROR=ON
cmake --build build-test
ctest --test-dir build-test --output-on-failure --timeout 600
scripts/test-sanitizers.sh
