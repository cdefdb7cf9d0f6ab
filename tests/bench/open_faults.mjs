// What opening the 100.000-line programme costs the page's process outside the app's own
// work: first writes to memory the process never used (a page fault per 4 KB, which the
// kernel serves), counted from Linux's /proc for the page's renderer, from just before the
// file is picked until just after the opening call returned (polled), in three fresh pages.
// Prints per page the
// minor faults (and the memory they stand for), the renderer's user and kernel CPU time
// and the opening call. Linux only; judges nothing (docs/performance.md, stop 36).
//
// Usage: node open_faults.mjs [DIST]   (the file: see open_versus.mjs)
import fs from 'node:fs';
import path from 'node:path';
import { artifactDir, distDir, launchBrowser, openApp } from '../e2e/browser.mjs';
import { startServer } from '../e2e/server.mjs';

const dir = process.argv[2] || distDir;
const file = path.join(artifactDir, 'bench-synthetic-100000.json');
if (!fs.existsSync(file)) throw new Error(`${file} ontbreekt: draai eerst node tests/bench/browser_bench.mjs`);
const tick = 10; // ms per clock tick in /proc/<pid>/stat (USER_HZ = 100 on Linux)

// Minor faults and CPU ticks of every renderer process, by pid.
function renderers() {
  const out = new Map();
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      // Fields after the command's name in parentheses: state is field 3, minflt 10, utime 14, stime 15.
      const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      out.set(pid, { minflt: Number(f[7]), utime: Number(f[11]), stime: Number(f[12]) });
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

const server = await startServer(dir);
const browser = await launchBrowser();
try {
  for (let i = 0; i < 3; ++i) {
    const { context, page } = await openApp(browser, server.origin);
    await page.evaluate(() => {
      window.benchOpen = {};
      const open = Module._vth_open_bytes;
      Module._vth_open_bytes = function (...args) {
        window.benchOpen.start = performance.now();
        const reply = open.apply(this, args);
        window.benchOpen.end = performance.now();
        return reply;
      };
    });
    await page.waitForTimeout(500); // the start-up's work done
    const before = renderers();
    await page.setInputFiles('#vth-file-input', file);
    await page.waitForFunction(() => window.benchOpen.end, null, { timeout: 120000, polling: 50 });
    const after = renderers();
    const t = await page.evaluate(() => window.benchOpen);
    // The page's renderer is the one that faulted most (other renderers idle).
    const [, d] = [...after].filter(([pid]) => before.has(pid)).map(([pid, a]) => {
      const b = before.get(pid);
      return [pid, { minflt: a.minflt - b.minflt, utime: a.utime - b.utime, stime: a.stime - b.stime }];
    }).sort((x, y) => y[1].minflt - x[1].minflt)[0] || [];
    if (!d) {
      console.log('open_100k_faults n/a  # no renderer process found in /proc');
      await context.close();
      continue;
    }
    console.log(`open_100k_faults ${d.minflt}  # ${((d.minflt * 4) / 1024).toFixed(0)} MB first written; renderer cpu ` +
      `user ${d.utime * tick} ms, kernel ${d.stime * tick} ms; opening call ${(t.end - t.start).toFixed(0)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
