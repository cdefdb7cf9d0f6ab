// Opening the 100.000-line programme by the file picker, this build against another
// (before/after a change), in one run: fresh pages taken in turn (A B, then B A, …) so
// that a drift of this shared machine hits both; the first pair is a warm-up and not
// counted. Per page: from the picker's change event until two frames after the app's
// opening call returned, the opening call itself (parse, check, analyse, calculate,
// store), and the longest gap between animation frames in the 1,5 s after. Prints the
// medians and in how many pairs this build opened faster; judges nothing.
//
// Usage: node open_versus.mjs OTHER_DIST [PAIRS]   (the file comes from ./bench.sh's
// browser_bench.mjs, build/test-artifacts/bench-synthetic-100000.json)
import fs from 'node:fs';
import path from 'node:path';
import { artifactDir } from '../e2e/browser.mjs';
import { openByPicker } from './open_by_picker.mjs';
import { median, pairsFaster, runPaired } from './paired.mjs';

const otherDir = process.argv[2];
const pairs = Number(process.argv[3] || 9);
if (!otherDir) throw new Error('gebruik: node open_versus.mjs ANDERE_DIST [PAREN]');
const file = path.join(artifactDir, 'bench-synthetic-100000.json');
if (!fs.existsSync(file)) throw new Error(`${file} ontbreekt: draai eerst node tests/bench/browser_bench.mjs`);

const builds = await runPaired(otherDir, pairs, async (browser, origin) => {
  const { context, times } = await openByPicker(browser, origin, file, 60000); // its work lines
  await context.close();
  return { total: times.total, opening: times.open, gapAfter: times.gapAfter };
});
for (const b of builds) {
  console.log(`open_100k_${b.name} ${median(b.runs.map((r) => r.total)).toFixed(0)} ms  # opening call ${median(b.runs.map((r) => r.opening)).toFixed(0)} ms; ` +
    `longest frame gap in the 1,5 s after ${median(b.runs.map((r) => r.gapAfter)).toFixed(0)} ms; ` +
    `each: ${b.runs.map((r) => r.total.toFixed(0)).join(', ')}  (${b.dir})`);
}
console.log(`open_100k_pairs_this_faster ${pairsFaster(builds, (r) => r.opening)} of ${pairs}  # by the opening call`);
console.log(`ratio_open_100k_this_to_other ${(median(builds[1].runs.map((r) => r.total)) / median(builds[0].runs.map((r) => r.total))).toFixed(3)}`);
