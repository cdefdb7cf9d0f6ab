// Acting as a user acts: the real mouse and keyboard on the canvas. The app is
// asked only where things are (window.vth.where, a reading hook) and what it
// holds; every change is made with input events.
import assert from 'node:assert/strict';

// Runs an action and waits until the app has handled it: a few frames drawn
// after it, then no new frame for a while (the app draws only while something
// happens, and Dear ImGui takes queued keys a frame at a time).
export async function act(page, action) {
  // A user acts in the tab in front; a tab behind others gets its frames throttled.
  await page.bringToFront();
  const before = await page.evaluate(() => window.vth.frames());
  await action();
  await page.waitForFunction((n) => window.vth.frames() >= n + 3, before, { timeout: 15000 });
  // Paused by itself: every key so far handled (a frame slower than the quiet
  // period below, on a busy machine, once let a test read before the last key).
  await page.waitForFunction(() => window.vth.idle(), null, { timeout: 15000, polling: 'raf' });
  await page.waitForFunction(() => new Promise((resolve) => {
    const start = window.vth.frames();
    setTimeout(() => resolve(window.vth.frames() === start), 120);
  }), null, { timeout: 15000, polling: 'raf' });
}

// Lets Dear ImGui's double-click time (io.MouseDoubleClickTime, 0,30 s) pass, so that
// the next click starts a new gesture instead of counting on from the last one.
export async function pastDoubleClickTime(page) {
  await page.waitForTimeout(450);
}

// Switches on the item tracking (once per page) and draws a frame with it.
export async function track(page) {
  await act(page, () => page.evaluate(() => { window.vth.track(true); window.vth.wake(); }));
}

// The places of an item in the last frame; waits (drawing frames) until it is there.
export async function where(page, what, { timeout = 10000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const rects = await page.evaluate((w) => window.vth.where(w), what);
    if (rects.length > 0) return rects;
    if (Date.now() > deadline) assert.fail(`'${what}' staat niet op het scherm`);
    await act(page, () => page.evaluate(() => window.vth.wake()));
  }
}

// Clicks an item (a button, a tab, a list item: its visible label; a field: its pointer).
export async function click(page, what, { index = 0, button = 'left' } = {}) {
  const rects = await where(page, what);
  assert.ok(index < rects.length, `'${what}' staat ${rects.length} keer op het scherm`);
  const r = rects[index];
  const x = r.x + Math.min(r.w / 2, 40), y = r.y + r.h / 2;
  // As a user does: the pointer comes to rest on the item, then clicks.
  await act(page, () => page.mouse.move(x, y));
  await act(page, () => page.mouse.click(x, y, { button }));
}

// Types into a value field as a user does: click, select all, type, Enter.
export async function typeInto(page, pointer, text) {
  await click(page, pointer);
  await act(page, () => page.keyboard.press('Control+A'));
  await act(page, () => page.keyboard.type(text, { delay: 10 }));
  await act(page, () => page.keyboard.press('Enter'));
}

// Ctrl+V as a person presses it: Ctrl held for `holdMs` around the V (the clipboard
// may answer while Ctrl is still down).
export async function pasteHoldingCtrl(page, holdMs) {
  await act(page, async () => {
    await page.keyboard.down('Control');
    await page.keyboard.press('v');
    await page.waitForTimeout(holdMs);
    await page.keyboard.up('Control');
  });
}

export async function press(page, key) {
  await act(page, () => page.keyboard.press(key));
}

export const appState = (page) => page.evaluate(() => window.vth.state());
export const results = (page) => page.evaluate(() => JSON.parse(window.vth.results()));
