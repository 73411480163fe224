// Accessibility and layout on each kind of page: axe-core (WCAG 2.1 A/AA),
// landmarks and headings, keyboard focus, 320 px to 1920 px, 200 % text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, axeViolations, horizontalOverflow } from './harness.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

const PAGES = {
  start: '/',
  network: '/netzwerk/arbeitskreis-generationen',
  actor: '/akteur/kubus',
  'not found': '/gibt-es-nicht',
  // The pages of a public service share one frame; one stands for them
  // (legal.test.mjs checks axe and 320 px on all four in every language).
  imprint: '/impressum',
  connections: '/verbindungen?auswahl=a:kubus',
};

for (const [kind, path] of Object.entries(PAGES)) {
  test(`axe finds no WCAG 2.1 A/AA violation on the ${kind} page`, async () => {
    for (const viewport of [{ width: 360, height: 740 }, { width: 1920, height: 1080 }]) {
      const page = await app.newPage({ viewport });
      await open(page, app.base + path);
      assert.deepEqual(await axeViolations(page), [], `${kind} at ${viewport.width} px`);
      await page.close();
    }
  });

  test(`the ${kind} page has landmarks, one h1 and no skipped heading level`, async () => {
    const page = await app.newPage();
    await open(page, app.base + path);
    for (const landmark of ['banner', 'main', 'contentinfo']) {
      assert.equal(await page.getByRole(landmark).count(), 1, landmark);
    }
    const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
    assert.equal(levels.filter((l) => l === 1).length, 1);
    assert.equal(levels[0], 1);
    for (let i = 1; i < levels.length; i++) {
      assert.ok(levels[i] <= levels[i - 1] + 1, `heading h${levels[i]} after h${levels[i - 1]}`);
    }
    assert.deepEqual(page.errors, []);
  });

  test(`the ${kind} page fits 320 px, 1920 px, and 320 px with 200 % text`, async () => {
    const page = await app.newPage({ viewport: { width: 320, height: 640 } });
    await open(page, app.base + path);
    assert.equal(await horizontalOverflow(page), 0, 'overflow at 320 px');
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    assert.equal(await horizontalOverflow(page), 0, 'overflow at 320 px with 200 % text');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
    assert.equal(await horizontalOverflow(page), 0, 'overflow at 1920 px');
  });
}

for (const [kind, path] of Object.entries(PAGES)) {
  test(`the ${kind} page prints its content without the site's header, footer and buttons`, async () => {
    const page = await app.newPage({ viewport: { width: 794, height: 1123 } });
    await open(page, app.base + path);
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('main h1').isVisible(), 'the heading prints');
    for (const hidden of ['.site-header', '.site-footer', 'main button']) {
      const shown = await page.locator(hidden).evaluateAll((es) => es.filter((e) => e.checkVisibility()).length);
      assert.equal(shown, 0, `${hidden} is not printed`);
    }
    assert.equal(await horizontalOverflow(page), 0, 'nothing is cut at the paper\'s width');
    await page.emulateMedia({ media: null });
  });
}

test('keyboard: the skip link comes first and focus is always visible', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({
    text: document.activeElement.textContent,
    top: document.activeElement.getBoundingClientRect().top,
  }));
  assert.equal(first.text, 'Zum Inhalt springen');
  assert.ok(first.top >= 0, 'the skip link is on screen when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'inhalt');
  // Every link reached by Tab after the skip target shows a focus outline.
  const reached = [];
  for (;;) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement === document.body)) break;
    reached.push(await page.evaluate(() => document.activeElement.tagName));
    const outline = await page.evaluate(() => {
      const el = document.activeElement;
      const own = getComputedStyle(el);
      const after = getComputedStyle(el, '::after');
      return { tag: el.tagName, own: own.outlineStyle + ' ' + own.outlineWidth, after: after.outlineStyle };
    });
    assert.ok(
      outline.own.startsWith('solid') || outline.after === 'solid',
      `no visible focus on ${outline.tag} (${JSON.stringify(outline)})`,
    );
  }
  // After the skip link: the search field, the filter button (the panel is
  // closed on a phone), then each card's link and its "Merken" button, then
  // the footer's five links (Impressum, Datenschutz, Barrierefreiheit,
  // Leichte Sprache, Offene Daten).
  assert.deepEqual(reached, ['INPUT', 'BUTTON', ...Array(5).fill(['A', 'BUTTON']).flat(), 'A', 'A', 'A', 'A', 'A']);
  // Enter on a focused card link opens the network.
  await page.getByTestId('card-name').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/netzwerk\//);
  assert.deepEqual(page.errors, []);
});

// Windows high contrast (forced colours) and "more contrast": nothing may
// rest on a background or a pale shade alone.
for (const [mode, media, query] of [
  ['forced colours', { forcedColors: 'active' }, '(forced-colors: active)'],
  ['more contrast', { contrast: 'more' }, '(prefers-contrast: more)'],
]) {
  test(`${mode}: tags, marks and the chosen language keep an edge, and focus stays visible`, async () => {
    const page = await app.newPage({ viewport: { width: 360, height: 740 } });
    await page.emulateMedia(media);
    await open(page, `${app.base}/?q=Generationen`);
    assert.equal(await page.evaluate((q) => matchMedia(q).matches, query), true, query);
    const style = (locator, pseudo) => locator.evaluate((e, p) => {
      const s = getComputedStyle(e, p);
      return { border: parseFloat(s.borderTopWidth), background: s.backgroundColor, outline: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) };
    }, pseudo);
    // The search's marks: a border (more contrast) or the system's highlight.
    const mark = await style(page.locator('mark').first());
    const body = await style(page.locator('body'));
    if (mode === 'forced colours') assert.notEqual(mark.background, body.background, 'a mark stands out without our colours');
    else assert.ok(mark.border >= 1, `mark border ${mark.border}`);
    // The chosen language differs from the others by more than a colour.
    const chosen = await style(page.locator('.languages__button[aria-pressed="true"]'));
    const other = await style(page.locator('.languages__button[aria-pressed="false"]').first());
    assert.ok(chosen.border > other.border, `chosen ${chosen.border} px, others ${other.border} px`);
    // Focus: every element Tab reaches in the first stretch has a wide ring.
    const least = mode === 'forced colours' ? 3 : 4;
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement;
        const own = getComputedStyle(el);
        const after = getComputedStyle(el, '::after');
        const [s, w] = own.outlineStyle === 'solid' ? [own.outlineStyle, own.outlineWidth] : [after.outlineStyle, after.outlineWidth];
        return { what: `${el.tagName} ${el.textContent.trim().slice(0, 30)}`, style: s, width: parseFloat(w) };
      });
      assert.equal(ring.style, 'solid', ring.what);
      assert.ok(ring.width >= least, `${ring.what}: ${ring.width} px`);
    }
    // A network page in Ukrainian: its tags and the translation note keep edges.
    await open(page, `${app.base}/netzwerk/arbeitskreis-generationen?lang=uk`);
    assert.ok((await style(page.locator('.tags .tag').first())).border >= 1, 'tag');
    assert.ok((await style(page.getByTestId('translation-note'))).border >= 1, 'translation note');
    if (mode === 'more contrast') assert.deepEqual(await axeViolations(page), [], 'axe with more contrast');
    assert.equal(await horizontalOverflow(page), 0);
    await open(page, `${app.base}/?lang=de`);
    assert.deepEqual(page.errors, []);
  });
}
