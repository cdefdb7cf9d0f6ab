// End-to-end: how the page starts (issue #16). One WebGL context, the app's own,
// made by the loader while the wasm downloads; the wasm compiled while it streams
// in; the start-up's marks on the browser's timeline in the order docs/performance.md
// describes (the window and the renderer's objects first, then the work without GPU).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useAppServer } from './browser.mjs';

const env = useAppServer();

test('one WebGL context, compiled while streaming, marks in order', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      window.__contexts = [];
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
        const made = getContext.call(this, kind, ...rest);
        if (/webgl/.test(kind)) window.__contexts.push({ kind, canvas: this.id || '(zonder id)', made: !!made });
        return made;
      };
      window.__streamed = 0;
      const compileStreaming = WebAssembly.compileStreaming;
      WebAssembly.compileStreaming = function (...args) {
        window.__streamed += 1;
        return compileStreaming.apply(this, args);
      };
    });
    await page.goto(`${env.server.origin}/`);
    await page.waitForFunction(() => window.vth && window.vth.ready === true, null, { timeout: 30000 });
    const seen = await page.evaluate(() => ({
      contexts: window.__contexts,
      canvases: new Set(window.__contexts.map((c) => c.canvas)).size,
      streamed: window.__streamed,
      marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('vth:')).map((m) => m.name.slice(4)),
      attributes: document.getElementById('canvas').getContext('webgl2').getContextAttributes(),
    }));
    // Emscripten asks the same canvas again (getContext returns the context it has); no other canvas gets one.
    assert.equal(seen.canvases, 1, JSON.stringify(seen.contexts));
    assert.equal(seen.contexts[0].canvas, 'canvas');
    assert.ok(seen.contexts.every((c) => c.kind === 'webgl2' && c.made), JSON.stringify(seen.contexts));
    assert.equal(seen.streamed, 1);
    assert.deepEqual(seen.marks, ['wasm-request', 'webgl-early', 'wasm-compiled', 'main', 'webgl-context',
      'programme-open', 'font-atlas', 'first-layout', 'first-frame']);
    assert.equal(seen.attributes.depth, false);
    assert.equal(seen.attributes.antialias, false);
    // And it works: the built-in programme is calculated and drawn.
    const results = JSON.parse(await page.evaluate(() => window.vth.results()));
    assert.ok(results.capaciteit.totaal.regels > 0);
  } finally {
    await context.close();
  }
});

// A frame asks the GPU process nothing that waits for it: the app's renderer sets its
// state once instead of saving and restoring it each frame as ImGui's OpenGL3 backend
// did (src/platform/webgl_renderer.cpp). Each such question waited for the previous
// frame's drawing to be done. Counted over frames drawn after start-up.
test('frames ask WebGL no viewport, scissor or blend state', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      window.__asked = {};
      const asked = [0x0BA2, 0x0C10, 0x80C8, 0x80C9, 0x80CA, 0x80CB, 0x8009, 0x883D]; // VIEWPORT … BLEND_EQUATION_ALPHA
      const getParameter = WebGL2RenderingContext.prototype.getParameter;
      WebGL2RenderingContext.prototype.getParameter = function (name) {
        if (asked.includes(name)) window.__asked[name] = (window.__asked[name] || 0) + 1;
        return getParameter.call(this, name);
      };
    });
    await page.goto(`${env.server.origin}/`);
    await page.waitForFunction(() => window.vth && window.vth.ready === true, null, { timeout: 30000 });
    const before = await page.evaluate(() => ({ frames: window.vth.frames(), asked: { ...window.__asked } }));
    // Frames with something to draw: the mouse over the interface, views switched.
    for (const x of [200, 400, 600, 800]) await page.mouse.move(x, 300);
    await page.evaluate(() => window.vth.view('capaciteit'));
    await page.waitForFunction((n) => window.vth.frames() >= n + 4, before.frames, { timeout: 10000 });
    const after = await page.evaluate(() => ({ frames: window.vth.frames(), asked: { ...window.__asked } }));
    assert.ok(after.frames >= before.frames + 4);
    assert.deepEqual(after.asked, before.asked, `asked during ${after.frames - before.frames} frames`);
    // Nor did the start: the viewport and scissor box are set when the context is made.
    assert.deepEqual(before.asked, {});
  } finally {
    await context.close();
  }
});

// Until the first frame the app asks the GPU process nothing it would have to wait for
// on its way: the renderer asks no location, compile or link status; the loader asks the
// link status of the program it made, once, while the wasm arrives, and the browser keeps
// the answer for the first frame's useProgram and the renderer's check after it
// (web/loader.js, src/platform/webgl_renderer.cpp); the drawing buffer gets
// its size once, from the loader before the context exists, so that SDL's sizing of the
// window finds nothing to change (src/platform/canvas_size.cpp). Each question waited
// for the GPU process, busy drawing the browser's own loading state. At devicePixelRatio
// 1, 1,25 and 2; a resize afterwards still reaches the drawing buffer.
for (const deviceScaleFactor of [1, 1.25, 2]) {
  test(`no waiting for the GPU process before the first frame (devicePixelRatio ${deviceScaleFactor})`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1111, height: 666 }, deviceScaleFactor });
    const page = await context.newPage();
    try {
      await page.addInitScript(() => {
        window.__calls = [];
        const note = (what) => window.__calls.push({ what, frame: !!(window.vth && window.vth.ready) });
        const proto = WebGL2RenderingContext.prototype;
        for (const name of ['getShaderParameter', 'getShaderInfoLog', 'getProgramParameter', 'getProgramInfoLog',
          'getUniformLocation', 'getAttribLocation', 'getActiveUniform', 'getParameter', 'getError']) {
          const original = proto[name];
          proto[name] = function (...args) {
            note(name + (args.length > 1 ? ':' + args[1] : ''));
            return original.apply(this, args);
          };
        }
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (...args) {
          if (this.id === 'canvas') note('getContext');
          return getContext.apply(this, args);
        };
        for (const prop of ['width', 'height']) {
          const own = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, prop);
          Object.defineProperty(HTMLCanvasElement.prototype, prop, {
            get: own.get,
            set(value) {
              if (this.id === 'canvas') note(`${prop}=${value}`);
              own.set.call(this, value);
            },
          });
        }
      });
      await page.goto(`${env.server.origin}/`);
      await page.waitForFunction(() => window.vth && window.vth.ready === true, null, { timeout: 30000 });
      // More frames: the program's status is asked after the first.
      const frames = await page.evaluate(() => window.vth.frames());
      await page.mouse.move(300, 300);
      await page.mouse.move(500, 320);
      await page.waitForFunction((n) => window.vth.frames() >= n + 2, frames, { timeout: 10000 });
      const calls = await page.evaluate(() => window.__calls);
      const before = calls.filter((c) => !c.frame).map((c) => c.what);
      const after = calls.filter((c) => c.frame).map((c) => c.what);
      const [w, h] = [Math.trunc(1111 * deviceScaleFactor), Math.trunc(666 * deviceScaleFactor)];
      // The loader sizes the buffer, then makes the context (Emscripten asks for it again).
      assert.deepEqual(before.filter((c) => !c.startsWith('get') || c === 'getContext').slice(0, 3),
        [`width=${w}`, `height=${h}`, 'getContext']);
      assert.deepEqual(before.filter((c) => /^(width|height)=/.test(c)), [`width=${w}`, `height=${h}`]);
      // Nothing asked of the context (no status, log, location or state) until the first frame
      // but the link status (0x8B82 LINK_STATUS), by the loader; after it, the renderer's check.
      assert.deepEqual(before.filter((c) => c.startsWith('get') && c !== 'getContext'), ['getProgramParameter:35714'],
        before.join(', '));
      assert.deepEqual(after.filter((c) => c.startsWith('get') && c !== 'getContext'), ['getProgramParameter:35714']);
      assert.deepEqual(await page.evaluate(() => [document.getElementById('canvas').width,
        document.getElementById('canvas').height]), [w, h]);
      // A resize of the window still reaches the drawing buffer.
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.waitForFunction((width) => document.getElementById('canvas').width === width,
        Math.trunc(1024 * deviceScaleFactor),
        { timeout: 10000 });
      assert.equal(await page.evaluate(() => document.getElementById('canvas').height), Math.trunc(700 * deviceScaleFactor));
    } finally {
      await context.close();
    }
  });
}
