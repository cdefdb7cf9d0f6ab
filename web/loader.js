// Page side of the start-up: checks for WebGL2, downloads and compiles the wasm
// with visible progress, and shows a Dutch message when anything fails. Loaded before the
// Emscripten output, which picks up the Module object defined here.
'use strict';

(function () {
  const loader = document.getElementById('loader');
  const loaderText = document.getElementById('loader-text');
  const progress = document.getElementById('loader-progress');

  let failed = false;
  // The first failure is the cause; later ones are consequences and must not hide it.
  function showError(message) {
    if (failed) return;
    failed = true;
    loader.hidden = true;
    document.getElementById('canvas').hidden = true;
    document.getElementById('error-text').textContent = message;
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
    const wasm = new Response(counted, { headers: { 'Content-Type': 'application/wasm' } });
    const module = WebAssembly.compileStreaming
      ? await WebAssembly.compileStreaming(wasm)
      : await WebAssembly.compile(await wasm.arrayBuffer());
    performance.mark('vth:wasm-compiled');
    return module;
  }

  const canvas = document.getElementById('canvas');
  // The browser's context menu over the canvas would hide ImGui's own popups.
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  const noWebGL2 = 'Deze browser ondersteunt geen WebGL2, of het staat uit. VTH-planner heeft WebGL2 nodig om te tekenen.';

  let compiled = null; // the wasm, compiling (below)
  window.Module = {
    canvas: canvas,
    showError: showError,
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
  } else {
    compiled = compileWithProgress('index.wasm', download.signal);
    compiled.catch(function () {}); // reported when the module asks for it (instantiateWasm)
    const gl = canvas.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false });
    if (gl) {
      performance.mark('vth:webgl-early');
    } else {
      download.abort();
      showError(noWebGL2);
    }
    window.Module.preinitializedWebGLContext = gl;
  }
})();

