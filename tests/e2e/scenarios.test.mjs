// Scenarios and sharing without a server: a link made in one browser context
// opens in another with identical results; damaged, oversized and foreign
// links are refused with the app intact; scenario files; deep links; autosave
// restores work after a reload and survives garbage or disabled storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useAppServer, openApp, saveScreenshot, distDir, repoRoot, artifactDir } from './browser.mjs';

const env = useAppServer();

const results = (page) => page.evaluate(() => window.vth.results());

// Every aantal and kental of the Enschede ODT tables: 174 editable values.
const ODT_FIELDS = [['vergunningen', 31], ['toezicht', 22], ['handhaving', 13], ['advies', 21]].flatMap(
  ([table, rows]) => Array.from({ length: rows }, (_, i) => [`/odt/${table}/${i}/aantal`, `/odt/${table}/${i}/kental`]).flat());

async function edits(page, n) {
  for (let i = 0; i < n; ++i)
    assert.deepEqual(await page.evaluate(([p, v]) => window.vth.set(p, v), [ODT_FIELDS[i], String(100 + i)]), []);
}

test('a shared link opens in another browser with identical results and view', async () => {
  const a = await openApp(env.browser, env.server.origin);
  const lengths = {};
  try {
    for (const n of [0, 5, 25, 100]) {
      await a.page.evaluate((name) => window.vth.scenario(name), `Scenario ${n}`);
      await edits(a.page, n);
      const link = await a.page.evaluate(() => window.vth.shareLink());
      lengths[n] = link.length;
    }
    console.log('share link lengths (complete URL):', JSON.stringify(lengths));
    fs.mkdirSync(artifactDir, { recursive: true });
    fs.writeFileSync(path.join(artifactDir, 'share-link-lengths.json'), JSON.stringify(lengths));
    assert.ok(lengths[25] <= 2000, `25 changes: ${lengths[25]} characters`);

    await a.page.evaluate(() => window.vth.scenario('Scenario 25'));
    await a.page.evaluate(() => window.vth.view('regionaal'));
    const link = await a.page.evaluate(() => window.vth.shareLink());
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#s=[A-Za-z0-9_-]+&view=regionaal$/);
    const expected = await results(a.page);

    const b = await openApp(env.browser, env.server.origin, { hash: link.slice(link.indexOf('#')) });
    try {
      assert.equal(await results(b.page), expected);
      assert.equal(await b.page.evaluate(() => window.vth.view()), 'regionaal');
      assert.deepEqual(b.log.pageErrors, []);
    } finally {
      await b.context.close();
    }
  } finally {
    await a.context.close();
  }
});

test('damaged, oversized and foreign links are refused and the app opens normally', async () => {
  const a = await openApp(env.browser, env.server.origin);
  await edits(a.page, 3);
  const link = await a.page.evaluate(() => window.vth.shareLink());
  await a.context.close();
  const payload = link.slice(link.indexOf('#s=') + 3, link.indexOf('&'));
  const damaged = payload.slice(0, 20) + (payload[20] === 'A' ? 'B' : 'A') + payload.slice(21);
  const cases = [
    ['#s=' + damaged, /controlesom|beschadigd/],
    ['#s=' + payload.slice(0, payload.length - 6), /beschadigd/],
    ['#s=' + 'A'.repeat(20000), /te lang/],
    ['#s=' + payload + '%%', /tekens/],
  ];
  const fresh = await openApp(env.browser, env.server.origin);
  const defaults = await results(fresh.page);
  await fresh.context.close();
  for (const [hash, message] of cases) {
    const { context, page, log } = await openApp(env.browser, env.server.origin, { hash });
    try {
      const refusal = await page.evaluate(() => window.vth.lastRefusal());
      assert.equal(refusal.count, 1, hash.slice(0, 40));
      assert.match(refusal.issues[0].message, message);
      assert.equal(await results(page), defaults, 'a refused link changed the programme');
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  }
  // A link for the built-in programme, opened while another programme is open: asked first, nothing changes.
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await page.setInputFiles('#vth-file-input', path.join(repoRoot, 'tests/data/minimal.json'));
    await page.waitForFunction(() => JSON.parse(window.vth.results()).gemeente === 'Testgemeente');
    const before = await results(page);
    await page.evaluate((h) => { location.hash = h; }, '#s=' + payload);
    await page.waitForFunction(() => window.vth.state().vraag !== '');
    assert.equal(await page.evaluate(() => window.vth.state().vraag), 'Link voor een ander programma');
    assert.equal(await results(page), before);
  } finally {
    await context.close();
  }
});

test('a link for a small non-built-in programme carries the programme', async () => {
  const a = await openApp(env.browser, env.server.origin);
  await a.page.setInputFiles('#vth-file-input', path.join(repoRoot, 'tests/data/minimal.json'));
  await a.page.waitForFunction(() => JSON.parse(window.vth.results()).gemeente === 'Testgemeente');
  assert.deepEqual(await a.page.evaluate(() => window.vth.set('/werk/0/aantal', '350')), []);
  const link = await a.page.evaluate(() => window.vth.shareLink());
  const expected = await results(a.page);
  await a.context.close();
  const b = await openApp(env.browser, env.server.origin, { hash: link.slice(link.indexOf('#')) });
  try {
    assert.equal(await results(b.page), expected);
  } finally {
    await b.context.close();
  }
});

test('a scenario file opens in another browser with identical results', async () => {
  const a = await openApp(env.browser, env.server.origin);
  await edits(a.page, 7);
  const file = path.join(artifactDir, 'scenario.json');
  fs.mkdirSync(artifactDir, { recursive: true });
  fs.writeFileSync(file, await a.page.evaluate(() => window.vth.scenarioFile(false)));
  const expected = await results(a.page);
  await a.context.close();
  const b = await openApp(env.browser, env.server.origin);
  try {
    await b.page.setInputFiles('#vth-file-input', file);
    await b.page.waitForFunction((e) => window.vth.results() === e, expected);
  } finally {
    await b.context.close();
  }
});

test('a deep link opens a view', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin, { hash: '#view=regionaal' });
  try {
    assert.equal(await page.evaluate(() => window.vth.view()), 'regionaal');
  } finally {
    await context.close();
  }
});

test('a reload goes on where the tab was; garbage or disabled storage never breaks start-up', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await edits(page, 4);
    await page.evaluate(() => window.vth.view('odt'));
    const expected = await results(page);
    await page.waitForTimeout(300); // the work is written after the next frame
    await page.reload();
    await page.waitForFunction(() => window.vth && window.vth.ready === true);
    assert.equal(await results(page), expected, 'the reloaded tab shows its scenario');
    assert.equal(await page.evaluate(() => window.vth.view()), 'odt');
    assert.equal(await page.evaluate(() => window.vth.state().aanbod), false, 'nothing to ask after a reload');
  } finally {
    await context.close();
  }
  const defaults = await (async () => {
    const f = await openApp(env.browser, env.server.origin);
    const r = await results(f.page);
    await f.context.close();
    return r;
  })();
  for (const setup of [
    () => localStorage.setItem('vth-planner:autosave', '{"schema":"vth-planner-autosave","scenarios":[5, {"x": 1}, "kapot"], "huidig": "x"}'),
    () => localStorage.setItem('vth-planner:autosave', '\u0000\uFFFF garbage'),
    () => localStorage.setItem('vth-planner:scenario:d3e22991676122c2:x', '{"schema":"vth-planner-bewaard-scenario","rev":1,"scenario":"{}"}'),
    () => localStorage.setItem('vth-planner:werk:d3e22991676122c2', '[1, 2'),
    () => sessionStorage.setItem('vth-planner:tabblad', '{"werk":"ffffffffffffffff","scenario":"?"}'),
    () => { Storage.prototype.getItem = () => { throw new Error('uitgezet'); }; Storage.prototype.setItem = () => { throw new Error('vol'); }; },
  ]) {
    const c = await env.browser.newContext();
    const p = await c.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    try {
      await p.addInitScript(setup);
      await p.goto(`${env.server.origin}/`);
      await p.waitForFunction(() => window.vth && window.vth.ready === true, null, { timeout: 30000 });
      assert.equal(await results(p), defaults);
      assert.deepEqual(await p.evaluate(() => window.vth.set('/odt/toezicht/4/aantal', '400')), []);
      assert.deepEqual(errors, []);
    } finally {
      await c.close();
    }
  }
});

test('up to four scenarios compare side by side with the adopted programme', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin, { viewport: { width: 1280, height: 800 } });
  try {
    for (const [name, pointer, value] of [['Meer toezicht', '/odt/toezicht/4/aantal', '450'],
      ['Hoger tarief', '/instellingen/odt_uurtarief', '€ 118,50'], ['Andere sleutel', '/regionaal/partners/0/sleutel', '13,02%'],
      ['Meer vergunningen', '/odt/vergunningen/16/aantal', '600'], ['Vijfde', '/werk/0/aantal', '5']]) {
      await page.evaluate((n) => window.vth.scenario(n), name);
      assert.deepEqual(await page.evaluate(([p, v]) => window.vth.set(p, v), [pointer, value]), []);
    }
    const shown = await page.evaluate(() => window.vth.compare(['Meer toezicht', 'Hoger tarief', 'Andere sleutel', 'Meer vergunningen', 'Vijfde']));
    assert.equal(shown, 4);
    await page.evaluate(() => window.vth.view('scenarios'));
    await page.waitForTimeout(300);
    await saveScreenshot(page, 'scenarios-compare-1280x800.png');
    // Looking at the comparison changes nothing: the current scenario's results stay as they were.
    await page.evaluate(() => window.vth.scenario('Hoger tarief'));
    const r = JSON.parse(await page.evaluate(() => window.vth.results()));
    assert.equal(r.odt_uurtarief, 118.5);
  } finally {
    await context.close();
  }
});

test('opening a link keeps stored work: the stored scenarios and the linked one, once', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await page.evaluate(() => window.vth.scenario('Bewaard'));
    await edits(page, 2);
    await page.waitForTimeout(300); // stored after the next frame
    await page.evaluate(() => window.vth.scenario('Gedeeld'));
    await edits(page, 3);
    const link = await page.evaluate(() => window.vth.shareLink());
    // Same browser (same storage), the link opened in a new tab: its scenario is the stored
    // 'Gedeeld' (same name and changes), so it is shown, not added twice.
    const tab = await context.newPage();
    await tab.goto(link);
    await tab.waitForFunction(() => window.vth && window.vth.ready === true);
    const s = await tab.evaluate(() => window.vth.state());
    assert.deepEqual(s.scenarios, ['Bewaard', 'Gedeeld']);
    assert.equal(s.scenarios[s.huidig], 'Gedeeld');
    assert.equal(s.linkoverzicht, true);
  } finally {
    await context.close();
  }
});

test("the Scenario's view copies, exports and mirrors values in their unit: € 120,50 and 12,5", async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    assert.deepEqual(await page.evaluate(() => window.vth.set('/instellingen/odt_uurtarief', '120,50')), []);
    assert.deepEqual(await page.evaluate(() => window.vth.set('/odt/toezicht/3/aantal', '12,5')), []);
    await page.evaluate(() => window.vth.view('scenarios'));
    const tsv = await page.evaluate(() => window.vth.copyTable());
    // Each change by its label, with the adopted value, the new one and the difference.
    assert.ok(tsv.includes('ODT-uurtarief\t110,99\t120,50\t9,51\r\n'), tsv);
    assert.ok(tsv.includes('A2.02.04 Periodieke controle uitgebreid – aantal\t10\t12,5\t2,5\r\n'), tsv);
    const csv = await page.evaluate(() => window.vth.exportCsv('scenarios'));
    assert.ok(csv.includes('ODT-uurtarief;110,99;120,50;9,51\r\n'), csv);
    for (const text of [tsv, csv]) assert.ok(!text.includes('12050') && !text.includes('12500'), text);
    await page.waitForFunction(() => document.getElementById('vth-mirror').textContent.includes('€ 120,50'));
    const mirror = await page.evaluate(() => document.getElementById('vth-mirror').textContent);
    assert.ok(mirror.includes('12,5') && !mirror.includes('12050'), mirror);
  } finally {
    await context.close();
  }
});
