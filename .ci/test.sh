#!/usr/bin/env bash
# Installs what is missing and runs the whole test suite, layer by layer:
# format, lints (host and wasm), native tests, component tests in headless
# Chromium, the release build, then end-to-end journeys in Chromium against
# the release served from a sub-path. Stops at the first failing layer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh test
source .ci/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all --check

step "clippy (host)"
cargo clippy --all-targets --locked -- -D warnings

step "clippy (wasm32, light and full builds)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
cargo clippy --all-targets --locked --target wasm32-unknown-unknown --features full -- -D warnings

step "native tests (domain, data, routes)"
cargo test --locked
cargo test --locked --lib --features full

step "bundled data report (entries due for a new check)"
cargo test --locked --test data -- --show-output the_data_file_passes_every_check

step "component tests (wasm-bindgen-test in headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --features full --test web

step "release build (full, then light)"
TSUNAGARU_SPOTS_CSV=tests/fixtures/spots-sample.csv bash .ci/build.sh

step "a second release, for the update journey (tests/e2e/pwa.spec.ts)"
TSUNAGARU_RELEASE="$(cargo pkgid | sed 's/.*[#@]//')-next" DIST=target/e2e-v2 bash .ci/build.sh

step "end-to-end journeys (Playwright, Debian Chromium)"
cd tests/e2e
npx playwright test
