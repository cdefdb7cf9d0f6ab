// Habits of every web page (issue "Works like a web page"): Ctrl+F searches the
// programme and goes to the row, Ctrl+P prints the report, and keys typed into
// another element of the page stay with that element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useAppServer, openApp, saveScreenshot } from './browser.mjs';
import { act, appState, click, pastDoubleClickTime, press, results, track, where } from './user.mjs';

const env = useAppServer();

test('Ctrl+F searches everything the programme holds; Enter and a click go to the row and highlight it', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin, { viewport: { width: 1366, height: 768 } });
  try {
    await track(page);
    await press(page, 'Control+F');
    let s = await appState(page);
    assert.ok(s.zoeken, 'Ctrl+F opent Zoeken');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'vth-text-input', 'de cursor staat in het zoekveld');
    // Without accents and in lower case, two words: the line "Coördinatie/ODT/kwaliteit/beleid afdeling".
    await act(page, () => page.keyboard.type('coordinatie odt', { delay: 5 }));
    s = await appState(page);
    assert.equal(s.zoeken.vraag, 'coordinatie odt');
    assert.ok(s.zoeken.totaal >= 1);
    assert.equal(s.zoeken.treffers[0].waar, 'Werk van de gemeente');
    assert.match(s.zoeken.treffers[0].tekst, /^omschrijving: Coördinatie\/ODT\/kwaliteit/);
    await press(page, 'Enter');
    s = await appState(page);
    assert.equal(s.scherm, 'capaciteit');
    assert.equal(s.sprong.tabel, 'Werk van de gemeente');
    assert.match(s.sprong.regel, /^Coördinatie\/ODT\/kwaliteit/);
    assert.equal(s.zoeken.gekozen, 0);
    await saveScreenshot(page, 'find-coordinatie.png');

    // Another query; the second hit chosen with the mouse goes to its ODT table.
    await act(page, () => page.keyboard.press('Control+A'));
    await act(page, () => page.keyboard.type('A3.02.05', { delay: 5 }));
    s = await appState(page);
    assert.ok(s.zoeken.totaal >= 2, 'A3.02.05 staat in twee ODT-tabellen');
    await click(page, '##hit1');
    s = await appState(page);
    assert.equal(s.scherm, 'odt');
    assert.equal(s.zoeken.gekozen, 1);
    assert.equal(s.sprong.regel, s.zoeken.treffers[1].titel);
    assert.equal(s.sprong.tabel, s.zoeken.treffers[1].waar);
    await saveScreenshot(page, 'find-odt-hit.png');

    // Esc closes; Ctrl+F opens it again with the query kept (as a browser's find bar).
    await press(page, 'Escape');
    assert.equal((await appState(page)).zoeken, undefined);
    await press(page, 'Control+F');
    assert.equal((await appState(page)).zoeken.vraag, 'A3.02.05');
    // Nothing found is said, not an empty list.
    await act(page, () => page.keyboard.press('Control+A'));
    await act(page, () => page.keyboard.type('geen-zulk-woord', { delay: 5 }));
    s = await appState(page);
    assert.equal(s.zoeken.totaal, 0);
    assert.equal(s.zoeken.samenvatting, 'Niets gevonden.');
  } finally {
    await context.close();
  }
});

test('Ctrl+P opens the report of the current scenario with the print dialog on it', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await page.evaluate(() => window.vth.set('/odt/toezicht/3/kental', '12'));
    const popup = context.waitForEvent('page');
    await act(page, () => page.keyboard.press('Control+P'));
    const report = await popup;
    await report.waitForLoadState();
    const title = await report.title();
    assert.match(title, /^Rapport .*Enschede – Scenario 1$/);
    await page.waitForFunction(() => window.vth.lastPrint !== null, null, { timeout: 10000 });
    assert.equal((await page.evaluate(() => window.vth.lastPrint)).title, title);
    assert.match((await appState(page)).status, /om af te drukken/);
    // The report is the current scenario's: the changed kental is in its list of changes.
    assert.match(await report.content(), /12/);
  } finally {
    await context.close();
  }
});

test('keys typed into another element of the page stay there: the canvas takes none of them', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await page.evaluate(() => window.vth.set('/odt/toezicht/3/kental', '12'));
    assert.equal((await appState(page)).ongedaan, 1);
    // Setup: a field of another part of the page (as an extension or the mirror could have), above the canvas.
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'extern';
      field.style.cssText = 'position:fixed;left:400px;top:300px;width:200px;z-index:10';
      document.body.appendChild(field);
    });
    await page.mouse.click(450, 310);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'extern');
    await page.keyboard.type('abcd', { delay: 5 });
    await page.keyboard.press('Backspace');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('X');
    // Backspace and the arrow did what they do in a field (SDL prevents their default on the canvas).
    assert.equal(await page.evaluate(() => document.getElementById('extern').value), 'abXc');
    await page.keyboard.press('Control+Z'); // the field's own undo, not the planner's
    await page.keyboard.press('Control+F');
    await page.waitForTimeout(300);
    const s = await appState(page);
    assert.equal(s.ongedaan, 1, 'the planner undid nothing');
    assert.equal(s.zoeken, undefined, 'Ctrl+F in the field is not the planner\'s');
    // Back on the canvas the keys are the planner's again.
    await act(page, () => page.mouse.click(700, 600));
    assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');
    await press(page, 'Control+Z');
    assert.equal((await appState(page)).ongedaan, 0);
  } finally {
    await context.close();
  }
});

test('any value or text shown is copied as shown: Ctrl+C on the hovered cell, and Kopieer in its right-click menu', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin, { viewport: { width: 1366, height: 768 } });
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await track(page);
    await click(page, 'ODT-programma');
    await click(page, 'Toezicht');
    const line = (await results(page)).odt.regels.toezicht[3];
    const hours = line.uren.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    // The computed hours of the line: a cell of text, right of its kental field.
    const [kental] = await where(page, '/odt/toezicht/3/kental');
    const x = kental.x + kental.w * 1.6, y = kental.y + kental.h / 2;
    await act(page, () => page.mouse.move(x, y));
    await press(page, 'Control+C');
    assert.equal(await clipboard(), hours);
    assert.equal((await appState(page)).status, `Gekopieerd: ${hours}`);

    // Right-click a value field: Kopieer gives the value as the field shows it.
    await click(page, '/odt/toezicht/3/kental', { button: 'right' });
    await click(page, 'Kopieer');
    assert.equal(await clipboard(), '22'); // A2.02.04 Periodieke controle uitgebreid: 10 × 22 uur
    // ... and a text field its text; a computed cell in the same way.
    await click(page, '/odt/toezicht/3/product', { button: 'right' });
    await saveScreenshot(page, 'copy-menu.png');
    await click(page, 'Kopieer');
    assert.equal(await clipboard(), 'Periodieke controle uitgebreid');
    await act(page, () => page.mouse.click(x, y, { button: 'right' }));
    await click(page, 'Kopieer');
    assert.equal(await clipboard(), hours);

    // Text selected with the mouse in a field: a double click takes a word, a triple click
    // all of it, a drag the part dragged over; Ctrl+C copies what is selected, and nothing
    // is changed. Each gesture comes after ImGui's double-click time (0,30 s), as a user's
    // separate gestures do: clicks closer together count on, and the click that opens the
    // field with the double click after it would count as three (select all). act() alone
    // did not ensure the gap: in a CI run it returned sooner and the double click took all.
    const [product] = await where(page, '/odt/toezicht/3/product');
    const py = product.y + product.h / 2;
    await act(page, () => page.mouse.click(product.x + 12, py)); // the field opens for typing
    await pastDoubleClickTime(page);
    await act(page, () => page.mouse.dblclick(product.x + 12, py));
    await press(page, 'Control+C');
    assert.equal(await clipboard(), 'Periodieke');
    await pastDoubleClickTime(page);
    await act(page, () => page.mouse.click(product.x + 12, py, { clickCount: 3 }));
    await press(page, 'Control+C');
    assert.equal(await clipboard(), 'Periodieke controle uitgebreid');
    await pastDoubleClickTime(page);
    await act(page, () => page.mouse.move(product.x + 3, py));
    await act(page, () => page.mouse.down());
    await act(page, () => page.mouse.move(product.x + 90, py, { steps: 8 }));
    await act(page, () => page.mouse.up());
    await press(page, 'Control+C');
    const part = await clipboard();
    assert.ok(part.length > 0 && part.length < 'Periodieke controle uitgebreid'.length &&
      'Periodieke controle uitgebreid'.startsWith(part), `dragged over: '${part}'`);
    await press(page, 'Escape');
    assert.equal((await appState(page)).ongedaan, 0);

  } finally {
    await context.close();
  }
});
