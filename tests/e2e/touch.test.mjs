// On a 1024×768 touch tablet (issue "Works like a web page", touch): a tap is a click,
// a swipe scrolls the table under the finger and goes on after the finger lifts,
// a tap on a field opens the on-screen keyboard (the page's input gets the focus
// while the touch is handled), and two fingers pinch the zoom. Real touch events
// through the DevTools protocol, with the timing of a finger.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useAppServer, openApp, saveScreenshot } from './browser.mjs';
import { act, appState, press, results, track, where } from './user.mjs';

const env = useAppServer();
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

// One finger (or two) down, moved in steps of a frame, and up.
async function gesture(cdp, page, paths, { steps = 12, hold = 0 } = {}) {
  const at = (i) => paths.map(([x0, y0, x1, y1], id) => ({ x: x0 + (x1 - x0) * i / steps, y: y0 + (y1 - y0) * i / steps, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  await pause(hold || 50);
  for (let i = 1; i <= steps; ++i) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
    if (i < steps) await pause(16); // the finger lifts as it makes its last move (a flick)
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function tap(cdp, page, x, y) {
  await act(page, () => gesture(cdp, page, [[x, y, x, y]], { steps: 1, hold: 100 }));
}

const centre = (r) => [r.x + r.w / 2, r.y + r.h / 2];

// A 1024×768 tablet on the ODT view's Toezicht tab, reached by taps.
async function tabletOnToezicht() {
  const { context, page } = await openApp(env.browser, env.server.origin, { viewport: { width: 1024, height: 768 }, hasTouch: true });
  const cdp = await context.newCDPSession(page);
  await track(page);
  await tap(cdp, page, ...centre((await where(page, 'ODT-programma'))[0]));
  await tap(cdp, page, ...centre((await where(page, 'Toezicht'))[0]));
  return { context, page, cdp };
}

test('a tablet: tap, swipe with momentum, tap a field and type with the on-screen keyboard, pinch to zoom', async () => {
  const { context, page, cdp } = await tabletOnToezicht();
  try {
    assert.equal((await appState(page)).scherm, 'odt');
    const first = (await where(page, '/odt/toezicht/0/kental'))[0];

    // A swipe up over the table, starting on a field: the table scrolls, nothing is clicked or typed.
    const [x, y] = centre((await where(page, '/odt/toezicht/8/product'))[0]);
    await act(page, () => gesture(cdp, page, [[x, y, x, y - 180]], { steps: 12 }));
    const moved = await page.evaluate(() => window.vth.where('/odt/toezicht/0/kental'));
    assert.ok(moved.length === 0 || moved[0].y < first.y - 150, `de tabel schoof niet: ${JSON.stringify(moved)}`);
    let s = await appState(page);
    assert.equal(s.ongedaan, 0);
    assert.notEqual(await page.evaluate(() => document.activeElement.id), 'vth-text-input', 'no field became active');
    // A quick flick back down goes on after the finger lifts (the table scrolls further towards its top).
    const [fx, fy] = centre((await where(page, '/odt/toezicht/12/product'))[0]);
    await gesture(cdp, page, [[fx, fy, fx, fy + 60]], { steps: 3 });
    const justAfter = (await where(page, '/odt/toezicht/12/product'))[0];
    await pause(700);
    await act(page, () => page.evaluate(() => window.vth.wake()));
    const later = (await where(page, '/odt/toezicht/12/product'))[0];
    assert.ok(later.y > justAfter.y + 5, `geen naloop: ${JSON.stringify([justAfter, later])}`);
    await saveScreenshot(page, 'touch-1024-scrolled.png');

    // A tap on a field: the page's input has the focus from the touch itself (the keyboard opens).
    // The field is one of a line on screen after the swipes: how far the flick carries depends on
    // the frame rate (on a busy machine line 15 was carried off the screen).
    const row = (await results(page)).odt.regels.toezicht;
    const height = page.viewportSize().height;
    const onScreen = [];
    for (let i = 0; i < row.length; ++i) {
      const r = await page.evaluate((w) => window.vth.where(w), `/odt/toezicht/${i}/aantal`);
      if (r.length > 0 && r[0].y > 0 && r[0].y + r[0].h < height) onScreen.push(i);
    }
    assert.ok(onScreen.length > 0, 'geen regel van het toezicht op het scherm');
    const visible = onScreen[Math.floor(onScreen.length / 2)]; // away from the table's edges
    const field = (await where(page, `/odt/toezicht/${visible}/aantal`))[0];
    await tap(cdp, page, ...centre(field));
    assert.equal(await page.evaluate(() => window.vth.keyboardOnTouch), 1);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'vth-text-input');
    // What an on-screen keyboard sends: text (insertText) and Enter.
    await act(page, () => page.keyboard.press('Control+A'));
    await act(page, () => page.keyboard.insertText('7'));
    await press(page, 'Enter');
    s = await appState(page);
    assert.equal(s.ongedaan, 1);
    const after = (await results(page)).odt.regels.toezicht[visible].uren;
    assert.notEqual(after, row[visible].uren);

    // Two fingers apart: the interface zooms (in steps of 10 %); together again: back.
    await act(page, () => gesture(cdp, page, [[400, 400, 300, 400], [600, 400, 700, 400]], { steps: 10 }));
    assert.equal((await page.evaluate(() => window.vth.where('200%'))).length, 1, 'zoom 200 % na het spreiden');
    await saveScreenshot(page, 'touch-1024-pinched.png');
    await act(page, () => gesture(cdp, page, [[300, 400, 400, 400], [700, 400, 600, 400]], { steps: 10 }));
    assert.equal((await page.evaluate(() => window.vth.where('100%'))).length, 1, 'zoom 100 % na het knijpen');
  } finally {
    await context.close();
  }
});

test('a tablet: a finger held on a value opens its menu, and Kopieer copies the value as shown', async () => {
  const { context, page, cdp } = await tabletOnToezicht();
  try {
    const field = centre((await where(page, '/odt/toezicht/3/kental'))[0]);
    // Held for 800 ms without moving: the menu of the value, no field opened for typing.
    await act(page, () => gesture(cdp, page, [[...field, ...field]], { steps: 1, hold: 800 }));
    await saveScreenshot(page, 'touch-long-press-menu.png');
    assert.equal(await page.evaluate(() => window.vth.keyboardOnTouch || 0), 0);
    await tap(cdp, page, ...centre((await where(page, 'Kopieer'))[0]));
    assert.equal(await page.evaluate(() => window.vth.lastCopied), '22'); // A2.02.04: 10 × 22 uur
    const s = await appState(page);
    assert.equal(s.status, 'Gekopieerd: 22');
    assert.equal(s.ongedaan, 0); // nothing was changed on the way
    // A short tap on the same field still opens it for typing.
    await tap(cdp, page, ...field);
    assert.ok((await page.evaluate(() => window.vth.keyboardOnTouch || 0)) >= 1);
  } finally {
    await context.close();
  }
});
