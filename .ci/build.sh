#!/usr/bin/env bash
# The release build, in dist/: two trunk builds of the same app.
# - The full build (every page) goes to target/dist-full.
# - The light build (home and the window pages: what a first visit
#   downloads) goes to dist/, and its post_build hook merges the full build
#   in and writes each section's folder with the build that serves it.
# DIST=<dir> puts the release elsewhere than dist/. Extra arguments go to both
# trunk builds. Run after .ci/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/env.sh
TSUNAGARU_BUNDLE=full trunk build --release --offline --features full --dist target/dist-full "$@"
TSUNAGARU_BUNDLE=light trunk build --release --offline --dist "${DIST:-dist}" "$@"
