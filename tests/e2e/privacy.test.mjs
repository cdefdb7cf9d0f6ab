// Privacy: a run of typical use makes no request beyond the page's own files,
// the Content-Security-Policy forbids every other origin, and the app stores
// nothing but its autosave in the page's own localStorage (no cookies, no
// service worker, no other storage).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { useAppServer, openApp, distDir, repoRoot, pagePolicy, hashSource } from './browser.mjs';

const env = useAppServer();

test('typical use stays on the page\'s own origin and stores only its own work', async () => {
  const { context, page, log } = await openApp(env.browser, env.server.origin);
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    // Open a file, edit, visit every view, copy a table, save, undo.
    await page.setInputFiles('#vth-file-input', path.join(repoRoot, 'assets/programmes/enschede-puh-2025.json'));
    await page.waitForFunction(() => JSON.parse(window.vth.results()).gemeente === 'Enschede');
    await page.evaluate(() => window.vth.set('/regionaal/partners/0/sleutel', '12,5%'));
    for (const v of ['overzicht', 'capaciteit', 'odt', 'regionaal', 'energie', 'protocol', 'doelen', 'controles']) {
      await page.evaluate((name) => window.vth.view(name), v);
      await page.mouse.move(600, 400);
      await page.waitForTimeout(50);
    }
    await page.evaluate(() => window.vth.copyTable());
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+S');
    await download;
    await page.evaluate(() => window.vth.undo());

    const foreign = log.requests.filter((u) => !u.startsWith(env.server.origin + '/') && !u.startsWith('blob:') && !u.startsWith('data:'));
    assert.deepEqual(foreign, []);
    const own = [...new Set(env.server.requested)].sort();
    // The stylesheet and the loader are inside the page (scripts/single_file.py).
    assert.deepEqual(own, ['/', '/favicon.svg', '/index.js', '/index.wasm']);
    const versioned = log.requests.filter((u) => /\/index\.(js|wasm)\?v=[0-9a-f]{16}$/.test(u));
    assert.equal(versioned.length, 2, `index.js and index.wasm asked for with their version: ${log.requests}`);

    const stored = await page.evaluate(async () => ({
      cookies: document.cookie,
      // Only the work, in this page's own storage: the programme's record and its scenario
      // (the file opened is the built-in programme, which needs no copy in IndexedDB).
      local: Object.keys(localStorage).map((k) => k.replace(/:[0-9a-f]{32}$/, ':<id>')).sort(),
      session: Object.keys(sessionStorage),
      workers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
      databases: indexedDB.databases ? (await indexedDB.databases()).length : 0,
    }));
    assert.deepEqual(stored, { cookies: '',
      local: ['vth-planner:scenario:d3e22991676122c2:<id>', 'vth-planner:werk:d3e22991676122c2'],
      session: ['vth-planner:tabblad'], workers: 0, databases: 0 });
    assert.deepEqual((await context.cookies()).length, 0);
  } finally {
    await context.close();
  }
});

test('the Content-Security-Policy blocks any other origin', async () => {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  assert.match(html, /http-equiv="Content-Security-Policy"/);
  assert.match(html, /default-src 'self'/);
  assert.match(html, /connect-src 'self'/);
  assert.doesNotMatch(html, /unsafe-inline/);
  // The loader and the stylesheet are inline: each allowed by its hash, and nothing else inline.
  const { directive } = pagePolicy(html);
  const hash = hashSource;
  const scripts = [...html.matchAll(/<script>([^]*?)<\/script>/g)].map((m) => hash(m[1]));
  assert.equal(scripts.length, 1, 'web/loader.js inline');
  assert.deepEqual(directive('script-src').filter((s) => s.startsWith("'sha256-")), scripts);
  const styles = [...html.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => hash(m[1]));
  assert.equal(styles.length, 1, 'web/app.css inline');
  assert.ok(directive('style-src').includes(styles[0]), 'the stylesheet is allowed by its hash');
  assert.ok(directive('style-src').every((s) => s.startsWith("'sha256-")), 'only stylesheets allowed by hash');
  // index.js and the wasm are asked for with their version (the start of their SHA-256), so that a
  // copy of another version in the browser's cache is never combined with this page.
  const version = (file) => crypto.createHash('sha256').update(fs.readFileSync(path.join(distDir, file))).digest('hex').slice(0, 16);
  assert.ok(html.includes(`src="index.js?v=${version('index.js')}"`), 'index.js with its version');
  assert.ok(html.includes(`<meta name="vth-wasm-address" content="index.wasm?v=${version('index.wasm')}">`), 'the wasm with its version');
  assert.ok(html.includes(`<meta name="vth-app-address" content="vth-planner.html?v=${version('vth-planner.html')}">`),
    'the one-file version ("Opslaan als app") with its version');
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    // A script put into the page (as an injection would) does not run: the hashes allow only the loader.
    const ran = await page.evaluate(() => {
      window.injectedRan = false;
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true;'; // an allowed inline script runs when added
      document.body.appendChild(script);
      return window.injectedRan;
    });
    assert.equal(ran, false, 'an inline script not in the policy ran');
    let reached = false;
    await page.route('http://192.0.2.1/**', (route) => { reached = true; route.abort(); });
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('http://192.0.2.1/verboden');
        return 'opgehaald';
      } catch (e) {
        return 'geblokkeerd';
      }
    });
    assert.equal(outcome, 'geblokkeerd');
    assert.equal(reached, false, 'the request left the page despite the CSP');
  } finally {
    await context.close();
  }
});
