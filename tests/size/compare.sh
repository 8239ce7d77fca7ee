#!/usr/bin/env bash
# Prints the release binary sizes of three builds with the same release profile, and their ratios:
#   minimal      the smallest Tauri 2 app (tests/size/minimal-app), the baseline;
#   stack floor  that app plus the libraries Haven's brief chooses, each used once
#                (tests/size/stack-floor): what the stack costs before Haven adds anything;
#   haven        the app, with its content embedded.
# Goal (issue 2): haven at most 1.3 times the minimal app. Release builds take a few minutes each.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

cargo build --release -p haven-app --bin haven
for app in minimal-app stack-floor; do
  CARGO_TARGET_DIR="$root/target/size-baselines" \
    cargo build --release --manifest-path "tests/size/$app/Cargo.toml"
done

haven=$(stat -c %s target/release/haven)
minimal=$(stat -c %s target/size-baselines/release/minimal-tauri-app)
floor=$(stat -c %s target/size-baselines/release/stack-floor)
# The content as embedded: build.rs's Brotli-compressed copies of content/ and locales/.
embedded_dir=$(ls -td target/release/build/haven-app-*/out/embedded | head -n 1)
content=$(find "$embedded_dir" -type f -printf '%s\n' | awk '{ sum += $1 } END { print sum }')
raw=$( (find content -type f ! -name '*.md' -printf '%s\n'; find locales -type f -name '*.ftl' -printf '%s\n') |
  awk '{ sum += $1 } END { print sum }')
awk -v h="$haven" -v m="$minimal" -v f="$floor" -v c="$content" -v r="$raw" 'BEGIN {
  printf "minimal Tauri app: %9d bytes (%.2f MiB)\n", m, m / 1048576
  printf "stack floor:       %9d bytes (%.2f MiB), %.3f times the minimal app\n", f, f / 1048576, f / m
  printf "haven:             %9d bytes (%.2f MiB), with %d bytes of content and strings embedded (%d before compression)\n", h, h / 1048576, c, r
  printf "stack floor + embedded content: %.3f times the minimal app\n", (f + c) / m
  printf "haven beyond the stack floor:   %d bytes (haven/stack floor: %.3f)\n", h - f, h / f
  printf "ratio haven/minimal: %.3f (goal: at most 1.3)\n", h / m
}'
