// The hostile-input corpus (tests/hostile/generate.py) through the browser's
// real file picker: every file is opened or refused with its Dutch message
// and pointer within its time, the app stays alive (it keeps rendering and
// answering), and a refused file leaves the open programme exactly as it was.
// Then links that carry what the format refuses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useAppServer, openApp, repoRoot } from './browser.mjs';

// The machine is shared and SwiftShader is slow: times may be scaled, never skipped.
const timeFactor = Number(process.env.VTH_TIME_FACTOR || 1);

const env = useAppServer();
let corpus;
let cases;
before(() => {
  corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'vth-hostile-'));
  execFileSync('/usr/bin/python3', [path.join(repoRoot, 'tests/hostile/generate.py'), corpus]);
  cases = fs.readFileSync(path.join(corpus, 'cases.tsv'), 'utf8').split('\n')
    .filter((l) => l && !l.startsWith('#')).map((l) => {
      const [file, expect, pointer, message, seconds] = l.split('\t');
      return { file, expect, pointer, message, seconds: Number(seconds) };
    });
});
after(() => fs.rmSync(corpus, { recursive: true, force: true }));

// Resolves when the app has answered the file: a refusal, or a programme opened.
// (Cheap counters: building the results of a large programme on every poll would slow what is measured.)
async function openThroughPicker(page, file) {
  const [refusals, opened] = await page.evaluate(() => [window.vth.lastRefusal().count, window.vth.state().geopend]);
  const started = Date.now();
  await page.setInputFiles('#vth-file-input', file);
  await page.waitForFunction(([n, o]) => window.vth.lastRefusal().count > n || window.vth.state().geopend > o,
    [refusals, opened], { timeout: 60000, polling: 20 })
    .catch(() => assert.fail(`${path.basename(file)}: geen antwoord binnen 60 s`));
  const seconds = (Date.now() - started) / 1000;
  const refused = await page.evaluate((n) => window.vth.lastRefusal().count > n, refusals);
  return { seconds, refused };
}

// Alive: it still draws frames when woken and answers the hooks.
async function assertAlive(page, name) {
  const frames = await page.evaluate(() => window.vth.frames());
  await page.mouse.move(200, 300);
  await page.evaluate(() => window.vth.wake());
  await page.waitForFunction((f) => window.vth.frames() > f, frames, { timeout: 10000 })
    .catch(() => assert.fail(`${name}: de app tekent niet meer`));
}

test('every hostile file is opened or refused in the browser within its time, the app alive', async () => {
  assert.ok(cases.length >= 40, `only ${cases.length} cases`);
  const { context, page, log } = await openApp(env.browser, env.server.origin);
  const times = [];
  try {
    assert.deepEqual(await page.evaluate(() => window.vth.set('/odt/toezicht/4/aantal', '400')), []);
    for (const c of cases) {
      const before = await page.evaluate(() => window.vth.results());
      const { seconds, refused } = await openThroughPicker(page, path.join(corpus, c.file));
      times.push(`${c.file} ${seconds.toFixed(2)} s`);
      assert.ok(seconds <= c.seconds * timeFactor, `${c.file}: ${seconds.toFixed(2)} s (hoogstens ${c.seconds} s)`);
      await assertAlive(page, c.file);
      if (c.expect === 'opent') {
        assert.equal(refused, false, `${c.file}: geweigerd: ${JSON.stringify(await page.evaluate(() =>
          window.vth.lastRefusal().issues)).slice(0, 300)}`);
        continue;
      }
      assert.equal(refused, true, `${c.file}: niet geweigerd`);
      const refusal = await page.evaluate(() => window.vth.lastRefusal());
      assert.ok(refusal.issues.some((i) => i.pointer === c.pointer && i.message.includes(c.message)),
        `${c.file}: verwacht ${c.pointer}: …${c.message}…, kreeg ${JSON.stringify(refusal.issues).slice(0, 300)}`);
      assert.equal(await page.evaluate(() => window.vth.results()), before, `${c.file} veranderde het open programma`);
    }
    // The exports of a programme with formulas for names neutralise them.
    const csv = await page.evaluate(() => window.vth.exportCsv('capaciteit'));
    assert.ok(csv.includes("'=HYPERLINK") && !/(^|;)=HYPERLINK/m.test(csv), csv.slice(0, 600));
    const memory = await page.evaluate(() => window.vth.memory());
    console.log(`hostile: ${cases.length} bestanden; wasm-geheugen daarna ${(memory / 1048576).toFixed(0)} MB`);
    console.log(times.join('\n'));
    assert.ok(memory <= 1024 * 1048576);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('links that carry what the format refuses are refused, the app alive', async () => {
  const { context, page, log } = await openApp(env.browser, env.server.origin);
  try {
    // A real link, then the same link with a flag this version does not know (CRC recomputed).
    await page.evaluate(() => window.vth.set('/odt/toezicht/4/aantal', '400'));
    const before = await page.evaluate(() => window.vth.results());
    const link = await page.evaluate(() => window.vth.shareLink());
    const payload = new URL(link).hash.replace(/^#s=/, '').split('&')[0];
    const flagged = await page.evaluate((p) => {
      const bin = atob(p.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((p.length + 3) % 4));
      const bytes = Uint8Array.from(bin, (ch) => ch.charCodeAt(0)).slice(0, -4);
      bytes[3] |= 0x40;
      let crc = 0xFFFFFFFF;
      for (const b of bytes) { crc ^= b; for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xEDB88320 & -(crc & 1)); }
      crc = (~crc) >>> 0;
      const all = new Uint8Array([...bytes, crc & 255, (crc >>> 8) & 255, (crc >>> 16) & 255, crc >>> 24]);
      return btoa(String.fromCharCode(...all)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }, payload);
    const count = await page.evaluate(() => window.vth.lastRefusal().count);
    await page.evaluate((p) => { location.hash = `#s=${p}`; }, flagged);
    await page.waitForFunction((n) => window.vth.lastRefusal().count > n, count);
    const refusal = await page.evaluate(() => window.vth.lastRefusal());
    assert.ok(refusal.issues[0].message.includes('vlag'), JSON.stringify(refusal));
    await assertAlive(page, 'link');
    assert.equal(await page.evaluate(() => window.vth.results()), before, 'de geweigerde link veranderde het werk');
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});
