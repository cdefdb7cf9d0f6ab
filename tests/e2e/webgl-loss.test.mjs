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
