#!/usr/bin/env bash
# Builds the web edition of the default pack with haven-pack, then tests it in Debian's Chromium
# (tests/web/web.test.js): accessibility, JavaScript off, requests, offline reading, screenshots
# in target/web-screenshots/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

cargo build -p haven-pack --bin haven-pack
target="${CARGO_TARGET_DIR:-$root/target}"
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
"$target/debug/haven-pack" site content --out "$site" --interface locales

[ -d tests/web/node_modules ] || npm ci --prefix tests/web --no-audit --no-fund --silent
HAVEN_WEB_SITE="$site" HAVEN_WEB_SCREENSHOTS="$root/target/web-screenshots" \
  node --test --test-concurrency=1 tests/web/web.test.js "$@"
