// End-to-end: when the browser lacks WebGL2, cannot load the wasm or disguises the
// pixels of the letters it draws, the page says so in Dutch instead of staying blank.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useAppServer, distDir } from './browser.mjs';

const env = useAppServer();

async function errorText(page) {
  await page.waitForSelector('#error:not([hidden])', { timeout: 15000 });
  return page.textContent('#error');
}

test('without WebGL2 the page shows a Dutch message', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
        return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
      };
    });
    await page.goto(`${env.server.origin}/`);
    const text = await errorText(page);
    assert.match(text, /VTH-planner kan niet starten/);
    assert.match(text, /ondersteunt geen WebGL2/);
    assert.equal(await page.isHidden('#loader'), true);
  } finally {
    await context.close();
  }
});

// The interface's letters are drawn by the browser into a canvas and read back
// (src/platform/browser_font.cpp). Firefox's resistFingerprinting hands out opaque
// white instead of the pixels (every letter would be a filled box); other blockers
// hand out an empty image (no letters at all).
for (const [disguise, value] of [['opaque white', 255], ['empty', 0]]) test(`a browser that disguises canvas pixels (${disguise}) gets a Dutch message, not boxes`, async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    await page.addInitScript((fill) => {
      const original = CanvasRenderingContext2D.prototype.getImageData;
      CanvasRenderingContext2D.prototype.getImageData = function (...args) {
        const image = original.apply(this, args);
        image.data.fill(fill);
        return image;
      };
    }, value);
    await page.goto(`${env.server.origin}/`);
    const text = await errorText(page);
    assert.match(text, /geeft de tekens van zijn lettertypen niet vrij/);
    assert.equal(await page.isHidden('#canvas'), true);
  } finally {
    await context.close();
  }
});

// The shader program's link status is asked after the first frame, not while it is made
// (src/platform/webgl_renderer.cpp); a program that did not link must still end in a
// message instead of an empty window. The browser's answer is made "not linked" here.
test('a shader program that does not link gives a Dutch message', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      const original = WebGL2RenderingContext.prototype.getProgramParameter;
      WebGL2RenderingContext.prototype.getProgramParameter = function (program, name) {
        return name === 0x8B82 ? false : original.call(this, program, name); // LINK_STATUS
      };
    });
    await page.goto(`${env.server.origin}/`);
    const text = await errorText(page);
    assert.match(text, /VTH-planner kan niet starten/);
    assert.match(text, /kon de tekenprogramma's \(shaders\) van VTH-planner niet maken/);
    assert.equal(await page.isHidden('#canvas'), true);
  } finally {
    await context.close();
  }
});

// The shader program comes from web/loader.js, inline in the page; an older page (with its
// loader) from the browser's cache beside a newer index.js makes none. Then the page says so,
// instead of failing without a word. Played here by taking the new loader's program parts away.
test('an older page (its loader) beside a newer index.js gives a Dutch message', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      let module;
      Object.defineProperty(window, 'Module', {
        configurable: true,
        get() { return module; },
        set(value) {
          module = value;
          delete value.makeShaderProgram;
          Object.defineProperty(value, 'shaderProgram', { configurable: true, get() { return undefined; }, set() {} });
        },
      });
    });
    await page.goto(`${env.server.origin}/`);
    const text = await errorText(page);
    assert.match(text, /VTH-planner kan niet starten/);
    assert.match(text, /half bijgewerkt/);
    assert.match(text, /Ctrl\+F5/);
  } finally {
    await context.close();
  }
});

test('a wasm that cannot be loaded gives a Dutch message', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    await page.route(/\/index\.wasm(\?|$)/, (route) => route.fulfill({ status: 404, body: 'weg' }));
    await page.goto(`${env.server.origin}/`);
    const text = await errorText(page);
    assert.match(text, /Het programma kon niet worden geladen \(HTTP 404/);
  } finally {
    await context.close();
  }
});

test('the loading indicator shows progress while the wasm downloads', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    const seen = [];
    // Slow the wasm down so the progress bar is observable.
    await page.route(/\/index\.wasm(\?|$)/, async (route) => {
      await new Promise((r) => setTimeout(r, 300));
      await route.continue();
    });
    await page.goto(`${env.server.origin}/`);
    seen.push(await page.textContent('#loader-text'));
    await page.waitForFunction(() => window.vth && window.vth.ready === true, null, { timeout: 30000 });
    assert.match(seen[0], /Bezig met laden/);
    assert.equal(await page.isHidden('#loader'), true);
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  } finally {
    await context.close();
  }
});
