// End-to-end for presenting (issue #6): presentation pages with charts at
// projector size, keys, live controls, the screen reader mirror, and the
// printable report opened in a new tab and printed to PDF (pages as PNG).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { useAppServer, openApp, saveScreenshot, pixelSpread, artifactDir } from './browser.mjs';

const env = useAppServer();
const PAGES = ['overzicht', 'capaciteit', 'odt', 'regionale-verdeling', 'scenario-vergelijking', 'gevoeligheid'];

// Waits until the app has drawn at least two frames after now. An idle app draws
// nothing, so it is woken first, as any input would.
async function drawn(page) {
  const start = await page.evaluate(() => { window.vth.wake(); return window.vth.frames(); });
  await page.waitForFunction((s) => window.vth.frames() >= s + 2, start);
}

const mirrorText = (page) => page.evaluate(() => document.getElementById('vth-mirror').textContent);
const results = (page) => page.evaluate(() => JSON.parse(window.vth.results()));

test('presentation pages render with charts at 1920×1080 and 1280×720, light and dark', async () => {
  for (const [width, height, theme] of [[1920, 1080, 'licht'], [1920, 1080, 'donker'], [1280, 720, 'licht']]) {
    const { context, page, log } = await openApp(env.browser, env.server.origin, { viewport: { width, height } });
    try {
      await page.evaluate((t) => window.vth.theme(t), theme);
      // A scenario so that the comparison page has something to compare.
      await page.evaluate(() => window.vth.scenario('Tarief 120'));
      assert.deepEqual(await page.evaluate(() => window.vth.set('/instellingen/odt_uurtarief', '120')), []);
      assert.equal(await page.evaluate(() => window.vth.present(true)), true);
      for (let n = 0; n < PAGES.length; n++) {
        assert.equal(await page.evaluate((i) => window.vth.page(i), n), true);
        await drawn(page);
        const suffix = theme === 'licht' ? '' : '-donker';
        const { png } = await saveScreenshot(page, `present-${n}-${PAGES[n]}-${width}x${height}${suffix}.png`);
        assert.ok((await pixelSpread(env.browser, png)) > 10, `${PAGES[n]} looks blank`);
        assert.match(await mirrorText(page), new RegExp(`pagina ${n + 1} van 6`));
      }
      assert.equal(await page.evaluate(() => window.vth.page(6)), false);
      assert.equal(await page.evaluate(() => window.vth.page(-1)), false);
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  }
});

test('presentation by keyboard alone: F5, arrows, Esc; a live control changes the chart at once', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin, { viewport: { width: 1920, height: 1080 } });
  try {
    await page.focus('#canvas');
    await page.keyboard.press('F5');
    await page.waitForFunction(() => window.vth.present());
    // The browser went full screen (the key press is the user gesture the Fullscreen API needs).
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.getElementById('vth-mirror').textContent.includes('pagina 4 van 6'));
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.getElementById('vth-mirror').textContent.includes('pagina 3 van 6'));
    // Regionale verdeling needs one more step; the live tariff changes every partner's € label.
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.getElementById('vth-mirror').textContent.includes('Regionale verdeling'));
    await drawn(page);
    const before = (await saveScreenshot(page, 'present-live-before.png')).png;
    assert.deepEqual(await page.evaluate(() => window.vth.set('/instellingen/odt_uurtarief', '150')), []);
    await drawn(page);
    const after = (await saveScreenshot(page, 'present-live-after.png')).png;
    assert.notDeepEqual(before, after, 'the chart did not change with the tariff');
    // The mirror shows the new split: Enschede's share of projects and services at € 150,00.
    const r = await results(page);
    const own = r.regionaal.projecten.eigen_kosten_cent + r.regionaal.diensten.eigen_kosten_cent;
    assert.equal(r.odt_uurtarief, 150);
    const label = `€ ${Math.round(own / 100).toLocaleString('nl-NL')}`;
    await page.waitForFunction((l) => document.getElementById('vth-mirror').textContent.includes(l), label);
    // Ctrl+Z undoes a live edit while presenting, as anywhere else.
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => JSON.parse(window.vth.results()).odt_uurtarief === 110.99);
    await page.keyboard.press('Control+y');
    await page.waitForFunction(() => JSON.parse(window.vth.results()).odt_uurtarief === 150);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !window.vth.present());
    await page.waitForFunction(() => document.fullscreenElement === null);
    await drawn(page);
    assert.match(await mirrorText(page), /Overzicht/);
    // Leaving full screen by the browser's own means ends presentation mode too.
    await page.keyboard.press('F5');
    await page.waitForFunction(() => window.vth.present() && document.fullscreenElement !== null);
    await page.evaluate(() => document.exitFullscreen());
    await page.waitForFunction(() => !window.vth.present());
  } finally {
    await context.close();
  }
});

test('the screen reader mirror holds the key figures and the current table, and announces changes', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await drawn(page);
    const r = await results(page);
    const mirror = await page.evaluate(() => {
      const m = document.getElementById('vth-mirror');
      return { h1: m.querySelector('h1').textContent, h2: [...m.querySelectorAll('h2')].map((h) => h.textContent),
        captions: [...m.querySelectorAll('caption')].map((c) => c.textContent), text: m.textContent,
        rowHeaders: m.querySelectorAll('th[scope=row]').length, hidden: getComputedStyle(m).clip };
    });
    assert.match(mirror.h1, /Enschede/);
    assert.deepEqual(mirror.h2, ['Kerncijfers', 'Overzicht']);
    assert.ok(mirror.text.includes('€ 2.203.214,77'), 'ODT cost missing');
    assert.ok(mirror.text.includes('19.851'), 'ODT hours missing');
    assert.ok(mirror.text.includes('78,30') && mirror.text.includes('78,40'), 'FTE missing');
    assert.equal(r.odt.totaal_kosten_cent, 220321477);
    assert.ok(mirror.rowHeaders >= 10);
    await page.evaluate(() => window.vth.view('capaciteit'));
    await page.waitForFunction(() => document.querySelector('#vth-mirror h2:nth-of-type(1)') &&
      [...document.querySelectorAll('#vth-mirror h2')].some((h) => h.textContent === 'Capaciteit'));
    assert.match(await mirrorText(page), /Handhaven Openbare Ruimte/);
    // An edit: the figures are announced politely in the live region.
    await page.evaluate(() => window.vth.set('/instellingen/odt_uurtarief', '120'));
    await page.waitForFunction(() => document.getElementById('vth-live').textContent.includes('ODT-kosten'));
    const live = await page.evaluate(() => document.getElementById('vth-live').textContent);
    const cost = (await results(page)).odt.totaal_kosten_cent;
    const euros = Math.round(cost / 100).toLocaleString('nl-NL');
    assert.ok(live.includes(`€ ${euros}`), `${live} lacks € ${euros}`);
    const role = await page.evaluate(() => document.getElementById('vth-live').getAttribute('role'));
    assert.equal(role, 'status');
  } finally {
    await context.close();
  }
});

test('the report opens in a new tab, styled under the page CSP, and prints to PDF', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await page.evaluate(() => window.vth.scenario('Meer controles'));
    assert.deepEqual(await page.evaluate(() => window.vth.set('/odt/toezicht/4/aantal', '450')), []);
    const html = await page.evaluate(() => window.vth.report());
    assert.match(html, /^<!doctype html>\n<html lang="nl">/);
    assert.ok(html.includes('Meer controles'));
    assert.ok(html.includes('Wijzigingen in Meer controles'));
    const [tab] = await Promise.all([context.waitForEvent('page'), page.evaluate(() => window.vth.openReport())]);
    const tabErrors = [];
    tab.on('console', (msg) => { if (msg.type() === 'error') tabErrors.push(msg.text()); });
    await tab.waitForLoadState('load');
    assert.match(await tab.title(), /^Rapport .*Enschede.*Meer controles/);
    // The inline stylesheet applies (its hash is in the CSP the tab inherits).
    const border = await tab.evaluate(() => getComputedStyle(document.querySelector('h2')).borderBottomStyle);
    assert.equal(border, 'solid');
    assert.deepEqual(tabErrors, []);
    const headings = await tab.evaluate(() => [...document.querySelectorAll('h2')].map((h) => h.textContent));
    assert.deepEqual(headings, ['Samenvatting', 'Capaciteit', 'ODT-programma', 'Regionale verdeling',
      'Energie en SPUK THE', "Scenario's", 'Gevoeligheid', 'Bevindingen', 'Aannames']);
    // Every chart has a text alternative.
    const svgs = await tab.evaluate(() => [...document.querySelectorAll('svg')].map((s) =>
      s.getAttribute('role') + '|' + (s.querySelector('title')?.textContent || '')));
    assert.equal(svgs.length, 7);
    for (const s of svgs) assert.match(s, /^img\|.+/);

    fs.mkdirSync(artifactDir, { recursive: true });
    const pdf = path.join(artifactDir, 'report.pdf');
    await tab.pdf({ path: pdf, format: 'A4', printBackground: true });
    for (const f of fs.readdirSync(artifactDir)) if (f.startsWith('report-page')) fs.rmSync(path.join(artifactDir, f));
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(artifactDir, 'report-page')]);
    const pages = fs.readdirSync(artifactDir).filter((f) => f.startsWith('report-page') && f.endsWith('.png'));
    assert.ok(pages.length >= 5, `only ${pages.length} PDF pages`);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    const r = await results(page);
    const cost = (r.odt.totaal_kosten_cent / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2 });
    assert.ok(text.includes(`€ ${cost}`), `PDF lacks the scenario's ODT cost € ${cost}`);
    assert.ok(text.includes('Meer controles') && text.includes('Aannames'));
  } finally {
    await context.close();
  }
});
