#!/usr/bin/env bash
# Installs whatever is missing, at pinned versions, from the package
# registries only (crates.io, npm, Debian). A second run installs nothing.
#
#   bash .ci/setup.sh build   # what building and serving need
#   bash .ci/setup.sh test    # plus browsers, fonts and test tools
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must be exactly the wasm-bindgen of Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
APT_PACKAGES=(chromium chromium-driver fonts-noto-cjk zbar-tools poppler-utils brotli)

mode=${1:-build}
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

# Rust: the wasm target and the lint/format components.
installed_targets=$(rustup target list --installed)
if ! grep -qx wasm32-unknown-unknown <<<"$installed_targets"; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if [ "$mode" = test ]; then
  installed_components=$(rustup component list --installed)
  for component in rustfmt clippy; do
    if ! grep -q "^$component" <<<"$installed_components"; then
      say "adding rustup component $component"
      rustup component add "$component"
    fi
  done
fi

# trunk (builds and bundles the app).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli (its lock file wants a crate the registry no longer
# serves, so it is installed without --locked).
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Debian packages for the browser tests: Chromium and its driver, Japanese
# fonts for screenshots, a QR decoder, PDF tools, brotli for the size report.
if [ "$mode" = test ]; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    say "installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

# npm tools (wasm-opt from binaryen, Playwright, axe-core), pinned by the
# lock file. Playwright must not download a browser: Debian's Chromium is used.
lock_sum=$(sha256sum tests/e2e/package-lock.json | cut -d' ' -f1)
stamp=tests/e2e/node_modules/.installed-from-lock
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  say "installing npm tools from tests/e2e/package-lock.json"
  (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" > "$stamp"
fi
