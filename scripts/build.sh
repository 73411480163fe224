#!/usr/bin/env bash
# Builds the release bundle into dist/ (Trunk, wasm-bindgen, wasm-opt -Oz,
# then scripts/post-build.mjs: icons, service worker, CSP). Extra arguments
# go to `trunk build`, e.g. `--dist dist-next`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release "$@"
