// Presentation polish (issue "Works like a web page"): every page fits the screen at
// 1280×720 and 1920×1080 without scrolling, the ODT page's two live controls of one
// line can be told apart, and what the presenter changes moves on screen (a tariff
// change moves the ODT cost chart). Driven with the keyboard, as a presenter does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useAppServer, openApp, saveScreenshot } from './browser.mjs';
import { act, appState, press, track, typeInto, where } from './user.mjs';

const env = useAppServer();

for (const [width, height] of [[1280, 720], [1920, 1080]]) {
  test(`presentation at ${width}×${height}: every page fits without scrolling`, async () => {
    const { context, page } = await openApp(env.browser, env.server.origin, { viewport: { width, height } });
    try {
      await track(page);
      await page.evaluate(() => window.vth.scenario('Meer toezicht'));
      await page.evaluate(() => window.vth.set('/odt/toezicht/4/aantal', '450'));
      await press(page, 'F5');
      for (let n = 0; n < 6; ++n) {
        await saveScreenshot(page, `present-${width}x${height}-${n + 1}.png`);
        const s = await appState(page);
        assert.equal(s.presentatie.pagina, n);
        assert.equal(s.presentatie.schuift, false, `pagina ${n + 1} schuift bij ${width}×${height}`);
        if (n < 5) await press(page, 'ArrowRight');
      }
    } finally {
      await context.close();
    }
  });
}

test('ODT page: count and kental of one line are labelled apart; a live tariff change moves the cost chart', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await track(page);
    await press(page, 'F5');
    await press(page, 'ArrowRight');
    await press(page, 'ArrowRight');
    assert.equal((await appState(page)).presentatie.pagina, 2);
    // The labels over the controls begin with the value's own name.
    assert.equal((await page.evaluate(() => window.vth.where('/odt/toezicht/4/aantal'))).length, 1);
    assert.equal((await page.evaluate(() => window.vth.where('/odt/toezicht/4/kental'))).length, 1);
    const before = await saveScreenshot(page, 'present-odt-before.png');
    await typeInto(page, '/instellingen/odt_uurtarief', '140');
    const after = await saveScreenshot(page, 'present-odt-after.png');
    assert.notDeepEqual(after.png, before.png, 'the slide changed');
    assert.equal(JSON.parse(await page.evaluate(() => window.vth.results())).odt_uurtarief, 140);
  } finally {
    await context.close();
  }
});
