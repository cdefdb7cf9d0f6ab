// Nothing lost (issue "Nothing lost, nothing misread", point 1), as users act:
// two tabs on the same programme, declining the offer of earlier work, a full
// storage, a link opened in a tab with stored work, a link with another
// programme pasted into a running tab, and a programme over 3 MB edited and
// reloaded. Mouse and keyboard only; the hook reads places and state, and sets
// up what a user cannot (a storage filled to its quota).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useAppServer, openApp, saveScreenshot, repoRoot } from './browser.mjs';
import { act, appState, click, press, results, track, typeInto, where } from './user.mjs';

const env = useAppServer();
const cli = path.join(repoRoot, 'build', 'native', 'src', 'cli', 'vth-planner');
const toezicht = (r) => r.odt.onderdelen.find((p) => p.id === 'toezicht').uren;

// A new tab in the same browser (same storage), with the app started and tracked.
async function newTab(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.vth && window.vth.ready === true, null, { timeout: 30000 });
  await track(page);
  return page;
}

async function reload(page) {
  await page.reload();
  await page.waitForFunction(() => window.vth && window.vth.ready === true, null, { timeout: 30000 });
  await track(page);
}

// Waits until the tab's state satisfies `check` (another tab's write arrives a moment later).
async function until(page, check, what) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const s = await appState(page);
    if (check(s)) return s;
    if (Date.now() > deadline) assert.fail(`${what}: ${JSON.stringify(s)}`);
    await page.waitForTimeout(100);
  }
}

// What IndexedDB holds for programme files: per record its type, file name and size (read, not changed).
async function storedProgrammes(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('vth-planner', 1);
    open.onsuccess = () => {
      const all = open.result.transaction('programmas', 'readonly').objectStore('programmas').getAll();
      all.onsuccess = () => {
        open.result.close();
        resolve(all.result.map((v) => ({
          kind: v instanceof File ? 'File' : v instanceof Blob ? 'Blob' : v.constructor.name,
          name: v instanceof File ? v.name : '',
          size: v instanceof Blob ? v.size : v.byteLength,
        })));
      };
      all.onerror = () => reject(all.error);
    };
    open.onerror = () => reject(open.error);
  }));
}

// The programme records once one is there (the file is stored in the background).
async function storedWhenDone(page) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const kept = await storedProgrammes(page);
    if (kept.length > 0 || Date.now() > deadline) return kept;
    await page.waitForTimeout(100);
  }
}

function tempFile(name, text) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vth-work-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

test('two tabs on the same programme: each sees the other\'s work, nothing is overwritten, a reload keeps all', async () => {
  const { context, page: a } = await openApp(env.browser, env.server.origin);
  try {
    await track(a);
    await click(a, 'ODT-programma');
    await click(a, 'Toezicht');
    await typeInto(a, '/odt/toezicht/4/aantal', '400');
    const b = await newTab(context, env.server.origin + '/');
    let sb = await appState(b);
    assert.deepEqual(sb.scenarios, ['Scenario 1'], 'the second tab shows the stored scenario');
    assert.equal(sb.huidig, -1, 'a new tab starts on the adopted programme');
    // B works in a scenario of its own...
    await click(b, "Scenario's");
    await click(b, 'Nieuw scenario');
    await press(b, 'Enter'); // the name proposed, "Scenario 2"
    await click(b, 'Regionale verdeling');
    await typeInto(b, '/instellingen/odt_uurtarief', '120');
    // ...and A, still typing in its own, hears of it without losing anything.
    await typeInto(a, '/odt/toezicht/4/kental', '12');
    let sa = await until(a, (s) => s.scenarios.length === 2, 'A ziet het scenario van B');
    assert.deepEqual(sa.scenarios, ['Scenario 1', 'Scenario 2']);
    assert.equal(toezicht(await results(a)), 8972 + 6 * 11 + 400 * 1); // 400 × 12 instead of 394 × 11
    // B sees A's second edit in Scenario 1.
    await click(b, "Scenario's");
    await click(b, 'Scenario 1');
    await b.waitForFunction(() => JSON.parse(window.vth.results()).odt.onderdelen.find((p) => p.id === 'toezicht').uren === 8972 + 466);
    // Both survive a reload of either tab, each tab where it was.
    await reload(a);
    sa = await appState(a);
    assert.deepEqual(sa.scenarios, ['Scenario 1', 'Scenario 2']);
    assert.equal(sa.huidig, 0);
    assert.equal(sa.scherm, 'odt');
    await reload(b);
    sb = await appState(b);
    assert.equal(sb.huidig, 0);
    await saveScreenshot(a, 'work-two-tabs.png');
  } finally {
    await context.close();
  }
});

test('declining the offer of earlier work deletes nothing; Recent werk goes back to it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const first = await newTab(context, env.server.origin + '/');
    const programme = execFileSync(cli, ['synthetic', '40'], { encoding: 'utf8' }).replace(/"gemeente": "[^"]*"/, '"gemeente": "Hengelo"');
    const file = tempFile('hengelo-2025.json', programme);
    await act(first, () => first.setInputFiles('#vth-file-input', file));
    await until(first, (s) => s.programma === 'Hengelo 2025', 'Hengelo geopend');
    await click(first, 'Regionale verdeling');
    await typeInto(first, '/instellingen/odt_uurtarief', '95');
    await first.close();

    // A new tab later: the built-in programme, and the offer to go on with Hengelo.
    const tab = await newTab(context, env.server.origin + '/');
    let s = await appState(tab);
    assert.equal(s.aanbod, true);
    assert.equal(s.programma, 'Enschede 2025', 'nothing opened unasked');
    await saveScreenshot(tab, 'work-resume-offer.png');
    await click(tab, 'Niet nu');
    s = await appState(tab);
    assert.equal(s.aanbod, false);
    // Work on Enschede; Hengelo stays.
    await click(tab, 'ODT-programma');
    await click(tab, 'Toezicht');
    await typeInto(tab, '/odt/toezicht/4/aantal', '400');
    await click(tab, 'Recent werk');
    s = await appState(tab);
    assert.deepEqual(s.werk.map((w) => w.titel).sort(), ['Enschede 2025', 'Hengelo 2025']);
    await saveScreenshot(tab, 'work-recent.png');
    await click(tab, 'Openen');
    s = await until(tab, (x) => x.programma === 'Hengelo 2025', 'Hengelo weer geopend');
    assert.deepEqual(s.scenarios, ['Scenario 1']);
    // And back to the built-in programme without a reload, its scenario there.
    await click(tab, 'Recent werk');
    await click(tab, 'Openen');
    s = await until(tab, (x) => x.programma === 'Enschede 2025', 'Enschede weer geopend');
    assert.deepEqual(s.scenarios, ['Scenario 1']);
    // Discarding is explicit and asks first: Annuleren keeps it.
    await click(tab, 'Recent werk');
    await click(tab, 'Verwijderen…');
    assert.equal((await appState(tab)).vraag, 'Werk verwijderen?');
    await click(tab, 'Annuleren');
    assert.equal((await appState(tab)).werk.length, 2);
    await click(tab, 'Verwijderen…');
    await click(tab, 'Verwijderen');
    s = await until(tab, (x) => x.werk.length === 1, 'Hengelo verwijderd');
    assert.equal(s.werk[0].titel, 'Enschede 2025');
  } finally {
    await context.close();
  }
});

test('a full storage is said, the work stays in the tab, and is stored once there is room', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await track(page);
    // Set-up: something else filled this site's storage to its quota.
    await page.evaluate(() => {
      const block = 'x'.repeat(256 * 1024);
      for (let i = 0; ; ++i) {
        try { localStorage.setItem('ander:' + i, block); } catch (e) { break; }
      }
      for (let i = 0; ; ++i) {
        try { localStorage.setItem('ander:klein:' + i, 'x'.repeat(1024)); } catch (e) { break; }
      }
    });
    await click(page, 'ODT-programma');
    await click(page, 'Toezicht');
    await typeInto(page, '/odt/toezicht/4/aantal', '400');
    let s = await appState(page);
    assert.match(s.opslagprobleem, /opslag van de browser is vol/);
    assert.deepEqual(s.scenarios, ['Scenario 1']);
    await saveScreenshot(page, 'work-storage-full.png');
    // Room again (the other use is gone); the user asks to try again.
    await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('ander:')) localStorage.removeItem(k); });
    await click(page, 'Opnieuw proberen');
    s = await appState(page);
    assert.equal(s.opslagprobleem, '');
    const expected = await results(page);
    await reload(page);
    assert.deepEqual(await results(page), expected);
  } finally {
    await context.close();
  }
});

test('a link opened in a tab with stored work: the summary at once, the stored scenarios and the linked one', async () => {
  const sender = await openApp(env.browser, env.server.origin);
  const receiver = await openApp(env.browser, env.server.origin, { viewport: { width: 1280, height: 800 } });
  try {
    const page = sender.page;
    await track(page);
    await click(page, 'Regionale verdeling');
    await typeInto(page, '/instellingen/odt_uurtarief', '115');
    await click(page, "Scenario's");
    await click(page, 'Kopieer link…');
    await click(page, '##afzender');
    await act(page, () => page.keyboard.type('Coordinator VTH Enschede'));
    await click(page, '##notitie');
    await act(page, () => page.keyboard.type('Variant voor het PHO: tarief € 115'));
    await click(page, 'Kopieer link');
    const link = await page.evaluate(() => window.vth.lastCopied);
    assert.match(link, /#s=/);

    // The receiver has work of its own on the same programme.
    const tab = receiver.page;
    await track(tab);
    await click(tab, 'ODT-programma');
    await click(tab, 'Toezicht');
    await typeInto(tab, '/odt/toezicht/4/aantal', '400');
    const linked = await newTab(receiver.context, link);
    const s = await appState(linked);
    assert.equal(s.linkoverzicht, true, 'the summary is shown at once');
    assert.deepEqual(s.scenarios, ['Scenario 1', 'Scenario 1 (2)']); // its own, and the linked one
    assert.equal(s.huidig, 1);
    const mirror = await linked.evaluate(() => document.getElementById('vth-mirror').textContent);
    assert.match(mirror, /Coordinator VTH Enschede/);
    assert.match(mirror, /Variant voor het PHO/);
    assert.match(mirror, /ODT-uurtarief/);
    await saveScreenshot(linked, 'work-link-summary.png');
    assert.equal((await results(linked)).odt_uurtarief, 115);
    await click(linked, 'Sluiten');
    assert.equal((await appState(linked)).linkoverzicht, false);
    // The link is not opened again by a reload: the address keeps only the view.
    assert.ok(!linked.url().includes('s='), linked.url());
  } finally {
    await sender.context.close();
    await receiver.context.close();
  }
});

test('a link with another programme pasted into a running tab asks first; declining changes nothing', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    await track(page);
    // A colleague's small programme and a scenario of it, as a link.
    const small = tempFile('tubbergen.json',
      execFileSync(cli, ['synthetic', '3'], { encoding: 'utf8' }).replace(/"gemeente": "[^"]*"/, '"gemeente": "Tubbergen"'));
    const colleague = await newTab(await env.browser.newContext(), env.server.origin + '/');
    await act(colleague, () => colleague.setInputFiles('#vth-file-input', small));
    await until(colleague, (x) => x.programma === 'Tubbergen 2025', 'Tubbergen geopend');
    await click(colleague, 'Regionale verdeling');
    await typeInto(colleague, '/instellingen/odt_uurtarief', '99');
    const link = await colleague.evaluate(() => window.vth.shareLink());
    await colleague.context().close();

    // This tab has work on Enschede.
    await click(page, 'ODT-programma');
    await click(page, 'Toezicht');
    await typeInto(page, '/odt/toezicht/4/aantal', '400');
    const before = await results(page);
    await act(page, () => page.goto(link)); // pasted into the address bar: the same page, another fragment
    let s = await until(page, (x) => x.vraag !== '', 'de vraag');
    assert.equal(s.vraag, 'Link met een ander programma');
    assert.deepEqual(await results(page), before, 'nothing changes before the answer');
    await saveScreenshot(page, 'work-link-question.png');
    await click(page, 'Annuleren');
    s = await appState(page);
    assert.equal(s.programma, 'Enschede 2025');
    assert.equal(s.ongedaan, 1, 'the history is kept');
    assert.deepEqual(await results(page), before);
    // Pasted again and opened: the link's programme; the Enschede work stays, its history too.
    await act(page, () => page.goto(link.replace('#s=', '#view=overzicht&s=')));
    await until(page, (x) => x.vraag !== '', 'de vraag');
    await click(page, 'Programma uit de link openen');
    s = await until(page, (x) => x.programma === 'Tubbergen 2025', 'Tubbergen geopend');
    assert.equal(s.linkoverzicht, true);
    assert.equal((await results(page)).odt_uurtarief, 99);
    await click(page, 'Sluiten');
    await click(page, 'Recent werk');
    await click(page, 'Openen');
    s = await until(page, (x) => x.programma === 'Enschede 2025', 'terug naar Enschede');
    assert.deepEqual(s.scenarios, ['Scenario 1']);
    assert.equal(s.ongedaan, 1);
  } finally {
    await context.close();
  }
});

// Storing the file itself fails at once (a browser that keeps no Blobs in IndexedDB) or when its
// transaction ends (the picked file changed on disk meanwhile): its bytes are stored instead.
for (const [how, failure] of [
  ['refused at once', 'throw'],
  ['failing when its transaction ends', 'abort'],
]) {
  test(`storing the file itself ${how}: its bytes are stored and come back after a reload`, async () => {
    const { context, page } = await openApp(env.browser, env.server.origin);
    try {
      await track(page);
      // Setup: the page's own put() made to fail for a Blob the way such a browser does.
      await page.evaluate((failure) => {
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (value, key) {
          if (!(value instanceof Blob)) return put.call(this, value, key);
          if (failure === 'throw') throw new DOMException('geen Blobs', 'DataCloneError');
          const request = put.call(this, value, key);
          this.transaction.abort();
          return request;
        };
      }, failure);
      const text = execFileSync(cli, ['synthetic', '300'], { encoding: 'utf8' });
      const file = tempFile('zonder-blobs-2025.json', text);
      await act(page, () => page.setInputFiles('#vth-file-input', file));
      await until(page, (x) => x.programma !== 'Enschede 2025', 'het programma geopend');
      await typeInto(page, '/instellingen/odt_uurtarief', '95');
      const expected = await results(page);
      assert.deepEqual(await storedWhenDone(page), [{ kind: 'ArrayBuffer', name: '', size: Buffer.byteLength(text) }]);
      assert.equal((await appState(page)).opslagprobleem, '');
      await reload(page);
      await until(page, (x) => !x.laden && x.programma !== 'Enschede 2025', 'het programma terug');
      assert.deepEqual(await results(page), expected);
    } finally {
      await context.close();
    }
  });
}

test('a programme file the browser refuses to store for another reason than a full storage is said as such', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await track(page);
    // Setup: the page's own put() refuses every programme file, Blob or bytes, as a browser error.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () { throw new DOMException('kapot', 'UnknownError'); };
    });
    const file = tempFile('geweigerd-2025.json', execFileSync(cli, ['synthetic', '40'], { encoding: 'utf8' }));
    await act(page, () => page.setInputFiles('#vth-file-input', file));
    const s = await until(page, (x) => x.opslagprobleem !== '', 'het probleem gemeld');
    assert.match(s.opslagprobleem, /^Het programmabestand kon niet in de browser worden bewaard \(de opslag van de browser weigerde het\)/);
    assert.notEqual(s.programma, 'Enschede 2025', 'the programme is open all the same');
  } finally {
    await context.close();
  }
});

test('work on a programme over 3 MB is stored and comes back after a reload', async () => {
  const { context, page } = await openApp(env.browser, env.server.origin);
  try {
    await track(page);
    const text = execFileSync(cli, ['synthetic', '15000'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.ok(text.length > 3 * 1024 * 1024, `${text.length} bytes`);
    const file = tempFile('groot-2025.json', text);
    await act(page, () => page.setInputFiles('#vth-file-input', file));
    await until(page, (x) => x.programma !== 'Enschede 2025', 'het grote programma geopend');
    await click(page, 'Regionale verdeling');
    await typeInto(page, '/instellingen/odt_uurtarief', '+10%');
    const expected = await results(page);
    // Kept as the picked file itself (stored without a copy on the page's thread), in the background.
    assert.deepEqual(await storedWhenDone(page), [{ kind: 'File', name: 'groot-2025.json', size: Buffer.byteLength(text) }]);
    assert.equal((await appState(page)).opslagprobleem, '');
    await reload(page);
    await until(page, (x) => !x.laden && x.programma !== 'Enschede 2025', 'het grote programma terug');
    assert.deepEqual(await results(page), expected);
    let s = await appState(page);
    assert.equal(s.huidig, 0);
    assert.equal(s.scherm, 'regionaal');
    // A programme stored by an earlier version (an ArrayBuffer) comes back the same way.
    await page.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('vth-planner', 1);
      open.onsuccess = () => {
        const store = open.result.transaction('programmas', 'readwrite').objectStore('programmas');
        const keys = store.getAllKeys();
        keys.onerror = () => reject(keys.error);
        keys.onsuccess = () => {
          const get = store.get(keys.result[0]);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => get.result.arrayBuffer().then((buffer) => {
            const tx = open.result.transaction('programmas', 'readwrite');
            tx.objectStore('programmas').put(buffer, keys.result[0]);
            tx.oncomplete = () => { open.result.close(); resolve(); };
            tx.onerror = () => reject(tx.error);
          }, reject);
        };
      };
      open.onerror = () => reject(open.error);
    }));
    assert.equal((await storedProgrammes(page))[0].kind, 'ArrayBuffer');
    await reload(page);
    await until(page, (x) => !x.laden && x.programma !== 'Enschede 2025', 'het grote programma terug uit een ArrayBuffer');
    assert.deepEqual(await results(page), expected);
    s = await appState(page);
    assert.equal(s.huidig, 0);
  } finally {
    await context.close();
  }
});
