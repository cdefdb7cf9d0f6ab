// The toolbar at every zoom the planner offers (50–300 % in steps of 10 %) at 1024
// and 1366 px wide: every button is on screen whole and none lies over another
// (issue "Works like a web page", zoom and narrow windows). Zoomed with the keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useAppServer, openApp, saveScreenshot } from './browser.mjs';
import { click, press, track, where } from './user.mjs';

const env = useAppServer();
const actions = ['Nieuw…', 'Openen…', 'Opslaan', 'Volgend jaar', 'Kopieer tabel', 'CSV', 'Zoeken…', 'Rapport',
  'Presenteren', 'Help'];
const toolbar = [...actions, 'Ongedaan maken', 'Opnieuw', '−', '+', 'Donker thema'];

const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

for (const width of [1024, 1366]) {
  test(`toolbar at ${width} px: no item cut off or over another at any zoom from 50 to 300 %`, async () => {
    const height = 768;
    const { context, page } = await openApp(env.browser, env.server.origin, { viewport: { width, height } });
    try {
      await track(page);
      for (let i = 0; i < 5; ++i) await press(page, 'Control+Minus');
      for (let zoom = 50; zoom <= 300; zoom += 10) {
        const items = [];
        // Too narrow for every button in two lines: the file actions are in one menu.
        const compact = (await page.evaluate(() => window.vth.where('Menu…'))).length > 0;
        const labels = compact ? ['Menu…', ...toolbar.slice(actions.length)] : toolbar;
        for (const label of [...labels, `${zoom}%`]) {
          const rects = await where(page, label);
          assert.equal(rects.length, 1, `${zoom} %: '${label}' ${rects.length} keer`);
          const r = rects[0];
          assert.ok(!r.cut && r.x >= 0 && r.x + r.w <= width, `${zoom} %: '${label}' valt buiten beeld (${JSON.stringify(r)})`);
          items.push({ label, ...r });
        }
        for (let a = 0; a < items.length; ++a)
          for (let b = a + 1; b < items.length; ++b)
            assert.ok(!overlap(items[a], items[b]), `${zoom} %: '${items[a].label}' ligt over '${items[b].label}'`);
        if (zoom === 200 || zoom === 300) await saveScreenshot(page, `toolbar-${width}-${zoom}.png`);
        if (compact && zoom % 50 === 0) {
          // The menu holds every action, each whole on screen.
          await click(page, 'Menu…');
          for (const label of actions) {
            const [r] = await where(page, label);
            assert.ok(!r.cut && r.y + r.h <= height, `${zoom} %: '${label}' in het menu valt buiten beeld`);
          }
          if (zoom === 300) await saveScreenshot(page, `toolbar-${width}-${zoom}-menu.png`);
          await press(page, 'Escape');
        }
        if (zoom < 300) await press(page, 'Control+Equal');
      }
    } finally {
      await context.close();
    }
  });
}
