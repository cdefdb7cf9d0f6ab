// Cold start to the first frame, this build against another (before/after a change), in
// one run: fresh pages taken in turn (A B, then B A, …) so that a drift of this shared
// machine hits both; the first pair is a warm-up and not counted. Per page the start-up's
// marks (docs/performance.md, "Where the milliseconds go"). Prints, for the first frame,
// for main() until the first frame and for each step between two marks: the medians and
// in how many pairs this build was faster. Judges nothing: on this machine two identical
// builds differ by up to ~9 % in their medians.
//
// Usage: node start_versus.mjs OTHER_DIST [PAIRS]
import { median, pairsFaster, runPaired } from './paired.mjs';

const otherDir = process.argv[2];
const pairs = Number(process.argv[3] || 21);
if (!otherDir) throw new Error('gebruik: node start_versus.mjs ANDERE_DIST [PAREN]');

async function marksOfOneStart(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => window.vth && window.vth.ready === true, null, { timeout: 30000 });
    return await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
      .filter((m) => m.name.startsWith('vth:')).map((m) => [m.name.slice(4), m.startTime])));
  } finally {
    await context.close();
  }
}

const builds = await runPaired(otherDir, pairs, marksOfOneStart);

function compare(label, of) {
  const [other, self] = builds.map((b) => b.runs.map(of));
  if (other.some((x) => Number.isNaN(x)) || self.some((x) => Number.isNaN(x))) return;
  console.log(`${label}: other ${median(other).toFixed(0)} ms, this ${median(self).toFixed(0)} ms, ratio ` +
    `${(median(self) / median(other)).toFixed(3)}; this faster in ${pairsFaster(builds, of)} of ${pairs} pairs`);
}

compare('first frame', (m) => m['first-frame']);
compare('main() to first frame', (m) => m['first-frame'] - m.main);
// From the loader's WebGL context on: without the page's loading before the loader runs,
// which is the same for both builds and the noisiest part.
compare('WebGL context to first frame', (m) => m['first-frame'] - m['webgl-early']);
// Each step between two marks, when both builds pass them in the same order.
const order = (b) => Object.keys(b.runs[0]).sort((x, y) => b.runs[0][x] - b.runs[0][y]);
const names = order(builds[1]);
if (names.join() !== order(builds[0]).join()) console.log('steps: the builds pass the marks in different orders');
else for (let i = 1; i < names.length; ++i) compare(`${names[i - 1]} to ${names[i]}`, (m) => m[names[i]] - m[names[i - 1]]);
