// Verbindungen (/verbindungen): the networks and their actors as a picture,
// selected by tap and by keyboard, the panel, filters in the address, the
// list equivalent matching the drawing, axe, 320 px, Arabic mirrored,
// offline; and the ways there from network and actor pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, appReady, firstVisit, axeViolations, horizontalOverflow, text, DATA, DIST_SYNTHETIC } from './harness.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

const participants = (n) => n.actors.filter((p) => DATA.actors.some((a) => a.id === p.actor));
const actorIds = [...new Set(DATA.networks.flatMap((n) => participants(n).map((p) => p.actor)))];
const nameOf = (id) => DATA.actors.find((a) => a.id === id).name;
const nodeLabels = (page) => page.getByTestId('node').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));

test('the header leads to the picture: every network and actor once, and the lists say the same', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  await page.getByTestId('connections-link').click();
  await page.waitForURL((u) => u.pathname === '/verbindungen');
  await appReady(page);
  assert.equal(await page.locator('main h1').innerText(), text('de', 'connections.title'));
  const labels = await nodeLabels(page);
  assert.deepEqual(
    [...labels].sort(),
    [...DATA.networks.map((n) => n.name), ...actorIds.map(nameOf)].sort(),
    'each network and each actor taking part is one node',
  );
  // One line per participation.
  assert.equal(await page.locator('.edges polyline').count(), DATA.networks.reduce((s, n) => s + participants(n).length, 0));
  // The lists: each network with its members, and the actors in several.
  const perNetwork = page.getByTestId('per-network');
  await perNetwork.locator('h4').first().waitFor();
  assert.deepEqual(await perNetwork.locator('h4').allInnerTexts(), DATA.networks.map((n) => n.name));
  const listed = new Set(await perNetwork.locator('dd a').allInnerTexts());
  assert.deepEqual([...listed].sort(), actorIds.map(nameOf).sort(), 'the lists name the actors the drawing shows');
  const several = await page.getByTestId('several').innerText();
  const inSeveral = actorIds.filter((id) => new Set(DATA.networks.filter((n) => participants(n).some((p) => p.actor === id)).map((n) => n.slug)).size > 1);
  assert.ok(inSeveral.length > 0);
  for (const id of inSeveral) assert.ok(several.includes(nameOf(id)), `${nameOf(id)} is in several networks`);
  assert.deepEqual(page.errors, []);
});

test('a tap selects a node: its lines and neighbours light up, the panel names its roles, the address keeps it', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/verbindungen`);
  const kubus = page.getByRole('button', { name: nameOf('kubus') });
  await kubus.click();
  await page.waitForURL((u) => u.searchParams.get('auswahl') === 'a:kubus');
  assert.equal(await kubus.getAttribute('aria-pressed'), 'true');
  const panel = page.getByTestId('panel');
  assert.match(await panel.locator('h2').innerText(), new RegExp(nameOf('kubus')));
  const generationen = DATA.networks.find((n) => n.slug === 'arbeitskreis-generationen');
  assert.deepEqual(await panel.getByTestId('panel-roles').locator('li').allInnerTexts(),
    [`${generationen.name}: ${text('de', 'common.role_on_actor.supported_place')}`]);
  assert.equal(await page.locator('.edge--on').count(), 1);
  assert.equal(await page.locator('.node--lit').count(), 1, 'its one network');
  // Reloaded, the same view.
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByRole('button', { name: nameOf('kubus') }).getAttribute('aria-pressed'), 'true');
  // A network selected names its members by role.
  await page.getByRole('button', { name: generationen.name, exact: true }).click();
  await page.waitForURL((u) => u.searchParams.get('auswahl') === `n:${generationen.slug}`);
  assert.equal(await panel.getByTestId('panel-roles').locator('li').count(), participants(generationen).length);
  await panel.getByRole('button', { name: text('de', 'connections.clear') }).click();
  await page.waitForURL((u) => !u.searchParams.has('auswahl'));
  assert.deepEqual(page.errors, []);
});

test('keyboard: one Tab stop in the drawing, arrows move between nodes, Enter selects, Escape clears', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/verbindungen`);
  assert.equal(await page.locator('[data-testid=node][tabindex="0"]').count(), 1, 'one node takes Tab');
  // Tab from the zoom buttons lands in the drawing.
  await page.getByRole('button', { name: text('de', 'connections.zoom_reset') }).focus();
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  assert.ok(first, 'focus is on a node');
  // Focus moves in the next frame.
  const moved = (from) => page.waitForFunction((f) => {
    const label = document.activeElement?.getAttribute('aria-label');
    return label && label !== f;
  }, from);
  await page.keyboard.press('ArrowDown');
  await moved(first);
  const second = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  assert.equal(await page.locator('[data-testid=node][tabindex="0"]').getAttribute('aria-label'), second, 'Tab now returns to it');
  await page.keyboard.press('ArrowRight');
  await moved(second);
  await page.keyboard.press('Enter');
  const chosen = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  await page.waitForFunction((name) => [...document.querySelectorAll('[data-testid=node]')]
    .some((b) => b.getAttribute('aria-label') === name && b.getAttribute('aria-pressed') === 'true'), chosen);
  assert.match(await page.getByTestId('panel').locator('h2').innerText(), new RegExp(chosen.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await page.focus('[data-testid=node][aria-pressed=true]');
  await page.keyboard.press('Escape');
  await page.waitForURL((u) => !u.searchParams.has('auswahl'));
  // Focus is visible on a node.
  await page.locator('[data-testid=node][tabindex="0"]').focus();
  assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'solid');
  assert.deepEqual(page.errors, []);
});

test('the start page\'s filters apply, in the address', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/verbindungen?ebene=land`);
  const state = DATA.networks.filter((n) => n.levels.includes('state'));
  const labels = await nodeLabels(page);
  for (const n of DATA.networks) {
    assert.equal(labels.includes(n.name), state.includes(n), n.name);
  }
  await page.getByTestId('per-network').locator('h4').first().waitFor();
  assert.equal(await page.getByTestId('per-network').locator('h4').count(), state.length);
  await open(page, `${app.base}/verbindungen?thema=gibt-es-nicht&ebene=land&zielgruppe=kinder`);
  assert.equal(await page.getByTestId('connections-note').innerText(), text('de', 'connections.nothing'));
  assert.deepEqual(page.errors, []);
});

test('network and actor pages open the picture on themselves; actors say who else shares their networks', async () => {
  const page = await app.newPage();
  const network = DATA.networks[0];
  await open(page, `${app.base}/netzwerk/${network.slug}`);
  await page.getByTestId('view-connections').click();
  await page.waitForURL((u) => u.searchParams.get('auswahl') === `n:${network.slug}`);
  await appReady(page);
  assert.equal(await page.getByRole('button', { name: network.name, exact: true }).getAttribute('aria-pressed'), 'true');

  await open(page, `${app.base}/akteur/kubus`);
  const whoElse = page.getByTestId('who-else');
  const generationen = DATA.networks.find((n) => n.slug === 'arbeitskreis-generationen');
  assert.equal(await whoElse.locator(':scope > li > a').innerText(), generationen.name);
  const others = participants(generationen).filter((p) => p.actor !== 'kubus').map((p) => nameOf(p.actor));
  assert.deepEqual(await whoElse.locator('ul a').allInnerTexts(), others);
  await page.getByTestId('view-connections').click();
  await page.waitForURL((u) => u.searchParams.get('auswahl') === 'a:kubus');
  assert.deepEqual(page.errors, []);
});

test('axe finds nothing, 320 px does not scroll sideways, and Arabic mirrors the picture', async () => {
  const page = await app.newPage({ viewport: { width: 320, height: 640 } });
  for (const lang of ['de', 'ar', 'ls']) {
    await open(page, `${app.base}/verbindungen?auswahl=a:kubus&lang=${lang}`);
    assert.deepEqual(await axeViolations(page), [], lang);
    assert.equal(await horizontalOverflow(page), 0, `${lang} at 320 px`);
  }
  // Arabic: the first network stands at the right edge, as it stands at
  // the left in German (the gaps, as shares of the drawing's width).
  const gaps = async () => {
    const box = await page.getByRole('button', { name: DATA.networks[0].name, exact: true }).boundingBox();
    const area = await page.getByTestId('drawing').boundingBox();
    return [(box.x - area.x) / area.width, (area.x + area.width - box.x - box.width) / area.width];
  };
  await open(page, `${app.base}/verbindungen?lang=ar`);
  const ar = await gaps();
  await open(page, `${app.base}/verbindungen?lang=de`);
  const de = await gaps();
  assert.ok(de[0] < de[1], `left to right: ${de}`);
  assert.ok(Math.abs(ar[0] - de[1]) < 0.02 && Math.abs(ar[1] - de[0]) < 0.02, `mirrored: ${de} → ${ar}`);
  assert.deepEqual(page.errors, []);
});

test('touch: two fingers pinch the picture larger and back, one finger drags it', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/verbindungen`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  const drawing = page.getByTestId('drawing');
  await drawing.scrollIntoViewIfNeeded();
  const area = await drawing.boundingBox();
  const svg = () => page.locator('.connections__svg').evaluate((s) => s.getBoundingClientRect().toJSON());
  const start = await svg();
  const [cx, cy] = [area.x + area.width / 2, area.y + Math.min(area.height, 300) / 2];
  // Where the fingers' middle is in the picture, as shares of its size.
  const under = (r) => [(cx - r.x) / r.width, (cy - r.y) / r.height];
  const fingers = (spread) => [{ x: cx - spread, y: cy, id: 0 }, { x: cx + spread, y: cy, id: 1 }];
  const pinch = async (from, to) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(from) });
    for (let i = 1; i <= 5; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(from + ((to - from) * i) / 5) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  const sized = (w) => page.waitForFunction((want) => Math.abs(document.querySelector('.connections__svg').getBoundingClientRect().width - want) < 2, w);
  // Fingers 40 px apart spread to 80: twice the size, and the spot between
  // them stays under them.
  await pinch(20, 40);
  await sized(2 * start.width);
  await page.waitForTimeout(100);
  const big = await svg();
  const [a, b] = [under(start), under(big)];
  assert.ok(Math.abs(a[0] - b[0]) < 0.01 && Math.abs(a[1] - b[1]) < 0.01, `the same spot under the fingers: ${a} → ${b}`);
  assert.equal(await horizontalOverflow(page), 0, 'the page itself does not grow sideways');
  const left = await drawing.evaluate((d) => d.scrollLeft);
  assert.ok(left > 0, 'the picture scrolled sideways in its area');
  // One finger drags the enlarged picture back towards its start.
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: cx - 60, y: cy, id: 0 }] });
  for (let i = 1; i <= 6; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: cx - 60 + i * 20, y: cy, id: 0 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.waitForFunction((l) => document.querySelector('[data-testid=drawing]').scrollLeft < l - 40, left);
  // Pinching in shrinks it again, never below half size.
  await pinch(60, 5);
  await sized(start.width / 2);
  assert.deepEqual(page.errors, []);
});

test('kiosk screens: the picture fills the column at 1920 × 1080 and 1080 × 1920, every box on screen', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/?kiosk=1`);
  try {
    for (const viewport of [{ width: 1920, height: 1080 }, { width: 1080, height: 1920 }]) {
      await page.setViewportSize(viewport);
      await open(page, `${app.base}/verbindungen?auswahl=a:kubus`);
      const area = await page.getByTestId('drawing').boundingBox();
      const column = await page.locator('#inhalt').evaluate((m) => m.clientWidth);
      const svg = await page.locator('.connections__svg').boundingBox();
      assert.ok(svg.width >= column - 80 && svg.width <= area.width, `${viewport.width}: the drawing ${svg.width} px of the column's ${column}`);
      assert.equal(await page.getByTestId('drawing').evaluate((d) => d.scrollWidth - d.clientWidth), 0, 'no sideways scrolling in the picture');
      assert.equal(await horizontalOverflow(page), 0, 'nor on the page');
      const boxes = await page.getByTestId('node').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().toJSON()));
      assert.equal(boxes.length, DATA.networks.length + actorIds.length);
      for (const b of boxes) assert.ok(b.left >= area.x && b.right <= area.x + area.width, `a box inside the picture: ${JSON.stringify(b)}`);
      assert.ok(await page.locator('html.kiosk').count(), 'kiosk mode is on');
    }
  } finally {
    await open(page, `${app.base}/?kiosk=0`);
  }
  assert.deepEqual(page.errors, []);
});

test('printed, the page fits one A4 sheet: the lists, not the picture', async () => {
  const page = await app.newPage({ viewport: { width: 794, height: 1123 } });
  await open(page, `${app.base}/verbindungen`);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.getByTestId('per-network').isVisible(), 'the lists print');
  assert.ok(await page.getByTestId('several').isVisible());
  assert.equal(await page.getByTestId('drawing').isVisible(), false, 'the picture does not');
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  assert.equal(pages.length, 1, 'one sheet');
  assert.deepEqual(page.errors, []);
});

test('the picture works offline after a first visit', async () => {
  const offline = await launch();
  try {
    const page = await offline.newPage();
    await firstVisit(page, `${offline.base}/`);
    await offline.stopServer();
    await page.getByTestId('connections-link').click();
    await page.waitForURL((u) => u.pathname === '/verbindungen');
    assert.equal(await page.getByTestId('node').count(), DATA.networks.length + actorIds.length);
    await page.goto(`${offline.base}/verbindungen?auswahl=a:kubus`);
    await appReady(page);
    assert.equal(await page.getByRole('button', { name: nameOf('kubus') }).getAttribute('aria-pressed'), 'true');
  } finally {
    await offline.close();
  }
});

test('at 10,000 networks the picture asks for a filter or an entry, and draws an entry\'s neighbourhood; network pages name their eight closest relations', async () => {
  const big = await launch({ dir: DIST_SYNTHETIC });
  try {
    const page = await big.newPage();
    await open(page, `${big.base}/verbindungen`);
    assert.equal(await page.getByTestId('connections-note').innerText(), text('de', 'connections.over_limit', { n: '10.000' }));
    assert.equal(await page.getByTestId('node').count(), 0, 'never 10,000 boxes');
    // The network page it opens from names its closest relations, not a
    // thousand, and says how many more there are.
    await open(page, `${big.base}/netzwerk/frueher-netzwerk-0`);
    assert.equal(await page.locator('ul.related > li').count(), 8);
    assert.match(await page.getByTestId('related-more').innerText(), /^… und [\d.]+ weitere Netzwerke/);
    await open(page, `${big.base}/verbindungen?auswahl=n:frueher-netzwerk-0`);
    const nodes = await page.getByTestId('node').count();
    assert.ok(nodes > 1 && nodes < 100, `a neighbourhood: ${nodes} boxes`);
    assert.equal(await page.locator('[data-testid=node][aria-pressed=true]').count(), 1);
    // Choosing another entry in it keeps the picture on its centre (the
    // address says so, and a reload draws the same), and the panel names
    // all of the chosen entry's networks, not only the centre.
    const labels = () => page.getByTestId('node').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
    const before = await labels();
    const other = page.locator('[data-testid=node][aria-pressed=false]').first();
    const label = await other.getAttribute('aria-label');
    await other.click();
    await page.waitForFunction((l) => document.querySelector('[data-testid=node][aria-pressed=true]')?.getAttribute('aria-label') === l, label);
    const url = new URL(page.url());
    assert.ok(url.searchParams.get('mitte')?.startsWith('n:'), `the centre in the address: ${url}`);
    assert.ok(url.searchParams.get('auswahl'), 'and the choice');
    assert.deepEqual(await labels(), before, 'the same boxes');
    await page.reload();
    await appReady(page);
    assert.deepEqual(await labels(), before, 'after a reload too');
    assert.equal(await page.locator('[data-testid=node][aria-pressed=true]').getAttribute('aria-label'), label);
    assert.ok(await page.getByTestId('panel').getByRole('heading', { level: 2 }).innerText().then((t) => t.includes(label)));
    assert.deepEqual(page.errors, []);
  } finally {
    await big.close();
  }
});
