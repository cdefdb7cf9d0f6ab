// Bad-input suite in the browser: every invalid file of tests/data/invalid/
// (and a 100 MB file and 100.000 levels of nesting) goes through the real file
// picker; each is refused with its Dutch message and location, and the open
// programme with its edits stays exactly as it was (results() unchanged).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useAppServer, openApp, distDir, repoRoot } from './browser.mjs';

const invalidDir = path.join(repoRoot, 'tests/data/invalid');
const cases = fs.readFileSync(path.join(invalidDir, 'expected.tsv'), 'utf8').split('\n')
  .filter((l) => l && !l.startsWith('#')).map((l) => {
    const [file, pointer, message] = l.split('\t');
    return { file: path.join(invalidDir, file), pointer, message };
  });

const env = useAppServer();
let tmp;
before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vth-bad-'));
  fs.writeFileSync(path.join(tmp, 'nesting-100000.json'), '['.repeat(100000) + ']'.repeat(100000));
  fs.writeFileSync(path.join(tmp, 'file-100mb.json'), Buffer.alloc(100 * 1024 * 1024, 0x20));
  cases.push({ file: path.join(tmp, 'nesting-100000.json'), pointer: '', message: 'dieper genest dan 64 niveaus' });
  cases.push({ file: path.join(tmp, 'file-100mb.json'), pointer: '', message: 'groter dan 64 MB' });
});
after(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

test(`at least 40 bad files are refused in the browser with the open programme intact`, async () => {
  assert.ok(cases.length >= 40, `only ${cases.length} cases`);
  const { context, page, log } = await openApp(env.browser, env.server.origin);
  try {
    // An edit first: it must survive every refusal too.
    assert.deepEqual(await page.evaluate(() => window.vth.set('/odt/toezicht/4/aantal', '400')), []);
    const before = await page.evaluate(() => window.vth.results());
    for (const c of cases) {
      const count = await page.evaluate(() => window.vth.lastRefusal().count);
      await page.setInputFiles('#vth-file-input', c.file);
      await page.waitForFunction((n) => window.vth.lastRefusal().count > n, count, { timeout: 20000 });
      const refusal = await page.evaluate(() => window.vth.lastRefusal());
      const name = path.basename(c.file);
      assert.equal(refusal.file, name);
      assert.ok(refusal.issues.some((i) => i.pointer === c.pointer && i.message.includes(c.message)),
        `${name}: expected ${c.pointer}: …${c.message}…, got ${JSON.stringify(refusal.issues).slice(0, 300)}`);
      assert.equal(await page.evaluate(() => window.vth.results()), before, `${name} changed the open programme`);
    }
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});
