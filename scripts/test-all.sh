#!/usr/bin/env bash
# Installs what is missing, then runs every test: the engine's and the tools' unit and integration
# tests, the app's commands on Tauri's mock runtime, the Android compile check, and the end-to-end
# tests that drive the real app window.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh" --tests
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
cd "$root"

echo "== Unit, integration and mock-runtime tests"
cargo test --workspace --locked

echo "== Android: the app compiles for aarch64-linux-android"
CC_aarch64_linux_android=clang \
AR_aarch64_linux_android=llvm-ar \
CFLAGS_aarch64_linux_android="--target=aarch64-linux-android -isystem /usr/aarch64-linux-gnu/include" \
  cargo check --locked --target aarch64-linux-android -p haven-app

echo "== End-to-end tests in the real app"
tests/run-e2e.sh
