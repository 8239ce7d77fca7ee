#!/usr/bin/env bash
# Prints how long Haven takes to start against the bare Tauri 2 app (tests/size/minimal-app), both
# release builds with the same profile, timed in the same run under tauri-driver: from the WebDriver
# new-session request until the page is complete with text, median of 5 starts each (startup.py says
# exactly what is timed). Three figures: the bare app; Haven's first start (an empty data folder: the
# language picker); a later start (English already chosen: the home screen in English).
# Goal (issue 10): a first start at most 1.5 times the bare app, a later start at most 1.2 times.
# Figures only: nothing here fails because something is slow.
#
# tauri-driver sets TAURI_WEBVIEW_AUTOMATION=true, for which Haven's window.rs gives the webview
# WebKit's default, automatable context instead of an ephemeral one. A reader's release build ignores
# the variable; this script builds the release binary with the `automation` feature, which changes
# nothing else, so that WebDriver can drive it.
#
# Needs what tests/run-e2e.sh needs (tauri-driver, WebKitWebDriver, Xvfb unless DISPLAY is set, a
# D-Bus session). STARTUP_RUNS=n changes the number of starts of each kind.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

# The automation feature keeps, in this release build only, the switch that lets WebDriver drive
# the window (a reader's release build never has it; see src-tauri/src/window.rs).
cargo build --release -p haven-app --bin haven --features automation
CARGO_TARGET_DIR="$root/target/size-baselines" \
  cargo build --release --manifest-path tests/size/minimal-app/Cargo.toml

export NO_AT_BRIDGE=1
export WEBKIT_DISABLE_COMPOSITING_MODE=1
if [ -z "${DISPLAY:-}" ]; then
  # A display number no other run is using (tests/run-e2e.sh takes :99).
  display=90
  while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
  Xvfb ":$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
  export DISPLAY=":$display"
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
fi

dbus-run-session -- python3 tests/size/startup.py \
  --haven "$root/target/release/haven" \
  --bare "$root/target/size-baselines/release/minimal-tauri-app" \
  --runs "${STARTUP_RUNS:-5}"
