// Nothing misread (issue "Nothing lost, nothing misread", points 2–8), as users
// act: relative entries typed into fields with their preview, a percentage in
// an FTE field refused, a tariff scenario that adds no findings, changes shown
// by their labels, the comparison with its totals, a refused entry that leaves
// a long table whole, and texts that keep every value's unit. Mouse and
// keyboard only; the hook reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useAppServer, openApp, pixelStats, saveScreenshot } from './browser.mjs';
import { act, appState, click, press, results, track, typeInto, where } from './user.mjs';

const env = useAppServer();
const toezicht = (r) => r.odt.onderdelen.find((p) => p.id === 'toezicht').uren;
const mirrorText = (page) => page.evaluate(() => document.getElementById('vth-mirror').textContent);

async function start(options) {
  const app = await openApp(env.browser, env.server.origin, options);
  await track(app.page);
  return app;
}

// How much redder than green a field's background is (mean over its inside, 0–255).
async function redness(page, pointer) {
  const [r] = await where(page, pointer);
  await act(page, () => page.mouse.move(1, 1)); // no tooltip of the field over it
  const png = await page.screenshot({ clip: { x: r.x + 2, y: r.y + 2, width: r.w - 4, height: r.h - 4 } });
  const { rgb } = await pixelStats(env.browser, png);
  return rgb[0] - rgb[1];
}

// Types into a field without Enter: what the field would get is shown before it is committed.
async function typeWithoutEnter(page, pointer, text) {
  await click(page, pointer);
  await act(page, () => page.keyboard.press('Control+A'));
  await act(page, () => page.keyboard.type(text, { delay: 10 }));
}

test('+10%, x1,1 and +25 are understood, previewed before Enter; 50% in an FTE field is refused with the reason', async () => {
  const { context, page } = await start();
  try {
    await click(page, 'ODT-programma');
    await click(page, 'Toezicht');
    // A3.02.05 Periodieke controle standaard: 394 × 11 uur.
    await typeWithoutEnter(page, '/odt/toezicht/4/aantal', '+10%');
    assert.match((await appState(page)).voorbeeld, /394.*433,4/);
    await saveScreenshot(page, 'entry-preview-plus-10-percent.png');
    assert.equal(toezicht(await results(page)), 8972, 'nothing changes before Enter');
    await press(page, 'Enter');
    assert.equal(toezicht(await results(page)), 8972 + 39.4 * 11);
    await typeInto(page, '/odt/toezicht/4/kental', 'x1,1'); // 11 × 1,1 = 12,1
    assert.equal(toezicht(await results(page)), 8972 - 394 * 11 + 433.4 * 12.1);
    await typeInto(page, '/odt/toezicht/4/aantal', '+25'); // 433,4 + 25
    assert.equal(toezicht(await results(page)), 8972 - 394 * 11 + 458.4 * 12.1);

    const before = await results(page);
    await click(page, 'Capaciteit');
    await typeInto(page, '/afdelingen/0/beschikbare_fte', '50%');
    const s = await appState(page);
    assert.match(s.geweigerd, /een percentage past niet in dit veld \(fte\)/);
    assert.deepEqual(await results(page), before, 'a refused entry changes nothing');
    await saveScreenshot(page, 'entry-refused-percent-in-fte.png');
    // The refused field is red until the user types in it again; then the preview below judges.
    const fte = '/afdelingen/0/beschikbare_fte';
    assert.ok(await redness(page, fte) > 40, 'the refused field is shown red');
    await typeWithoutEnter(page, fte, '80');
    assert.ok(await redness(page, fte) < 10, 'not red while a new entry is typed');
    await saveScreenshot(page, 'entry-retyped-after-refusal.png');
  } finally {
    await context.close();
  }
});

test('a tariff scenario keeps the findings of the source: overview, presentation and report say 13', async () => {
  const { context, page } = await start();
  try {
    const adopted = (await results(page)).bevindingen.length;
    assert.equal(adopted, 13);
    await click(page, 'Regionale verdeling');
    await typeInto(page, '/instellingen/odt_uurtarief', '120');
    const r = await results(page);
    assert.equal(r.odt_uurtarief, 120);
    assert.equal(r.bevindingen.length, adopted, 'a changed value is a change, not a finding');
    await click(page, 'Overzicht');
    await saveScreenshot(page, 'entry-tariff-scenario-overview.png');
    // The mirror holds the Overzicht's key figures: adopted, scenario and difference.
    const mirror = await mirrorText(page);
    assert.match(mirror, /Bevindingen13130\n/, mirror.slice(0, 1200)); // vastgesteld 13, scenario 13, verschil 0
    await press(page, 'F5');
    await saveScreenshot(page, 'entry-tariff-scenario-presentation.png');
    assert.match(await mirrorText(page), /Bevindingen13130\n/);
    await press(page, 'Escape');
    const report = await page.evaluate(() => window.vth.report());
    const findings = report.slice(report.indexOf('id="bevindingen"'), report.indexOf('id="aannames"'));
    assert.equal((findings.match(/<tr>/g) || []).length - 1, adopted, 'the report lists the 13 of the source');
  } finally {
    await context.close();
  }
});

test('changes are shown by their labels with adopted value, new value and difference; the comparison has the ODT totals', async () => {
  const { context, page } = await start({ viewport: { width: 1280, height: 800 } });
  try {
    await click(page, 'ODT-programma');
    await click(page, 'Toezicht');
    await typeInto(page, '/odt/toezicht/4/aantal', '433');
    await click(page, "Scenario's");
    const csv = await page.evaluate(() => window.vth.exportCsv('scenarios'));
    assert.ok(csv.includes('A3.02.05 Periodieke controle standaard – aantal;394;433;39'), csv);
    assert.ok(!csv.includes('/odt/'), 'no JSON pointers');
    const report = await page.evaluate(() => window.vth.report());
    assert.ok(report.includes('A3.02.05 Periodieke controle standaard – aantal'));
    assert.ok(!/\/odt\/toezicht\/4/.test(report), 'no JSON pointers in the report');
    // Compare with the adopted programme: tick the scenario.
    await click(page, '##vergelijk');
    const mirror = await mirrorText(page);
    assert.match(mirror, /Totaal ODT/);
    await saveScreenshot(page, 'entry-compare.png');
    // The comparison (at the bottom of the view) scrolls under its headers.
    await act(page, () => page.mouse.move(700, 700));
    await act(page, () => page.mouse.wheel(0, 400));
    await saveScreenshot(page, 'entry-compare-scrolled.png');
  } finally {
    await context.close();
  }
});

test('a refused entry in a long table leaves every row in place, also after scrolling; two pasted cells are refused', async () => {
  const { context, page } = await start();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    // A returning user: the first-visit line is gone, and seven work lines fit at 720 px.
    await click(page, 'Niet meer tonen');
    await click(page, 'Capaciteit');
    const rowsBefore = [];
    for (let i = 1; i <= 6; ++i) rowsBefore.push((await where(page, `/werk/${i}/aantal`))[0]);
    await typeInto(page, '/werk/0/aantal', 'abc');
    assert.match((await appState(page)).geweigerd, /geen getal/);
    // The field shows its value again; the note under it names what was typed.
    assert.match((await appState(page)).geweigerdNotitie, /^Geweigerd \('abc'\): .*geen getal/);
    for (let i = 1; i <= 6; ++i) {
      const now = (await where(page, `/werk/${i}/aantal`))[0];
      assert.deepEqual(now, rowsBefore[i - 1], `rij ${i} bleef staan`);
    }
    await saveScreenshot(page, 'entry-refused-long-table.png');
    // Two cells copied from Excel, pasted into one field: refused, the table whole.
    await page.evaluate(() => navigator.clipboard.writeText('12\t13\r\n14\t15\r\n'));
    await click(page, '/werk/2/aantal');
    await act(page, () => page.keyboard.press('Control+A'));
    await act(page, () => page.keyboard.press('Control+V'));
    await press(page, 'Enter');
    // The spaces of "12 13 14 15" are named (not the earlier refusal of "abc" still shown).
    assert.match((await appState(page)).geweigerd, /spatie mag alleen duizendtallen scheiden/);
    // Scrolling on: later rows are drawn where they belong.
    const first = rowsBefore[0];
    await act(page, () => page.mouse.move(first.x, first.y));
    for (let i = 0; i < 5; ++i) await act(page, () => page.mouse.wheel(0, 300));
    const later = await page.evaluate(() => {
      const out = [];
      for (let i = 0; i < 78; ++i) if (window.vth.where(`/werk/${i}/aantal`).length) out.push(i);
      return out;
    });
    assert.ok(later.length >= 5, `rows on screen after scrolling: ${later}`);
    for (let k = 1; k < later.length; ++k) assert.equal(later[k], later[k - 1] + 1, `no gap: ${later}`);
    await saveScreenshot(page, 'entry-refused-long-table-scrolled.png');
  } finally {
    await context.close();
  }
});

test('texts derived from a scenario value keep its unit: € 115,00 and 433, not 11.500 and 433.000', async () => {
  const { context, page } = await start();
  try {
    await click(page, 'Regionale verdeling');
    await typeInto(page, '/instellingen/odt_uurtarief', '115');
    await click(page, 'ODT-programma');
    await click(page, 'Toezicht');
    await typeInto(page, '/odt/toezicht/4/aantal', '433');
    await click(page, "Scenario's");
    const mirror = await mirrorText(page);
    assert.ok(mirror.includes('€ 115,00') && mirror.includes('433'), mirror.slice(0, 800));
    assert.ok(!mirror.includes('11.500') && !mirror.includes('433.000'), mirror.slice(0, 800));
    const tsv = await page.evaluate(() => window.vth.copyTable());
    assert.ok(tsv.includes('ODT-uurtarief\t110,99\t115,00\t4,01'), tsv);
    assert.ok(!tsv.includes('11500') && !tsv.includes('433000'), tsv);
  } finally {
    await context.close();
  }
});
