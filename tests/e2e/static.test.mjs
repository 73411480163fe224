// The pages the build draws (crates/prerender): read with JavaScript off,
// before the app has arrived, and the moment the app takes them over,
// which nobody may see: no blank frame, no shift, no frame in another
// language, nothing typed lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, axeViolations, horizontalOverflow, text, DATA } from './harness.mjs';

/** A fresh browser for each test that holds the app back: once a worker
 *  controls the page, it serves the WASM, which page.route cannot hold. */
async function fresh(options, run) {
  const visit = await launch(options);
  try {
    await run(visit);
  } finally {
    await visit.close();
  }
}

/** Holds the app's WASM back (a slow connection) until `release()`. */
async function holdApp(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

/** Records every painted frame from the start: what <html> says, the main
 *  heading and the visible text of the body, and the layout shifts. Frames
 *  are kept in sessionStorage too, so that a document that hands over to
 *  another (the page in the visitor's language) leaves its frames behind. */
function recordFrames() {
  window.__frames = [];
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const doc = location.pathname;
  const tick = () => {
    if (document.body) {
      const h1 = document.querySelector('main h1');
      const frame = {
        doc,
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        h1: h1 && h1.checkVisibility() ? h1.textContent : null,
        text: document.body.innerText.slice(0, 2000),
        app: !document.getElementById('statisch'),
      };
      window.__frames.push(frame);
      const all = JSON.parse(sessionStorage.getItem('frames') || '[]');
      all.push(frame);
      sessionStorage.setItem('frames', JSON.stringify(all));
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const taken = (page) => page.waitForFunction(() => !document.getElementById('statisch') && document.querySelector('main h1'));

test('with JavaScript off every network and actor page reads, and every link between them leads somewhere', async () => {
  const off = await launch({ javaScriptEnabled: false });
  try {
    const page = await off.newPage();
    await page.goto(`${off.base}/`);
    assert.equal(await page.locator('main h1').innerText(), text('de', 'home.heading'));
    for (const n of DATA.networks) await page.getByRole('link', { name: n.name, exact: true }).first().waitFor();
    // The search is a plain form; without JavaScript it says it needs it.
    assert.ok(await page.getByTestId('search-needs-js').isVisible());
    assert.equal(await page.getByTestId('search-needs-js').innerText(), text('de', 'home.search.needs_js'));
    assert.equal(await page.locator('.languages').isVisible(), false, 'no switcher that cannot switch');
    assert.equal(await page.getByRole('button').filter({ visible: true }).count(), 0, 'no button that does nothing');
    // The Merkliste's count lives on the device: none is shown, not a false 0.
    assert.equal((await page.getByTestId('merkliste-link').innerText()).trim(), text('de', 'common.header.merkliste'));
    assert.equal(await page.getByTestId('merkliste-count').isVisible(), false);
    // On a wide screen the results take the room the filters would have had.
    await page.setViewportSize({ width: 1920, height: 900 });
    const [results, main] = await Promise.all([page.locator('.home-results').boundingBox(), page.locator('.page--home').boundingBox()]);
    assert.ok(results.width > main.width * 0.9, `the results ${results.width} px wide in ${main.width} px`);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.locator('#suche').fill('Jugend');
    await Promise.all([page.waitForURL(/\?q=Jugend$/), page.locator('#suche').press('Enter')]);
    assert.equal(await page.getByTestId('card').count(), DATA.networks.length, 'every entry shown');
    assert.ok(await page.getByTestId('search-needs-js').isVisible());

    // Follow the links: every network page, and from there every actor.
    const seen = new Set();
    for (const n of DATA.networks) {
      await page.goto(`${off.base}/`);
      await page.getByRole('link', { name: n.name, exact: true }).first().click();
      await page.waitForURL(`**/netzwerk/${n.slug}`);
      assert.equal(await page.locator('main h1').innerText(), n.name);
      assert.equal(await page.title(), `${n.name} – Stadtteilnetz Lobeda`);
      assert.ok((await page.locator('main').innerText()).includes(n.summary), n.slug);
      for (const p of n.actors) seen.add(p.actor);
    }
    for (const a of DATA.actors.filter((a) => seen.has(a.id))) {
      const network = DATA.networks.find((n) => n.actors.some((p) => p.actor === a.id));
      await page.goto(`${off.base}/netzwerk/${network.slug}`);
      await page.locator(`main a[href="/akteur/${a.id}"]`).first().click();
      await page.waitForURL(`**/akteur/${a.id}`);
      assert.equal(await page.locator('main h1').innerText(), a.name);
      // …and back to the network, from the actor's page.
      await page.locator(`main a[href="/netzwerk/${network.slug}"]`).first().click();
      await page.waitForURL(`**/netzwerk/${network.slug}`);
    }
    assert.equal(seen.size, DATA.actors.length, 'every actor takes part somewhere');

    await page.goto(`${off.base}/merkliste`);
    assert.equal(await page.getByTestId('merkliste-needs-js').innerText(), text('de', 'pages.merkliste.needs_js'));
    assert.ok(!(await page.locator('main').innerText()).includes(text('de', 'pages.merkliste.empty')), 'no claim about a list it cannot read');

    assert.deepEqual(page.errors, []);
    const missing = await page.goto(`${off.base}/netzwerk/gibt-es-nicht`);
    assert.equal(missing.status(), 404);
    assert.equal(await page.locator('main h1').innerText(), text('de', 'common.not_found.title'));
  } finally {
    await off.close();
  }
});

test('the drawn pages show before the app runs, pass axe at 360 and 1920 px, and carry JSON-LD', () => fresh({}, async (app) => {
  const page = await app.newPage();
  const release = await holdApp(page);
  const network = DATA.networks[1];
  for (const path of ['/', `/netzwerk/${network.slug}`, `/akteur/${DATA.actors[0].id}`, '/merkliste', '/gibt-es-nicht']) {
    for (const width of [360, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${app.base}${path}`, { waitUntil: 'domcontentloaded' });
      await page.locator('#statisch main h1').waitFor();
      assert.deepEqual(await axeViolations(page), [], `${path} at ${width}px`);
      assert.equal(await horizontalOverflow(page), 0, `${path} at ${width}px`);
    }
  }
  await page.goto(`${app.base}/netzwerk/${network.slug}`, { waitUntil: 'domcontentloaded' });
  const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.equal(ld['@type'], 'Organization');
  assert.equal(ld.name, network.name);
  const members = ld.member.map((m) => m.member.name).sort();
  const expected = network.actors.map((p) => DATA.actors.find((a) => a.id === p.actor).name).sort();
  assert.deepEqual(members, expected);
  // The public address the bundle was built with (scripts/test.sh).
  assert.equal(await page.locator('link[rel=canonical]').getAttribute('href'), `https://stadtteilnetz.example.org/netzwerk/${network.slug}`);
  release();
}));

test('the app takes over with no blank frame, no shift, no console error, and the scroll position kept', () => fresh({}, async (app) => {
  const page = await app.newPage();
  await page.addInitScript(recordFrames);
  const release = await holdApp(page);
  const network = DATA.networks.find((n) => n.description.join(' ').length > 600) ?? DATA.networks[0];
  await page.goto(`${app.base}/netzwerk/${network.slug}`, { waitUntil: 'domcontentloaded' });
  await page.locator('#statisch main h1').waitFor();
  await page.evaluate(() => window.scrollTo(0, 400));
  await page.waitForTimeout(300);
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 100, `the page is long enough to scroll (${scrolled})`);
  release();
  await taken(page);
  await page.waitForTimeout(500);
  const { frames, shift, y } = await page.evaluate(() => ({ frames: window.__frames, shift: window.__shift, y: window.scrollY }));
  const first = frames.findIndex((f) => f.h1);
  assert.ok(first >= 0);
  const after = frames.slice(first);
  assert.ok(after.some((f) => !f.app) && after.some((f) => f.app), 'frames of both, the drawn page and the app');
  assert.ok(after.every((f) => f.h1 === network.name), 'every frame shows the page');
  const statics = after.filter((f) => !f.app).map((f) => f.text);
  const apps = after.filter((f) => f.app).map((f) => f.text);
  assert.equal(statics.at(-1), apps[0], 'the first frame of the app reads as the last drawn one');
  assert.equal(shift, 0, 'cumulative layout shift');
  assert.equal(y, scrolled, 'scroll position kept');
  assert.deepEqual(page.errors, []);
}));

test('what was typed into the search before the app ran stays, keeps the focus, and is searched', () => fresh({}, async (app) => {
  const page = await app.newPage();
  const release = await holdApp(page);
  await page.goto(`${app.base}/`, { waitUntil: 'domcontentloaded' });
  await page.locator('#statisch #suche').click();
  await page.keyboard.type('Generationen');
  release();
  await taken(page);
  const field = page.locator('#suche');
  assert.equal(await field.inputValue(), 'Generationen');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'suche', 'focus kept');
  await page.waitForURL(/\?q=Generationen/);
  const names = await page.getByTestId('results').getByTestId('card-name').allTextContents();
  assert.ok(names.length >= 1 && names.length < DATA.networks.length, `${names}`);
  assert.ok(names[0].includes('Generationen'), `${names}`);
  // Typing on goes on from there.
  await page.keyboard.type(' Jena');
  assert.equal(await field.inputValue(), 'Generationen Jena');
  assert.deepEqual(page.errors, []);
}));

test('a visitor in another language gets the drawn page in theirs, and never a German or left-to-right frame', async () => {
  // Arabic was chosen on this device (the browser asks for German): the
  // German page sends the visitor on to /ar/…. The browser asks for
  // Ukrainian: the server answers with the Ukrainian page at once.
  for (const [how, options, lang, at] of [
    ['returning, Arabic kept on the device', { initScript: () => localStorage.setItem('stadtteilnetz.sprache', 'ar') }, 'ar', '/ar'],
    ['first visit, browser in Ukrainian', { locale: 'uk-UA' }, 'uk', ''],
  ]) {
    await fresh(options, async (visit) => {
      const network = DATA.networks[0];
      const dir = lang === 'ar' ? 'rtl' : 'ltr';
      const page = await visit.newPage();
      await page.addInitScript(recordFrames);
      const release = await holdApp(page);
      await page.goto(`${visit.base}/netzwerk/${network.slug}`, { waitUntil: 'domcontentloaded' });
      await page.waitForURL(`${visit.base}${at}/netzwerk/${network.slug}`);
      // Before the app: the drawn page in their language and direction.
      await page.locator('#statisch main h1').waitFor();
      assert.ok((await page.locator('#statisch').innerText()).includes(text(lang, 'common.header.skip_link')), how);
      release();
      await taken(page);
      await page.waitForTimeout(300);
      // The app's address has no language in it.
      assert.equal(new URL(page.url()).pathname, `/netzwerk/${network.slug}`);
      // Every frame painted, of the German document that sent the visitor
      // on (if it painted any) and of the page in their language.
      const frames = await page.evaluate(() => JSON.parse(sessionStorage.getItem('frames')));
      assert.ok(frames.some((f) => !f.app) && frames.some((f) => f.app), how);
      for (const f of frames) {
        assert.equal(f.lang, lang, how);
        assert.equal(f.dir, dir, how);
        assert.ok(!f.text.includes('Zum Inhalt springen') && !f.text.includes(text('de', 'pages.detail.all_networks')), `${how}: a German frame: ${f.text.slice(0, 200)}`);
      }
      const drawn = frames.filter((f) => f.h1 && !f.app).at(-1);
      const first = frames.find((f) => f.app);
      assert.equal(first.text, drawn.text, `${how}: the app's first frame reads as the drawn one`);
      assert.equal(frames.at(-1).h1, network.name);
      assert.deepEqual(page.errors, []);
    });
  }
});

test('offline, the worker answers each address with its own drawn page, and unknown ones with the not-found page', async () => {
  const visit = await launch();
  try {
    const page = await visit.newPage();
    await open(page, `${visit.base}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
    await visit.stopServer();
    await visit.context.setOffline(true);
    const failed = [];
    // (The install icons are left to the network on purpose: sw-template.js.)
    page.on('requestfailed', (r) => { if (!r.url().endsWith('.png')) failed.push(r.url()); });
    // What the worker answered with is the drawn page itself.
    const actor = DATA.actors.at(-1);
    const found = await page.goto(`${visit.base}/akteur/${actor.id}`);
    assert.ok(found.fromServiceWorker());
    assert.equal(found.status(), 200);
    assert.match(await found.text(), new RegExp(`<div id=statisch>.*<h1>${actor.name}</h1>`, 's'));
    await taken(page);
    assert.equal(await page.locator('main h1').innerText(), actor.name);
    const missing = await page.goto(`${visit.base}/nirgends`);
    assert.ok(missing.fromServiceWorker());
    assert.equal(missing.status(), 404);
    assert.match(await missing.text(), new RegExp(`<h1>${text('de', 'common.not_found.title')}</h1>`));
    await taken(page);
    assert.equal(await page.locator('main h1').innerText(), text('de', 'common.not_found.title'));
    // In another language too, for a visitor who chose it (the page the
    // first script sends them to).
    await page.evaluate(() => localStorage.setItem('stadtteilnetz.sprache', 'ar'));
    const arabic = await page.goto(`${visit.base}/akteur/${actor.id}`, { waitUntil: 'commit' });
    await page.waitForURL(`**/ar/akteur/${actor.id}`, { waitUntil: 'commit' });
    await taken(page);
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.ok(arabic.fromServiceWorker());
    assert.equal(await page.locator('main h1').innerText(), actor.name);
    await page.evaluate(() => localStorage.removeItem('stadtteilnetz.sprache'));
    await page.goto(`${visit.base}/netzwerk/${DATA.networks[2].slug}?q=egal`);
    await taken(page);
    assert.equal(await page.locator('main h1').innerText(), DATA.networks[2].name);
    assert.deepEqual(failed, []);
  } finally {
    await visit.close();
  }
});
