// Text as users type it (issue "Works like a web page", dead keys and IME): a
// canvas is not editable, so text composed by dead keys, an IME or an on-screen
// keyboard arrives through the page's input element while a field is typed in
// (src/platform/web/vth_hooks.js). Every character arrives once, as composed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useAppServer, openApp, saveScreenshot } from './browser.mjs';
import { act, appState, click, press, results, track } from './user.mjs';

const env = useAppServer();
const name = async (page) => (await results(page)).capaciteit.afdelingen[0].naam;

test('text composed by dead keys, an IME or insertText arrives whole, plain keys once; Enter stays a key and renames a scenario', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await track(page);
    await click(page, 'Capaciteit');
    await click(page, '/afdelingen/0/naam');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'vth-text-input');
    await act(page, () => page.keyboard.press('Control+A'));
    // Plain keys (keydown, keypress, input) and characters without a key on this layout (insertText).
    await act(page, () => page.keyboard.type('Reëel scenario', { delay: 5 }));
    await act(page, () => page.keyboard.insertText(' – €'));
    // An IME or a dead key: a composition that shows "´" first and then commits "é".
    const cdp = await context.newCDPSession(page);
    // (An open composition changes nothing in the app, so no frame follows it: not an act().)
    await cdp.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 });
    await act(page, () => cdp.send('Input.insertText', { text: 'é' }));
    await press(page, 'Enter');
    assert.equal(await name(page), 'Reëel scenario – €é');
    await saveScreenshot(page, 'text-input-composed.png');

    // Out of the field the canvas has the keys again (shortcuts, Tab from field to field).
    assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');
    await press(page, 'Control+Z');
    assert.equal(await name(page), 'Bestemmen');

    // The scenario the edit started is renamed by typing its name and Enter (no button needed).
    await click(page, "Scenario's");
    await click(page, '##naam');
    await act(page, () => page.keyboard.type('Reëel scenario – €', { delay: 5 }));
    await press(page, 'Enter');
    assert.deepEqual((await appState(page)).scenarios, ['Reëel scenario – €']);
  } finally {
    await context.close();
  }
});
