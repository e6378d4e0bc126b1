#!/usr/bin/env bash
# Size report (a benchmark, not a test): builds the release and prints every
# file of dist/ with its raw, gzip -9 and brotli -q 11 sizes, and the totals.
#
#   bash .ci/size.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then
  bash .ci/setup.sh test >/dev/null
  source .ci/env.sh
  bash .ci/build.sh >/dev/null
fi
command -v brotli >/dev/null || { echo "brotli is missing: run bash .ci/setup.sh test" >&2; exit 1; }

printf '%-52s %10s %10s %10s\n' file raw gzip brotli
total_raw=0; total_gz=0; total_br=0
while IFS= read -r file; do
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  br=$(brotli -q 11 -c "$file" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '%-52s %10d %10d %10d\n' "${file#dist/}" "$raw" "$gz" "$br"
done < <(find dist -type f | sort)
printf '%-52s %10d %10d %10d\n' TOTAL "$total_raw" "$total_gz" "$total_br"

# What a page downloads: the page and every file it names (script, WASM,
# styles, icon). The root page is the first visit (the light build); a
# section of the full build (spots/) is what a spot's first visit adds.
page_total() {
  local page=$1 total=0 file
  total=$(brotli -q 11 -c "$page" | wc -c)
  for file in $(grep -oE '[A-Za-z0-9_./-]+\.(js|wasm|css|svg)' "$page" | sed -E 's#^(\./|\.\./)+##' | sort -u); do
    [ -f "dist/$file" ] && total=$((total + $(brotli -q 11 -c "dist/$file" | wc -c)))
  done
  echo "$total"
}
br() { brotli -q 11 -c "$1" | wc -c; }
page=$(page_total dist/index.html)
first=$((page + $(br dist/manifest.webmanifest) + $(br dist/sw.js)))
printf '%-52s %10s %10s %10d\n' "FIRST VISIT (index.html, what it loads, manifest, sw.js)" "" "" "$first"
# After the page has loaded, the service worker copies the rest of the app
# for offline use (content-hashed files already loaded come from the cache).
rest=0
for file in $(find dist -type f ! -name sw.js | sort); do
  case "$(grep -c "$(basename "$file")" dist/index.html)" in
    0) rest=$((rest + $(br "$file"))) ;;
  esac
done
printf '%-52s %10s %10s %10d\n' "OFFLINE COPY (rest of the app, after load)" "" "" "$rest"
printf '%-52s %10s %10s %10d\n' "A FULL-BUILD SECTION (spots/ and what it loads)" "" "" "$(page_total dist/spots/index.html)"
echo "budget for a first visit: 153600 bytes brotli (150 KB)"
