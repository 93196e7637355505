#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Lints docs/api/openapi.yaml with Redocly CLI (rules: docs/api/redocly.yaml, the "recommended"
# set). Fails on any error and on any warning.
#
# Redocly CLI is installed with npm, once, into a tools folder:
#   $STADTLABOR_NPM_DIR, or --tools-dir DIR, or else ${XDG_CACHE_HOME:-$HOME/.cache}/stadtlabor-npm
# Only that first install needs the npm registry. Nothing else phones home: Redocly's telemetry
# and update check and npm's update notifier, audit and funding messages are switched off.
set -euo pipefail

REDOCLY_VERSION=1.34.20 # needs Node.js >= 18.17: Debian 12's own nodejs (18.19) is enough

usage() {
  echo "usage: scripts/lint-openapi.sh [--tools-dir DIR]" >&2
  exit 2
}

tools_dir="${STADTLABOR_NPM_DIR:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --tools-dir) [ $# -ge 2 ] || usage; tools_dir="$2"; shift 2 ;;
    -h|--help) sed -n '3,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) usage ;;
  esac
done
if [ -z "$tools_dir" ]; then
  [ -n "${XDG_CACHE_HOME:-}${HOME:-}" ] || { echo "lint-openapi: error: neither HOME nor STADTLABOR_NPM_DIR is set" >&2; exit 1; }
  tools_dir="${XDG_CACHE_HOME:-$HOME/.cache}/stadtlabor-npm"
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
spec="docs/api/openapi.yaml"
config="docs/api/redocly.yaml"

# No telemetry, no update checks, no advertising.
export REDOCLY_TELEMETRY=off
export REDOCLY_SUPPRESS_UPDATE_NOTICE=true
export REDOCLY_SUPPRESS_NOTIFICATIONS=true
export npm_config_update_notifier=false
export npm_config_audit=false
export npm_config_fund=false
export NO_UPDATE_NOTIFIER=1

if ! command -v node >/dev/null 2>&1; then
  echo "lint-openapi: error: node (Node.js) is missing; run scripts/install-deps.sh (Debian package nodejs)" >&2
  exit 1
fi
if ! node -e '
  const [a, b] = process.versions.node.split(".").map(Number);
  process.exit(a > 18 || (a === 18 && b >= 17) ? 0 : 1);'; then
  echo "lint-openapi: error: Redocly CLI $REDOCLY_VERSION needs Node.js 18.17 or newer, found $(node --version)" >&2
  exit 1
fi

redocly="$tools_dir/node_modules/.bin/redocly"
installed_version() {
  node -e 'try { console.log(require(process.argv[1]).version) } catch (e) {}' \
    "$tools_dir/node_modules/@redocly/cli/package.json" 2>/dev/null || true
}

if [ ! -x "$redocly" ] || [ "$(installed_version)" != "$REDOCLY_VERSION" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "lint-openapi: error: npm is missing, so Redocly CLI cannot be installed." >&2
    echo "lint-openapi: install it with: sudo apt-get install npm   (or run scripts/install-deps.sh)" >&2
    exit 1
  fi
  mkdir -p "$tools_dir"
  # One installer at a time (parallel ctest runs share the folder).
  exec 9>"$tools_dir/.lock"
  flock 9
  if [ ! -x "$redocly" ] || [ "$(installed_version)" != "$REDOCLY_VERSION" ]; then
    echo "lint-openapi: installing @redocly/cli@$REDOCLY_VERSION into $tools_dir"
    rm -rf "$tools_dir/node_modules" "$tools_dir/package.json" "$tools_dir/package-lock.json"
    npm install --prefix "$tools_dir" --cache "$tools_dir/npm-cache" --no-audit --no-fund \
      --no-update-notifier --loglevel=warn "@redocly/cli@$REDOCLY_VERSION" >&2
  fi
  flock -u 9
  if [ "$(installed_version)" != "$REDOCLY_VERSION" ]; then
    echo "lint-openapi: error: installing @redocly/cli@$REDOCLY_VERSION into $tools_dir failed" >&2
    exit 1
  fi
fi

cd "$root"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
"$redocly" lint --format stylish --config "$config" "$spec" >"$log" 2>&1 || status=$?
cat "$log"

# Redocly exits 0 on warnings; this project wants none.
if [ "$status" -eq 0 ] && grep -Eq '^[[:space:]]*[0-9]+:[0-9]+[[:space:]]+warning[[:space:]]|You have [0-9]+ warning|config has [0-9]+ warning' "$log"; then
  echo "lint-openapi: error: warnings count as failures" >&2
  status=1
fi
if [ "$status" -eq 0 ]; then
  echo "lint-openapi: $spec is clean (Redocly CLI $REDOCLY_VERSION)"
fi
exit "$status"
