// Verbindungen at scale (issue 18, point 4): with the 10,000 generated
// networks the page draws the neighbourhood of the selected entry, never
// all of them. Two measures, each from the tap's click event to the end of
// the frame that shows the result (a requestAnimationFrame check, then a
// message after the frame):
//   - open: on a network's page, "Verbindungen ansehen" tapped → the
//     picture is drawn with that network selected and its panel shown
//     (the generated networks are reached by their former ids,
//     `frueher-netzwerk-<i>`, which every 25th has; spread over the data)
//     (in-app navigation: the router, the filters, the neighbourhood, its
//     layout and drawing);
//   - select: in the picture, another box tapped → it is pressed, its
//     lines and neighbours lit, the panel names it.
// The shipped data (5 networks, the whole picture) beside it, in the same
// run. Unthrottled and at 4x CPU slowdown (Emulation.setCPUThrottlingRate);
// medians and p95 of RUNS taps each. Target: at most 100 ms p95 at 4x.
//   node benches/browser/connections.mjs [runs, 30]
//   (needs dist/ and dist-synthetic/: scripts/build.sh and the synthetic
//   build in the README's "Benchmarks")
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchFresh } from './chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.argv[2] ?? 30);
const BUNDLES = [
  { label: 'shipped data (5 networks)', dir: path.join(root, 'dist'), slug: () => JSON.parse(fs.readFileSync(path.join(root, 'data/netzwerke.json'), 'utf8')).networks[0].slug },
  { label: '10,000 networks', dir: path.join(root, 'dist-synthetic'), slug: (i) => `frueher-netzwerk-${(i * 325) % 10000}` },
];
for (const b of BUNDLES) {
  if (!fs.existsSync(path.join(b.dir, 'index.html'))) {
    console.error(`${b.dir}/index.html is missing: build it first (README, "Benchmarks")`);
    process.exit(2);
  }
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** Arms a one-off timer in the page: from the next click (its event time)
 *  to the end of the first frame in which `done` holds. `done` is the name
 *  of a check defined below, since the app's policy forbids eval. */
function arm(done) {
  const checks = {
    // The picture is drawn with one box pressed and the panel naming it.
    opened: () => {
      const on = document.querySelector('[data-testid=node][aria-pressed=true]');
      const h2 = document.querySelector('[data-testid=panel] h2');
      return on && h2 && h2.textContent.includes(on.getAttribute('aria-label'));
    },
    // The box tapped is pressed and the panel names it.
    selected: () => {
      const on = document.querySelector('[data-testid=node][aria-pressed=true]');
      const h2 = document.querySelector('[data-testid=panel] h2');
      return on && on.getAttribute('aria-label') === window.target
        && h2 && h2.textContent.includes(window.target);
    },
  };
  // Awaited by one evaluate, not polled: polling would run script in the
  // page in every frame of what is measured.
  window.tookP = new Promise((resolve) => {
    document.addEventListener('click', (e) => {
      const t0 = e.timeStamp;
      const check = () => {
        if (checks[done]()) {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve(performance.now() - t0);
          ch.port2.postMessage(0);
        } else {
          requestAnimationFrame(check);
        }
      };
      requestAnimationFrame(check);
    }, { capture: true, once: true });
  });
}

async function run(bundle, throttle) {
  const server = await startServer({ dir: bundle.dir });
  const { context, profile } = await launchFresh('connections-bench-', { viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const opens = [];
  const selects = [];
  const drawn = [];
  for (let i = 0; i < RUNS; i++) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.goto(`${server.url}/netzwerk/${bundle.slug(i)}`);
    await page.waitForFunction(() => !document.getElementById('statisch') && document.querySelector('[data-testid=view-connections]'));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.evaluate(arm, 'opened');
    await page.getByTestId('view-connections').click();
    opens.push(await page.evaluate(() => window.tookP));
    drawn.push(await page.getByTestId('node').count());
    // Another box: the next one not pressed, by turns.
    const others = page.locator('[data-testid=node][aria-pressed=false]');
    const target = others.nth(i % Math.min(3, await others.count()));
    await target.scrollIntoViewIfNeeded();
    await page.evaluate(arm, 'selected');
    await page.evaluate((label) => { window.target = label; }, await target.getAttribute('aria-label'));
    await target.click();
    selects.push(await page.evaluate(() => window.tookP));
  }
  await context.close();
  await server.close();
  fs.rmSync(profile, { recursive: true, force: true });
  return { opens, selects, nodes: `${Math.min(...drawn)}–${Math.max(...drawn)}` };
}

const rows = [];
for (const throttle of [1, 4]) {
  for (const b of BUNDLES) {
    const r = await run(b, throttle);
    const t = throttle === 1 ? 'unthrottled' : '4x CPU';
    const row = (what, xs) => `| ${b.label}, ${what}, ${t} | ${xs.length} | ${quantile(xs, 0.5).toFixed(1)} | ${quantile(xs, 0.95).toFixed(1)} |`;
    rows.push(row(`open (${r.nodes} boxes drawn)`, r.opens), row('select', r.selects));
  }
}
console.log(`Verbindungen at 360 px, ${new Date().toISOString().slice(0, 10)}`);
console.log('| measure | n | median ms | p95 ms |');
console.log('|---|---:|---:|---:|');
console.log(rows.join('\n'));
