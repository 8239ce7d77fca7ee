#!/usr/bin/env bash
# Installs what is missing, then runs every test: the engine's and the tools' unit and integration
# tests, the app's commands on Tauri's mock runtime, the Android compile checks (64-bit and 32-bit
# ARM), the end-to-end tests that drive the real app window, and the web edition's tests in
# Chromium.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh" --tests
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
cd "$root"

# Each stage says how long it took, so a slow run shows where its time went.
stage_started=$SECONDS
stage() {
  [ -n "${stage_name:-}" ] && echo "-- $stage_name: $((SECONDS - stage_started)) s"
  stage_name="$1"
  stage_started=$SECONDS
  [ -n "$stage_name" ] && echo "== $stage_name"
  return 0
}

stage "Unit, integration and mock-runtime tests"
cargo test --workspace --locked

stage "Android: the app compiles for aarch64-linux-android (64-bit ARM)"
CC_aarch64_linux_android=clang \
AR_aarch64_linux_android=llvm-ar \
CFLAGS_aarch64_linux_android="--target=aarch64-linux-android -isystem /usr/aarch64-linux-gnu/include" \
  cargo check --locked --target aarch64-linux-android -p haven-app

# 32-bit ARM phones. ring's C code needs the soft-float headers (Debian's armel cross package); the
# armhf ones lack gnu/stubs-soft.h.
stage "Android: the app compiles for armv7-linux-androideabi (32-bit ARM)"
CC_armv7_linux_androideabi=clang \
AR_armv7_linux_androideabi=llvm-ar \
CFLAGS_armv7_linux_androideabi="--target=armv7-linux-androideabi -isystem /usr/arm-linux-gnueabi/include" \
  cargo check --locked --target armv7-linux-androideabi -p haven-app

# What a phone must not carry: the pack lint (only the NGO preview uses it) and the publishing side,
# with its S3 client.
stage "Android: the phone build links neither the lint nor the publishing crate"
phone_crates=$(cargo tree --locked -p haven-app -e normal --target aarch64-linux-android --prefix none)
if grep -E '^(haven-(lint|publish)|object_store) ' <<<"$phone_crates"; then
  echo "the phone build must not depend on the crates above" >&2
  exit 1
fi
grep -q '^haven-library ' <<<"$phone_crates" || { echo "cargo tree listed no haven-library" >&2; exit 1; }

stage "End-to-end tests in the real app"
tests/run-e2e.sh

stage "The web edition in Chromium"
tests/run-web.sh
stage ""
echo "-- all tests: $SECONDS s"
