#!/usr/bin/env bash
# Prints what the web edition of the default pack costs a reader over the wire (gzip -9, as a static
# host or CDN sends it), against the budget of issue 14:
#   an article page with its stylesheets   goal: at most 40 KB (the largest article of any locale)
#   the self-check page with its stylesheets and script, the same goal (the largest of any locale)
#   the whole site for one locale          goal: at most 300 KB (the largest locale): its pages,
#                                          the language picker, the stylesheets, scripts and
#                                          pictograms, and the service worker
# Figures only: nothing here fails on a figure.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

cargo build -p haven-pack --bin haven-pack
target="${CARGO_TARGET_DIR:-$root/target}"
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
"$target/debug/haven-pack" site content --out "$site" --interface locales >/dev/null

gz() { gzip -9 -c "$1" | wc -c; }
sum_gz() { local total=0 file; while IFS= read -r file; do total=$((total + $(gz "$file"))); done; echo "$total"; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

css=$(( $(gz "$site/web/_assets/styles.css") + $(gz "$site/web/_assets/web.css") ))
shared=$(find "$site/web/_assets" -type f | sum_gz)
shared=$((shared + $(gz "$site/web/sw.js") + $(gz "$site/index.html")))

largest_article=0 largest_article_name="" largest_locale=0 largest_locale_name=""
largest_check=0 largest_check_name=""
for dir in "$site"/web/*/; do
  locale=$(basename "$dir")
  [ "$locale" = "_assets" ] && continue
  for page in "$dir"articles/*.html; do
    size=$(gz "$page")
    if [ "$size" -gt "$largest_article" ]; then
      largest_article=$size largest_article_name="$locale/articles/$(basename "$page")"
    fi
  done
  if [ -f "$dir/self-check.html" ]; then
    size=$(gz "$dir/self-check.html")
    if [ "$size" -gt "$largest_check" ]; then
      largest_check=$size largest_check_name="$locale/self-check.html"
    fi
  fi
  pages=$(find "$dir" -type f | sum_gz)
  if [ $((pages + shared)) -gt "$largest_locale" ]; then
    largest_locale=$((pages + shared)) largest_locale_name=$locale
  fi
done

article_total=$((largest_article + css))
printf 'Web edition of the default pack, gzip -9 (what a reader downloads):\n'
printf '  stylesheets (styles.css + web.css):   %s\n' "$(kb "$css")"
printf '  largest article page (%s): %s\n' "$largest_article_name" "$(kb "$largest_article")"
printf '  article page with its stylesheets:    %s of 40 KB (%d %%)\n' "$(kb "$article_total")" $((article_total * 100 / 40960))
if [ "$largest_check" -gt 0 ]; then
  check_total=$((largest_check + css + $(gz "$site/web/_assets/self-check.js")))
  printf '  largest self-check page (%s): %s\n' "$largest_check_name" "$(kb "$largest_check")"
  printf '  self-check page with its stylesheets and script: %s of 40 KB (%d %%)\n' "$(kb "$check_total")" $((check_total * 100 / 40960))
else
  printf '  self-check page: the pack has none\n'
fi
printf '  whole site for one locale (%s):       %s of 300 KB (%d %%)\n' "$largest_locale_name" "$(kb "$largest_locale")" $((largest_locale * 100 / 307200))
