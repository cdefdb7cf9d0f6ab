// The harness of the *_versus.mjs benchmarks: this build (build/web/dist, or VTH_DIST)
// against another, measured in one run with fresh pages taken in turn (A B, then B A, …)
// so that a drift of this shared machine hits both; the first pair is a warm-up and not
// counted. `measure(browser, origin)` measures one page and returns an object of figures.
// Returns [other, self], each { dir, runs: [figures per pair] }.
import { startServer } from '../e2e/server.mjs';
import { launchBrowser, distDir } from '../e2e/browser.mjs';

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runPaired(otherDir, pairs, measure) {
  const builds = [{ name: 'other', dir: otherDir, runs: [] }, { name: 'this', dir: distDir, runs: [] }];
  for (const b of builds) b.server = await startServer(b.dir);
  const browser = await launchBrowser();
  try {
    for (let pair = -1; pair < pairs; ++pair) {
      const order = pair % 2 ? [...builds].reverse() : builds;
      for (const b of order) {
        const figures = await measure(browser, b.server.origin);
        if (pair >= 0) b.runs.push(figures);
      }
    }
  } finally {
    await browser.close();
    for (const b of builds) b.server.close();
  }
  return builds;
}

// "this faster in N of M pairs" for one figure.
export function pairsFaster([other, self], of) {
  return self.runs.filter((r, i) => of(r) < of(other.runs[i])).length;
}
