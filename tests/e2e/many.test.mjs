// The app with 10,000 generated networks (the benchmark build, feature
// `synthetic`, made by scripts/test.sh into dist-synthetic/): long lists
// show 50 cards with "Weitere anzeigen", a keystroke shows its first cards
// at once and the rest of the page follows, the filter counts follow the
// search, and the address follows the typing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, decodeQr, DIST_SYNTHETIC } from './harness.mjs';

let app;
before(async () => { app = await launch({ dir: DIST_SYNTHETIC }); });
after(async () => { await app?.close(); });

const cards = (page) => page.getByTestId('results').getByTestId('card');
const status = (page) => page.getByTestId('count').innerText();
const field = (page) => page.getByLabel('Netzwerke und Akteure durchsuchen');
/** Waits until the list has exactly `n` cards (the rest of a page comes when the browser is idle). */
const cardCount = (page, n) =>
  page.waitForFunction((n) => document.querySelectorAll('[data-testid=results] [data-testid=card]').length === n, n, { timeout: 10000 });

/** Waits until focus is in the card at position `index` (from 0) of the list. */
const focusOnCard = (page, index) =>
  page.waitForFunction((index) => {
    const item = document.activeElement?.closest('[data-testid=results] > li');
    return item && [...item.parentElement.children].indexOf(item) === index;
  }, index, { timeout: 5000 });

test('a long list shows 50 cards, and 50 more on request with focus on the first new one', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  await page.getByTestId('card').first().waitFor({ timeout: 30000 });
  assert.equal(await page.locator('.site-header__tagline').innerText(), 'Testversion mit erfundenen Einträgen');
  assert.equal(await status(page), '10.000 Netzwerke');
  await cardCount(page, 50);
  assert.equal(await page.locator('.more__count').innerText(), '50 von 10.000 angezeigt');
  const more = page.getByTestId('more');
  assert.equal(await more.innerText(), 'Weitere 50 anzeigen');
  const fiftyFirst = await page.evaluate(() => document.querySelectorAll('[data-testid=results] > li').length);
  assert.equal(fiftyFirst, 50);
  await more.click();
  await cardCount(page, 100);
  assert.equal(await page.locator('.more__count').innerText(), '100 von 10.000 angezeigt');
  // Focus went on to the first card added, so reading goes on there.
  await focusOnCard(page, 50);
  assert.deepEqual(page.errors, []);
});

test('a search shows its best 50, starts at one page again, and the address follows the typing', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  await cardCount(page, 50);
  await page.getByTestId('more').click();
  await cardCount(page, 100);
  await field(page).click();
  for (const ch of 'Jugend') await page.keyboard.type(ch);
  await page.waitForFunction(() => /Treffer für „Jugend“/.test(document.querySelector('[data-testid=count]').textContent));
  assert.match(await status(page), /^[\d.]+ Treffer für „Jugend“, die besten 50 stehen hier$/);
  await cardCount(page, 50);
  await page.waitForURL((url) => url.search === '?q=Jugend', { timeout: 2000 });
  // Every card on the page is one the search found, with the word marked.
  const marked = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=results] > li')].every((li) => li.querySelector('mark')));
  assert.ok(marked, 'every card has a marked match');
  // "Weitere anzeigen" at once after a keystroke, before the browser was
  // idle and made the rest of the page: the next 50 are there all the same,
  // focus on the first of them.
  await page.evaluate(() => {
    const box = document.getElementById('suche');
    box.value = 'Jugen';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector('[data-testid=more]').click();
  });
  await cardCount(page, 100);
  assert.match(await status(page), /Treffer für „Jugen“, die besten 100 stehen hier$/);
  await focusOnCard(page, 50);
  assert.deepEqual(page.errors, []);
});

test('the filter counts follow the search', async () => {
  const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
  await open(page, `${app.base}/`);
  await cardCount(page, 50);
  const count = () => page.getByTestId('facet-ebene').locator('.facet__count').first().innerText();
  const before = await count();
  await field(page).fill('Winzerla');
  await page.waitForFunction((before) => {
    const c = document.querySelector('[data-testid=facet-ebene] .facet__count');
    return c && c.textContent !== before;
  }, before, { timeout: 5000 });
  // German groups thousands by CLDR: "(5.102)".
  const number = (text) => Number(text.replace(/[().]/g, ''));
  const after = number(await count());
  assert.ok(after > 0 && after < number(before), `${before} → ${after}`);
  assert.deepEqual(page.errors, []);
});

test('on a kiosk, phone, e-mail and website are QR codes, not links that leave the app', async () => {
  const page = await app.newPage({ viewport: { width: 1080, height: 1920 } });
  await open(page, `${app.base}/?kiosk=1`);
  // The first network of the generated data has contact details.
  await page.getByTestId('card-name').first().click();
  await page.getByRole('heading', { name: 'Kontakt' }).waitFor();
  const decoded = [];
  for (const qr of await page.locator('#kontakt ~ * [data-testid=qr] .qr__image, .details [data-testid=qr] .qr__image').all()) {
    decoded.push(await decodeQr(qr));
  }
  assert.deepEqual(decoded, ['tel:03641490000', 'mailto:netzwerk0@example.org', 'https://example.org/netzwerk/0']);
  assert.equal(await page.locator('main a[href^="http"], main a[href^="mailto:"], main a[href^="tel:"]').count(), 0);
  // This build has no public address: no code of the page itself, rather
  // than one pointing at the kiosk's own address.
  assert.equal(await page.locator('.page__header [data-testid=qr]').count(), 0);
  await open(page, `${app.base}/?kiosk=0`);
  await page.getByTestId('card-name').first().click();
  await page.getByRole('heading', { name: 'Kontakt' }).waitFor();
  assert.equal(await page.locator('main .details a[href^="mailto:"]').count(), 1, 'off the kiosk, a link again');
  assert.equal(await page.getByTestId('report-mistake').count(), 1, '"Fehler melden" too');
  assert.deepEqual(page.errors, []);
});
