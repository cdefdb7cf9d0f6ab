// End-to-end: the release build in headless Chromium renders, stays on its own
// origin, logs no errors, goes idle, and draws the euro sign from its own font.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { useAppServer, openApp, saveScreenshot, pixelSpread, distDir, repoRoot } from './browser.mjs';

const env = useAppServer();

test('app renders, fetches only its own files, logs no errors, and idles', async () => {
  const { context, page, log } = await openApp(env.browser, env.server.origin);
  try {
    const { png } = await saveScreenshot(page, 'app-1280x720.png');
    const spread = await pixelSpread(env.browser, png);
    assert.ok(spread > 10, `canvas looks blank (grey spread ${spread.toFixed(2)})`);

    const foreign = log.requests.filter((u) => !u.startsWith(env.server.origin + '/'));
    assert.deepEqual(foreign, [], 'requests to other origins');
    assert.deepEqual(log.consoleErrors, [], 'console errors');
    assert.deepEqual(log.pageErrors, [], 'page errors');

    // Idle: after a short settle no more frames may be rendered.
    await page.waitForTimeout(1000);
    const before = await page.evaluate(() => window.vth.frames());
    await page.waitForTimeout(2000);
    const afterIdle = await page.evaluate(() => window.vth.frames());
    assert.ok(before > 0, 'no frame rendered');
    assert.equal(afterIdle, before, 'frames kept rendering while idle');

    // Input wakes the loop again.
    await page.mouse.move(200, 200);
    await page.mouse.move(220, 210);
    await page.waitForTimeout(300);
    const afterInput = await page.evaluate(() => window.vth.frames());
    assert.ok(afterInput > afterIdle, 'input did not wake the render loop');
  } finally {
    await context.close();
  }
});

test('font carries the euro sign and Dutch diacritics', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    const glyphs = await page.evaluate(() => ['€', 'ë', 'é', '–'].map((c) => window.vth.hasGlyph(c)));
    assert.deepEqual(glyphs, [true, true, true, true]);
  } finally {
    await context.close();
  }
});

test('results() of the embedded programme equal the CLI JSON for the same file', async () => {
  const cli = path.join(repoRoot, 'build', 'native', 'src', 'cli', 'vth-planner');
  const programme = path.join(repoRoot, 'assets', 'programmes', 'enschede-puh-2025.json');
  const expected = execFileSync(cli, ['calc', programme, '--format', 'json'], { encoding: 'utf8' });
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    const text = await page.evaluate(() => window.vth.results());
    assert.equal(text, expected);
    const results = JSON.parse(text);
    assert.equal(results.gemeente, 'Enschede');
    assert.equal(results.regionaal.projecten.eigen_uren, 739);
  } finally {
    await context.close();
  }
});

test('canvas follows resizes and device pixel ratio', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin, {
    viewport: { width: 1600, height: 900 }, deviceScaleFactor: 2 });
  try {
    const size = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return [c.width, c.height];
    });
    assert.deepEqual(size, [3200, 1800]);
    await saveScreenshot(page, 'app-1600x900@2x.png');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForTimeout(300);
    const resized = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return [c.width, c.height];
    });
    assert.deepEqual(resized, [2560, 1440]);
  } finally {
    await context.close();
  }
});
