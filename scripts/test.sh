#!/usr/bin/env bash
# README command 2: installs what is missing and runs every test:
# formatting and lints, the native tests of the core and the data (the
# core alone first), the tools and the texts, then the
# end-to-end tests in headless Chromium against the served release bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

scripts/setup.sh --tests

say "cargo fmt --check"
cargo fmt --check
say "cargo clippy --all-targets (every crate)"
cargo clippy --workspace --all-targets --all-features --locked -- -D warnings
say "The core's tests, natively and alone (no Leptos crate is compiled for them)"
cargo test --locked -p stadtteilnetz-core --all-features
say "Native tests of the other crates (the validate tool, interface texts, components)"
cargo test --locked --workspace --exclude stadtteilnetz-core --exclude stadtteilnetz-prerender --all-features
say "The pages the build draws (the shipped data: not with the feature synthetic)"
cargo test --locked -p stadtteilnetz-prerender
say "Shipped dataset"
cargo run --quiet --locked -p stadtteilnetz-tools --bin validate -- data/netzwerke.json
say "Release bundle with the Redaktion, a second one with a visible change (for the update test), one with 10,000 generated networks and one on real pages (OMoS-QA)"
STADTTEILNETZ_BUILD=next scripts/build.sh --residents-only --dist dist-next
STADTTEILNETZ_SYNTHETIC=10000 STADTTEILNETZ_BUILD=synthetic scripts/build.sh --residents-only --features synthetic --dist dist-synthetic
scripts/build.sh --residents-only --omos --dist dist-omos
# The public address the kiosk's QR codes point to (tests/e2e/harness.mjs).
STADTTEILNETZ_PUBLIC_URL=https://stadtteilnetz.example.org scripts/build.sh
say "End-to-end tests in headless Chromium"
node --test --test-concurrency=1 tests/e2e/*.test.mjs
