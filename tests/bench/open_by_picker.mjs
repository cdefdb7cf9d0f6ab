// Opens a programme file in a fresh page of the app the way a user does (the file
// picker), timed from the picker's change event: the page's reading of the file into
// the wasm, the app's opening of it (the exported call, timed around it), the frame
// after (two animation frames after the call returned), and then the longest gap between
// animation frames in 1,5 s. Used by browser_bench.mjs and open_versus.mjs. Checks that
// the programme has `expectedLines` work lines.
// Returns the page (still open) and the parts in ms.
import { openApp } from '../e2e/browser.mjs';

export async function openByPicker(browser, origin, file, expectedLines) {
  const opened = await openApp(browser, origin);
  await opened.page.evaluate(() => {
    window.benchOpen = {};
    document.getElementById('vth-file-input').addEventListener('change', () => { window.benchOpen.change = performance.now(); }, { capture: true });
    const open = Module._vth_open_bytes;
    Module._vth_open_bytes = function (...args) {
      window.benchOpen.start = performance.now();
      const reply = open.apply(this, args);
      window.benchOpen.end = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const b = window.benchOpen;
        b.frame = performance.now();
        // Then 1,5 s of animation frames: the longest gap between two, from this frame on, is
        // the longest the page's thread was busy meanwhile (storing the file runs then when the
        // storage is opened by it; work just after the call falls in `frame` instead).
        let last = b.frame;
        b.longestGap = 0;
        const tick = (now) => {
          b.longestGap = Math.max(b.longestGap, now - last);
          last = now;
          if (now - b.frame < 1500) requestAnimationFrame(tick);
          else b.settled = true;
        };
        requestAnimationFrame(tick);
      }));
      return reply;
    };
  });
  await opened.page.setInputFiles('#vth-file-input', file);
  await opened.page.waitForFunction(() => window.benchOpen.settled, null, { timeout: 120000, polling: 50 });
  // Timing a refusal would say nothing: the file must have been read (its work lines counted).
  const lines = JSON.parse(await opened.page.evaluate(() => window.vth.results())).capaciteit.totaal.regels;
  if (lines !== expectedLines) throw new Error(`${file} niet geopend: ${lines} regels, verwacht ${expectedLines}`);
  const t = await opened.page.evaluate(() => window.benchOpen);
  const times = { total: t.frame - t.change, read: t.start - t.change, open: t.end - t.start, frame: t.frame - t.end,
    gapAfter: t.longestGap };
  return { ...opened, times };
}
