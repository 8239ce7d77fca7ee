#!/usr/bin/env bash
# Runs every fuzz target (fuzz/fuzz_targets/) for SECONDS each, one after the other, and prints per
# target the executions, executions per second, coverage (libFuzzer's `cov` and `ft`) and corpus
# size of the run. Exits non-zero when a target crashed, panicked, ran out of memory or timed out;
# the input that did it is in fuzz/artifacts/<target>/, the log in fuzz/logs/<target>.log.
#
# Usage: scripts/fuzz.sh SECONDS [TARGET...]
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz --locked`). Each target
# starts from its committed seeds (fuzz/seeds/<target>/) copied into a working corpus
# (fuzz/corpus/<target>/, kept between runs and not committed). With CARGO_TARGET_DIR set, the
# fuzz build goes to $CARGO_TARGET_DIR/fuzz. CI does not run this; docs/fuzzing.md says why and
# records the last long run.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
  echo "usage: scripts/fuzz.sh SECONDS [TARGET...]" >&2
  exit 2
fi
shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(manifest root delta store pack)

fuzz="$root/fuzz"
target_dir="${CARGO_TARGET_DIR:-$fuzz/target}/fuzz"
# Every cargo fuzz call gets the same flags, so `run` reuses what `build` compiled.
cargo_fuzz=(cargo +nightly fuzz)
flags=(--fuzz-dir "$fuzz" --target-dir "$target_dir")

cd "$root"
echo "== Building the fuzz targets"
for target in "${targets[@]}"; do
  "${cargo_fuzz[@]}" build "${flags[@]}" "$target" || {
    echo "cannot build fuzz target $target" >&2
    exit 1
  }
done

mkdir -p "$fuzz/logs"
failed=()
rows=()
for target in "${targets[@]}"; do
  corpus="$fuzz/corpus/$target"
  artifacts="$fuzz/artifacts/$target"
  log="$fuzz/logs/$target.log"
  mkdir -p "$corpus" "$artifacts"
  cp -n "$fuzz/seeds/$target/"* "$corpus/"
  echo "== $target: ${seconds}s from $(ls "$corpus" | wc -l) inputs (log: fuzz/logs/$target.log)"
  started=$(date +%s)
  # -timeout: one input taking over 10 s is a finding (libFuzzer's default is 20 minutes).
  "${cargo_fuzz[@]}" run "${flags[@]}" "$target" "$corpus" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" >"$log" 2>&1
  status=$?
  elapsed=$(( $(date +%s) - started ))
  done_line=$(grep -aE '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 | tr -s '[:space:]' ' ')
  stat() { grep -a "^stat::$1:" "$log" | tail -1 | awk '{print $2}'; }
  runs=$(stat number_of_executed_units)
  per_second=$(stat average_exec_per_sec)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$done_line")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$done_line")
  corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$done_line")
  rss=$(stat peak_rss_mb)
  if [ $status -ne 0 ] || [ -z "$done_line" ]; then
    finding=$(grep -a -m1 -E '^==[0-9]+== ?ERROR|ERROR: libFuzzer|panicked at|^SUMMARY' "$log" || true)
    failed+=("$target")
    outcome="FAILED (exit $status): ${finding:-see the log}"
  else
    outcome="ok"
  fi
  echo "   $done_line"
  rows+=("$(printf '%-9s %7s %12s %8s %6s %6s %14s %7s  %s' "$target" "$elapsed" "${runs:-?}" \
    "${per_second:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "${rss:-?}" "$outcome")")
done

echo
echo "== $(date -u +%Y-%m-%d) on $(nproc) cores, ${seconds}s a target"
printf '%-9s %7s %12s %8s %6s %6s %14s %7s  %s\n' target seconds executions exec/s cov ft \
  corpus rss_mb outcome
printf '%s\n' "${rows[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "failed: ${failed[*]} (inputs in fuzz/artifacts/<target>/)" >&2
  exit 1
fi
