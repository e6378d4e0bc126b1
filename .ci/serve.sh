#!/usr/bin/env bash
# Installs what is missing, builds the release and serves it locally under a
# sub-path, as a plain static server would in production.
#
#   bash .ci/serve.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh build
source .ci/env.sh
bash .ci/build.sh
port=${1:-8080}
echo
echo "Open http://127.0.0.1:$port/tsunagaru/ in a browser (Ctrl+C stops the server)."
exec node .ci/static-server.mjs --port "$port" --prefix /tsunagaru/ dist
