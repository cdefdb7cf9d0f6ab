// A lost WebGL context (a background tab, a GPU reset; here WEBGL_lose_context)
// is given back and drawn again, and no work is lost: edits made before, during
// and after the loss all count (issue "Works like a web page", robustness).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useAppServer, openApp, saveScreenshot, pixelSpread } from './browser.mjs';
import { act, appState, click, results, track, typeInto } from './user.mjs';

const env = useAppServer();
const hoursOf = async (page, i) => (await results(page)).odt.regels.toezicht[i].uren;

test('a lost WebGL context comes back drawn; edits before, during and after the loss all count', async () => {
  const { context, page, log } = await openApp(env.browser, env.server.origin);
  try {
    await track(page);
    await click(page, 'ODT-programma');
    await click(page, 'Toezicht');
    await typeInto(page, '/odt/toezicht/3/kental', '23'); // before: 10 × 23
    const before = await saveScreenshot(page, 'webgl-before-loss.png');

    await page.evaluate(() => {
      window.loseContext = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
      window.loseContext.loseContext();
    });
    await page.waitForFunction(() => window.vth.state().webgl.weg === true);
    // While it is lost nothing is drawn, but the keyboard and mouse still edit.
    await typeInto(page, '/odt/toezicht/4/aantal', '90'); // during: 90 × 11

    await act(page, () => page.evaluate(() => window.loseContext.restoreContext()));
    await page.waitForFunction(() => window.vth.state().webgl.hersteld === 1 && !window.vth.state().webgl.weg);
    await typeInto(page, '/odt/toezicht/6/aantal', '8'); // after: 8 × 8

    assert.equal(await hoursOf(page, 3), 230);
    assert.equal(await hoursOf(page, 4), 990);
    assert.equal(await hoursOf(page, 6), 64);
    assert.equal((await appState(page)).ongedaan, 3);
    const after = await saveScreenshot(page, 'webgl-after-restore.png');
    // Drawn again, not blank: text and tables, as before the loss.
    const spreadBefore = await pixelSpread(env.browser, before.png);
    const spreadAfter = await pixelSpread(env.browser, after.png);
    assert.ok(spreadAfter > 20, `na herstel is het beeld leeg (spreiding ${spreadAfter})`);
    assert.ok(Math.abs(spreadAfter - spreadBefore) < spreadBefore * 0.1, `${spreadBefore} → ${spreadAfter}`);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});

// The context lost while the wasm is still on its way (the loader made it before main()):
// given back before the app starts, or after it started without one, the app draws.
for (const when of ['before', 'after']) {
  test(`a WebGL context lost before the app started, given back ${when === 'before' ? 'before' : 'after'} it started, is drawn on`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    try {
      let releaseWasm;
      const wasmHeld = new Promise((resolve) => { releaseWasm = resolve; });
      await page.route(/\/index\.wasm(\?|$)/, async (route) => { await wasmHeld; await route.continue(); });
      await page.goto(`${env.server.origin}/`);
      // The loader has made its context (and its shader program on it); the wasm has not come.
      await page.waitForFunction(() => performance.getEntriesByName('vth:webgl-early').length === 1);
      await page.evaluate(() => {
        window.__probe = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
        window.__probe.loseContext();
      });
      await page.waitForFunction(() => document.getElementById('canvas').getContext('webgl2').isContextLost());
      if (when === 'before') {
        await page.evaluate(() => window.__probe.restoreContext());
        await page.waitForFunction(() => !document.getElementById('canvas').getContext('webgl2').isContextLost());
        releaseWasm();
      } else {
        releaseWasm();
        // Started without a context: nothing drawn yet, the app waits for it.
        await page.waitForFunction(() => performance.getEntriesByName('vth:webgl-context').length === 1);
        assert.equal(await page.evaluate(() => window.vth.state().webgl.weg), true);
        await page.evaluate(() => window.__probe.restoreContext());
      }
      await page.waitForFunction(() => window.vth && window.vth.ready === true, null, { timeout: 30000 });
      await page.waitForFunction(() => !window.vth.state().webgl.weg);
      assert.equal(await page.isHidden('#error'), true, await page.textContent('#error'));
      const shot = await saveScreenshot(page, `webgl-lost-before-start-${when}.png`);
      const spread = await pixelSpread(env.browser, shot.png);
      assert.ok(spread > 20, `het beeld is leeg (spreiding ${spread})`);
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });
}
