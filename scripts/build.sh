#!/usr/bin/env bash
# Builds the release bundle into dist/ (Trunk, wasm-bindgen, wasm-opt -Oz,
# then scripts/post-build.mjs: icons, service worker, CSP): the residents'
# app, then the Redaktion into dist/redaktion/ (its own page, WASM and
# worker; residents' pages never load it). Extra arguments go to the
# residents' `trunk build`, e.g. `--dist dist-next` or `--features
# synthetic`; `--residents-only` leaves the Redaktion out (test bundles
# that only check the residents' app); `--omos` builds the app on the real
# pages of ../shared/benchmarks/omos-qa (or $OMOS_DIR) as its data, one
# network per page (a benchmark build, never the default).
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
    --omos)
      data="$PWD/target/omos-netzwerke.json"
      mkdir -p target
      cargo run --quiet --release --locked -p stadtteilnetz-tools --bin export_omos -- \
        "${OMOS_DIR:-../shared/benchmarks/omos-qa}/pages.jsonl" > "$data"
      export STADTTEILNETZ_DATA="$data" STADTTEILNETZ_PAGES=0 STADTTEILNETZ_BUILD="${STADTTEILNETZ_BUILD:-omos}"
      ;;
    *) args+=("$1") ;;
  esac
  shift
done
trunk build --release "${args[@]}"
if [ "$editor" = 1 ]; then
  STADTTEILNETZ_APP=redaktion trunk build crates/redaktion/index.html --release \
    --dist "$dist/redaktion" --public-url /redaktion/
fi
