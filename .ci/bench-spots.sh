#!/usr/bin/env bash
# Benchmark (prints figures; not a test) of the 協力スポット page at 10,000
# spots:
#   1. `cargo bench --bench spots`: import, filter, grouping and distance
#      sort per keystroke, natively;
#   2. generates 10,000 fictitious spots inside the city (all named
#      「サンプル」) and builds the full build of the app with them, into
#      target/bench-spots/dist (dist/ is left alone);
#   3. measures in Debian's Chromium: first render of the list and the map,
#      each keystroke of the search, a kind change, 「近い順」;
#   4. the staff page (市の担当者の方へ) checking the same 10,000 rows as a
#      file, saved as UTF-8 and as Shift_JIS: from the file chosen to the
#      problems, the list and the map on screen.
#
#   bash .ci/bench-spots.sh [PORT]      (BENCH_ROUNDS=5 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh test >/dev/null
source .ci/env.sh
port=${1:-4176}
out=target/bench-spots
mkdir -p "$out"

echo "== native (cargo bench --bench spots)"
cargo bench --bench spots
cargo bench --bench spots -- --csv "$out/spots-10000.csv" --count 10000

echo
echo "== building the app with $out/spots-10000.csv"
TSUNAGARU_SPOTS_CSV="$out/spots-10000.csv" TSUNAGARU_BUNDLE=full \
  trunk build --release --offline --features full --dist "$out/dist" >"$out/build.log" 2>&1 \
  || { tail -40 "$out/build.log"; exit 1; }
# The full build alone has no section folders: give spots/ and staff/ their page.
node -e '
  const fs = require("fs");
  const [dir] = process.argv.slice(1);
  const html = fs.readFileSync(dir + "/index.html", "utf8");
  for (const section of ["spots", "staff"]) {
    fs.mkdirSync(dir + "/" + section, { recursive: true });
    fs.writeFileSync(dir + "/" + section + "/index.html", html.replace(/<base href="?\.\/"?\s*\/?>/, "<base href=\"../\">"));
  }
' "$out/dist"
# The files the staff page checks, served with the app.
cp "$out/spots-10000.csv" "$out/dist/bench-spots-10000.csv"
sed "1s/^\xEF\xBB\xBF//" "$out/spots-10000.csv" | iconv -f UTF-8 -t CP932 >"$out/dist/bench-spots-10000.cp932.csv"
ls -l "$out/dist"/*.wasm | awk '{ print "wasm with 10,000 spots: " $5 " bytes" }'

echo
echo "== Chromium ($(chromium --version 2>/dev/null || echo chromium))"
node .ci/static-server.mjs --port "$port" --prefix /tsunagaru/ "$out/dist" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
node -e '
  const url = process.argv[1];
  const wait = async () => { for (let i = 0; i < 300; i++) { try { if ((await fetch(url)).ok) return; } catch {} await new Promise((r) => setTimeout(r, 200)); } process.exit(1); };
  wait();
' "http://127.0.0.1:$port/tsunagaru/"
(cd tests/e2e && node bench/spots.mjs "http://127.0.0.1:$port/tsunagaru/")
echo
echo "== the staff page checking a file of 10,000 rows"
(cd tests/e2e && node bench/staff.mjs "http://127.0.0.1:$port/tsunagaru/" bench-spots-10000.csv bench-spots-10000.cp932.csv)
