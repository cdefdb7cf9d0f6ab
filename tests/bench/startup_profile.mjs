// Where a cold start's time goes, from Chromium's own trace (issue #16): per step between
// the start-up's marks (docs/performance.md), how busy the page's main thread was, how many
// wasm functions it compiled at their first call (V8 compiles lazily, on the calling
// thread) and how long that took, and how long the browser's GPU process spent swapping
// frames (with SwiftShader that is CPU time, taken from the same two cores).
// With a build that keeps function names (linked with --profiling-funcs, e.g.
// build/exp-prof), the compiled functions are also counted by origin (ImGui, SDL, the
// core, the interface, the C++ library). Figures only; judges nothing.
//
// Usage: node startup_profile.mjs [DIST] [LOADS]   (DIST: build/web/dist; LOADS: 3)
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../e2e/server.mjs';
import { launchBrowser, distDir } from '../e2e/browser.mjs';
import { median } from './paired.mjs';
import { wasmFunctions } from './wasm_functions.mjs';

const dir = process.argv[2] || distDir;
const loads = Number(process.argv[3] || 3);
const functions = wasmFunctions(fs.readFileSync(path.join(dir, 'index.wasm')));

const categories = ['devtools.timeline', 'blink.user_timing', 'v8.wasm', 'gpu', 'viz', 'toplevel'];

// The origin of a compiled function, by its name (only with a name section).
function origin(name) {
  if (!name) return 'zonder naam';
  const head = name.replace(/\(.*/, '');
  if (/^(ImGui|Im[A-Z])/.test(head) || /^ImVector|^ImPool|^ImChunk/.test(head)) return 'ImGui';
  if (/^SDL_|^Emscripten_/.test(head)) return 'SDL2';
  if (/^vth::ui::|^vth::platform::/.test(head)) return 'interface en platform';
  if (/^vth::/.test(head)) return 'core';
  if (/^std::|^void std::|^bool std::/.test(name)) return 'C++-bibliotheek';
  return 'overig (C-bibliotheek, lambda’s, …)';
}

async function traceOneLoad(browser, origin_) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await browser.startTracing(page, { categories });
    await page.goto(`${origin_}/`);
    await page.waitForFunction(() => window.vth && window.vth.ready === true, null, { timeout: 30000 });
    return JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  } finally {
    await context.close();
  }
}

// The time within [a, b) that some task ran (tasks nest: their union, not their sum).
function busyTime(tasks, a, b) {
  const spans = tasks.map((e) => [Math.max(a, e.ts / 1000), Math.min(b, (e.ts + e.dur) / 1000)])
    .filter(([s, f]) => f > s).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, f] of spans) {
    if (f <= end) continue;
    total += f - Math.max(s, end);
    end = f;
  }
  return total;
}

function stepsOf(events) {
  const threads = {};
  for (const e of events) if (e.name === 'thread_name') threads[`${e.pid}:${e.tid}`] = e.args.name;
  const on = (name) => (e) => threads[`${e.pid}:${e.tid}`] === name && e.ph === 'X';
  const marks = events.filter((e) => e.name.startsWith('vth:') && e.ph !== 'e')
    .map((e) => ({ name: e.name.slice(4), at: e.ts / 1000 })).sort((a, b) => a.at - b.at);
  const page = events.filter(on('CrRendererMain'));
  const tasks = page.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const compiles = page.filter((e) => e.name === 'wasm.CompileLazy');
  const swaps = events.filter(on('CrGpuMain')).filter((e) => e.name === 'SkiaOutputSurfaceImplOnGpu::SwapBuffers');
  const overlap = (e, a, b) => Math.max(0, Math.min(b, (e.ts + e.dur) / 1000) - Math.max(a, e.ts / 1000));
  const steps = [];
  for (let i = 1; i < marks.length; ++i) {
    const [a, b] = [marks[i - 1].at, marks[i].at];
    const started = (e) => e.ts / 1000 >= a && e.ts / 1000 < b;
    const compiled = compiles.filter(started);
    const byOrigin = {};
    for (const c of compiled) {
      const o = origin(functions.names.get(c.args.func_index));
      byOrigin[o] = (byOrigin[o] || 0) + 1;
    }
    steps.push({
      step: `${marks[i - 1].name} → ${marks[i].name}`,
      ms: b - a,
      busy: busyTime(tasks, a, b),
      compiles: compiled.length,
      compileMs: compiled.reduce((s, e) => s + e.dur / 1000, 0),
      compiledBytes: compiled.reduce((s, e) => s + (functions.sizes.get(e.args.func_index) || 0), 0),
      swaps: swaps.filter(started).length,
      swapMs: swaps.reduce((s, e) => s + overlap(e, a, b), 0),
      byOrigin,
    });
  }
  return steps;
}

const server = await startServer(dir);
const browser = await launchBrowser();
const runs = [];
try {
  await traceOneLoad(browser, server.origin); // warm-up: the browser's own first start
  for (let i = 0; i < loads; ++i) runs.push(stepsOf(await traceOneLoad(browser, server.origin)));
} finally {
  await browser.close();
  server.close();
}

const fmt = (x) => x.toFixed(0).padStart(5);
console.log(`${dir}: ${functions.count} functions, names ${functions.names.size ? 'present' : 'absent'}; ` +
  `medians of ${loads} cold loads (ms)`);
console.log('step'.padEnd(34) + '   time  busy  compiles  compile-ms  compiled-KB  swaps  swap-ms');
for (const [i, s] of runs[0].entries()) {
  const all = runs.map((r) => r[i]).filter((x) => x && x.step === s.step);
  const m = (f) => median(all.map(f));
  console.log(`${s.step.padEnd(34)} ${fmt(m((x) => x.ms))} ${fmt(m((x) => x.busy))} ${fmt(m((x) => x.compiles))}` +
    `     ${fmt(m((x) => x.compileMs))}       ${fmt(m((x) => x.compiledBytes / 1024))}  ${fmt(m((x) => x.swaps))}` +
    `    ${fmt(m((x) => x.swapMs))}`);
  if (functions.names.size) {
    const origins = Object.entries(s.byOrigin).sort((a, b) => b[1] - a[1]).map(([o, n]) => `${o} ${n}`).join(', ');
    if (origins) console.log(`    ${origins} (first load)`);
  }
}
