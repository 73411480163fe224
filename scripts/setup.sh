#!/usr/bin/env bash
# Installs what building (and, with --tests, testing) Stadtteilnetz needs,
# skipping whatever is already there. Safe to run again: a second run installs nothing.
#   scripts/setup.sh          tools for the release build
#   scripts/setup.sh --tests  also Chromium for the end-to-end tests
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen crate that Cargo.lock pins.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  say "Installing Trunk $TRUNK_VERSION (takes several minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked \
    || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# wasm-opt comes from npm's binaryen (Debian's binaryen 108 produces broken output),
# with the test packages; all pinned by package-lock.json.
if ! [ -x node_modules/.bin/wasm-opt ] || ! npm ls --depth=0 >/dev/null 2>&1; then
  say "Installing npm packages (binaryen, playwright-core, axe-core)"
  npm ci --no-audit --no-fund
fi

# Trunk builds offline, so every crate must be in cargo's cache first.
cargo fetch --locked >/dev/null 2>&1 || cargo fetch --locked

if [ "${1:-}" = "--tests" ] && ! [ -x /usr/bin/chromium ]; then
  say "Installing Chromium for the end-to-end tests"
  as_root apt-get update
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y --no-install-recommends chromium
fi
