// Small things users hit (issue "Works like a web page"): Nieuw scenario asks for a
// name; the ODT tariff is edited where it is used; a status message goes once it no
// longer applies; the Overzicht says which headline figures rest on assumptions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useAppServer, openApp, saveScreenshot } from './browser.mjs';
import { act, appState, click, press, results, track, typeInto, where } from './user.mjs';

const env = useAppServer();

test('Nieuw scenario asks for its name; an empty name is refused, Esc cancels', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await track(page);
    await click(page, "Scenario's");
    await click(page, 'Nieuw scenario');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'vth-text-input', 'the name field has the cursor');
    await act(page, () => page.keyboard.press('Control+A'));
    await act(page, () => page.keyboard.type('Meer toezicht 2026', { delay: 5 }));
    await press(page, 'Enter');
    let s = await appState(page);
    assert.deepEqual(s.scenarios, ['Meer toezicht 2026']);
    assert.equal(s.huidig, 0);
    // An empty name: refused, the dialog stays; Esc leaves it without a scenario.
    await click(page, 'Nieuw scenario');
    await act(page, () => page.keyboard.press('Control+A'));
    await act(page, () => page.keyboard.press('Backspace'));
    await press(page, 'Enter');
    assert.equal((await page.evaluate(() => window.vth.where('Maken'))).length, 1, 'the dialog stays open');
    await saveScreenshot(page, 'new-scenario-refused.png');
    await press(page, 'Escape');
    await press(page, 'Escape');
    assert.equal((await page.evaluate(() => window.vth.where('Maken'))).length, 0);
    assert.deepEqual((await appState(page)).scenarios, ['Meer toezicht 2026']);
  } finally {
    await context.close();
  }
});

test('the tariff is edited in the ODT view and the Overzicht; the Overzicht marks assumed figures; a status goes when it no longer applies', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await track(page);
    const detail = async (title) => (await appState(page)).kerncijfers.find((f) => f.titel === title).detail;
    assert.equal(await detail('ODT-kosten'), 'bij € 110,99 per uur (aanname)');
    assert.equal(await detail('Capaciteit'), '78,40 fte beschikbaar (aanname)');
    await click(page, 'ODT-programma');
    await typeInto(page, '/instellingen/odt_uurtarief', '120');
    assert.equal((await results(page)).odt_uurtarief, 120);
    await click(page, 'Overzicht');
    await typeInto(page, '/instellingen/odt_uurtarief', '€ 115,50');
    const r = await results(page);
    assert.equal(r.odt_uurtarief, 115.5);
    assert.equal((await appState(page)).ongedaan, 2);
    assert.equal(await detail('ODT-kosten'), 'bij € 115,50 per uur'); // typed by the user: no longer an assumption
    await saveScreenshot(page, 'overview-tariff.png');

    // "Gekopieerd: …" says what Ctrl+C did; on another view it no longer applies.
    const [field] = await where(page, '/instellingen/odt_uurtarief');
    await act(page, () => page.mouse.move(field.x + 10, field.y + field.h / 2));
    await press(page, 'Control+C');
    assert.equal((await appState(page)).status, 'Gekopieerd: € 115,50'); // as the field shows it
    await click(page, 'Capaciteit');
    assert.equal((await appState(page)).status, '');
  } finally {
    await context.close();
  }
});

test('first minute: a first-visit hint that is remembered once dismissed; Help by F1, the hint and a refused file', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await track(page);
    assert.equal((await where(page, 'Niet meer tonen')).length, 1, 'the hint is shown on a first visit');
    await saveScreenshot(page, 'first-visit-hint.png');
    // Help is a view: it stays beside the work, the navigation goes back.
    await click(page, 'Help (F1)');
    assert.equal((await appState(page)).scherm, 'hulp', 'Help is open');
    await saveScreenshot(page, 'help.png');
    await click(page, 'Overzicht');
    assert.equal((await appState(page)).scherm, 'overzicht');
    await click(page, 'Niet meer tonen');
    assert.equal((await page.evaluate(() => window.vth.where('Niet meer tonen'))).length, 0);
    // Remembered over a reload (this browser's storage).
    await page.reload();
    await page.waitForFunction(() => window.vth && window.vth.ready === true);
    await track(page);
    assert.equal((await page.evaluate(() => window.vth.where('Niet meer tonen'))).length, 0);
    await press(page, 'F1');
    assert.equal((await appState(page)).scherm, 'hulp', 'F1 opens Help');
    await click(page, 'Overzicht');
    // A refused file points at what a programme file must hold.
    await page.evaluate(() => window.vth.open('{"schema": "iets anders"}', 'fout.json'));
    await click(page, 'Over het bestandsformaat');
    assert.equal((await appState(page)).scherm, 'hulp', 'Help is open from the refusal');
    assert.equal((await page.evaluate(() => window.vth.where('Sluiten'))).length, 0, 'the refusal is closed');
  } finally {
    await context.close();
  }
});
