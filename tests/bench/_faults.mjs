import fs from 'node:fs';
import path from 'node:path';
import { artifactDir, launchBrowser } from '../e2e/browser.mjs';
import { startServer } from '../e2e/server.mjs';
import { openByPicker } from './open_by_picker.mjs';
import { openApp } from '../e2e/browser.mjs';
const server = await startServer(process.argv[2]);
const browser = await launchBrowser();
const file = path.join(artifactDir, 'bench-synthetic-100000.json');
function faults() {
  const out = {};
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') && !cmd.includes('--type=gpu')) continue;
      const st = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      out[pid] = { kind: cmd.includes('--type=gpu') ? 'gpu' : 'renderer', minflt: Number(st[7]), utime: Number(st[11]), stime: Number(st[12]) };
    } catch {}
  }
  return out;
}
for (let i = 0; i < 3; ++i) {
  const opened = await openApp(browser, server.origin);
  await opened.page.evaluate(() => {
    window.benchOpen = {};
    const open = Module._vth_open_bytes;
    Module._vth_open_bytes = function (...args) {
      window.benchOpen.start = performance.now();
      const reply = open.apply(this, args);
      window.benchOpen.end = performance.now();
      window.benchOpen.frame = 1;
      return reply;
    };
  });
  await new Promise((r) => setTimeout(r, 500));
  const before = faults();
  await opened.page.setInputFiles('#vth-file-input', file);
  await opened.page.waitForFunction(() => window.benchOpen.frame, null, { timeout: 120000, polling: 50 });
  const after = faults();
  const t = await opened.page.evaluate(() => window.benchOpen);
  for (const pid of Object.keys(after)) {
    const b = before[pid]; const a = after[pid];
    if (!b) continue;
    const d = a.minflt - b.minflt;
    if (d > 1000) console.log(`${a.kind} ${pid}: minflt +${d} (${(d * 4 / 1024).toFixed(0)} MB), utime +${(a.utime - b.utime) * 10} ms, stime +${(a.stime - b.stime) * 10} ms; opening call ${(t.end - t.start).toFixed(0)} ms`);
  }
  await opened.context.close();
}
await browser.close(); await server.close();
