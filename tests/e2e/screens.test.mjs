// The screens the issue names, in both themes: 1024×768 (touch), 1366×768 at 100 % and
// 200 %, and 2560×1440 — each drawn (not blank), the toolbar whole, and at 2560 px the
// width used (the toolbar reaches the right edge; the views fill the window). The
// screenshots are for people to look at (build/test-artifacts/screen-*.png).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useAppServer, openApp, saveScreenshot, pixelSpread } from './browser.mjs';
import { act, press, track, where } from './user.mjs';

const env = useAppServer();
const screens = [
  { name: '1024x768-touch', viewport: { width: 1024, height: 768 }, hasTouch: true, zoom: 100 },
  { name: '1366x768', viewport: { width: 1366, height: 768 }, zoom: 100 },
  { name: '1366x768-200', viewport: { width: 1366, height: 768 }, zoom: 200 },
  { name: '2560x1440', viewport: { width: 2560, height: 1440 }, zoom: 100 },
];

for (const screen of screens) {
  test(`screen ${screen.name}, light and dark: drawn, toolbar whole, width used`, async () => {
    const { context, page } = await openApp(env.browser, env.server.origin,
      { viewport: screen.viewport, hasTouch: !!screen.hasTouch });
    try {
      await track(page);
      for (let z = 100; z < screen.zoom; z += 10) await press(page, 'Control+Equal');
      for (const theme of ['licht', 'donker']) {
        await act(page, () => page.evaluate((t) => window.vth.theme(t), theme));
        for (const view of ['Overzicht', 'ODT-programma']) {
          await act(page, async () => {
            const [r] = await where(page, view);
            await page.mouse.click(r.x + 10, r.y + r.h / 2);
          });
          const { png } = await saveScreenshot(page, `screen-${screen.name}-${theme}-${view === 'Overzicht' ? 'overzicht' : 'odt'}.png`);
          assert.ok(await pixelSpread(env.browser, png) > 10, 'drawn');
          const [zoomButton] = await where(page, `${screen.zoom}%`);
          const [themeButton] = await where(page, theme === 'licht' ? 'Donker thema' : 'Licht thema');
          assert.ok(!zoomButton.cut && !themeButton.cut, 'toolbar whole');
          // The right-aligned buttons end near the window's right edge: the width is used.
          assert.ok(themeButton.x + themeButton.w > screen.viewport.width - 40, `rechts: ${JSON.stringify(themeButton)}`);
        }
      }
    } finally {
      await context.close();
    }
  });
}
