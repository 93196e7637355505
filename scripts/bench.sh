#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds an optimised tree and runs every benchmark; each prints its figures next to a
# baseline measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build-bench --target bench
