// Searching as a resident does: typing letter by letter on the start page,
// reading the results, the address, Back, reload, clearing, and a
// did-you-mean when nothing is found. Headless Chromium, release bundle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, axeViolations, horizontalOverflow, appReady } from './harness.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

const names = (page) => page.getByTestId('results').getByTestId('card-name').allTextContents();
const status = (page) => page.getByTestId('count').innerText();

/** Types `text` into the search box one key at a time, like a person. */
async function typeSlowly(page, text) {
  const box = page.getByLabel('Netzwerke und Akteure durchsuchen');
  await box.click();
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(40);
  }
}

test('typing letter by letter narrows the results as you type', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  assert.equal(await page.getByTestId('card').count(), 5);
  const seen = [];
  const box = page.getByLabel('Netzwerke und Akteure durchsuchen');
  await box.click();
  for (const ch of 'Gener') {
    await page.keyboard.type(ch);
    await page.waitForTimeout(40);
    seen.push((await names(page))[0]);
  }
  assert.equal(seen.at(-1), 'Arbeitskreis Generationen', `first results while typing: ${seen}`);
  assert.deepEqual(await names(page), ['Arbeitskreis Generationen', 'Treffpunkt Generationen Jena']);
  assert.equal(await status(page), '2 Treffer für „Gener“');
  // The address and the title follow once the browser is idle (≤ 300 ms).
  await page.waitForURL((url) => url.search === '?q=Gener', { timeout: 2000 });
  assert.equal(await page.title(), 'Suche: Gener – Stadtteilnetz Lobeda');
  // The matched words are marked.
  const marks = await page.locator('[data-testid=results] mark').allInnerTexts();
  assert.ok(marks.includes('Generationen'), `marks: ${marks}`);
  assert.deepEqual(page.errors, []);
});

test('a card stays on screen while the search changes, and only its marked words follow', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  const shows = (q) => page.waitForFunction((q) => document.querySelector('[data-testid=count]').textContent.includes(`„${q}“`), q);
  await typeSlowly(page, 'Generationen');
  await shows('Generationen');
  const card = page.getByTestId('card').filter({ has: page.getByTestId('card-name').filter({ hasText: 'Treffpunkt Generationen Jena' }) });
  const name = card.getByTestId('card-name');
  assert.deepEqual(await name.locator('mark').allInnerTexts(), ['Generationen']);
  // A mark on the element itself: a card made anew would not carry it.
  await card.evaluate((el) => { el.dataset.kept = 'ja'; });
  for (const ch of ' Jena') {
    await page.keyboard.type(ch);
    await page.waitForTimeout(40);
  }
  await shows('Generationen Jena');
  assert.equal(await card.getAttribute('data-kept'), 'ja');
  assert.deepEqual(await name.locator('mark').allInnerTexts(), ['Generationen', 'Jena']);
  // And back: the word no longer searched is no longer marked.
  for (let i = 0; i < ' Jena'.length; i++) await page.keyboard.press('Backspace');
  await shows('Generationen');
  assert.equal(await card.getAttribute('data-kept'), 'ja');
  assert.deepEqual(await name.locator('mark').allInnerTexts(), ['Generationen']);
  assert.deepEqual(page.errors, []);
});

test('typing does not flood the history: one Back leaves the search', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  const before = await page.evaluate(() => history.length);
  await typeSlowly(page, 'Integration');
  await page.waitForURL((url) => url.search === '?q=Integration', { timeout: 2000 });
  assert.equal(await page.evaluate(() => history.length), before + 1);
  assert.equal((await names(page))[0], 'Netzwerkrunde Arbeit mit Geflüchteten');
  await page.goBack();
  await page.waitForURL(`${app.base}/`);
  assert.equal(await page.getByTestId('card').count(), 5);
  assert.equal(await page.getByLabel('Netzwerke und Akteure durchsuchen').inputValue(), '');
  await page.goForward();
  await page.waitForURL(/\?q=Integration$/);
  assert.equal(await page.getByLabel('Netzwerke und Akteure durchsuchen').inputValue(), 'Integration');
  assert.equal((await names(page))[0], 'Netzwerkrunde Arbeit mit Geflüchteten');
});

test('a search opened from a link or reloaded shows the same results', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/?q=${encodeURIComponent('Fluechtlinge')}`);
  assert.equal(await page.getByLabel('Netzwerke und Akteure durchsuchen').inputValue(), 'Fluechtlinge');
  const first = await names(page);
  assert.deepEqual(first, ['Netzwerkrunde Arbeit mit Geflüchteten']);
  // The folded spelling marks the word as written in the data.
  const marks = await page.locator('[data-testid=results] mark').allInnerTexts();
  assert.ok(marks.includes('Flüchtlingen'), `marks: ${marks}`);
  await page.reload();
  await appReady(page);
  assert.deepEqual(await names(page), first);

  // Spaces, umlauts and & survive the address.
  await open(page, `${app.base}/?q=${encodeURIComponent('Kinder & Jugendliche')}`);
  assert.equal(await page.getByLabel('Netzwerke und Akteure durchsuchen').inputValue(), 'Kinder & Jugendliche');
  assert.equal((await names(page))[0], 'Vernetzungsgruppe Kinder- und Jugendarbeit');
});

test('typos, compounds and actors are found; where a match is not on the card is said', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  await typeSlowly(page, 'Jugnedarbeit');
  assert.equal((await names(page))[0], 'Vernetzungsgruppe Kinder- und Jugendarbeit');

  await page.getByRole('button', { name: 'Leeren' }).click();
  await typeSlowly(page, 'KuBuS');
  const cards = page.getByTestId('results').getByTestId('card');
  assert.match(await cards.nth(0).innerText(), /Akteur · Einrichtung\s+Multifunktionales Zentrum KuBuS/);
  assert.match(await cards.nth(1).innerText(), /gefunden in:\s+Akteure: Multifunktionales Zentrum KuBuS/);
  await page.getByTestId('card-name').first().click();
  await page.waitForURL(`${app.base}/akteur/kubus`);
  assert.equal(await page.locator('h1').innerText(), 'Multifunktionales Zentrum KuBuS');
  await page.goBack();
  await page.waitForURL(/\?q=KuBuS$/);
  assert.equal(await page.getByTestId('card').count(), 2);
  assert.deepEqual(page.errors, []);
});

test('the clear button and Escape empty the search and show every network', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  const clear = page.getByRole('button', { name: 'Leeren' });
  assert.equal(await clear.isVisible(), false, 'no clear button without a search');
  await typeSlowly(page, 'Bund');
  assert.ok(await clear.isVisible());
  await clear.click();
  await page.waitForURL(`${app.base}/`);
  assert.equal(await page.getByTestId('card').count(), 5);
  const box = page.getByLabel('Netzwerke und Akteure durchsuchen');
  assert.equal(await box.inputValue(), '');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'suche', 'focus stays in the field');
  await typeSlowly(page, 'Stadt');
  await page.keyboard.press('Escape');
  await page.waitForURL(`${app.base}/`);
  assert.equal(await box.inputValue(), '');
  assert.equal(await status(page), '5 Netzwerke');
});

test('nothing found: a clear message, a did-you-mean and a way back', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  await typeSlowly(page, 'Tregger');
  const empty = page.getByTestId('empty');
  await empty.waitFor();
  assert.equal(await empty.locator('h2').innerText(), 'Keine Treffer für „Tregger“');
  assert.equal(await page.getByTestId('count').innerText(), 'Keine Treffer für „Tregger“', 'announced as well');
  assert.equal(await page.getByTestId('card').count(), 0);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByTestId('suggestion').click();
  await page.waitForURL(/\?q=Tr%C3%A4ger$/);
  assert.equal(await page.getByLabel('Netzwerke und Akteure durchsuchen').inputValue(), 'Träger');
  assert.ok((await page.getByTestId('card').count()) > 0);

  await typeSlowly(page, 'xyzzy');
  await empty.waitFor();
  assert.equal(await page.getByTestId('suggestion').count(), 0, 'no suggestion when nothing is near');
  await page.getByRole('link', { name: 'Suche leeren und alle Netzwerke zeigen' }).click();
  await page.waitForURL(`${app.base}/`);
  assert.equal(await page.getByTestId('card').count(), 5);
  assert.deepEqual(page.errors, []);
});

test('the result count is a polite live region', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  const region = page.getByRole('status');
  assert.equal(await region.getAttribute('aria-live'), 'polite');
  await typeSlowly(page, 'Integration');
  assert.equal(await region.innerText(), '2 Treffer für „Integration“');
});

test('hostile and huge queries are shown as text and break nothing', async () => {
  const page = await app.newPage();
  const hostile = '<img src=x onerror="window.hacked=1">"><script>window.hacked=2</script>';
  await open(page, `${app.base}/?q=${encodeURIComponent(hostile)}`);
  assert.equal(await page.locator('main img, main script').count(), 0);
  assert.equal(await page.evaluate(() => window.hacked), undefined);
  assert.match(await page.getByTestId('empty').innerText(), /Keine Treffer für „<img src=x/);
  const huge = 'Generationen '.repeat(800);
  await open(page, `${app.base}/?q=${encodeURIComponent(huge)}`);
  assert.equal((await names(page))[0], 'Arbeitskreis Generationen');
  assert.equal(await horizontalOverflow(page), 0);
  await open(page, `${app.base}/?q=${encodeURIComponent('🙂 مرحبا')}`);
  await page.getByTestId('empty').waitFor();
  assert.deepEqual(page.errors, []);
});

test('search results pass axe and fit 320 px', async () => {
  const page = await app.newPage({ viewport: { width: 320, height: 640 } });
  await open(page, `${app.base}/?q=KuBuS`);
  assert.deepEqual(await axeViolations(page), []);
  assert.equal(await horizontalOverflow(page), 0);
});

test('words found only in a long description show its passage in place of the summary', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  const card = page.getByTestId('card').filter({ has: page.getByTestId('card-name').filter({ hasText: 'Netzwerkrunde Arbeit mit Geflüchteten' }) });
  // Read as a person reads it, on screen: a card below the fold has
  // `content-visibility: auto`, and a fresh one's text is not laid out yet.
  await card.scrollIntoViewIfNeeded();
  const summary = await card.locator('.card__summary').innerText();
  await typeSlowly(page, 'Herausforderungen');
  await page.waitForFunction(() => document.querySelector('[data-testid=count]').textContent.includes('„Herausforderungen“'));
  const passage = card.getByTestId('passage');
  await passage.waitFor();
  assert.equal(await passage.locator('.card__passage-label').innerText(), 'Aus der Beschreibung:');
  assert.deepEqual(await passage.locator('mark').allInnerTexts(), ['Herausforderungen']);
  assert.match(await passage.locator('.card__summary').innerText(), /^… So sollen insbesondere Regelangebote geöffnet .* sensibilisiert werden\.$/);
  assert.notEqual(await passage.locator('.card__summary').innerText(), summary);
  // The passage is not said twice under "gefunden in".
  assert.equal(await card.locator('.found-in').getByText('Beschreibung:').count(), 0);
  assert.equal(await card.locator('.found-in').getByText('Ziele und Fakten:').count(), 1);
  // A word the summary shows already: no passage.
  await page.getByLabel('Netzwerke und Akteure durchsuchen').fill('Regelangebote');
  await passage.waitFor({ state: 'detached' });
  assert.deepEqual(await card.locator('.card__summary mark').allInnerTexts(), ['Regelangebote']);
  // Cleared, the card shows its summary again.
  await page.getByLabel('Netzwerke und Akteure durchsuchen').fill('');
  await passage.waitFor({ state: 'detached' });
  await card.scrollIntoViewIfNeeded();
  assert.equal(await card.locator('.card__summary').innerText(), summary);
  assert.deepEqual(page.errors, []);
});
