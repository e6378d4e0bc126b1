#!/usr/bin/env bash
# Screens of every section in every language (not a test): builds the
# release with the test fixture's spots into DIST (target/screens/dist by
# default; dist/ is left alone) and captures each page's words and a
# full-page PNG into OUT_DIR, to compare two versions of the app:
#
#   git checkout OLD && bash .ci/screens.sh target/screens/before
#   git checkout NEW && bash .ci/screens.sh target/screens/after
#   bash .ci/screens.sh --compare target/screens/before target/screens/after
#
# --no-build captures what DIST already holds. PORT=4178 by default.
set -euo pipefail
# Paths given are read from where the command was run.
if [ "${1:-}" = "--compare" ]; then
  before=$(realpath "${2:?usage: --compare BEFORE AFTER}")
  after=$(realpath "${3:?usage: --compare BEFORE AFTER}")
elif [ "${1:-}" = "--no-build" ]; then
  mkdir -p "${2:?usage: --no-build OUT_DIR}"
  out=$(realpath "$2")
else
  mkdir -p "${1:?usage: bash .ci/screens.sh [--no-build] OUT_DIR | --compare BEFORE AFTER}"
  out=$(realpath "$1")
fi
cd "$(dirname "$0")/.."
bash .ci/setup.sh test >/dev/null
source .ci/env.sh
if [ "${1:-}" = "--compare" ]; then
  (cd tests/e2e && node tools/screens.mjs compare "$before" "$after")
  exit
fi
build=1
if [ "${1:-}" = "--no-build" ]; then build=0; fi
dist=${DIST:-target/screens/dist}
port=${PORT:-4178}
if [ "$build" = 1 ]; then
  TSUNAGARU_SPOTS_CSV=tests/fixtures/spots-sample.csv DIST="$dist" bash .ci/build.sh >target/screens-build.log 2>&1 \
    || { tail -40 target/screens-build.log; exit 1; }
fi
node .ci/static-server.mjs --port "$port" --prefix /tsunagaru/ "$dist" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
node -e '
  const url = process.argv[1];
  (async () => { for (let i = 0; i < 300; i++) { try { if ((await fetch(url)).ok) return; } catch {} await new Promise((r) => setTimeout(r, 200)); } process.exit(1); })();
' "http://127.0.0.1:$port/tsunagaru/"
(cd tests/e2e && node tools/screens.mjs capture "http://127.0.0.1:$port/tsunagaru/" "$out")
