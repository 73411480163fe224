// One Chromium for a benchmark run: Debian's (or $CHROMIUM_PATH), headless,
// in a fresh profile folder, with the flags this closed network needs
// (without the background-networking ones it floods itself with refused
// connections). The caller removes the profile when it is done.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** A persistent context in a new profile named `<prefix>…`; `args` come after FLAGS. */
export async function launchFresh(prefix, { args = [], ...options } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ...options,
    args: [...FLAGS, ...args],
  });
  return { context, profile };
}
