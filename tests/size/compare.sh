#!/usr/bin/env bash
# Prints the release binary sizes of three builds with the same release profile, and their ratios:
#   minimal      the smallest Tauri 2 app (tests/size/minimal-app), the baseline;
#   stack floor  that app plus the libraries Haven's brief chooses, each used once
#                (tests/size/stack-floor): what the stack costs before Haven adds anything;
#   haven        the desktop app, with its content embedded and the NGO preview (and its lint);
#   haven phone  the app as a phone builds it: no preview, no lint (`--no-default-features
#                --features custom-protocol`), built for this machine so the sizes compare.
# Goal (issue 10): the phone build at most 1.10 times the stack floor; printed last. Release builds
# take a few minutes each.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

cargo build --release -p haven-app --bin haven
haven=$(stat -c %s target/release/haven)
# The phone configuration, in a target folder of its own so the desktop binary above is kept.
CARGO_TARGET_DIR="$root/target/size-phone" \
  cargo build --release -p haven-app --bin haven --no-default-features --features custom-protocol
phone=$(stat -c %s target/size-phone/release/haven)
for app in minimal-app stack-floor; do
  CARGO_TARGET_DIR="$root/target/size-baselines" \
    cargo build --release --manifest-path "tests/size/$app/Cargo.toml"
done

minimal=$(stat -c %s target/size-baselines/release/minimal-tauri-app)
floor=$(stat -c %s target/size-baselines/release/stack-floor)
# The content as embedded: build.rs's Brotli bundles of content/ and locales/ (a folder's text in one
# bundle, each clip in its own).
embedded_dir=$(ls -td target/release/build/haven-app-*/out/embedded | head -n 1)
content=$(find "$embedded_dir" -type f -printf '%s\n' | awk '{ sum += $1 } END { print sum }')
# The clips of the default pack (content/audio/: the emergency action and help-now's summary in
# every locale with a voice), as embedded; MP3 barely compresses.
audio=$(find "$embedded_dir" -type f -path '*/content/audio/*' -printf '%s\n' | awk '{ sum += $1 } END { print sum + 0 }')
raw=$( (find content -type f ! -name '*.md' -printf '%s\n'; find locales -type f -name '*.ftl' -printf '%s\n') |
  awk '{ sum += $1 } END { print sum }')
awk -v h="$haven" -v p="$phone" -v m="$minimal" -v f="$floor" -v c="$content" -v r="$raw" -v a="$audio" 'BEGIN {
  printf "minimal Tauri app: %9d bytes (%.2f MiB)\n", m, m / 1048576
  printf "stack floor:       %9d bytes (%.2f MiB), %.3f times the minimal app\n", f, f / 1048576, f / m
  printf "haven:             %9d bytes (%.2f MiB), with %d bytes of content and strings embedded (%d before compression)\n", h, h / 1048576, c, r
  printf "of which audio:    %9d bytes (%.2f MiB) embedded (budget: 0.5 MB)\n", a, a / 1048576
  printf "stack floor + embedded content: %.3f times the minimal app\n", (f + c) / m
  printf "haven beyond the stack floor:   %d bytes (haven/stack floor: %.3f)\n", h - f, h / f
  printf "ratio haven/minimal: %.3f\n", h / m
  printf "haven phone build: %9d bytes (%.2f MiB), %d bytes less than the desktop build\n", p, p / 1048576, h - p
  printf "stack floor + the embedded content, no code of Haven'"'"'s: %.3f times the stack floor\n", (f + c) / f
  printf "haven phone build without its embedded content/stack floor: %.3f (the code alone)\n", (p - c) / f
  printf "ratio haven phone build/stack floor: %.3f (goal: at most 1.10)\n", p / f
}'
