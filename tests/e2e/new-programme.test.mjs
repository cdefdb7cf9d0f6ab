// A programme made from nothing, as a new user makes it (issue "Making a
// programme in the browser", What must be shown): Nieuw…, the short form with
// three departments and three partners (one mistake refused and put right),
// ten work lines of three kinds typed in, eight ODT product lines pasted from
// an Excel block, two regional projects; saved, accepted by `vth-planner
// check`, and `calc` gives the totals this test works out itself from the
// written rules (docs/calculation-rules.md). Mouse and keyboard only: the hook
// reads and sets up the clipboard (what Excel put there), nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { useAppServer, openApp, saveScreenshot, artifactDir, repoRoot } from './browser.mjs';
import { act, appState, click, press, results, track, typeInto, where } from './user.mjs';

const env = useAppServer();
const cli = path.join(repoRoot, 'build', 'native', 'src', 'cli', 'vth-planner');

// Types into a field of a form (an input without a pointer: `##id`).
async function fill(page, id, text) {
  await click(page, `##${id}`);
  await act(page, () => page.keyboard.press('Control+A'));
  await act(page, () => page.keyboard.type(text, { delay: 5 }));
}

// Opens a list (a choice field) and clicks one of its items: the list is drawn last.
async function choose(page, pointer, label) {
  await click(page, pointer);
  const rects = await where(page, label);
  await click(page, label, { index: rects.length - 1 });
}

// The written rules, worked out here in whole units (thousandths of an hour, cents).
const milli = (text) => { // "1.300" / "4,25" -> thousandths
  const [whole, frac = ''] = text.replace(/\./g, '').split(',');
  return Number(whole) * 1000 + Number((frac + '000').slice(0, 3));
};
const roundDiv = (a, b) => { // half away from zero, a >= 0
  const q = Math.floor(a / b), r = a - q * b;
  return 2 * r >= b ? q + 1 : q;
};
// Largest remainder: floor of each exact share, the units left over to the largest remainders (earlier first).
function largestRemainder(whole, keys /* basis points of 1.000.000 */) {
  const shares = keys.map((k) => Math.floor(whole * k / 1e6));
  const rests = keys.map((k, i) => ({ i, rest: whole * k - shares[i] * 1e6 }));
  let left = whole - shares.reduce((a, b) => a + b, 0);
  rests.sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of rests) { if (left-- <= 0) break; shares[i] += 1; }
  return shares;
}

test('a new user builds a programme from nothing: form, work lines, pasted ODT lines, regional projects; saved, checked and recalculated', async (t) => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    await track(page);

    // --- The form.
    await click(page, 'Nieuw…');
    assert.ok((await appState(page)).nieuw, 'the form is open');
    await fill(page, 'gemeente', 'Hengelo');
    await fill(page, 'jaar', '2027');
    await fill(page, 'productieve_uren', '1.300');
    await fill(page, 'uurtarief', '€ 105,50');
    const departments = [['Vergunningen', '6,5'], ['Toezicht en Handhaving', '9'], ['Juridische zaken', '2,25']];
    for (const [i, [name, fte]] of departments.entries()) {
      if (i > 0) await click(page, '+ Afdeling');
      await fill(page, `afdelingen/${i}/naam`, name);
      await fill(page, `afdelingen/${i}/beschikbare_fte`, fte);
    }
    await click(page, 'Met partners en verdeelsleutels');
    await fill(page, 'partners/0/sleutel', '45,5%');
    await fill(page, 'partners/1/naam', 'Borne');
    await fill(page, 'partners/1/sleutel', '30');
    await click(page, '+ Partner');
    await fill(page, 'partners/2/naam', 'Hof van Twente');
    await fill(page, 'partners/2/sleutel', '24%'); // a slip: the keys make 99,5%
    await saveScreenshot(page, 'new-programme-form.png');
    await click(page, 'Maken');
    let s = await appState(page);
    assert.equal(s.programma, 'Enschede 2025', 'nothing opens while the form is wrong');
    assert.deepEqual(s.nieuw.fouten.map((f) => f.veld), ['partners']);
    assert.match(s.nieuw.fouten[0].melding, /nog 0,5% te verdelen/);
    await saveScreenshot(page, 'new-programme-form-refused.png');
    await fill(page, 'partners/2/sleutel', '24,5%');
    await click(page, 'Maken');
    s = await appState(page);
    assert.equal(s.programma, 'Hengelo 2027');
    assert.equal(s.nieuw, undefined);
    assert.equal(s.scherm, 'capaciteit');
    let r = await results(page);
    assert.deepEqual(r.capaciteit.afdelingen.map((d) => [d.naam, d.beschikbare_fte]),
      departments.map(([n, f]) => [n, milli(f) / 1000]));
    assert.equal(r.odt_uurtarief, 105.5);
    await saveScreenshot(page, 'new-programme-empty.png');

    // --- Ten work lines of three kinds. [department, description, kind, values]
    const work = [
      [0, 'Omgevingsvergunning bouwen', 'aantal', { aantal: '120', kental: '6' }],
      [0, 'Sloopmeldingen', 'aantal', { aantal: '45', kental: '1,5' }],
      [0, 'Vooroverleg initiatieven', 'uren', { uren: '300' }],
      [0, 'Coördinatie vergunningverlening', 'fte', { fte: '0,5' }],
      [1, 'Toezicht bouw', 'aantal', { aantal: '80', kental: '4,25' }],
      [1, 'Handhaving openbare ruimte (BOA)', 'fte', { fte: '2' }],
      [1, 'Klachten en meldingen', 'uren', { uren: '450' }],
      [1, 'Controle horeca', 'aantal', { aantal: '60', kental: '2' }],
      [2, 'Bezwaar en beroep', 'uren', { uren: '800' }],
      [2, 'Beleid en juridische advisering', 'fte', { fte: '0,75' }],
    ];
    for (const [i, [dept, description, kind, values]] of work.entries()) {
      const adds = await where(page, '+ Regel');
      await click(page, '+ Regel', { index: adds.length - 1 }); // the work lines' table, below the departments
      const row = `/werk/${i}`;
      await typeInto(page, `${row}/omschrijving`, description);
      if (i === 0 || work[i - 1][0] !== dept) await choose(page, `${row}/afdeling`, departments[dept][0]);
      if (kind !== 'aantal') await choose(page, `${row}/soort`, kind);
      for (const [key, text] of Object.entries(values)) await typeInto(page, `${row}/${key}`, text);
    }
    await press(page, 'Escape');
    await saveScreenshot(page, 'new-programme-work.png');

    // --- Eight ODT product lines, copied from Excel NL into the empty Vergunningen table.
    const odt = [['V1.01', 'Omgevingsvergunning bouwactiviteit', '85', '7,5'],
      ['V1.02', 'Omgevingsvergunning milieu', '12', '24'], ['V1.03', 'Melding Activiteitenbesluit', '140', '1,25'],
      ['V1.04', 'Maatwerkvoorschrift', '6', '16'], ['V1.05', 'Omgevingsvergunning sloop asbest', '1.200', '0,75'],
      ['V1.06', 'Gelijkwaardigheid', '9', '6,5'], ['V1.07', 'Ontheffing geluid', '25', '2'],
      ['V1.08', 'Vooroverleg complex', '14', '12']];
    await click(page, 'ODT-programma');
    await click(page, 'Vergunningen');
    const block = ['Code\tProduct\tAantal\tKental (uur)', ...odt.map((l) => l.join('\t'))].join('\r\n') + '\r\n';
    await page.evaluate((text) => navigator.clipboard.writeText(text), block); // setup: what Excel put there
    await press(page, 'Control+V');
    const preview = (await appState(page)).plakken;
    assert.ok(preview, `the preview is open (status: ${(await appState(page)).status})`);
    assert.equal(preview.nieuw, 8);
    assert.equal(preview.geweigerd.length, 0);
    await saveScreenshot(page, 'new-programme-paste.png');
    await click(page, 'Overnemen');

    // --- Two regional projects, split over the three partners by their keys.
    await click(page, 'Regionale verdeling');
    const projects = [['OD1', 'Energietransitie bedrijven', '120'], ['OD2', 'Toezicht asbest regionaal', '85']];
    for (const [i, [code, name, hours]] of projects.entries()) {
      await click(page, '+ Regel', { index: 1 }); // the projects, below the partners
      const row = `/regionaal/projecten/${i}`;
      await typeInto(page, `${row}/code`, code);
      await typeInto(page, `${row}/naam`, name);
      await typeInto(page, `${row}/uren`, hours);
    }
    await press(page, 'Escape');
    await saveScreenshot(page, 'new-programme-regional.png');

    // --- Saved: a valid file, and calc gives what the rules give.
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+S');
    const file = await download;
    assert.equal(file.suggestedFilename(), 'vth-programma-hengelo-2027.json');
    const saved = path.join(artifactDir, 'new-programme-hengelo-2027.json');
    await file.saveAs(saved);
    const check = spawnSync(cli, ['check', saved], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout + check.stderr);
    const calc = spawnSync(cli, ['calc', saved, '--format', 'json'], { encoding: 'utf8' });
    assert.equal(calc.status, 0, calc.stderr);
    const c = JSON.parse(calc.stdout);

    const perHour = 1300 * 1000; // productive thousandths of an hour per fte
    const lineHours = work.map(([, , kind, v]) => kind === 'aantal' ? roundDiv(milli(v.aantal) * milli(v.kental), 1000)
      : kind === 'fte' ? roundDiv(milli(v.fte) * perHour, 1000) : milli(v.uren));
    const demand = [0, 1, 2].map((d) => work.reduce((sum, w, i) => sum + (w[0] === d ? lineHours[i] : 0), 0));
    assert.deepEqual(c.capaciteit.afdelingen.map((d) => Math.round(d.vraag_uren * 1000)), demand);
    assert.deepEqual(c.capaciteit.afdelingen.map((d) => Math.round(d.benodigde_fte * 1000)),
      demand.map((h) => roundDiv(h * 1000, perHour)));
    const total = demand.reduce((a, b) => a + b, 0);
    assert.equal(Math.round(c.capaciteit.totaal.vraag_uren * 1000), total);
    assert.equal(Math.round(c.capaciteit.totaal.benodigde_fte * 1000), roundDiv(total * 1000, perHour));
    assert.equal(c.capaciteit.totaal.regels, 10);

    const rate = 10550; // cents
    const permits = odt.reduce((sum, [, , n, k]) => sum + roundDiv(milli(n) * milli(k), 1000), 0);
    const part = c.odt.onderdelen.find((p) => p.id === 'vergunningen');
    assert.equal(Math.round(part.uren * 1000), permits);
    assert.equal(part.kosten_cent, roundDiv(permits * rate, 1000));

    const keys = [455000, 300000, 245000];
    const pool = projects.reduce((sum, p) => sum + Number(p[2]), 0);
    assert.equal(c.regionaal.projecten.totaal_uren, pool);
    assert.equal(c.regionaal.projecten.totaal_kosten_cent, pool * rate);
    assert.equal(c.regionaal.projecten.eigen_uren, largestRemainder(pool, keys)[0]);
    assert.equal(c.regionaal.projecten.eigen_kosten_cent, largestRemainder(pool * rate, keys)[0]);
    assert.equal(c.regionaal.diensten.totaal_uren, 0);
    const odtHours = permits + c.regionaal.projecten.eigen_uren * 1000;
    assert.equal(Math.round(c.odt.totaal_uren * 1000), odtHours);
    t.diagnostic(`demand ${total / 1000} h, ODT ${odtHours / 1000} h, regional own share ${c.regionaal.projecten.eigen_uren} h`);

    // The browser computed the same.
    r = await results(page);
    assert.deepEqual(r.capaciteit, c.capaciteit);
    assert.deepEqual(r.odt, c.odt);
    assert.deepEqual(r.regionaal, c.regionaal);

    // The file says what the user typed: everything is own input; nothing claims a source.
    const programme = JSON.parse(fs.readFileSync(saved, 'utf8'));
    assert.equal(programme.gemeente, 'Hengelo');
    assert.equal(programme.regionaal.eigen_partner, 'hengelo');
    assert.deepEqual(programme.regionaal.partners.map((p) => [p.naam, p.sleutel]),
      [['Hengelo', 45.5], ['Borne', 30], ['Hof van Twente', 24.5]]);
    assert.match(programme.afdelingen[0].eigen_invoer.beschikbare_fte, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(programme.werk[9].eigen_invoer.fte, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(programme.werk[9].omschrijving, 'Beleid en juridische advisering');
    assert.equal(programme.werk[3].omschrijving, 'Coördinatie vergunningverlening', 'typed as typed, ö and all');
    for (const p of programme.regionaal.partners) assert.match(p.eigen_invoer.sleutel, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(JSON.stringify(programme).includes('"sectie"'), false);

    // Opened again in a fresh browser: exactly what was built.
    const again = await openApp(env.browser, env.server.origin);
    try {
      assert.deepEqual(await again.page.evaluate((text) => window.vth.open(text, 'hengelo.json'),
        fs.readFileSync(saved, 'utf8')), []);
      const back = await results(again.page);
      assert.deepEqual(back.capaciteit, c.capaciteit);
      assert.deepEqual(back.odt, c.odt);
      assert.deepEqual(back.regionaal, c.regionaal);
    } finally {
      await again.context.close();
    }
  } finally {
    await context.close();
  }
});

test('the form at 1024 px in the dark theme: Esc in a field keeps the form open; cancelled, its text comes back with the next Nieuw…', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin, { viewport: { width: 1024, height: 768 } });
  try {
    await track(page);
    await click(page, 'Donker thema');
    await click(page, 'Nieuw…');
    await fill(page, 'gemeente', 'Oldenzaal');
    await press(page, 'Tab'); // on to Jaar
    await press(page, 'Escape'); // leaves the field (undoing only its own typing), not the form
    assert.ok((await appState(page)).nieuw);
    await click(page, 'Annuleren');
    assert.equal((await appState(page)).nieuw, undefined);
    assert.equal((await appState(page)).programma, 'Enschede 2025');
    await click(page, 'Nieuw…');
    await click(page, 'Maken');
    const fouten = (await appState(page)).nieuw.fouten;
    assert.ok(!fouten.some((f) => f.veld === 'gemeente'), 'the name typed before is still there');
    assert.ok(fouten.some((f) => f.veld === 'jaar'));
    assert.ok(fouten.some((f) => f.veld === 'afdelingen/0/naam'));
    await saveScreenshot(page, 'new-programme-form-dark-1024.png');
  } finally {
    await context.close();
  }
});
