// Making and restructuring a programme in the browser (issue "Making a programme
// in the browser", Structure), as a user does it: rows added with the toolbar,
// texts and numbers typed in place, a work line's kind chosen from its list, a
// department that still has lines refused with the count, rows selected by
// their grip and deleted with the Delete key, each step one undo. The saved
// file says which values the user typed, with the date. Mouse and keyboard
// only; the hook reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { useAppServer, openApp, saveScreenshot, artifactDir, repoRoot } from './browser.mjs';
import { act, appState, click, press, results, track, typeInto, where } from './user.mjs';

const env = useAppServer();
// The native CLI (test.sh builds it before the browser tests).
const cli = path.join(repoRoot, 'build', 'native', 'src', 'cli', 'vth-planner');
const departments = async (page) => (await results(page)).capaciteit.afdelingen;

test('a department added, named and staffed, a work line made "uren", a department in use refused, a line deleted; saved as own input', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await track(page);
    await click(page, 'Capaciteit');
    assert.equal((await departments(page)).length, 5);

    await click(page, '+ Regel'); // the first table of the view: the departments
    assert.equal((await departments(page)).length, 6);
    await typeInto(page, '/afdelingen/5/naam', 'Toezicht Wonen');
    await typeInto(page, '/afdelingen/5/beschikbare_fte', '2,5');
    let added = (await departments(page))[5];
    assert.equal(added.naam, 'Toezicht Wonen');
    assert.equal(added.beschikbare_fte, 2.5);
    assert.equal((await appState(page)).ongedaan, 3, 'one undo step per action');

    // The new department is chosen, so the work lines below are its own (none); Esc shows all again.
    await press(page, 'Escape');
    assert.equal((await appState(page)).selectie, 0);
    // "Omgevingsplan spoor 1": 4 × 400 uur becomes 1.200 uur.
    const bestemmen = (await departments(page))[0].vraag_uren;
    await click(page, '/werk/0/soort');
    await click(page, 'uren');
    await typeInto(page, '/werk/0/uren', '1.200');
    assert.equal((await departments(page))[0].vraag_uren, bestemmen - 1600 + 1200);

    // A department with lines is not deleted: the reason says how many.
    await click(page, '≡', { index: 0 });
    assert.equal((await appState(page)).selectie, 1);
    await press(page, 'Delete');
    assert.match((await appState(page)).status, /Bestemmen wordt nog gebruikt op \d+ plaatsen/);
    assert.equal((await departments(page)).length, 6);

    // The new department has none: selected by its grip, it goes with Delete, and one undo brings it back.
    await press(page, 'Escape');
    await click(page, '≡', { index: 5 });
    await press(page, 'Delete');
    assert.equal((await departments(page)).length, 5);
    await press(page, 'Control+Z');
    added = (await departments(page))[5];
    assert.equal(added.naam, 'Toezicht Wonen');
    await saveScreenshot(page, 'structure-department-added.png');

    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+S');
    const file = await download;
    const saved = path.join(artifactDir, 'structure-saved.json');
    await file.saveAs(saved);
    const programme = JSON.parse(fs.readFileSync(saved, 'utf8'));
    const dept = programme.afdelingen[5];
    assert.equal(dept.naam, 'Toezicht Wonen');
    assert.equal(dept.bron, undefined, 'a row the user added has no source');
    assert.match(dept.eigen_invoer.naam, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(dept.eigen_invoer.beschikbare_fte, /^\d{4}-\d{2}-\d{2}$/);
    const line = programme.werk[0];
    assert.equal(line.soort, 'uren');
    assert.equal(line.uren, 1200);
    assert.ok(line.eigen_invoer.uren && line.eigen_invoer.soort, 'typed fields are own input');
    assert.equal(line.bron.sectie, '5.1 Reguliere werkzaamheden (Programma uitvoering)', 'the row keeps its source');
    assert.equal(line.aanname?.kental, undefined);
    assert.deepEqual(programme.werk[1].eigen_invoer, undefined, 'an untouched line is not own input');

    // Opened again, the typed values show as own input (their colour and the legend's date).
    const { context: c2, page: p2 } = await openApp(env.browser, env.server.origin);
    assert.deepEqual(await p2.evaluate((t) => window.vth.open(t, 'structuur.json'), fs.readFileSync(saved, 'utf8')), []);
    await track(p2);
    await click(p2, 'Capaciteit');
    await saveScreenshot(p2, 'structure-own-input-reopened.png');
    assert.equal((await departments(p2))[5].naam, 'Toezicht Wonen');
    await c2.close();
  } finally {
    await context.close();
  }
});

const toezicht = (r) => r.odt.onderdelen.find((p) => p.id === 'toezicht').uren;

test('a scenario that adds three product lines and deletes one travels by a short link and opens the same in a fresh browser', async (t) => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  let link, expected;
  try {
    await track(page);
    await click(page, 'ODT-programma');
    await click(page, 'Toezicht');
    const before = toezicht(await results(page));
    const lines = [['A9.01.01', 'Controle zonnepanelen', '12', '2,5'],
      ['A9.01.02', 'Controle laadpalen', '8', '1,5'],
      ['A9.01.03', 'Controle warmtepompen (geluid)', '20', '3']];
    for (const [i, [code, product, count, kental]] of lines.entries()) {
      await click(page, '+ Regel');
      const row = `/odt/toezicht/${22 + i}`;
      await typeInto(page, `${row}/code`, code);
      await typeInto(page, `${row}/product`, product);
      await typeInto(page, `${row}/aantal`, count);
      await typeInto(page, `${row}/kental`, kental);
    }
    const added = 12 * 2.5 + 8 * 1.5 + 20 * 3;
    assert.equal(toezicht(await results(page)), before + added);
    // The first line (1 × 45 uur) goes: scrolled back to the top, its grip, then Delete.
    await press(page, 'Escape');
    const [code] = await where(page, '/odt/toezicht/22/code');
    await act(page, () => page.mouse.move(code.x, code.y));
    await act(page, () => page.mouse.wheel(0, -3000));
    await click(page, '≡', { index: 0 });
    await press(page, 'Delete');
    assert.equal(toezicht(await results(page)), before + added - 45);
    await saveScreenshot(page, 'structure-scenario-rows-added.png');

    link = await page.evaluate(() => window.vth.shareLink());
    assert.ok(link.length < 2000, `link of ${link.length} characters`);
    t.diagnostic(`share link: ${link.length} characters`);
    expected = await results(page);
  } finally {
    await context.close();
  }
  const b = await openApp(env.browser, env.server.origin, { hash: link.slice(link.indexOf('#')) });
  try {
    await b.page.waitForFunction((e) => window.vth.results() === JSON.stringify(JSON.parse(e)), JSON.stringify(expected),
      { timeout: 15000 }).catch(() => {});
    assert.deepEqual(await results(b.page), expected);
  } finally {
    await b.context.close();
  }
});

test('Volgend jaar makes 2026 from Enschede 2025: same figures, no printed totals, kept after a reload, accepted by check', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await track(page);
    const before = await results(page);
    await click(page, 'Volgend jaar');
    const s = await appState(page);
    assert.equal(s.programma, 'Enschede 2026');
    assert.match(s.status, /Programma 2026 gemaakt uit .*2025/);
    const after = await results(page);
    assert.equal(after.jaar, 2026);
    assert.deepEqual(after.capaciteit, before.capaciteit);
    assert.deepEqual(after.odt.onderdelen, before.odt.onderdelen);
    assert.deepEqual(after.regionaal, before.regionaal);
    assert.ok(after.bevindingen.length < before.bevindingen.length, 'findings about the printed totals go');
    await click(page, 'Capaciteit');
    await saveScreenshot(page, 'structure-next-year.png');

    // The user changes what differs: that is their own input, the rest stays carried over.
    await typeInto(page, '/afdelingen/0/beschikbare_fte', '9');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+S');
    const file = await download;
    assert.equal(file.suggestedFilename(), 'vth-programma-enschede-2026.json');
    const saved = path.join(artifactDir, 'structure-next-year.json');
    await file.saveAs(saved);
    const programme = JSON.parse(fs.readFileSync(saved, 'utf8'));
    assert.equal(programme.jaar, 2026);
    assert.match(programme.bron.vorig_programma, /2025/);
    assert.equal(programme.odt.gedrukte_totalen, undefined);
    assert.equal(programme.bronopmerkingen, undefined);
    assert.match(programme.werk[0].bron.overgenomen_uit, /2025/);
    assert.equal(programme.werk[0].bron.regel, undefined);
    assert.ok(programme.afdelingen[0].eigen_invoer.beschikbare_fte);
    const check = spawnSync(cli, ['check', saved], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout + check.stderr);

    // Nothing lost: after a reload the tab is on the 2026 programme.
    await page.reload();
    await page.waitForFunction(() => window.vth && window.vth.ready === true, null, { timeout: 30000 });
    // (The programme comes from IndexedDB a moment after the first frame.)
    await page.waitForFunction(() => window.vth.state().programma === 'Enschede 2026', null, { timeout: 15000 });
    assert.equal((await appState(page)).laden, false);
  } finally {
    await context.close();
  }
});

test('eight product lines pasted from Excel: previewed with the refused cell named, taken in one step, undone in one', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    await track(page);
    await click(page, 'Donker thema');
    await click(page, 'ODT-programma');
    await click(page, 'Toezicht');
    const before = toezicht(await results(page));
    // As Excel NL copies a block: tabs, decimal commas, a thousands separator, an empty cell, CR LF.
    const lines = [['A9.02.01', 'Controle zonnepanelen', '12', '2,5'], ['A9.02.02', 'Controle laadpalen', '8', '1,5'],
      ['A9.02.03', 'Controle warmtepompen', '20', '3'], ['A9.02.04', 'Controle kleine windturbines', '2', '6'],
      ['A9.02.05', 'Controle thuisbatterijen', '1.000', '0,5'], ['A9.02.06', 'Controle gevelisolatie', '15', ''],
      ['A9.02.07', 'Controle dakkapellen', '40', '1'], ['A9.02.08', 'Controle airco-units', '30', '0,75']];
    const block = ['Code\tProduct\tAantal\tKental (uur)', ...lines.map((l) => l.join('\t')),
      'A9.02.09\tControle met tekst\tveel\t1'].join('\r\n') + '\r\n';
    await page.evaluate((t) => navigator.clipboard.writeText(t), block); // setup: what Excel put there
    await click(page, '≡', { index: 0 }); // the table the rows go to
    await press(page, 'Control+V');
    const preview = (await appState(page)).plakken;
    assert.equal(preview.nieuw, 8);
    assert.equal(preview.vervangen, 0);
    assert.equal(preview.geweigerd.length, 1);
    assert.equal(preview.geweigerd[0].regel, 10);
    assert.equal(preview.geweigerd[0].kolom, 'Aantal');
    assert.equal(toezicht(await results(page)), before, 'nothing changes before it is confirmed');
    await saveScreenshot(page, 'paste-preview-dark.png');

    await click(page, 'Overnemen');
    const added = 12 * 2.5 + 8 * 1.5 + 20 * 3 + 2 * 6 + 1000 * 0.5 + 0 + 40 * 1 + 30 * 0.75;
    assert.equal(toezicht(await results(page)), before + added);
    assert.equal((await appState(page)).plakken, undefined);
    await saveScreenshot(page, 'paste-taken-dark.png');
    await press(page, 'Control+Z');
    assert.equal(toezicht(await results(page)), before, 'one undo takes all eight back');
  } finally {
    await context.close();
  }
});
