#!/usr/bin/env bash
# Builds the release bundle into dist/ (Trunk, wasm-bindgen, wasm-opt -Oz,
# then scripts/post-build.mjs: icons, service worker, CSP): the residents'
# app, then the Redaktion into dist/redaktion/ (its own page, WASM and
# worker; residents' pages never load it). Extra arguments go to the
# residents' `trunk build`, e.g. `--dist dist-next` or `--features
# synthetic`; `--residents-only` leaves the Redaktion out (test bundles
# that only check the residents' app).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
dist=dist
editor=1
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --residents-only) editor=0 ;;
    --dist) dist="$2"; args+=("$1" "$2"); shift ;;
    # Generated data: no pages drawn (scripts/post-build.mjs).
    synthetic) export STADTTEILNETZ_PAGES=0; args+=("$1") ;;
    *) args+=("$1") ;;
  esac
  shift
done
trunk build --release "${args[@]}"
if [ "$editor" = 1 ]; then
  STADTTEILNETZ_APP=redaktion trunk build crates/redaktion/index.html --release \
    --dist "$dist/redaktion" --public-url /redaktion/
fi
