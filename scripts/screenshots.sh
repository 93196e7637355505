#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Remakes README's screenshots with the kiosk itself (offscreen, software renderer), every
# page at the three sizes a terminal has: 1920x1080, 1080x1920 and 1366x768. Each shows a
# copy of the database filled by the screenshot fixture; the kiosk's own data is untouched.
# Usage: scripts/screenshots.sh [BUILD_DIR] [LANG]   (defaults: build-test, de)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-test}
lang=${2:-de}
kiosk="$build/app/kiosk/stadtlabor-kiosk"
[ -x "$kiosk" ] || { echo "screenshots: build the kiosk first ($kiosk is missing)" >&2; exit 1; }
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

# file name -> page
pages=(
    home:home projects:projects project-detail:project:kulturportal
    monitor-theme:monitor-theme:1 monitor-summary:monitor-summary
    fonds-money:fonds-money fonds-review:fonds-review fonds-receipt:fonds-receipt
    attract:attract idle-overlay:idle-overlay closed:closed
    admin-pin:admin-pin admin-sync:admin-sync admin-device:admin-device admin-kiosk:admin-kiosk
    admin-data:admin-data admin-security:admin-security admin-about:admin-about
    staff-setup:staff-setup staff-summary:staff-summary
)
suffix=""
[ "$lang" = de ] || suffix="-$lang"
for entry in "${pages[@]}"; do
    name=${entry%%:*}
    page=${entry#*:}
    for size in 1920x1080 1080x1920 1366x768; do
        # Quiet unless it fails: then the kiosk's own words say why.
        QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software "$kiosk" --data-dir "$data" --lang "$lang" \
            --page "$page" --size "$size" --screenshot "docs/screenshots/$name-$size$suffix.png" \
            >"$data/log" 2>&1 || { cat "$data/log" >&2; exit 1; }
    done
done
echo "screenshots: ${#pages[@]} pages at 3 sizes written to docs/screenshots"
