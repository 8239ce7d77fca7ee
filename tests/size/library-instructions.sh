#!/usr/bin/env bash
# Prints the instructions the reader's library spends on each call of its criterion benchmark
# (crates/haven-library/benches/library.rs), counted by callgrind, for the engine before it was split
# into crates (haven-core at BEFORE, default 351130d) and for today's, both built in this run with the
# app's release profile, both reading the same pack: the default pack as it was at BEFORE, which
# today's loader still reads. Instructions, not seconds: the count is the same on an idle machine
# and on a busy one, so the two can be told apart by a few percent.
# Goal (issue 10): no call slower than before. Figures only: nothing here fails because of them.
# Needs valgrind (scripts/install-deps.sh --tests installs it). A few minutes: two release builds.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
before="${BEFORE:-351130d}"
work="$root/target/library-instructions"
# The tree at BEFORE, extracted once (a second run builds nothing of it again).
if [ "$(cat "$work/before-tree/.commit" 2>/dev/null)" != "$(git rev-parse "$before")" ]; then
  rm -rf "$work/before-tree" "$work/pack"
  mkdir -p "$work/before-tree" "$work/pack"
  git archive "$before" | tar -x -C "$work/before-tree"
  git archive "$before" content | tar -x -C "$work/pack"
  git rev-parse "$before" >"$work/before-tree/.commit"
fi

# One driver (tests/size/library-instructions/main.rs), built against each engine under the name
# `engine`, with that tree's own lock file so both use the same versions of everything else.
build_driver() {
  local name="$1" engine="$2" lock="$3"
  mkdir -p "$work/$name"
  cat > "$work/$name/Cargo.toml" <<TOML
[package]
name = "library-instructions"
version = "0.1.0"
edition = "2021"
publish = false

[workspace]

[[bin]]
name = "library-instructions"
path = "$root/tests/size/library-instructions/main.rs"

[dependencies]
$engine
serde_json = "1"

# The app's release profile, with its symbols kept so callgrind can find the measured calls.
[profile.release]
opt-level = "z"
lto = true
codegen-units = 1
panic = "abort"
TOML
  cp "$lock" "$work/$name/Cargo.lock"
  cargo build --release --quiet --manifest-path "$work/$name/Cargo.toml" --target-dir "$work/target-$name"
}
build_driver before "engine = { package = \"haven-core\", path = \"$work/before-tree/crates/haven-core\", default-features = false }" \
  "$work/before-tree/Cargo.lock"
build_driver after "engine = { package = \"haven-library\", path = \"$root/crates/haven-library\" }" "$root/Cargo.lock"

# The instructions of one call: callgrind counts only inside the call's own function.
count() {
  local build="$1" call="$2" function="$3" out
  out="$work/callgrind.$build.$call.out"
  valgrind --tool=callgrind --toggle-collect="$function" --callgrind-out-file="$out" \
    "$work/target-$build/release/library-instructions" "$work/pack/content" "$call" >/dev/null 2>&1
  awk '/^summary:|^totals:/ { print $2; exit }' "$out"
}

printf '%-46s %14s %14s %8s\n' "call (the default pack as it was at $before)" before after change
for entry in "open:measured_open:open the pack (reference locale parsed)" \
  "first-switch:measured_first_switch:first switch to a locale (Thai: parse + topics)" \
  "used-locale:measured_used_locale:a locale already used (Arabic topics)" \
  "render:measured_render:render the largest article (Arabic)" \
  "search:measured_search:search every article (Thai)"; do
  IFS=: read -r call function label <<<"$entry"
  old=$(count before "$call" "$function")
  new=$(count after "$call" "$function")
  awk -v l="$label" -v o="$old" -v n="$new" \
    'BEGIN { printf "%-46s %14d %14d %+7.1f%%\n", l, o, n, (n - o) * 100 / o }'
done
