#!/usr/bin/env bash
# Runs the end-to-end tests against the real `haven` binary: tauri-driver and WebKitWebDriver drive
# its window on a virtual X display, inside a private D-Bus session. Screenshots go to
# target/e2e-screenshots/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

# The app, and haven-pack for the tests that publish an update to it.
cargo build -p haven-app --bin haven
cargo build -p haven-pack --bin haven-pack
export HAVEN_BINARY="$root/target/debug/haven"
# axe-core, for the accessibility tests (scripts/install-deps.sh installs it too).
[ -d tests/e2e/node_modules ] || npm ci --prefix tests/e2e --no-audit --no-fund --silent
export NO_AT_BRIDGE=1
export WEBKIT_DISABLE_COMPOSITING_MODE=1

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :99 -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
  export DISPLAY=:99
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X99 ] && break; sleep 0.1; done
fi

# Not `exec`: the trap above must still stop Xvfb when the tests end.
dbus-run-session -- python3 -m pytest tests/e2e -v -p no:cacheprovider "$@"
