#!/usr/bin/env bash
# Lighthouse 12 (npm) against the served release bundle, mobile profile
# (Lighthouse's default: emulated phone, throttled network and CPU).
# Prints the four category scores; the full report goes to lighthouse-report.html.
#   scripts/lighthouse.sh            (builds first if dist/ is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
[ -f dist/index.html ] || { scripts/setup.sh; scripts/build.sh; }
PORT=${PORT:-8091}
node scripts/serve.mjs --dir dist --port "$PORT" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 1
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
npx --yes lighthouse@12 "http://127.0.0.1:$PORT/" \
  --quiet \
  --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
  --only-categories=performance,accessibility,best-practices,seo \
  --output=json --output=html --output-path=./lighthouse-report
node -e '
const r = require("./lighthouse-report.report.json");
const v = r.lighthouseVersion;
console.log(`Lighthouse ${v}, ${r.configSettings.formFactor}, ${r.environment.hostUserAgent.match(/Chrome\/[\d.]+/)[0]}`);
for (const [k, c] of Object.entries(r.categories)) console.log(`${c.title}: ${Math.round(c.score * 100)}`);
for (const a of Object.values(r.audits)) if (a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable") console.log(`  below full: ${a.id} (${a.score})`);
'
