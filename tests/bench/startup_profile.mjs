// Where a cold start's time goes, from Chromium's own trace (issue #16): per step between
// the start-up's marks (docs/performance.md), the page's main thread (wall time inside
// tasks, which includes waiting for the GPU process, and CPU time), how many wasm functions
// it compiled at their first call (V8 compiles lazily, on the calling thread) and how long
// that took, and the GPU process's main thread (its CPU time, and the swaps of the
// browser's frames: with SwiftShader drawn on the CPU). CPU time is the trace's thread time
// of each task, counted in a step in proportion to the part of the task inside it.
// With a build that keeps function names (linked with --profiling-funcs, e.g.
// build/exp-prof; note that it skips the post-link wasm-opt), the compiled functions are
// also counted by origin (tests/bench/wasm_size.py's groups, which also reads the module).
// Traced loads run slower than untraced ones. Judges nothing.
// VTH_COMPILED_LIST=FILE writes the functions compiled in each step of the first load
// (step, bytes, milliseconds, name), to see which code a step pulls in.
//
// Usage: node startup_profile.mjs [DIST] [LOADS]   (DIST: build/web/dist or VTH_DIST; LOADS: 3)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../e2e/server.mjs';
import { launchBrowser, distDir } from '../e2e/browser.mjs';
import { median } from './paired.mjs';

const dir = process.argv[2] || distDir;
const loads = Number(process.argv[3] || 3);
if (!Number.isInteger(loads) || loads < 1) throw new Error('gebruik: node startup_profile.mjs [DIST] [LADINGEN ≥ 1]');
// Body size and origin (null without names) per function index: wasm_size.py reads the module.
const here = path.dirname(fileURLToPath(import.meta.url));
const functions = new Map(Object.entries(JSON.parse(execFileSync('/usr/bin/python3',
  [path.join(here, 'wasm_size.py'), path.join(dir, 'index.wasm'), '--functions-json'], { encoding: 'utf8' })))
  .map(([index, [size, origin, name]]) => [Number(index), { size, origin, name }]));
const named = [...functions.values()].some((f) => f.origin !== null);
const sizeOf = (index) => (functions.get(index) || { size: 0 }).size;
const kSmall = 100; // bytes: a function this small costs V8 more to enter the compiler for than to compile

const categories = ['devtools.timeline', 'blink.user_timing', 'v8.wasm', 'gpu', 'viz', 'toplevel'];

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

// Tasks nest (a nested message loop runs tasks inside a task): only the outermost count.
function outermost(tasks) {
  const sorted = [...tasks].sort((x, y) => x.ts - y.ts || y.dur - x.dur);
  const out = [];
  let end = -Infinity;
  for (const t of sorted) {
    if (t.ts + t.dur <= end) continue;
    out.push(t);
    end = t.ts + t.dur;
  }
  return out;
}

// Wall time and CPU time of `tasks` within [a, b) (ms).
function timeIn(tasks, a, b) {
  let wall = 0;
  let cpu = 0;
  for (const t of tasks) {
    const inside = Math.max(0, Math.min(b, (t.ts + t.dur) / 1000) - Math.max(a, t.ts / 1000));
    if (inside <= 0) continue;
    wall += inside;
    if (t.dur > 0 && t.tdur !== undefined) cpu += (t.tdur / 1000) * (inside / (t.dur / 1000));
  }
  return { wall, cpu };
}

function stepsOf(events) {
  const threads = {};
  for (const e of events) if (e.name === 'thread_name') threads[`${e.pid}:${e.tid}`] = e.args.name;
  const marks = events.filter((e) => e.name.startsWith('vth:') && e.ph !== 'e');
  // The page's own renderer: the one whose main thread set the marks (a trace has others).
  const pagePid = marks.length ? marks[0].pid : -1;
  const on = (name, pid) => (e) => e.ph === 'X' && threads[`${e.pid}:${e.tid}`] === name && (pid === undefined || e.pid === pid);
  const at = marks.map((e) => ({ name: e.name.slice(4), at: e.ts / 1000 })).sort((x, y) => x.at - y.at);
  const page = events.filter(on('CrRendererMain', pagePid));
  const pageTasks = outermost(page.filter((e) => e.name === 'ThreadControllerImpl::RunTask'));
  const compiles = page.filter((e) => e.name === 'wasm.CompileLazy');
  const gpu = events.filter(on('CrGpuMain'));
  const gpuTasks = outermost(gpu.filter((e) => e.name === 'ThreadControllerImpl::RunTask'));
  const swaps = gpu.filter((e) => e.name === 'SkiaOutputSurfaceImplOnGpu::SwapBuffers');
  const steps = [];
  for (let i = 1; i < at.length; ++i) {
    const [a, b] = [at[i - 1].at, at[i].at];
    const compiled = compiles.filter((e) => e.ts / 1000 >= a && e.ts / 1000 < b);
    const small = compiled.filter((e) => sizeOf(e.args.func_index) < kSmall);
    const byOrigin = {};
    for (const c of compiled) {
      const o = (functions.get(c.args.func_index) || {}).origin || 'zonder naam';
      byOrigin[o] = (byOrigin[o] || 0) + 1;
    }
    const main = timeIn(pageTasks, a, b);
    steps.push({
      step: `${at[i - 1].name} → ${at[i].name}`,
      from: at[i - 1].name,
      ms: b - a,
      busy: main.wall,
      cpu: main.cpu,
      compiles: compiled.length,
      compileMs: compiled.reduce((s, e) => s + e.dur / 1000, 0),
      compileCpu: compiled.reduce((s, e) => s + (e.tdur || 0) / 1000, 0),
      compiledBytes: compiled.reduce((s, e) => s + sizeOf(e.args.func_index), 0),
      small: small.length,
      smallMs: small.reduce((s, e) => s + e.dur / 1000, 0),
      gpuCpu: timeIn(gpuTasks, a, b).cpu,
      swaps: swaps.filter((e) => e.ts / 1000 >= a && e.ts / 1000 < b).length,
      swapCpu: timeIn(swaps, a, b).cpu,
      byOrigin,
      compiled: compiled.map((e) => ({ index: e.args.func_index, ms: e.dur / 1000 })),
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
  await server.close();
}

if (process.env.VTH_COMPILED_LIST && runs.length > 0) {
  const lines = runs[0].flatMap((s) => s.compiled.map((c) => {
    const f = functions.get(c.index) || { size: 0 };
    return `${s.step}\t${f.size}\t${c.ms.toFixed(2)}\t${f.name || `f${c.index}`}`;
  }));
  writeFileSync(process.env.VTH_COMPILED_LIST, lines.join('\n') + '\n');
}

// Steps by name, in the order of the first load that has the most of them.
const names = [];
for (const r of [...runs].sort((x, y) => y.length - x.length)) {
  for (const s of r) if (!names.includes(s.step)) names.push(s.step);
}
const fmt = (x, width = 5) => x.toFixed(0).padStart(width);
console.log(`${dir}: ${functions.size} defined functions, names ${named ? 'present' : 'absent'}; ` +
  `medians of ${loads} traced cold loads (ms)`);
console.log('step'.padEnd(34) + ' loads  time  busy   cpu  compiles compile-ms compiled-KB  ' +
  `<${kSmall}B  ms   gpu-cpu swaps swap-cpu`);
for (const name of names) {
  const all = runs.map((r) => r.find((s) => s.step === name)).filter(Boolean);
  const m = (f) => median(all.map(f));
  console.log(`${name.padEnd(34)} ${fmt(all.length, 4)} ${fmt(m((x) => x.ms))} ${fmt(m((x) => x.busy))}` +
    ` ${fmt(m((x) => x.cpu))} ${fmt(m((x) => x.compiles), 8)} ${fmt(m((x) => x.compileMs), 9)}` +
    ` ${fmt(m((x) => x.compiledBytes / 1024), 10)} ${fmt(m((x) => x.small), 6)} ${fmt(m((x) => x.smallMs), 4)}` +
    ` ${fmt(m((x) => x.gpuCpu), 8)} ${fmt(m((x) => x.swaps))} ${fmt(m((x) => x.swapCpu), 7)}`);
  const first = all[0];
  if (named && first) {
    const origins = Object.entries(first.byOrigin).sort((a, b) => b[1] - a[1]).map(([o, n]) => `${o} ${n}`).join(', ');
    if (origins) console.log(`    ${origins} (one load)`);
  }
}
// main() to the first frame as a whole: the part the app's own start-up decides.
const whole = runs.map((r) => {
  const from = r.findIndex((s) => s.from === 'main');
  const part = from < 0 ? [] : r.slice(from);
  const sum = (f) => part.reduce((s, x) => s + f(x), 0);
  return { ms: sum((x) => x.ms), cpu: sum((x) => x.cpu), compiles: sum((x) => x.compiles),
    compileMs: sum((x) => x.compileMs), compileCpu: sum((x) => x.compileCpu), small: sum((x) => x.small), smallMs: sum((x) => x.smallMs),
    gpuCpu: sum((x) => x.gpuCpu) };
}).filter((w) => w.ms > 0);
if (whole.length) {
  const m = (f) => median(whole.map(f)).toFixed(0);
  console.log(`main() to first frame: ${m((w) => w.ms)} ms, main thread cpu ${m((w) => w.cpu)} ms; ` +
    `${m((w) => w.compiles)} functions compiled in ${m((w) => w.compileMs)} ms (cpu ${m((w) => w.compileCpu)} ms), of which ` +
    `${m((w) => w.small)} under ${kSmall} bytes in ${m((w) => w.smallMs)} ms; GPU process cpu ${m((w) => w.gpuCpu)} ms`);
}
