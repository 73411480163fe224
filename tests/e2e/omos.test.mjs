// The app built on real pages we did not write (scripts/build.sh --omos:
// the 617 pages of shared/benchmarks/omos-qa, one network per page, made by
// scripts/test.sh into dist-omos/): a resident's question finds the pages
// that answer it, and a card whose words are in its long description shows
// the passage, marked, in place of the summary, in the reader's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, DIST_OMOS } from './harness.mjs';

let app;
let english;
before(async () => {
  app = await launch({ dir: DIST_OMOS });
  english = await launch({ dir: DIST_OMOS, locale: 'en-GB' });
});
after(async () => {
  await app?.close();
  await english?.close();
});

/** The first `n` cards' names, and each card's passage (text and marked words) if it shows one. */
const firstCards = (page, n) =>
  page.getByTestId('results').getByTestId('card').evaluateAll((cards, n) => cards.slice(0, n).map((card) => {
    const passage = card.querySelector('[data-testid=passage]');
    return {
      name: card.querySelector('[data-testid=card-name]').textContent,
      passage: passage?.querySelector('.card__summary').textContent ?? null,
      lang: passage?.querySelector('.card__summary').getAttribute('lang') ?? null,
      marks: passage ? [...passage.querySelectorAll('mark')].map((m) => m.textContent.toLowerCase()) : [],
      summary: card.querySelector('.card__summary').textContent,
    };
  }), n);

test('„Wo kann ich Deutsch lernen?“ finds pages on learning German, one showing the passage that answers it', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  await page.getByLabel('Netzwerke und Akteure durchsuchen').fill('Wo kann ich Deutsch lernen?');
  await page.waitForFunction(() => document.querySelector('[data-testid=count]').textContent.includes('Deutsch lernen'));
  const cards = await firstCards(page, 5);
  assert.ok(cards.every((c) => /deutsch|lern/i.test(c.name + c.summary + (c.passage ?? ''))), JSON.stringify(cards, null, 1));
  const shown = cards.filter((c) => c.passage);
  assert.ok(shown.length > 0, `no passage among the first five: ${JSON.stringify(cards, null, 1)}`);
  for (const c of shown) {
    assert.ok(c.marks.includes('deutsch') && c.marks.some((m) => m.includes('lern')), JSON.stringify(c));
    assert.ok(c.passage.length <= 320, c.passage);
    assert.equal(c.lang, null, 'German text in the German interface: no lang of its own');
  }
  // The question and function words are marked nowhere.
  const marks = await page.locator('[data-testid=results] mark').allTextContents();
  for (const word of ['wo', 'kann', 'ich']) assert.ok(!marks.some((m) => m.toLowerCase() === word), `${word} marked: ${marks}`);
  assert.deepEqual(page.errors, []);
});

test('in English, the same question in English shows English passages', async () => {
  const page = await english.newPage();
  await open(page, `${english.base}/`);
  await page.getByLabel('Search networks and actors').fill('Where can I learn German?');
  await page.waitForFunction(() => document.querySelector('[data-testid=count]').textContent.includes('learn German'));
  const cards = await firstCards(page, 5);
  const shown = cards.filter((c) => c.passage);
  assert.ok(shown.length > 0, JSON.stringify(cards, null, 1));
  for (const c of shown) {
    assert.ok(c.marks.includes('german') || c.marks.includes('learn'), JSON.stringify(c));
    assert.doesNotMatch(c.passage, /\b(der|die|und|Sie)\b/, `an English passage: ${c.passage}`);
  }
  assert.deepEqual(page.errors, []);
});
