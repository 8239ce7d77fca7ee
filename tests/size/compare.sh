#!/usr/bin/env bash
# Builds Haven and a minimal Tauri 2 app with the same release profile, and prints both binary sizes
# and their ratio. Goal: Haven, with all its content embedded, at most 1.3 times the minimal app.
# Release builds take a few minutes each.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

cargo build --release -p haven-app --bin haven
CARGO_TARGET_DIR="$root/target/size-minimal" \
  cargo build --release --manifest-path tests/size/minimal-app/Cargo.toml

haven=$(stat -c %s target/release/haven)
minimal=$(stat -c %s target/size-minimal/release/minimal-tauri-app)
content=$(du -sb content locales | awk '{ sum += $1 } END { print sum }')
awk -v h="$haven" -v m="$minimal" -v c="$content" 'BEGIN {
  printf "minimal Tauri app: %9d bytes (%.2f MiB)\n", m, m / 1048576
  printf "haven:             %9d bytes (%.2f MiB), with %d bytes of content and strings embedded\n", h, h / 1048576, c
  printf "ratio haven/minimal: %.3f (goal: at most 1.3)\n", h / m
}'
