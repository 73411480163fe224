#!/usr/bin/env bash
# Builds the release bundle into dist/ (Trunk, wasm-bindgen, wasm-opt -Oz).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release
