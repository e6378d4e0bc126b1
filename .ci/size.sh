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
  trunk build --release --offline >/dev/null
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

# What a first visit downloads: the root page and everything it loads
# (the route copies are alternatives to index.html, not extra downloads).
first=0
for file in dist/index.html dist/icons/favicon.svg $(find dist -maxdepth 1 -type f \( -name '*.js' -o -name '*.wasm' -o -name '*.css' \)) ; do
  first=$((first + $(brotli -q 11 -c "$file" | wc -c)))
done
printf '%-52s %10s %10s %10d\n' "FIRST VISIT (html, js, wasm, css, favicon)" "" "" "$first"
echo "budget for a first visit: 153600 bytes brotli (150 KB)"
