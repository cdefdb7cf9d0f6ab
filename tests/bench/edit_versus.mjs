// An edit's next frame in the 100.000-line programme, this build against another
// (before/after a change), in one run: fresh pages taken in turn (A B, then B A, …) so
// that a drift of this shared machine hits both; the first pair is a warm-up and not
// counted. Per page, after opening the file by the picker and showing Capaciteit: the
// median of 11 edits (`vth.set`) until two animation frames later, and the median
// frame interval while scrolling the work lines. Prints the medians over the pages and
// in how many pairs this build was faster; judges nothing.
//
// Usage: node edit_versus.mjs OTHER_DIST [PAIRS]   (the file comes from ./bench.sh's
// browser_bench.mjs, build/test-artifacts/bench-synthetic-100000.json)
import fs from 'node:fs';
import path from 'node:path';
import { artifactDir } from '../e2e/browser.mjs';
import { openByPicker } from './open_by_picker.mjs';
import { median, pairsFaster, runPaired } from './paired.mjs';

const otherDir = process.argv[2];
const pairs = Number(process.argv[3] || 5);
if (!otherDir) throw new Error('gebruik: node edit_versus.mjs ANDERE_DIST [PAREN]');
const file = path.join(artifactDir, 'bench-synthetic-100000.json');
if (!fs.existsSync(file)) throw new Error(`${file} ontbreekt: draai eerst node tests/bench/browser_bench.mjs`);

async function measureOnce(browser, origin) {
  const { context, page } = await openByPicker(browser, origin, file, 60000); // its work lines
  await page.evaluate(() => window.vth.view('capaciteit'));
  await page.mouse.move(800, 500);
  const result = await page.evaluate(async () => {
    const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await twoFrames();
    const edits = [];
    for (let i = 0; i < 11; ++i) {
      const s = performance.now();
      window.vth.set('/odt/vergunningen/0/aantal', String(200 + i));
      await twoFrames();
      edits.push(performance.now() - s);
    }
    const stamps = [];
    await new Promise((resolve) => {
      const tick = (t) => {
        stamps.push(t);
        document.getElementById('canvas').dispatchEvent(
          new WheelEvent('wheel', { deltaY: 120, clientX: 800, clientY: 500, bubbles: true }));
        if (stamps.length < 31) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    const gaps = stamps.slice(1).map((t, i) => t - stamps[i]);
    const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { edit: mid(edits), scroll: mid(gaps) };
  });
  await context.close();
  return result;
}

const builds = await runPaired(otherDir, pairs, measureOnce);
const [other, self] = builds;
for (const key of ['edit', 'scroll']) {
  const name = key === 'edit' ? 'edit_100k_to_next_frame' : 'scroll_100k_frame_interval';
  console.log(`${name} other ${median(other.runs.map((r) => r[key])).toFixed(1)} ms, this ` +
    `${median(self.runs.map((r) => r[key])).toFixed(1)} ms  # medians of ${pairs} pages each; this faster in ` +
    `${pairsFaster(builds, (r) => r[key])} of ${pairs} pairs (${self.runs.map((r) => r[key].toFixed(0)).join(', ')} against ` +
    `${other.runs.map((r) => r[key].toFixed(0)).join(', ')})`);
}
