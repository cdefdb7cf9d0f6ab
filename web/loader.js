// Page side of the start-up: checks for WebGL2, downloads and compiles the wasm
// with visible progress, and shows a Dutch message when anything fails. Runs before the
// Emscripten output, which picks up the Module object defined here. Inline in the page
// (scripts/single_file.py puts it there, allowed by its hash), so that it runs as soon as
// the page is parsed; the one-file version has the wasm in the page itself too.
'use strict';

(function () {
  // The one-file version: the wasm, gzip-compressed and base64-encoded, in a data block.
  const inlineWasm = document.getElementById('vth-wasm');
  // The page as it arrived, before anything changed it, for "Opslaan als app": nothing
  // ran before this script, which comes after every part of the page but index.js.
  const pageAsLoaded = inlineWasm ? '<!doctype html>\n' + document.documentElement.outerHTML : null;
  const loader = document.getElementById('loader');
  const loaderText = document.getElementById('loader-text');
  const progress = document.getElementById('loader-progress');

  let failed = false;
  // The first failure is the cause; later ones are consequences and must not hide it.
  // `advice`: what to do instead; without it, the advice the page carries (another browser, try again).
  function showError(message, advice) {
    if (failed) return;
    failed = true;
    loader.hidden = true;
    document.getElementById('canvas').hidden = true;
    document.getElementById('error-text').textContent = message;
    if (advice) document.getElementById('error-advice').textContent = advice;
    document.getElementById('error').hidden = false;
  }

  function hasWebGL2() {
    return typeof WebGL2RenderingContext === 'function' && typeof WebAssembly === 'object';
  }

  function showProgress(received, total) {
    progress.value = Math.min(100, Math.round((received / total) * 100));
    loaderText.textContent = 'Bezig met laden… ' + progress.value + '%';
  }

  // Downloads and compiles at the same time (compileStreaming): the browser
  // compiles each part of the wasm as it arrives instead of after the last byte.
  // The body passes through a counter for the loading bar, and is handed over
  // as application/wasm whatever type the web server gave it.
  async function compileWithProgress(url, signal) {
    performance.mark('vth:wasm-request');
    const response = await fetch(url, { credentials: 'same-origin', signal: signal });
    if (!response.ok) throw new Error('HTTP ' + response.status + ' bij ' + url);
    const total = Number(response.headers.get('Content-Length')) || 0;
    let received = 0;
    const counted = !response.body || !total ? response.body : response.body.pipeThrough(new TransformStream({
      transform: function (chunk, controller) {
        received += chunk.length;
        showProgress(received, total);
        controller.enqueue(chunk);
      },
    }));
    return compileStream(counted);
  }

  // Compiles the wasm from a stream of its bytes as they come (handed over as application/wasm).
  async function compileStream(bytes) {
    const wasm = new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } });
    const module = WebAssembly.compileStreaming
      ? await WebAssembly.compileStreaming(wasm)
      : await WebAssembly.compile(await wasm.arrayBuffer());
    performance.mark('vth:wasm-compiled');
    return module;
  }

  // The one-file version: unpacked while it compiles (the same streaming compilation).
  async function compileInline(block) {
    performance.mark('vth:wasm-request');
    if (typeof DecompressionStream !== 'function') throw new Error('deze browser kan het programma in dit bestand niet uitpakken');
    const text = atob(block.textContent);
    const packed = new Uint8Array(text.length);
    for (let i = 0; i < text.length; ++i) packed[i] = text.charCodeAt(i);
    return compileStream(new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip')));
  }

  // "Opslaan als app": the one-file version with `content` (JSON text: a programme and
  // its scenarios) in its content block; the scripts are unchanged, so their hashes in
  // the page's policy still hold. `page`: that version's text (the hosted site fetches
  // its vth-planner.html); without it, this page as loaded, which must be that version.
  // Null when there is no such page.
  function pageWithContent(content, page) {
    const glue = document.getElementById('vth-glue');
    if (!page && pageAsLoaded && glue) {
      page = pageAsLoaded.replace(/<\/body>\s*<\/html>\s*$/, function () {
        return '\n' + glue.outerHTML + '\n</body></html>\n';
      });
    }
    const block = /(<script type="application\/json" id="vth-content">)[^]*?(<\/script>)/;
    if (!page || !block.test(page)) return null;
    // Inside a script element '<' could end it: in JSON text it occurs only inside
    // strings, where \u003c is the same character.
    const safe = content.replace(/</g, '\\u003c');
    return page.replace(block, function (all, open, close) { return open + safe + close; });
  }

  // The app's one shader program (src/platform/webgl_renderer.cpp draws with it; the
  // attribute locations are its vertex layout). Made here, right after the context, so that
  // the GPU process compiles and links it while the wasm arrives; the renderer takes it
  // over, and makes another with this function after a lost context is given back.
  const vertexShader = `#version 300 es
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 color;
layout(location = 3) in vec4 to_clip; // ImGui's pixels to clip space: x * s + t per axis
out vec2 frag_uv;
out vec4 frag_color;
void main() {
  frag_uv = uv;
  frag_color = color;
  gl_Position = vec4(position * to_clip.xy + to_clip.zw, 0.0, 1.0);
}
`;
  // The atlas has coverage only (one channel): text, lines and fills take the vertex colour.
  const fragmentShader = `#version 300 es
precision mediump float;
uniform sampler2D atlas;
in highp vec2 frag_uv; // an atlas of 2048 pixels needs more than mediump's 11 bits
in vec4 frag_color;
layout(location = 0) out vec4 out_color;
void main() {
  out_color = vec4(frag_color.rgb, frag_color.a * texture(atlas, frag_uv).r);
}
`;
  function makeShaderProgram(gl) {
    const program = gl.createProgram();
    const shaders = [[gl.VERTEX_SHADER, vertexShader], [gl.FRAGMENT_SHADER, fragmentShader]].map(function (s) {
      const shader = gl.createShader(s[0]);
      gl.shaderSource(shader, s[1]);
      gl.compileShader(shader);
      gl.attachShader(program, shader);
      return shader;
    });
    gl.linkProgram(program);
    shaders.forEach(function (shader) { gl.deleteShader(shader); }); // they go with the program
    return program;
  }

  // The canvas the browser draws the font atlas's glyphs on (src/platform/web/vth_font.js),
  // drawn on once now: a page's first 2D drawing makes the browser connect its 2D canvases to
  // its GPU process, a call that waits for that process. Right after it made the WebGL
  // context the process answers at once; during the start-up's frames it answered 20–75 ms
  // late, in the middle of the font atlas (docs/performance.md, stop 34).
  function preparedFontCanvas() {
    const font = document.createElement('canvas');
    const context = font.getContext('2d', { willReadFrequently: true });
    if (context) context.fillRect(0, 0, 1, 1);
    return font;
  }

  const canvas = document.getElementById('canvas');
  // The browser's context menu over the canvas would hide ImGui's own popups.
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  const noWebGL2 = 'Deze browser ondersteunt geen WebGL2, of het staat uit. VTH-planner heeft WebGL2 nodig om te tekenen.';

  let compiled = null; // the wasm, compiling (below)
  window.Module = {
    canvas: canvas,
    makeShaderProgram: makeShaderProgram,
    showError: showError,
    pageWithContent: pageWithContent,
    // What "Opslaan als app" put in this file, or '' (web/loader.js is the only reader of the page).
    appContent: function () {
      const block = document.getElementById('vth-content');
      return block ? block.textContent : '';
    },
    onFirstFrame: function () {
      loader.hidden = true;
      canvas.focus();
    },
    instantiateWasm: function (imports, done) {
      if (failed) return {}; // no WebGL2: the program never starts
      compiled
        .then(function (module) {
          return WebAssembly.instantiate(module, imports).then(function (instance) { done(instance, module); });
        })
        .catch(function (e) {
          console.warn('wasm laden mislukt:', e);
          showError('Het programma kon niet worden geladen (' + e.message + ').');
        });
      return {};
    },
    onAbort: function (what) {
      showError('Er ging iets mis bij het starten (' + what + ').');
    },
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
  };

  // The start-up in parallel: the wasm is requested and compiled from here, before
  // index.js has even run; meanwhile this thread makes the canvas's WebGL2 context,
  // which takes the browser a good part of the start (its GPU process; hundreds of
  // milliseconds with a software renderer), and hands it to the app
  // (GL_PREINITIALIZED_CONTEXT). Its attributes are the app's: opaque, no depth,
  // stencil or multisampling (ImGui draws flat triangles in order).
  const download = new AbortController();
  if (!hasWebGL2()) {
    // Without WebGL2 there is nothing to draw on: say so and never start the module.
    showError(noWebGL2);
  } else if (!inlineWasm && location.protocol === 'file:') {
    // The site's index.html opened from disk: the browser fetches no index.wasm from file://.
    showError('Deze pagina is als bestand van schijf geopend. Dan laadt de browser de onderdelen van de site ' +
      '(index.wasm) niet: dat mag alleen van een webserver.',
      'Open in plaats daarvan vth-planner.html: de hele VTH-planner in één bestand, dat wel van schijf, ' +
      'van een netwerkschijf of als bijlage werkt (het staat in dezelfde map). Of zet deze map op een webserver.');
  } else {
    // The wasm's address names its version (scripts/single_file.py), so that a page never gets a
    // wasm from the browser's cache that belongs to another version of it.
    const wasmAddress = document.querySelector('meta[name="vth-wasm-address"]');
    compiled = inlineWasm ? compileInline(inlineWasm)
      : compileWithProgress(wasmAddress ? wasmAddress.content : 'index.wasm', download.signal);
    compiled.catch(function () {}); // reported when the module asks for it (instantiateWasm)
    // The drawing buffer at the size SDL will give it (the CSS size × devicePixelRatio,
    // which SDL keeps as a float, truncated as SDL does), so that SDL's sizing finds
    // nothing to change: a change makes the browser wait for its GPU process and
    // reallocate (src/platform/canvas_size.cpp).
    const box = canvas.getBoundingClientRect();
    const ratio = Math.fround(devicePixelRatio);
    canvas.width = Math.trunc(box.width * ratio);
    canvas.height = Math.trunc(box.height * ratio);
    const gl = canvas.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false });
    if (gl) {
      // Lost before the app listens (a GPU reset while the wasm downloads): the browser gives a
      // context back only when its loss was handled, and the program made here is lost with it
      // (the renderer makes another one). After main() the app handles losses itself as well.
      canvas.addEventListener('webglcontextlost', function (e) {
        e.preventDefault();
        window.Module.shaderProgram = null;
      });
      performance.mark('vth:webgl-early');
      if (!gl.isContextLost()) { // lost already: the renderer makes its program when it is given back
        const program = makeShaderProgram(gl);
        gl.flush(); // to the GPU process now, not when this script ends
        window.Module.shaderProgram = program;
        // The link status, asked while this thread waits for the wasm anyway. Asking waits
        // for the GPU process (with a software renderer it is often busy drawing the page);
        // the browser keeps the answer, so the first frame's useProgram does not ask again.
        setTimeout(function () { gl.getProgramParameter(program, gl.LINK_STATUS); }, 0);
      }
      window.Module.fontCanvas = preparedFontCanvas();
    } else {
      download.abort();
      showError(noWebGL2);
    }
    window.Module.preinitializedWebGLContext = gl;
  }
})();

