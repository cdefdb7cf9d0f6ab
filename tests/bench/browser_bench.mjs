// Browser figures for ./bench.sh: transfer size, cold start, idle frames, and
// opening, editing and scrolling a 100.000-line programme in headless Chromium
// (SwiftShader, no GPU). Prints "name value unit" lines; judges nothing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer } from '../e2e/server.mjs';
import { launchBrowser, openApp, distDir, repoRoot, artifactDir } from '../e2e/browser.mjs';
import { track, where } from '../e2e/user.mjs';
import { openByPicker } from './open_by_picker.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const print = (name, value, unit, note = '') => console.log(`${name} ${value} ${unit}${note ? '  # ' + note : ''}`);

const server = await startServer(distDir);
const browser = await launchBrowser();
try {
  // Transfer: every file the page fetched, gzipped at level 9 as a web server would send it.
  const { context: c0, page: p0 } = await openApp(browser, server.origin);
  const fetched = [...new Set(server.requested)].map((u) => (u === '/' ? '/index.html' : u));
  let total = 0, wasm = 0;
  for (const file of fetched) {
    const gz = zlib.gzipSync(fs.readFileSync(path.join(distDir, file)), { level: 9 }).length;
    total += gz;
    if (file.endsWith('.wasm')) wasm = gz;
  }
  print('transfer_wasm_gzip', (wasm / 1024).toFixed(1), 'KB');
  print('transfer_total_gzip', (total / 1024).toFixed(1), 'KB', fetched.join(' '));

  // Idle: after a short settle, frames rendered during 5 s without input.
  await p0.waitForTimeout(1000);
  const f0 = await p0.evaluate(() => window.vth.frames());
  await p0.waitForTimeout(5000);
  print('idle_frames_5s', (await p0.evaluate(() => window.vth.frames())) - f0, 'frames');
  print('memory_default_programme', ((await p0.evaluate(() => window.vth.memory())) / 1048576).toFixed(1), 'MB');
  await c0.close();

  // Cold start: fresh context (empty cache) from navigation to the first rendered frame.
  const starts = [];
  for (let i = 0; i < 5; ++i) {
    const { context, page } = await openApp(browser, server.origin);
    starts.push(await page.evaluate(() => window.vth.readyAt));
    await context.close();
  }
  print('cold_start_first_frame', median(starts).toFixed(0), 'ms', `median of 5: ${starts.map((x) => x.toFixed(0)).join(', ')}`);

  // The 100.000-line programme.
  const file = path.join(artifactDir, 'bench-synthetic-100000.json');
  fs.mkdirSync(artifactDir, { recursive: true });
  fs.writeFileSync(file, execFileSync(path.join(repoRoot, 'build/native/src/cli/vth-planner'), ['synthetic', '100000', '15'],
    { maxBuffer: 256 * 1024 * 1024 }));
  const text = fs.readFileSync(file, 'utf8');
  print('synthetic_file_size', (text.length / 1048576).toFixed(1), 'MB');
  // From the picker's change event to the frame that shows the programme (open_by_picker.mjs).
  // Each in a fresh page (the first opening in a page is the one a user waits for: the
  // browser has not yet optimised the code), three times: one opening is one sample of a
  // noisy machine.
  const openings = [];
  let context, page; // the last page goes on with the 100.000 lines
  for (let i = 0; i < 3; ++i) {
    const opened = await openByPicker(browser, server.origin, file, 60000);
    openings.push(opened.times);
    if (i < 2) await opened.context.close();
    else ({ context, page } = opened);
  }
  const part = (key) => median(openings.map((o) => o[key])).toFixed(0);
  print('open_100k_file_picker', part('total'), 'ms',
    `median of 3 fresh pages (${openings.map((o) => o.total.toFixed(0)).join(', ')}), picker change event until the programme is drawn; ` +
    `medians of the parts: file read into wasm memory ${part('read')} ms, ` +
    `opening (parse, validate, analyse, calculate, store) ${part('open')} ms, next frame ${part('frame')} ms`);
  print('open_100k_longest_frame_gap_after', part('gapAfter'), 'ms',
    'median of the 3 pages: the longest time without an animation frame in the 1,5 s after the programme is drawn ' +
    '(the file stored in IndexedDB meanwhile)');
  // Wasm memory never shrinks: this is the high-water mark of opening the file once.
  print('memory_100k_programme', ((await page.evaluate(() => window.vth.memory())) / 1048576).toFixed(1), 'MB', 'wasm linear memory after opening it');
  const openMs = await page.evaluate((t) => {
    const s = performance.now();
    const messages = window.vth.open(t, 'bench.json');
    return messages.length === 0 ? performance.now() - s : -1;
  }, text);
  print('open_100k_in_app', openMs.toFixed(0), 'ms', 'vth.open(): parse, validate, analyse, recalculate');
  await page.evaluate(() => window.vth.view('capaciteit'));
  const edits = await page.evaluate(() => {
    const times = [];
    for (let i = 0; i < 21; ++i) {
      const s = performance.now();
      window.vth.set('/odt/vergunningen/0/aantal', String(100 + i));
      times.push(performance.now() - s);
    }
    return times;
  });
  print('edit_100k', median(edits).toFixed(2), 'ms', 'vth.set(): parse the typed value, edit, full recalculation (median of 21)');
  // Frame times while scrolling the work lines (render on CPU through SwiftShader).
  await page.mouse.move(800, 500);
  const frames = await page.evaluate(async () => {
    const stamps = [];
    await new Promise((resolve) => {
      let n = 0;
      const tick = (t) => {
        stamps.push(t);
        window.dispatchEvent(new WheelEvent('wheel', { deltaY: 120 }));
        document.getElementById('canvas').dispatchEvent(new WheelEvent('wheel', { deltaY: 120, clientX: 800, clientY: 500, bubbles: true }));
        if (++n < 60) requestAnimationFrame(tick); else resolve();
      };
      requestAnimationFrame(tick);
    });
    const d = [];
    for (let i = 1; i < stamps.length; ++i) d.push(stamps[i] - stamps[i - 1]);
    return d;
  });
  print('scroll_100k_frame_interval', median(frames).toFixed(1), 'ms', 'median rAF interval while scrolling, headless SwiftShader');
  // An edit until the next frame is on screen: recalculation, drawing, and the screen reader mirror.
  const toFrame = await page.evaluate(async () => {
    const times = [];
    for (let i = 0; i < 11; ++i) {
      const s = performance.now();
      window.vth.set('/odt/vergunningen/0/aantal', String(200 + i));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      times.push(performance.now() - s);
    }
    return times;
  });
  print('edit_100k_to_next_frame', median(toFrame).toFixed(0), 'ms', 'set() until two animation frames later (median of 11; SwiftShader)');
  const report100k = await page.evaluate(() => {
    const s = performance.now();
    const html = window.vth.report();
    return [performance.now() - s, html.length];
  });
  print('report_100k', report100k[0].toFixed(0), 'ms', `vth.report() incl. sensitivity analysis; ${(report100k[1] / 1048576).toFixed(1)} MB HTML`);
  print('memory_100k_after_report', ((await page.evaluate(() => window.vth.memory())) / 1048576).toFixed(1), 'MB');
  // The same report as the user asks for it (the Rapport button) after a change: its
  // sensitivity analysis goes on between frames. Until the tab opens: the time, and the
  // longest the page went without a frame (how long the interface did not respond).
  {
    await page.evaluate(() => window.vth.set('/odt/vergunningen/0/aantal', '300')); // the analysis must be redone
    await track(page);
    const [button] = await where(page, 'Rapport');
    const frameGaps = page.evaluate(() => new Promise((resolve) => {
      const stamps = [];
      const tick = (t) => {
        stamps.push(t);
        if (window.vth.state().status.startsWith('Rapport van')) resolve(stamps.slice(1).map((s, i) => s - stamps[i]));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }));
    const popup = context.waitForEvent('page', { timeout: 60000 });
    const started = Date.now();
    await page.mouse.click(button.x + button.w / 2, button.y + button.h / 2);
    await popup;
    const elapsed = Date.now() - started;
    const gaps = await frameGaps;
    print('report_100k_button', elapsed.toFixed(0), 'ms', `click on Rapport until its tab opens, sensitivity between frames (${gaps.length} frames)`);
    print('report_100k_longest_frame_gap', Math.max(...gaps).toFixed(0), 'ms', 'the longest time without a frame meanwhile');
  }
  await context.close();

  // The report (with the sensitivity analysis) of the default programme.
  {
    const { context: c0, page: p0 } = await openApp(browser, server.origin);
    const ms = await p0.evaluate(() => {
      const times = [];
      for (let i = 0; i < 5; ++i) {
        window.vth.set('/instellingen/odt_uurtarief', String(111 + i)); // a change: the analysis is redone
        const s = performance.now();
        window.vth.report();
        times.push(performance.now() - s);
      }
      return times;
    });
    print('report_enschede', median(ms).toFixed(0), 'ms', 'vth.report() after a change, incl. sensitivity (median of 5)');
    await c0.close();
  }

  // Share link of the default programme with 25 changed values (complete URL).
  const { context: c1, page: p1 } = await openApp(browser, server.origin);
  const fields = [['vergunningen', 31], ['toezicht', 22]].flatMap(([t, n]) =>
    Array.from({ length: n }, (_, i) => `/odt/${t}/${i}/aantal`));
  for (let i = 0; i < 25; ++i) await p1.evaluate(([p, v]) => window.vth.set(p, v), [fields[i], String(200 + i)]);
  print('share_link_25_changes', (await p1.evaluate(() => window.vth.shareLink())).length, 'characters', 'complete URL on http://127.0.0.1:<port>/');
  await c1.close();
} finally {
  await browser.close();
  await server.close();
}
