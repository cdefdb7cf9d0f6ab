// The one-file version (vth-planner.html, docs/one-file.md): opened from disk
// (file://) with the network blocked, it edits, saves a scenario file, makes a
// report and opens share links, its own and the hosted site's; "Opslaan als app"
// gives a file that opens on the user's programme; the multi-file site opened
// from disk says what to do instead of blaming the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { useAppServer, openApp, saveScreenshot, distDir, repoRoot, artifactDir, pagePolicy, hashSource } from './browser.mjs';
import { act, track, click, typeInto, appState, results } from './user.mjs';

const env = useAppServer();
const oneFile = pathToFileURL(path.join(distDir, 'vth-planner.html')).href;

// A browser without network: offline, every http(s) request refused, and every request
// the page makes (of any kind) written down. A file on disk, blob: and data: addresses are local.
async function offlineContext(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, offline: true, ...options });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.route(/^https?:/, (route) => route.abort());
  const log = { requests: [], problems: [] };
  context.on('request', (r) => log.requests.push(r.url()));
  context.on('page', (p) => {
    p.on('console', (m) => { if (m.type() === 'error') log.problems.push(m.text()); });
    p.on('pageerror', (e) => log.problems.push(String(e)));
  });
  return { context, log };
}

async function openFile(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.vth && window.vth.ready === true, null, { timeout: 30000 });
  await track(page);
  return page;
}

// Only the files opened from disk, blob: and data: addresses: nothing from a network.
function assertNothingFetched(log, ...files) {
  const foreign = log.requests.filter((u) => !(files.includes(u.split('#')[0]) || u.startsWith('blob:') || u.startsWith('data:')));
  assert.deepEqual(foreign, [], 'requests outside the file');
  assert.deepEqual(log.problems, [], 'console errors (a CSP violation is one)');
}

// A button of the view Scenario's that downloads a file: clicked as a user does; the download.
async function downloadFromScenarios(page, button) {
  await click(page, "Scenario's");
  const download = page.waitForEvent('download');
  await click(page, button);
  return download;
}

async function pasteByKeyboard(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text); // setup: what the mail client copied
  await act(page, () => page.keyboard.press('Control+V'));
}

test('vth-planner.html is one file whose policy allows exactly its own inline code, by hash', () => {
  const html = fs.readFileSync(path.join(distDir, 'vth-planner.html'), 'utf8');
  const { policy, directive } = pagePolicy(html);
  assert.deepEqual(directive('default-src'), ["'none'"]);
  assert.ok(!policy.includes('unsafe-inline') && !policy.includes("'self'") && !/https?:/.test(policy), policy);
  const hash = hashSource;
  // Every executable inline script (no type, or JavaScript) and every stylesheet: allowed by its hash, and nothing else.
  const scripts = [...html.matchAll(/<script(?:\s+id="[^"]*")?>([^]*?)<\/script>/g)].map((m) => hash(m[1]));
  assert.equal(scripts.length, 2); // web/loader.js and the app (index.js)
  assert.deepEqual(directive('script-src').filter((s) => s.startsWith("'sha256-")).sort(), [...scripts].sort());
  const styles = [...html.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => hash(m[1]));
  for (const s of styles) assert.ok(directive('style-src').includes(s), 'the stylesheet is allowed by its hash');
  // No other file: no src= or href= that is not data: (the icon), nothing to fetch.
  assert.deepEqual([...html.matchAll(/\s(?:src|href)="(?!data:)([^"]*)"/g)].map((m) => m[1]), []);
});

test('vth-planner.html from disk, offline: edit, scenario file, report, share links both ways', async () => {
  const { context, log } = await offlineContext(env.browser);
  const hosted = await openApp(env.browser, env.server.origin);
  try {
    const page = await openFile(context, oneFile);
    assert.equal(await page.evaluate(() => location.protocol), 'file:');
    // An edit as a user makes it: the tariff on the Overzicht.
    await typeInto(page, '/instellingen/odt_uurtarief', '120');
    assert.equal((await results(page)).odt_uurtarief, 120);
    assert.deepEqual((await appState(page)).scenarios, ['Scenario 1']);

    // The scenario file, by its button in Scenario's.
    const file = await downloadFromScenarios(page, 'Scenario opslaan');
    assert.equal(file.suggestedFilename(), 'scenario-scenario-1.json');
    const saved = fs.readFileSync(await file.path(), 'utf8');
    assert.match(saved, /"vth-planner-scenario"/);
    assert.match(saved, /odt_uurtarief/);

    // The report, in a new tab from a blob: address.
    const popup = context.waitForEvent('page');
    await click(page, 'Rapport');
    const report = await popup;
    await report.waitForLoadState();
    assert.match(report.url(), /^blob:/);
    assert.match(await report.title(), /^Rapport .*Enschede – Scenario 1$/);
    assert.match(await report.content(), /120,00/);
    await report.close();

    // Its share link: the file's own address, and the status says how a partner opens it.
    await click(page, 'Kopieer link…');
    await click(page, 'Kopieer link');
    const link = await page.evaluate(() => window.vth.lastCopied);
    assert.ok(link.startsWith(oneFile + '#s='), link);
    assert.match((await appState(page)).status, /plakt de link daarin met Ctrl\+V/);

    // A partner with the same file follows the link (another browser: nothing stored).
    const partner = await offlineContext(env.browser);
    try {
      const p2 = await openFile(partner.context, link);
      assert.deepEqual((await appState(p2)).scenarios, ['Scenario 1']);
      assert.equal((await results(p2)).odt_uurtarief, 120);
      assertNothingFetched(partner.log, oneFile);
    } finally {
      await partner.context.close();
    }

    // A link made on the hosted site, pasted into the one-file version with Ctrl+V ...
    await hosted.page.evaluate(() => window.vth.scenario('Van de site'));
    await hosted.page.evaluate(() => window.vth.set('/instellingen/productieve_uren_per_fte', '1250'));
    const hostedLink = await hosted.page.evaluate(() => window.vth.shareLink());
    assert.ok(hostedLink.startsWith(env.server.origin), hostedLink);
    await pasteByKeyboard(page, hostedLink + '\r\n');
    let s = await appState(page);
    assert.deepEqual(s.scenarios, ['Scenario 1', 'Van de site']);
    assert.equal(s.huidig, 1);
    assert.equal((await results(page)).capaciteit.productieve_uren_per_fte, 1250);
    // ... and the one-file link pasted into the hosted site.
    await hosted.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    await track(hosted.page);
    await pasteByKeyboard(hosted.page, link);
    s = await appState(hosted.page);
    assert.deepEqual(s.scenarios, ['Van de site', 'Scenario 1']);
    assert.equal((await results(hosted.page)).odt_uurtarief, 120);

    // Work is kept on disk pages too: a reload goes on with both scenarios.
    await page.reload();
    await page.waitForFunction(() => window.vth && window.vth.ready === true, null, { timeout: 30000 });
    assert.deepEqual((await appState(page)).scenarios, ['Scenario 1', 'Van de site']);
    await saveScreenshot(page, 'one-file-offline.png');
    // A second tab of the same file has the same work, and hears an edit made in the first.
    const second = await openFile(context, oneFile);
    assert.deepEqual((await appState(second)).scenarios, ['Scenario 1', 'Van de site']);
    await track(page); // the reload started the page afresh
    await click(page, 'Overzicht');
    await typeInto(page, '/instellingen/odt_uurtarief', '125'); // in 'Van de site', where the reload went on
    await second.evaluate(() => window.vth.scenario('Van de site')); // setup: look at that scenario there
    await second.waitForFunction(() => JSON.parse(window.vth.results()).odt_uurtarief === 125, null, { timeout: 10000 });
    await second.close();

    // Ctrl+P: the report with the print dialog on it (from disk printed from a frame of the page).
    await act(page, () => page.keyboard.press('Control+P'));
    await page.waitForFunction(() => window.vth.lastPrint !== null, null, { timeout: 10000 });
    assert.match((await page.evaluate(() => window.vth.lastPrint)).title, /^Rapport .*Enschede – Van de site$/);
    // Presenting: F5 and Esc, full screen from a file as from the site.
    await page.bringToFront();
    await page.keyboard.press('F5');
    await page.waitForFunction(() => window.vth.present() && document.fullscreenElement !== null);
    await saveScreenshot(page, 'one-file-presenting.png');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !window.vth.present());
    assertNothingFetched(log, oneFile);
  } finally {
    await context.close();
    await hosted.context.close();
  }
});

test('Opslaan als app: the saved file opens offline on the own programme and its scenarios', async () => {
  const { context, log } = await offlineContext(env.browser);
  const partner = await offlineContext(env.browser);
  const contexts = [context, partner.context];
  try {
    const page = await openFile(context, oneFile);
    // The user's own programme, chosen in the browser's file picker.
    const chooser = page.waitForEvent('filechooser');
    await click(page, 'Openen…');
    await (await chooser).setFiles(path.join(repoRoot, 'tests', 'data', 'minimal.json'));
    await page.waitForFunction(() => window.vth.state().programma === 'Testgemeente 2025', null, { timeout: 10000 });
    await act(page, () => page.evaluate(() => window.vth.wake()));
    await typeInto(page, '/instellingen/odt_uurtarief', '99');
    const expected = await results(page);
    // A name that would end the page's content block if it were not escaped (setup by the hook).
    await page.evaluate(() => { window.vth.scenario('</script><b>vet</b>'); window.vth.scenario('Scenario 1'); });

    const file = await downloadFromScenarios(page, 'Opslaan als app');
    assert.equal(file.suggestedFilename(), 'vth-planner-testgemeente-2025.html');
    const appFile = path.join(artifactDir, 'vth-planner-testgemeente-2025.html');
    fs.mkdirSync(artifactDir, { recursive: true });
    await file.saveAs(appFile);
    assert.match((await appState(page)).status, /opgeslagen als vth-planner-testgemeente-2025\.html/);
    const html = fs.readFileSync(appFile, 'utf8');
    // The same scripts as the original (their hashes in the policy hold), the content block filled.
    const original = fs.readFileSync(path.join(distDir, 'vth-planner.html'), 'utf8');
    const scripts = (text) => [...text.matchAll(/<script(?: id="vth-glue")?>([^]*?)<\/script>/g)].map((m) => m[1]);
    assert.deepEqual(scripts(html), scripts(original));
    assert.ok(html.includes('<script type="application/json" id="vth-content">{'), 'the content block is filled');

    // A partner's browser that never saw Testgemeente: the file opens on it, offline.
    const appUrl = pathToFileURL(appFile).href;
    const p2 = await openFile(partner.context, appUrl);
    const s = await appState(p2);
    assert.equal(s.programma, 'Testgemeente 2025');
    assert.deepEqual(s.scenarios, ['Scenario 1', '</script><b>vet</b>']);
    assert.equal(s.huidig, 0);
    assert.deepEqual(await results(p2), expected);
    // It works as the original: an edit, and its link carries the programme for partners with the plain file.
    await typeInto(p2, '/instellingen/odt_uurtarief', '101');
    assert.equal((await results(p2)).odt_uurtarief, 101);
    const link = await p2.evaluate(() => window.vth.shareLink());
    const third = await offlineContext(env.browser); // someone with only the plain file
    contexts.push(third.context);
    const plain = await openFile(third.context, oneFile);
    await pasteByKeyboard(plain, link);
    // It asks before it replaces Enschede, then opens the programme the link carries.
    assert.equal((await appState(plain)).vraag, 'Link met een ander programma');
    await saveScreenshot(plain, 'one-file-link-question.png');
    await click(plain, 'Programma uit de link openen');
    assert.equal((await appState(plain)).programma, 'Testgemeente 2025');
    assert.equal((await results(plain)).odt_uurtarief, 101);
    await saveScreenshot(p2, 'one-file-saved-app.png');
    assertNothingFetched(log, oneFile);
    assertNothingFetched(partner.log, appUrl);
    assertNothingFetched(third.log, oneFile);
  } finally {
    for (const c of contexts) await c.close();
  }
});

test('the hosted site saves the one-file version with the programme as an app too', async () => {
  const { context, page, log } = await openApp(env.browser, env.server.origin);
  try {
    await track(page);
    await typeInto(page, '/instellingen/odt_uurtarief', '118');
    const file = await downloadFromScenarios(page, 'Opslaan als app');
    assert.equal(file.suggestedFilename(), 'vth-planner-enschede-2025.html');
    const html = fs.readFileSync(await file.path(), 'utf8');
    // (assert.ok: a failing match would print the whole page.)
    assert.ok(/id="vth-content">\{\s*"vth-planner-app": ?1/.test(html), 'the content block holds the programme');
    assert.ok(html.includes('<script id="vth-glue">'), 'the app itself is in the file');
    // Fetched by its version: not an older copy from the browser's cache.
    const version = crypto.createHash('sha256').update(fs.readFileSync(path.join(distDir, 'vth-planner.html'))).digest('hex');
    assert.deepEqual(log.requests.filter((u) => u.includes('vth-planner.html')),
      [`${env.server.origin}/vth-planner.html?v=${version.slice(0, 16)}`]);
  } finally {
    await context.close();
  }
});

test('the multi-file site opened from disk says what to do instead of blaming the browser', async () => {
  const { context } = await offlineContext(env.browser);
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(distDir, 'index.html')).href);
    await page.waitForSelector('#error:not([hidden])', { timeout: 10000 });
    const text = await page.locator('#error').innerText();
    assert.match(text, /als bestand van schijf geopend/);
    assert.match(text, /vth-planner\.html/);
    assert.doesNotMatch(text, /recente versie van Firefox/);
    assert.equal(await page.locator('#loader').isHidden(), true);
    await saveScreenshot(page, 'one-file-index-from-disk.png');
  } finally {
    await context.close();
  }
});
