// "Offene Daten" (issue 19): the page names each file the build put in
// the bundle, says how current the data is and that no licence is given
// yet; each link downloads its file, and the files hold the shipped data
// (the HSDS export every network and actor, the table every membership,
// the dataset the shipped file); after a first visit they download
// offline, and a file that cannot be had says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, open, appReady, firstVisit, text, DATA } from './harness.mjs';

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

const participants = (n) => n.actors.filter((p) => DATA.actors.some((a) => a.id === p.actor));
const nameOf = (id) => DATA.actors.find((a) => a.id === id).name;
const newest = [...DATA.networks, ...DATA.actors, ...DATA.projects].map((e) => e.reviewed).filter(Boolean).sort().at(-1);

/** RFC 4180 rows: quoted fields may hold commas, quotes and line breaks. */
function csvRows(textIn) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < textIn.length; i += 1) {
    const c = textIn[i];
    if (quoted) {
      if (c === '"' && textIn[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && textIn[i + 1] === '\n') i += 1;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Clicks the link and returns the downloaded file's name and text. */
async function download(page, link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: file.suggestedFilename(), body: fs.readFileSync(await file.path(), 'utf8') };
}

test('the page names the three files, the data\'s date and the missing licence, from the footer', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  await page.getByRole('contentinfo').getByRole('link', { name: text('de', 'legal.footer.open_data'), exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/offene-daten');
  await appReady(page);
  assert.equal(await page.locator('main h1').innerText(), text('de', 'legal.open_data.title'));
  const files = page.getByTestId('open-file');
  assert.deepEqual(await files.locator('h3').allInnerTexts(), [
    text('de', 'legal.open_data.hsds_title'),
    text('de', 'legal.open_data.table_title'),
    text('de', 'legal.open_data.dataset_title'),
  ]);
  const [y, m, d] = newest.split('-').map(Number);
  const month = new Intl.DateTimeFormat('de-DE', { month: 'long' }).format(new Date(y, m - 1, d));
  assert.equal(await page.getByTestId('open-data-stand').innerText(), text('de', 'legal.open_data.stand', { date: `${d}. ${month} ${y}` }));
  assert.equal(await page.locator('[data-testid=open-data-stand] time').getAttribute('datetime'), newest);
  const licence = await page.getByTestId('open-data-licence').innerText();
  assert.ok(licence.includes(DATA.publisher.name), licence);
  assert.ok(licence.includes('noch keine Lizenz'), licence);
  assert.deepEqual(page.errors, []);
});

test('each link downloads its file, and the files hold the shipped data', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/offene-daten`);
  const links = page.getByTestId('open-file').getByRole('link');
  assert.equal(await links.count(), 3);

  const hsds = await download(page, links.nth(0));
  assert.equal(hsds.name, 'netzwerke-hsds-3.0.json');
  const exported = JSON.stringify(JSON.parse(hsds.body));
  for (const n of DATA.networks) assert.ok(exported.includes(JSON.stringify(n.name)), `HSDS names ${n.name}`);
  for (const a of DATA.actors) assert.ok(exported.includes(JSON.stringify(a.name)), `HSDS names ${a.name}`);

  const table = await download(page, links.nth(1));
  assert.equal(table.name, 'netzwerke-mitglieder.csv');
  const rows = csvRows(table.body).filter((r) => r.some((f) => f !== ''));
  const [header, ...body] = rows;
  assert.ok(header.length >= 3, `a header: ${header}`);
  assert.ok(body.every((r) => r.length === header.length), 'every row has every column');
  const memberships = DATA.networks.flatMap((n) => participants(n).map((p) => [n.name, nameOf(p.actor)]));
  const empty = DATA.networks.filter((n) => participants(n).length === 0).map((n) => n.name);
  assert.equal(body.length, memberships.length + empty.length, 'one row per membership, one per network without members');
  for (const network of empty) assert.ok(body.some((r) => r[0] === network && r.slice(3).every((f) => f === '')), `${network}: its row has no member`);
  for (const [network, member] of memberships) {
    assert.ok(body.some((r) => r.includes(network) && r.includes(member)), `${network}: ${member}`);
  }

  const dataset = await download(page, links.nth(2));
  assert.equal(dataset.name, 'netzwerke.json');
  assert.deepEqual(JSON.parse(dataset.body), DATA);
  assert.deepEqual(page.errors, []);
});

test('after a first visit the files download offline', async () => {
  const offline = await launch();
  try {
    const page = await offline.newPage();
    await firstVisit(page, `${offline.base}/`);
    await offline.stopServer();
    await page.getByRole('contentinfo').getByRole('link', { name: text('de', 'legal.footer.open_data'), exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/offene-daten');
    const links = page.getByTestId('open-file').getByRole('link');
    const dataset = await download(page, links.nth(2));
    assert.deepEqual(JSON.parse(dataset.body), DATA);
    const hsds = await download(page, links.nth(0));
    assert.ok(JSON.parse(hsds.body), 'the HSDS file parses');
    assert.deepEqual(page.errors, []);
  } finally {
    await offline.close();
  }
});

test('offline, a file the device does not have says so, and the page stays', async () => {
  const offline = await launch();
  try {
    const page = await offline.newPage();
    await open(page, `${offline.base}/offene-daten`);
    // As if the worker had not yet cached it: no cache, then no network.
    await page.evaluate(async () => {
      for (const key of await caches.keys()) await caches.delete(key);
    });
    await offline.stopServer();
    let downloaded = false;
    page.on('download', () => { downloaded = true; });
    await page.getByTestId('open-file').getByRole('link').nth(1).click();
    const notice = page.getByTestId('notice').locator('p');
    await notice.waitFor();
    assert.equal(await notice.innerText(), text('de', 'common.notice.download_failed', { file: 'netzwerke-mitglieder.csv' }));
    assert.equal(new URL(page.url()).pathname, '/offene-daten');
    assert.equal(await page.locator('main h1').innerText(), text('de', 'legal.open_data.title'));
    assert.equal(downloaded, false);
  } finally {
    await offline.close();
  }
});
