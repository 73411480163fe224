// The Redaktion (/redaktion/), in Chromium against the served release
// bundle, as the district office would use it: a new network from nothing
// to a file that `validate` accepts, translations going out of date, the
// draft surviving a reload, files round-tripping byte for byte, bad files
// and bad storage losing nothing, a second tab, offline, axe, keyboard
// only, 360 and 1920 px; and residents never loading any of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, open, axeViolations, horizontalOverflow, fullStorage, DATA, ROOT } from './harness.mjs';

const SHIPPED = fs.readFileSync(path.join(ROOT, 'data/netzwerke.json'));
const NEW = DATA.networks.length; // the index a new network gets
const KEY = 'stadtteilnetz.redaktion.entwurf';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'redaktion-'));

let app;
before(async () => { app = await launch(); });
after(async () => {
  await app?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const editor = (p = '') => `${app.base}/redaktion/${p}`;

/** A fresh page on the editor with an empty draft store. */
async function fresh(viewport = { width: 1920, height: 1080 }) {
  const page = await app.newPage({ viewport });
  await open(page, editor());
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('stadtteilnetz.redaktion')).forEach((k) => localStorage.removeItem(k)));
  await open(page, editor());
  return page;
}

/** Waits until the draft is written to the device. */
const saved = (page) => page.getByTestId('kept').filter({ hasText: 'Entwurf gesichert' }).waitFor();

/** Runs the validate tool on a file, as the maintainer does before publishing. */
function validate(file) {
  return execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'stadtteilnetz-tools', '--bin', 'validate', '--', file], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Opens a file through the picker (the same input drag and drop feeds). */
async function pick(page, name, content) {
  await page.goto(editor());
  await page.locator('main h1').waitFor();
  // A file on disk, as a person picks one (the driver passes no more than
  // 50 MB in memory).
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  await page.getByTestId('file-input').setInputFiles(file);
}

async function download(page) {
  await page.goto(editor('speichern'));
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-file').click()]);
  assert.equal(file.suggestedFilename(), 'netzwerke.json');
  const to = path.join(tmp, `download-${Date.now()}.json`);
  await file.saveAs(to);
  return to;
}

test('a new network with two actors and a topic, checked, translated, outdated, reloaded and exported as a valid file', async () => {
  const page = await fresh();
  await page.goto(editor('netzwerke'));
  await page.getByTestId('new-name').fill('Nachbarschaftstreff Lobeda-West');
  await page.getByTestId('create').click();
  await page.getByTestId('entry-title').filter({ hasText: 'Nachbarschaftstreff Lobeda-West' }).waitFor();
  assert.match(page.url(), new RegExp(`/redaktion/netzwerke/${NEW}$`));
  assert.equal(await page.getByLabel('Kennung', { exact: true }).inputValue(), 'nachbarschaftstreff-lobeda-west');

  // The empty summary's message is beside its field, and goes when it is filled.
  const summaryErrors = page.locator(`#feld-networks-${NEW}-summary-fehler`);
  assert.match(await summaryErrors.innerText(), /darf nicht leer sein/);
  const summary = page.getByLabel('Kurzbeschreibung (ein Satz)');
  assert.equal(await summary.getAttribute('aria-invalid'), 'true');
  await summary.fill('Nachbarinnen und Nachbarn treffen sich im Stadtteil.');
  assert.equal(await summaryErrors.innerText(), '');
  assert.equal(await summary.getAttribute('aria-invalid'), 'false');
  // …and the preview follows the keystrokes, card and page.
  await page.getByTestId('preview').getByText('Nachbarinnen und Nachbarn treffen sich im Stadtteil.').first().waitFor();

  await page.getByRole('button', { name: '+ Absatz hinzufügen' }).click();
  await page.getByLabel('Absatz 1', { exact: true }).fill('Ein offener Treffpunkt für alle im Stadtteil.');
  await page.getByLabel('Stadtteil', { exact: true }).check();

  const topic = DATA.topics[0];
  await page.getByLabel('Themen: hinzufügen – nach Namen suchen').fill(topic.label.slice(0, 6));
  await page.getByRole('button', { name: `+ ${topic.label}` }).click();
  for (const actor of DATA.actors.slice(0, 2)) {
    await page.getByTestId('actor-search').fill(actor.name.slice(0, 8));
    await page.getByRole('button', { name: `+ ${actor.name}` }).click();
  }
  await page.getByLabel('Rolle').first().selectOption('leads');
  await page.getByTestId('preview').getByText(DATA.actors[0].name).first().waitFor();

  await page.getByTestId('mark-reviewed').click();
  const d = new Date();
  assert.equal(await page.getByTestId('review-date').innerText(), `zuletzt geprüft am ${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`);

  // English summary: written by a person, then checked, then outdated by a German edit.
  const row = page.getByTestId('translation-summary');
  await row.getByLabel('Kurzbeschreibung – Englisch').fill('Neighbours meet in the district.');
  assert.equal(await row.getByTestId('translation-state').innerText(), 'ungeprüft');
  await page.getByTestId('translation-reviewed').click();
  assert.equal(await row.getByTestId('translation-state').innerText(), 'geprüft');
  await summary.fill('Nachbarinnen und Nachbarn treffen sich jede Woche im Stadtteil.');
  assert.equal(await row.getByTestId('translation-state').innerText(), 'veraltet');
  await page.getByTestId('translation-reviewed').click();
  assert.equal(await row.getByTestId('translation-state').innerText(), 'geprüft');
  // The English preview shows the translation.
  await page.goto(`${editor(`netzwerke/${NEW}`)}?vorschau=en`);
  await page.getByTestId('preview').getByText('Neighbours meet in the district.').first().waitFor();

  // Undo and redo.
  await page.locator(`#feld-networks-${NEW}-caption`).fill('Im Garten');
  await page.getByTestId('undo').click();
  assert.equal(await page.locator(`#feld-networks-${NEW}-caption`).inputValue(), '');
  await page.getByTestId('redo').click();
  assert.equal(await page.locator(`#feld-networks-${NEW}-caption`).inputValue(), 'Im Garten');
  await saved(page);

  // Reload: the draft is there.
  await page.reload();
  await page.getByTestId('messages').getByText('Ihr Entwurf wurde wiederhergestellt').waitFor();
  assert.equal(await page.locator(`#feld-networks-${NEW}-caption`).inputValue(), 'Im Garten');

  // The summary of changes, and the file, which validate accepts.
  await page.goto(editor('speichern'));
  const text = await page.getByTestId('summary').inputValue();
  assert.match(text, /1 neu, 0 geändert, 0 entfernt/);
  assert.match(text, /- neu: Nachbarschaftstreff Lobeda-West \(nachbarschaftstreff-lobeda-west\)/);
  const file = await download(page);
  const saved_ = JSON.parse(fs.readFileSync(file, 'utf8'));
  const n = saved_.networks[NEW];
  assert.equal(n.name, 'Nachbarschaftstreff Lobeda-West');
  assert.deepEqual(n.actors.map((a) => a.actor), DATA.actors.slice(0, 2).map((a) => a.id));
  assert.deepEqual(n.topics, [topic.id]);
  assert.equal(n.translations.en.status.reviewed, true);
  assert.match(validate(file), /in Ordnung/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('"Herausgeber": details typed in are checked, counted as given, and saved into a file validate accepts', async () => {
  const page = await fresh();
  await open(page, editor('herausgeber'));
  const missing = page.getByTestId('publisher-missing');
  assert.match(await missing.innerText(), /Noch nicht angegeben \(15\)/);
  const email = page.getByLabel('E-Mail-Adresse');
  await email.fill('stadtteilbuero');
  await email.blur();
  assert.match(await page.locator('#feld-publisher-email-fehler').innerText(), /keine E-Mail-Adresse/);
  // The problem is listed, and its link leads back to the field.
  await page.getByRole('link', { name: /Probleme \(1\)/ }).click();
  await page.locator('.problem', { hasText: 'publisher.email' }).getByRole('link').click();
  await page.waitForFunction(() => document.activeElement?.id === 'feld-publisher-email');
  assert.match(page.url(), /\/redaktion\/herausgeber$/);
  await email.fill('stadtteilbuero@example.org');
  await email.blur();
  await page.getByLabel('Postleitzahl').fill('07747');
  await page.getByLabel('Datum der Erklärung zur Barrierefreiheit').fill('2026-11-30');
  await page.getByLabel('Datum der Erklärung zur Barrierefreiheit').blur();
  assert.match(await missing.innerText(), /Noch nicht angegeben \(12\)/);
  assert.doesNotMatch(await missing.innerText(), /E-Mail-Adresse/);
  await saved(page);
  const file = await download(page);
  const written = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(written.publisher.email, 'stadtteilbuero@example.org');
  assert.equal(written.publisher.postcode, '07747');
  assert.equal(written.publisher.statement_date, '2026-11-30');
  assert.equal(written.publisher.street, null, 'what was not typed stays empty');
  const out = validate(file);
  assert.match(out, /in Ordnung/);
  assert.match(out, /Hinweis: publisher\.street fehlt/);
  assert.doesNotMatch(out, /publisher\.email fehlt/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the shipped file, opened and saved unchanged, is byte-identical', async () => {
  const page = await fresh();
  await pick(page, 'netzwerke.json', SHIPPED);
  await page.getByTestId('messages').getByText('„netzwerke.json“ geöffnet: keine Probleme.').waitFor();
  const file = await download(page);
  assert.ok(fs.readFileSync(file).equals(SHIPPED), 'the saved file differs from the opened one');
  assert.match(await page.getByTestId('summary').inputValue(), /Keine Änderungen/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a file dropped on the drop zone opens like a picked one', async () => {
  const page = await fresh();
  const dt = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'netzwerke.json', { type: 'application/json' }));
    return transfer;
  }, SHIPPED.toString('utf8'));
  await page.getByTestId('dropzone').dispatchEvent('dragover', { dataTransfer: dt });
  await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer: dt });
  await page.getByTestId('messages').getByText('„netzwerke.json“ geöffnet: keine Probleme.').waitFor();
  assert.match(await page.locator('main .lead').innerText(), /Geöffnet: die Datei „netzwerke.json“/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a draft begun on an older shipped dataset says so, and what differs', async () => {
  const page = await fresh();
  await page.goto(editor('netzwerke/2'));
  await page.getByLabel('Kurzbeschreibung (ein Satz)').fill('Geändert im alten Entwurf.');
  await saved(page);
  // As if the shipped data had been different when the draft began.
  await page.evaluate((key) => {
    const draft = JSON.parse(localStorage.getItem(key));
    draft.base = '0000000000000000';
    localStorage.setItem(key, JSON.stringify(draft));
  }, KEY);
  await page.reload();
  const notice = page.getByTestId('messages').locator('.notice', { hasText: 'älteren Fassung der mitgelieferten Daten' });
  await notice.waitFor();
  assert.match(await notice.innerText(), new RegExp(`- geändert: ${DATA.networks[2].name} \\(${DATA.networks[2].slug}\\): Kurzbeschreibung`));
  await page.close();
});

test('bad files open with a German message and leave the draft as it was', async () => {
  const page = await fresh();
  await page.goto(editor('akteure/0'));
  await page.getByLabel('Name', { exact: true }).fill('Mein Entwurf');
  await saved(page);
  const newer = JSON.stringify({ ...DATA, format: 3 });
  const cases = [
    ['kaputt.json', '{"format": 2, "networks": [', /keine JSON-Datei oder beschädigt/],
    ['liste.json', '["Milch", "Brot"]', /kein Stadtteilnetz-Datenbestand/],
    ['neu.json', newer, /neueren Version/],
    ['gross.json', ' '.repeat(50 * 1024 * 1024), /ist 50 MB groß/],
  ];
  for (const [name, content, message] of cases) {
    await pick(page, name, content);
    await page.getByTestId('messages').getByText(message).waitFor();
    await page.getByTestId('messages').getByText('Ihr Entwurf ist unverändert.').waitFor();
  }
  // Readable, but full of problems: it asks first, and "Abbrechen" keeps the draft.
  const broken = structuredClone(DATA);
  broken.networks[0].summary = ' ';
  broken.networks[1].topics.push('gibt-es-nicht');
  broken.actors[0].website = 'kein link';
  broken.actors[1].contact = { email: 'ohne-at' };
  broken.topics[1].id = broken.topics[0].id;
  broken.networks[2].reviewed = '2999-01-01';
  await pick(page, 'fehler.json', JSON.stringify(broken));
  await page.getByTestId('open-confirm').getByText(/Sie hat \d+ Probleme/).waitFor();
  await page.getByRole('button', { name: 'Abbrechen, Entwurf behalten' }).click();
  await page.goto(editor('akteure/0'));
  assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), 'Mein Entwurf');
  // Opened anyway, every problem is listed, and each jumps to its field.
  await pick(page, 'fehler.json', JSON.stringify(broken));
  await page.getByTestId('open-anyway').click();
  await page.goto(editor('probleme'));
  const problems = page.locator('.problem');
  assert.ok((await problems.count()) >= 6, `${await problems.count()} problems`);
  await page.locator('.problem', { hasText: 'unbekannte Kennung „gibt-es-nicht“' }).getByRole('link').click();
  await page.waitForFunction(() => document.activeElement?.closest('#feld-networks-1-topics'));
  assert.match(page.url(), /\/redaktion\/netzwerke\/1$/);
  await page.goto(editor('speichern'));
  await page.getByTestId('save-blocked').waitFor();
  assert.equal(await page.getByTestId('save-file').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a damaged draft on the device is put aside, not lost', async () => {
  const page = await fresh();
  await page.evaluate((key) => localStorage.setItem(key, '{kaputt'), KEY);
  await page.reload();
  await page.getByTestId('messages').getByText(/beschädigt.*beiseitegelegt/).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('stadtteilnetz.redaktion.entwurf-unlesbar')), '{kaputt');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('"Entwurf verwerfen" asks first, then starts again from the shipped data', async () => {
  const page = await fresh();
  await page.goto(editor('themen/0'));
  await page.getByLabel('Bezeichnung', { exact: true }).fill('Umbenannt');
  await saved(page);
  await page.goto(editor());
  await page.getByTestId('discard').click();
  await page.getByRole('button', { name: 'Abbrechen' }).click();
  await page.goto(editor('themen/0'));
  assert.equal(await page.getByLabel('Bezeichnung', { exact: true }).inputValue(), 'Umbenannt');
  await page.goto(editor());
  await page.getByTestId('discard').click();
  await page.getByTestId('confirm-discard').click();
  await page.goto(editor('themen/0'));
  assert.equal(await page.getByLabel('Bezeichnung', { exact: true }).inputValue(), DATA.topics[0].label);
  await page.close();
});

test('renaming a published id explains what breaks and keeps the old one; deleting lists who refers to it', async () => {
  const page = await fresh();
  const actor = DATA.actors[0];
  await page.goto(editor('akteure/0'));
  await page.getByText('Diese Kennung ist veröffentlicht.').waitFor();
  const id = page.getByLabel('Kennung', { exact: true });
  await id.fill('neue-kennung');
  await id.press('Tab');
  await page.getByText(`Frühere Kennungen (leiten weiter): ${actor.id}`).waitFor();
  await page.getByTestId('delete').click();
  const users = DATA.networks.filter((n) => n.actors.some((p) => p.actor === actor.id));
  await page.getByText(`Auf diesen Eintrag verweisen ${users.length} andere:`).waitFor();
  for (const n of users) await page.getByRole('link', { name: `Netzwerk „${n.name}“` }).waitFor();
  await page.getByTestId('confirm-delete').click();
  await page.getByRole('heading', { level: 1, name: 'Akteure' }).waitFor();
  await page.goto(editor('probleme'));
  await page.getByTestId('no-problems').waitFor();
  await page.close();
});

test('storage that refuses writes: the editor says so and keeps working in memory', async () => {
  const full = await launch({ initScript: fullStorage });
  try {
    const page = await full.newPage({ viewport: { width: 1920, height: 1080 } });
    await open(page, `${full.base}/redaktion/netzwerke/0`);
    const summary = page.getByLabel('Kurzbeschreibung (ein Satz)');
    await summary.fill('');
    await page.getByTestId('messages').getByText(/nicht mehr in den Speicher/).waitFor();
    assert.match(await page.locator('#feld-networks-0-summary-fehler').innerText(), /darf nicht leer sein/);
    await summary.fill('Wieder da.');
    assert.equal(await page.locator('#feld-networks-0-summary-fehler').innerText(), '');
    assert.equal(await page.getByTestId('kept').innerText(), 'Entwurf nicht gesichert');
    assert.deepEqual(page.errors, []);
  } finally {
    await full.close();
  }
});

test('storage that cannot be used at all: said at once, and the editor works in memory', async () => {
  const blocked = await launch({
    initScript: () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
  });
  try {
    const page = await blocked.newPage({ viewport: { width: 1920, height: 1080 } });
    await open(page, `${blocked.base}/redaktion/themen/0`);
    await page.getByTestId('messages').getByText(/Entwürfe können auf diesem Gerät nicht gespeichert werden/).waitFor();
    await page.getByLabel('Bezeichnung', { exact: true }).fill('Im Speicher');
    await page.getByTestId('undo').click();
    assert.equal(await page.getByLabel('Bezeichnung', { exact: true }).inputValue(), DATA.topics[0].label);
    assert.deepEqual(page.errors, []);
  } finally {
    await blocked.close();
  }
});

test('a second tab on the same draft is warned before it overwrites anything', async () => {
  const a = await fresh();
  const b = await app.newPage({ viewport: { width: 1920, height: 1080 } });
  await open(a, editor('themen/1'));
  await open(b, editor('themen/1'));
  await a.getByLabel('Bezeichnung', { exact: true }).fill('Aus Tab A');
  await saved(a);
  // B had changed nothing, so it follows A's draft.
  await b.getByLabel('Bezeichnung', { exact: true }).filter({ hasText: '' }).waitFor();
  await b.waitForFunction(() => document.querySelector('#feld-topics-1-label')?.value === 'Aus Tab A');
  await b.getByLabel('Bezeichnung', { exact: true }).fill('Aus Tab B');
  await saved(b);
  await a.getByTestId('conflict').waitFor();
  await a.getByLabel('Bezeichnung', { exact: true }).fill('Noch einmal A');
  await a.waitForTimeout(600);
  const stored = await a.evaluate((key) => JSON.parse(localStorage.getItem(key)).data.topics[1].label, KEY);
  assert.equal(stored, 'Aus Tab B', 'tab A overwrote tab B');
  await a.getByRole('button', { name: 'Den Stand des anderen Tabs laden' }).click();
  assert.equal(await a.getByLabel('Bezeichnung', { exact: true }).inputValue(), 'Aus Tab B');
  // B throws the draft away: A is told, and taking "the other tab's state"
  // starts from the shipped data again.
  await b.goto(editor());
  await b.getByTestId('discard').click();
  await b.getByTestId('confirm-discard').click();
  await a.getByTestId('conflict').waitFor();
  await a.getByRole('button', { name: 'Den Stand des anderen Tabs laden' }).click();
  assert.equal(await a.getByLabel('Bezeichnung', { exact: true }).inputValue(), DATA.topics[1].label);
  assert.equal(await a.getByTestId('conflict').count(), 0);
  await a.close();
  await b.close();
});

test('every editor view passes axe and fits at 360 and 1920 px', async () => {
  const views = ['', 'netzwerke', 'netzwerke?achtung=1', 'netzwerke/0', 'netzwerke/0?sprache=ar&vorschau=ar', 'netzwerke/0?sprache=ls', 'akteure/0', 'projekte/0', 'themen/0', 'zielgruppen/0', 'probleme', 'speichern', 'herausgeber', 'gibt-es-nicht/0'];
  for (const viewport of [{ width: 360, height: 740 }, { width: 1920, height: 1080 }]) {
    const page = await fresh(viewport);
    for (const view of views) {
      await open(page, editor(view));
      assert.deepEqual(await axeViolations(page), [], `${view} at ${viewport.width} px`);
      assert.ok((await horizontalOverflow(page)) <= 0, `${view} scrolls sideways at ${viewport.width} px`);
      if (viewport.width === 360 && view === 'netzwerke/0') await page.screenshot({ path: path.join(tmp, 'phone.png') });
    }
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test('keyboard only: create an actor, describe it and mark it reviewed', async () => {
  const page = await fresh({ width: 1280, height: 900 });
  await page.goto(editor('akteure'));
  await page.locator('main h1').waitFor();
  const tabTo = async (locator) => {
    const handle = await locator.elementHandle();
    for (let i = 0; i < 120; i++) {
      if (await page.evaluate((el) => document.activeElement === el, handle)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`could not reach ${locator} with Tab`);
  };
  await tabTo(page.getByTestId('new-name'));
  await page.keyboard.type('Tauschbörse Lobeda');
  await page.keyboard.press('Enter');
  await page.getByTestId('entry-title').filter({ hasText: 'Tauschbörse Lobeda' }).waitFor();
  await tabTo(page.locator(`#feld-actors-${DATA.actors.length}-description`));
  await page.keyboard.type('Eine Tauschbörse.');
  await tabTo(page.getByTestId('mark-reviewed'));
  await page.keyboard.press('Enter');
  await page.getByTestId('review-date').filter({ hasText: 'zuletzt geprüft am' }).waitFor();
  await tabTo(page.getByTestId('undo'));
  await page.keyboard.press('Enter');
  await page.getByTestId('review-date').filter({ hasText: 'noch nie geprüft' }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the editor opens offline after its first visit', async () => {
  const off = await launch();
  try {
    const page = await off.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page, `${off.base}/redaktion/`);
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.scope;
    });
    await off.stopServer();
    await page.goto(`${off.base}/redaktion/netzwerke/1`);
    await page.getByTestId('entry-title').filter({ hasText: DATA.networks[1].name }).waitFor();
    assert.deepEqual(page.errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(e)), []);
    await off.startServer();
  } finally {
    await off.close();
  }
});

test("residents' pages load no editor file, and their worker precaches none", async () => {
  const res = await launch();
  try {
    const page = await res.newPage();
    for (const p of ['/', `/netzwerk/${DATA.networks[0].slug}`, `/akteur/${DATA.actors[0].id}`, '/merkliste']) {
      await open(page, res.base + p);
    }
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await page.waitForTimeout(500);
    const editorFiles = res.requests.filter((u) => new URL(u).pathname.startsWith('/redaktion'));
    assert.deepEqual(editorFiles, []);
    // A resident's worker leaves the editor alone: it still loads there.
    await open(page, `${res.base}/redaktion/`);
    assert.equal(await page.locator('main h1').innerText(), 'Redaktion');
  } finally {
    await res.close();
  }
});
