#!/usr/bin/env bash
# Prints the bytes of audio a pack carries: the clips the app embeds (content/audio/, committed), and
# the full synthetic set `haven-pack voice` makes when the site is built, per locale and per
# article. Needs espeak-ng and lame (scripts/install-deps.sh --tests). Figures, never assertions.
#   tests/size/audio.sh [CONTENT_DIR]     (default: content)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
content="${1:-content}"
cargo build -q -p haven-pack
bin="${CARGO_TARGET_DIR:-$root/target}/debug/haven-pack"

echo "Embedded clips ($content/audio/, in the app's binary):"
{ [ ! -d "$content/audio" ] || find "$content/audio" -type f -name '*.mp3' -printf '%s %h\n'; } |
  awk '{ n = split($2, p, "/"); print p[n], $1 }' | sort |
  awk '{ if ($1 != last && last != "") { printf "  %-8s %8d bytes\n", last, sum; sum = 0 }
         last = $1; sum += $2; all += $2; count++ }
       END { if (last != "") printf "  %-8s %8d bytes\n", last, sum;
             printf "  all      %8d bytes (%.3f MB) in %d clips; budget +0.5 MB\n", all, all / 1e6, count }'

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$content" "$work/pack"
start=$(date +%s)
"$bin" voice "$work/pack" --interface locales
end=$(date +%s)
echo
echo "Full synthetic set ($(( end - start )) s to make):"
echo "Per locale:"
find "$work/pack/audio" -type f -name '*.mp3' -printf '%s %h\n' |
  awk '{ n = split($2, p, "/"); by[p[n]] += $1; c[p[n]]++; all += $1 }
       END { for (l in by) printf "  %-8s %9d bytes in %3d clips\n", l, by[l], c[l] }' | sort
find "$work/pack/audio" -type f -name '*.mp3' -printf '%s\n' |
  awk '{ all += $1 } END { printf "  all      %9d bytes (%.2f MB)\n", all, all / 1e6 }'
echo "Per article (all locales):"
find "$work/pack/audio" -type f -name '*.mp3' -printf '%s %f\n' |
  awk '{ split($2, p, "--"); by[p[1]] += $1; all += $1 }
       END { for (a in by) printf "  %-14s %9d bytes\n", a, by[a] }' | sort
