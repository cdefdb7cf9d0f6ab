// End-to-end: the planner's views, an edit and its recalculated results, a
// refused file with the old programme intact, files by picker and by drop,
// copying a table to the clipboard, undo by keyboard, and a 100.000-line programme.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { useAppServer, openApp, saveScreenshot, pixelSpread, distDir, repoRoot, artifactDir } from './browser.mjs';
import { act, click, pasteHoldingCtrl, track, where } from './user.mjs';

const VIEWS = ['overzicht', 'capaciteit', 'odt', 'regionaal', 'energie', 'protocol', 'doelen', 'controles'];
const cli = path.join(repoRoot, 'build', 'native', 'src', 'cli', 'vth-planner');

const env = useAppServer();

async function settle(page) {
  // Two animation frames after the change: the app draws on the next frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(150);
}

const results = (page) => page.evaluate(() => JSON.parse(window.vth.results()));

test('every view renders, light and dark, from 1280×720 to 2560×1440', async () => {
  for (const [width, height, theme] of [[1280, 720, 'licht'], [1280, 800, 'licht'], [1280, 800, 'donker'],
    [1920, 1080, 'licht'], [1920, 1080, 'donker'], [2560, 1440, 'licht']]) {
    const { context, page, log } = await openApp(env.browser, env.server.origin, { viewport: { width, height } });
    try {
      assert.equal(await page.evaluate((t) => window.vth.theme(t), theme), true);
      for (const name of VIEWS) {
        assert.equal(await page.evaluate((n) => window.vth.view(n), name), true, name);
        await settle(page);
        assert.equal(await page.evaluate(() => window.vth.view()), name);
        const suffix = theme === 'licht' ? '' : '-donker';
        const { png } = await saveScreenshot(page, `view-${name}-${width}x${height}${suffix}.png`);
        assert.ok((await pixelSpread(env.browser, png)) > 10, `${name} looks blank`);
      }
      assert.equal(await page.evaluate(() => window.vth.view('bestaat-niet')), false);
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  }
});

test('an edit as a user types it is recalculated; refused entries change nothing', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    const before = await results(page);
    const toezicht = (r) => r.odt.onderdelen.find((p) => p.id === 'toezicht').uren;
    assert.equal(toezicht(before), 8972);
    // A3.02.05 Periodieke controle standaard: 394 × 11 uur; 400 gives 66 hours more.
    assert.deepEqual(await page.evaluate(() => window.vth.set('/odt/toezicht/4/aantal', '400')), []);
    let after = await results(page);
    assert.equal(toezicht(after), 9038);
    assert.equal(after.odt.totaal_uren, before.odt.totaal_uren + 66);

    assert.deepEqual(await page.evaluate(() => window.vth.set('/instellingen/odt_uurtarief', '€ 120,00')), []);
    after = await results(page);
    assert.equal(after.odt_uurtarief, 120);
    assert.equal(after.regionaal.projecten.totaal_kosten_cent, 6150 * 12000);

    assert.deepEqual(await page.evaluate(() => window.vth.set('/werk/0/kental', '1.234,5')), []);
    after = await results(page);
    assert.equal(after.capaciteit.afdelingen[0].vraag_uren, before.capaciteit.afdelingen[0].vraag_uren - 4 * 400 + 4 * 1234.5);

    const snapshot = await page.evaluate(() => window.vth.results());
    for (const [pointer, value, message] of [
      ['/werk/0/aantal', '-5', '4 − 5 = -1: mag niet negatief zijn'], // a leading minus is a change
      ['/regionaal/partners/0/sleutel', '100,5%', 'is te groot (hoogstens 100 %)'],
      ['/regionaal/partners/0/sleutel', '-13', '12,02 − 13 = -0,98: mag niet negatief zijn'],
      ['/afdelingen/0/beschikbare_fte', '50%', 'een percentage past niet in dit veld (fte); bedoelt u een wijziging, typ dan bijvoorbeeld +10% of -10%'],
      ['/odt/toezicht/4/kental', 'veel', 'is geen getal'],
      ['/odt/toezicht/4/kental', '1,23456', 'heeft te veel decimalen (hoogstens 3)'],
    ]) {
      const refused = await page.evaluate(([p, v]) => window.vth.set(p, v), [pointer, value]);
      assert.equal(refused.length, 1, `${pointer} = ${value}`);
      assert.equal(refused[0].pointer, pointer);
      assert.equal(refused[0].message, message);
      assert.equal(await page.evaluate(() => window.vth.results()), snapshot, 'a refused entry changed the results');
    }
    await page.evaluate(() => window.vth.view('capaciteit'));
    await page.evaluate(() => window.vth.set('/werk/0/aantal', '-5'));
    await settle(page);
    await saveScreenshot(page, 'edit-refused-at-field.png');
  } finally {
    await context.close();
  }
});

test('keys not at 100% stop the split and say so; a correction brings it back', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    assert.deepEqual(await page.evaluate(() => window.vth.set('/regionaal/partners/0/sleutel', '13')), []);
    let r = await results(page);
    assert.equal(r.regionaal.projecten.berekend, false);
    assert.equal(r.regionaal.sleutelsom, 100.98);
    assert.ok(r.bevindingen.some((f) => f.soort === 'sleutels'));
    await page.evaluate(() => window.vth.view('regionaal'));
    await settle(page);
    await saveScreenshot(page, 'regional-keys-not-100.png');
    assert.deepEqual(await page.evaluate(() => window.vth.set('/regionaal/partners/1/sleutel', '5,3043')), []);
    r = await results(page);
    assert.equal(r.regionaal.projecten.berekend, true);
    assert.equal(r.regionaal.projecten.verdeling.reduce((s, x) => s + x.uren, 0), 6150);
  } finally {
    await context.close();
  }
});

test('a refused file keeps the open programme; a valid one replaces it', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await page.evaluate(() => window.vth.set('/odt/toezicht/4/aantal', '400'));
    const before = await page.evaluate(() => window.vth.results());
    const bad = fs.readFileSync(path.join(repoRoot, 'tests/data/invalid/negative-count.json'), 'utf8');
    const messages = await page.evaluate((t) => window.vth.open(t, 'kapot.json'), bad);
    assert.ok(messages.some((m) => m.pointer === '/werk/0/aantal' && m.message === 'mag niet negatief zijn'));
    assert.equal(await page.evaluate(() => window.vth.results()), before);
    await settle(page);
    await saveScreenshot(page, 'refused-file-dialog.png');
    await page.keyboard.press('Escape');

    const notJson = await page.evaluate(() => window.vth.open('{"schema": ', 'half.json'));
    assert.match(notJson[0].message, /houdt onverwacht op/);
    assert.equal(await page.evaluate(() => window.vth.results()), before);

    const minimal = fs.readFileSync(path.join(repoRoot, 'tests/data/minimal.json'), 'utf8');
    assert.deepEqual(await page.evaluate((t) => window.vth.open(t, 'minimal.json'), minimal), []);
    assert.equal((await results(page)).gemeente, 'Testgemeente');
  } finally {
    await context.close();
  }
});

test('files open through the file picker and by dropping them on the page', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await page.setInputFiles('#vth-file-input', path.join(repoRoot, 'tests/data/minimal.json'));
    await page.waitForFunction(() => JSON.parse(window.vth.results()).gemeente === 'Testgemeente');
    const enschede = fs.readFileSync(path.join(repoRoot, 'assets/programmes/enschede-puh-2025.json'), 'utf8');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'enschede.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, enschede);
    await page.waitForFunction(() => JSON.parse(window.vth.results()).gemeente === 'Enschede');
    // A refused file through the picker leaves Enschede open.
    await page.setInputFiles('#vth-file-input', path.join(repoRoot, 'tests/data/invalid/utf16.json'));
    await page.waitForTimeout(500);
    assert.equal((await results(page)).gemeente, 'Enschede');
  } finally {
    await context.close();
  }
});

test('saving downloads the programme with the edits, which opens again', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await page.evaluate(() => window.vth.set('/odt/toezicht/4/aantal', '400'));
    const expected = await page.evaluate(() => window.vth.results());
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+S');
    const file = await download;
    assert.match(file.suggestedFilename(), /^vth-programma-enschede-2025\.json$/);
    const saved = path.join(artifactDir, 'saved-programme.json');
    await file.saveAs(saved);
    const { context: c2, page: p2 } = await openApp(env.browser, env.server.origin);
    assert.deepEqual(await p2.evaluate((t) => window.vth.open(t, 'saved.json'), fs.readFileSync(saved, 'utf8')), []);
    // The same figures. (Its findings are its own now: opened as a programme, the edited
    // line no longer matches the total the source printed, which a scenario does not report.)
    const figures = (json) => { const r = JSON.parse(json); delete r.bevindingen; return r; };
    assert.deepEqual(figures(await p2.evaluate(() => window.vth.results())), figures(expected));
    await c2.close();
  } finally {
    await context.close();
  }
});

test('a table copies to the clipboard as tab-separated text with Dutch numbers', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    await page.evaluate(() => window.vth.view('regionaal'));
    const text = await page.evaluate(() => window.vth.copyTable());
    const lines = text.trim().split('\r\n');
    assert.equal(lines[0], 'Partner\tSleutel\tProjecten (uur)\tProjecten (€)\tDiensten (uur)\tDiensten (€)');
    // The name as its field holds it (the municipality's own row says so in its tooltip).
    assert.equal(lines[1], 'Enschede\t12,0200\t739\t82047,14\t1407\t156089,68');
    assert.equal(lines.at(-1), 'Totaal\t100,0000\t6150\t682588,50\t11700\t1298583,00');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(clipboard, text);
  } finally {
    await context.close();
  }
});

test('undo and redo by keyboard', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    const before = await page.evaluate(() => window.vth.results());
    await page.evaluate(() => window.vth.set('/odt/toezicht/4/aantal', '400'));
    const edited = await page.evaluate(() => window.vth.results());
    assert.notEqual(edited, before);
    await page.mouse.click(640, 700); // focus the canvas, away from any field
    await page.keyboard.press('Control+Z');
    await page.waitForFunction((b) => window.vth.results() === b, before, { timeout: 10000 }).catch(() => {});
    assert.equal(await page.evaluate(() => window.vth.results()), before);
    await page.keyboard.press('Control+Y');
    await page.waitForFunction((e) => window.vth.results() === e, edited, { timeout: 10000 }).catch(() => {});
    assert.equal(await page.evaluate(() => window.vth.results()), edited);
  } finally {
    await context.close();
  }
});

test('a 100.000-line programme opens, scrolls, takes edits and makes its report without blocking', async () => {
  const file = path.join(artifactDir, 'synthetic-100000.json');
  fs.mkdirSync(artifactDir, { recursive: true });
  fs.writeFileSync(file, execFileSync(cli, ['synthetic', '100000', '15'], { maxBuffer: 256 * 1024 * 1024 }));
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await page.setInputFiles('#vth-file-input', file);
    await page.waitForFunction(() => JSON.parse(window.vth.results()).capaciteit.totaal.regels === 60000, null,
      { timeout: 60000 });
    await page.evaluate(() => window.vth.view('capaciteit'));
    await settle(page);
    const framesBefore = await page.evaluate(() => window.vth.frames());
    await page.mouse.move(800, 500);
    for (let i = 0; i < 20; ++i) await page.mouse.wheel(0, 2000);
    await settle(page);
    assert.ok((await page.evaluate(() => window.vth.frames())) > framesBefore, 'scrolling rendered no frames');
    await saveScreenshot(page, 'synthetic-100000-scrolled.png');
    const before = await results(page);
    const ok = await page.evaluate(() => window.vth.set('/odt/vergunningen/0/aantal', '1000'));
    assert.deepEqual(ok, []);
    const after = await results(page);
    assert.notEqual(after.odt.totaal_uren, before.odt.totaal_uren);

    // Rapport: its sensitivity analysis goes on between frames with its progress, and the
    // app keeps drawing (and taking input) until the report's tab opens.
    await track(page);
    const popup = context.waitForEvent('page', { timeout: 60000 });
    // A plain click, not act(): the app stays busy (not idle) until the report is made.
    const [rapport] = await where(page, 'Rapport');
    await page.mouse.click(rapport.x + rapport.w / 2, rapport.y + rapport.h / 2);
    await page.waitForFunction(() => /^Rapport: gevoeligheid berekenen… \d+%/.test(window.vth.state().status), null,
      { timeout: 10000, polling: 'raf' });
    const framesWhile = await page.evaluate(() => window.vth.frames());
    await page.waitForFunction((n) => window.vth.frames() > n + 3, framesWhile, { timeout: 10000, polling: 'raf' });
    await page.mouse.move(820, 520); // input meanwhile is taken
    const report = await popup;
    await report.waitForLoadState();
    assert.match(await report.title(), /^Rapport /);
    assert.match(await page.evaluate(() => window.vth.state().status), /geopend in een nieuw tabblad/);
  } finally {
    await context.close();
  }
});

// A fresh page with `text` on the clipboard and "Productieve uren per fte" clicked and all
// its text selected, ready for a Ctrl+V. `before(page)` runs first (e.g. to take an API away).
async function hoursFieldSelected(text, before = async () => {}) {
  const opened = await openApp(env.browser, env.server.origin);
  const { context, page } = opened;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await page.evaluate(() => window.vth.view('capaciteit'));
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await before(page);
  await track(page);
  await click(page, '/instellingen/productieve_uren_per_fte');
  await act(page, () => page.keyboard.press('Control+A'));
  return opened;
}

test('a number pasted into a field with Ctrl+V is taken as typed, however long Ctrl is held', async () => {
  // A user holds Ctrl while the clipboard answers (Dear ImGui drops characters typed
  // with Ctrl down: a paste was lost unless Ctrl came up first); a quick key press too.
  for (const [holdMs, text, expected] of [[250, '1.234,5\r\n', 1234.5], [0, '1.410', 1410]]) {
    // An Excel NL cell arrives with a line break after the number.
    const { context, page } = await hoursFieldSelected(text);
    try {
      await pasteHoldingCtrl(page, holdMs);
      await act(page, () => page.keyboard.press('Enter'));
      assert.equal((await results(page)).capaciteit.productieve_uren_per_fte, expected, `Ctrl ${holdMs} ms vast`);
    } finally {
      await context.close();
    }
  }
});

test('a paste in a field is one step of its own undo: Ctrl+Z takes it back whole, not a character at a time', async () => {
  const { context, page } = await hoursFieldSelected('1.400');
  try {
    await pasteHoldingCtrl(page, 250);
    // The paste replaced the selection: undone, the field has its own text back (a paste
    // typed as characters left "1.40" after two undos, which Enter took as 1,4 hours).
    await act(page, () => page.keyboard.press('Control+Z'));
    await act(page, () => page.keyboard.press('Control+Z'));
    await act(page, () => page.keyboard.press('Enter'));
    assert.equal((await results(page)).capaciteit.productieve_uren_per_fte, 1300);
    // And pasted again, it counts.
    await click(page, '/instellingen/productieve_uren_per_fte');
    await act(page, () => page.keyboard.press('Control+A'));
    await pasteHoldingCtrl(page, 0);
    await act(page, () => page.keyboard.press('Enter'));
    assert.equal((await results(page)).capaciteit.productieve_uren_per_fte, 1400);
  } finally {
    await context.close();
  }
});

test('without the asynchronous clipboard (older browsers, http) a Ctrl+V comes as the paste event: taken once', async () => {
  // As Firefox before 125 and a page on plain http: no navigator.clipboard.readText.
  const { context, page } = await hoursFieldSelected('1.234,5',
    (p) => p.evaluate(() => { delete Clipboard.prototype.readText; }));
  try {
    await pasteHoldingCtrl(page, 250);
    await act(page, () => page.keyboard.press('Enter'));
    // Twice would read "1.234,51.234,5" and be refused; not at all would leave 1300.
    assert.equal((await results(page)).capaciteit.productieve_uren_per_fte, 1234.5);
  } finally {
    await context.close();
  }
});

test('the keyboard alone moves between fields and edits them', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  // Each key is handled in a frame of its own: wait until the app has drawn frames after it
  // (a fixed delay is too short on a loaded machine).
  const step = async (action) => {
    const before = await page.evaluate(() => window.vth.frames());
    await action();
    await page.waitForFunction((n) => window.vth.frames() >= n + 3, before, { timeout: 10000 });
  };
  try {
    await step(() => page.evaluate(() => window.vth.view('capaciteit')));
    await track(page);
    const [hours] = await where(page, '/instellingen/productieve_uren_per_fte');
    await step(() => page.mouse.click(hours.x + 20, hours.y + hours.h / 2)); // into "Productieve uren per fte"
    await step(() => page.keyboard.press('Tab')); // the grip of the row "Bestemmen" (the toolbar is no tab stop)
    await step(() => page.keyboard.press('Tab')); // its name
    await step(() => page.keyboard.press('Tab')); // its field "beschikbare fte"
    for (const key of ['9', ',', '5']) await step(() => page.keyboard.press(key));
    await step(() => page.keyboard.press('Enter'));
    const r = await results(page);
    assert.equal(r.capaciteit.afdelingen[0].beschikbare_fte, 9.5);
    assert.equal(r.capaciteit.productieve_uren_per_fte, 1300);
  } finally {
    await context.close();
  }
});

test('dark theme and zoom render at high DPI', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin, {
    viewport: { width: 1280, height: 720 }, deviceScaleFactor: 2 });
  try {
    await page.evaluate(() => window.vth.view('regionaal'));
    await track(page);
    await click(page, 'Donker thema');
    assert.equal((await where(page, 'Licht thema')).length, 1, 'the dark theme is on');
    await page.mouse.click(640, 710);
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    await settle(page);
    const { png } = await saveScreenshot(page, 'dark-zoom-120-dpr2.png');
    assert.ok((await pixelSpread(env.browser, png)) > 10);
    assert.ok(await page.evaluate(() => window.vth.hasGlyph('€')));
  } finally {
    await context.close();
  }
});

test('CSV exports parse back to the same totals as results()', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    const r = await results(page);
    const parse = (csv) => {
      assert.ok(csv.startsWith('\uFEFF'), 'no UTF-8 BOM');
      return csv.slice(1).trim().split('\r\n').map((line) => line.split(';'));
    };
    const number = (s) => Number(s.replace(',', '.'));
    const regional = parse(await page.evaluate(() => window.vth.exportCsv('regionaal')));
    assert.deepEqual(regional[0], ['Partner', 'Sleutel', 'Projecten (uur)', 'Projecten (€)', 'Diensten (uur)', 'Diensten (€)']);
    const total = regional.at(-1);
    assert.equal(number(total[2]), r.regionaal.projecten.totaal_uren);
    assert.equal(Math.round(number(total[3]) * 100), r.regionaal.projecten.totaal_kosten_cent);
    const rows = regional.slice(1, -1);
    assert.equal(rows.reduce((s, x) => s + number(x[2]), 0), r.regionaal.projecten.totaal_uren);
    assert.equal(rows.reduce((s, x) => s + Math.round(number(x[5]) * 100), 0), r.regionaal.diensten.totaal_kosten_cent);
    const work = parse(await page.evaluate(() => window.vth.exportCsv('capaciteit')));
    const hours = work.slice(1).reduce((s, x) => s + Math.round(number(x.at(-1)) * 1000), 0);
    assert.equal(hours, Math.round(r.capaciteit.totaal.vraag_uren * 1000));
    assert.equal(await page.evaluate(() => window.vth.exportCsv('bestaat-niet')), '');
    assert.equal(await page.evaluate(() => window.vth.view()), 'overzicht', 'exporting switched the view');
  } finally {
    await context.close();
  }
});
