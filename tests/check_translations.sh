#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every visible string goes through qsTr() and has its German and English text: extract the
# strings from the sources again into copies of the .ts files and refuse untranslated or
# stale entries. Usage: check_translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cp "$src"/translations/stadtlabor_*.ts "$tmp"/
"$lupdate" -silent -locations none "$src/qml" "$src/src/ui" -ts "$tmp"/stadtlabor_*.ts

status=0
for ts in "$tmp"/stadtlabor_*.ts; do
    name=$(basename "$ts")
    messages=$(grep -c '<message' "$ts" || true)
    untranslated=$(grep -B3 'type="unfinished"' "$ts" | grep -o '<source>[^<]*' | sed 's/<source>/  /' || true)
    stale=$(grep -B3 -E 'type="(vanished|obsolete)"' "$ts" | grep -o '<source>[^<]*' | sed 's/<source>/  /' || true)
    if [ -n "$untranslated" ]; then
        echo "$name: strings without a translation (add them to translations/$name):"
        echo "$untranslated"
        status=1
    fi
    if [ -n "$stale" ]; then
        echo "$name: translations of strings the sources no longer use (run the update_translations target):"
        echo "$stale"
        status=1
    fi
    [ "$messages" -gt 0 ] || { echo "$name: no messages found"; status=1; }
    echo "$name: $messages messages checked"
done
exit $status
