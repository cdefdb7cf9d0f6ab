// Issue #16's yardstick: VTH-planner against Dear ImGui's stock SDL2 + OpenGL3
// example (tests/bench/stock/build.sh), in one run, in headless Chromium with
// SwiftShader. Transfer: every file each page fetched, gzipped at level 9.
// First frame: cold loads (fresh context, empty cache) taken in turn, A B A B …,
// so a drift of this shared machine hits both; the time of the page's first
// WebGL draw call, measured the same way in both pages (an init script wraps
// drawElements), so neither app's own bookkeeping decides. For the planner also
// where its milliseconds go (performance marks of web/loader.js and the app).
// Prints "name value unit" lines and the ratios; judges nothing. The one-file version
// (vth-planner.html, docs/one-file.md) is loaded from disk (file://), as its users open it.
//
// Usage: node versus_stock.mjs STOCK_DIR [RUNS]   (STOCK_DIR holds dist/ and dist-release/)
// VTH_BEFORE_DIST=<another build's dist>: that build too, in the same run (before/after a change).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { startServer } from '../e2e/server.mjs';
import { launchBrowser, distDir } from '../e2e/browser.mjs';

const stockDir = process.argv[2];
const runs = Number(process.argv[3] || 5);
if (!stockDir) throw new Error('gebruik: node versus_stock.mjs STOCK_DIR [RUNS]');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes) => (bytes / 1024).toFixed(1);

const apps = [
  { name: 'planner', dir: distDir },
  { name: 'planner_one_file', file: path.join(distDir, 'vth-planner.html') },
  { name: 'stock_release', dir: path.join(stockDir, 'dist-release') },
  { name: 'stock_makefile', dir: path.join(stockDir, 'dist') },
];
if (process.env.VTH_BEFORE_DIST) apps.splice(1, 0, { name: 'planner_before', dir: process.env.VTH_BEFORE_DIST });

// The first draw call of the page, in the page's own clock (0 = navigation start).
// WebGL 1 too: the stock example asks SDL for a context that Emscripten makes WebGL 1.
function firstDrawProbe() {
  for (const kind of [WebGLRenderingContext, WebGL2RenderingContext]) {
    const draw = kind.prototype.drawElements;
    kind.prototype.drawElements = function (...args) {
      if (window.__firstDraw === undefined) window.__firstDraw = performance.now();
      return draw.apply(this, args);
    };
  }
}

// Where the milliseconds go: the resource timing of the page's files, and the planner's own marks.
async function pageTimeline(page) {
  return page.evaluate(() => {
    const at = {};
    for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('vth:')) at[m.name.slice(4)] = m.startTime;
    for (const r of performance.getEntriesByType('resource')) {
      const file = new URL(r.name).pathname.slice(1);
      if (file === 'index.js') at['js-arrived'] = r.responseEnd;
      if (file === 'index.wasm') at['wasm-arrived'] = r.responseEnd;
    }
    const nav = performance.getEntriesByType('navigation')[0];
    at['html-arrived'] = nav.responseEnd;
    return at;
  });
}

const browser = await launchBrowser();
const servers = [];
try {
  for (const app of apps) {
    if (app.file) {
      app.url = pathToFileURL(app.file).href;
    } else {
      app.server = await startServer(app.dir);
      servers.push(app.server);
      app.url = `${app.server.origin}/`;
    }
    app.times = [];
    app.timelines = [];
  }
  for (let i = 0; i < runs + 1; ++i) {
    for (const app of apps) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.addInitScript(firstDrawProbe);
      await page.goto(app.url);
      await page.waitForFunction(() => window.__firstDraw !== undefined, null, { timeout: 60000 })
        .catch((e) => { throw new Error(`${app.name}: geen eerste frame (${e.message})`); });
      const t = await page.evaluate(() => window.__firstDraw);
      if (i > 0) { // the first round warms the browser process and the disk cache, not the page's
        app.times.push(t);
        app.timelines.push(await pageTimeline(page));
      }
      await context.close();
    }
  }
  for (const app of apps) {
    if (app.file) {
      const bytes = fs.readFileSync(app.file);
      app.transfer = zlib.gzipSync(bytes, { level: 9 }).length;
      app.files = `${path.basename(app.file)}, ${kb(bytes.length)} KB as a file (mail, disk)`;
      continue;
    }
    const files = [...new Set(app.server.requested)].map((u) => (u === '/' ? '/index.html' : u))
      .filter((f) => fs.existsSync(path.join(app.dir, f))); // the stock page asks for a favicon.ico it lacks
    app.transfer = 0;
    for (const file of files) app.transfer += zlib.gzipSync(fs.readFileSync(path.join(app.dir, file)), { level: 9 }).length;
    app.files = files.join(' ');
  }
  for (const app of apps) {
    console.log(`${app.name}_transfer_gzip ${kb(app.transfer)} KB  # ${app.files}`);
    console.log(`${app.name}_first_frame ${median(app.times).toFixed(0)} ms  # median of ${runs}: ${app.times.map((x) => x.toFixed(0)).join(', ')}`);
  }
  const planner = apps[0];
  for (const stock of apps.slice(1)) {
    console.log(`ratio_transfer_planner_to_${stock.name} ${(planner.transfer / stock.transfer).toFixed(3)}`);
    // Ratio of each pair of loads taken one after the other, then their median.
    const pairs = planner.times.map((t, i) => t / stock.times[i]);
    console.log(`ratio_first_frame_planner_to_${stock.name} ${median(pairs).toFixed(3)}  # per pair: ${pairs.map((x) => x.toFixed(2)).join(', ')}`);
  }
  const phases = ['html-arrived', 'js-arrived', 'wasm-request', 'webgl-early', 'wasm-arrived', 'wasm-compiled', 'main', 'programme-open',
    'font-atlas', 'webgl-context', 'first-layout', 'first-frame'];
  for (const app of apps) {
    const seen = phases.filter((p) => app.timelines.every((t) => t[p] !== undefined));
    console.log(`${app.name}_timeline (median ms since navigation): ` +
      seen.map((p) => `${p} ${median(app.timelines.map((t) => t[p])).toFixed(0)}`).join(', '));
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
