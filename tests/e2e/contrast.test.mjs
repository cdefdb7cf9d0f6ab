// Every text colour of the interface over every background it is drawn on meets
// WCAG AA (4,5:1) in the light and dark theme and in the presentation's contrast
// (issue "Works like a web page", first minute). The ratio is computed here from
// WCAG 2.1's definition (relative luminance of sRGB), not by the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useAppServer, openApp, saveScreenshot } from './browser.mjs';
import { act } from './user.mjs';

const env = useAppServer();

function luminance([r, g, b]) {
  const lin = (v) => { const c = v / 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('the contrast formula gives the known WCAG values', () => {
  assert.equal(contrast([0, 0, 0], [255, 255, 255]).toFixed(1), '21.0');
  assert.equal(contrast([255, 255, 255], [255, 255, 255]).toFixed(1), '1.0');
  assert.equal(contrast([118, 118, 118], [255, 255, 255]).toFixed(2), '4.54'); // #767676, the lightest AA grey on white
  assert.ok(contrast([119, 119, 119], [255, 255, 255]) < 4.5);
});

test('every text colour meets 4,5:1 on its backgrounds: light, dark and presentation', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    const failures = [];
    let pairs = 0;
    for (const theme of ['licht', 'donker'])
      for (const presenting of [false, true])
        for (const p of await page.evaluate(([t, pr]) => window.vth.contrast(t, pr), [theme, presenting])) {
          ++pairs;
          const ratio = contrast(p.tekst, p.achter);
          if (ratio < 4.5) failures.push(`${theme}${presenting ? ' (presentatie)' : ''}: ${p.naam} ${ratio.toFixed(2)}:1`);
        }
    assert.ok(pairs >= 4 * 25, `${pairs} paren`);
    assert.deepEqual(failures, []);
    // What the test measured is what is drawn: screenshots of both themes to look at.
    await saveScreenshot(page, 'contrast-light.png');
    await act(page, () => page.evaluate(() => window.vth.theme('donker')));
    await saveScreenshot(page, 'contrast-dark.png');
  } finally {
    await context.close();
  }
});
