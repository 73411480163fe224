#!/usr/bin/env bash
# README command 1: installs what is missing, builds the release bundle and
# serves it on http://127.0.0.1:8080 (PORT=... to change). Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec node scripts/serve.mjs --dir dist --port "${PORT:-8080}"
