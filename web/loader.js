// Page side of the start-up: checks WebGL2, downloads the wasm with visible
// progress, and shows a Dutch message when anything fails. Loaded before the
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
    try {
      return !!document.createElement('canvas').getContext('webgl2');
    } catch (e) {
      return false;
    }
  }

  // Reads the response body in chunks so the loading bar shows real progress.
  async function fetchWithProgress(url) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error('HTTP ' + response.status + ' bij ' + url);
    const total = Number(response.headers.get('Content-Length')) || 0;
    if (!response.body || !total) return response.arrayBuffer();
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      progress.value = Math.min(100, Math.round((received / total) * 100));
      loaderText.textContent = 'Bezig met laden… ' + progress.value + '%';
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes.buffer;
  }

  const canvas = document.getElementById('canvas');
  // The browser's context menu over the canvas would hide ImGui's own popups.
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  window.Module = {
    canvas: canvas,
    showError: showError,
    onFirstFrame: function () {
      loader.hidden = true;
      canvas.focus();
    },
    instantiateWasm: function (imports, done) {
      if (failed) return {}; // no WebGL2: do not even download the program
      fetchWithProgress('index.wasm')
        .then(function (buffer) { return WebAssembly.instantiate(buffer, imports); })
        .then(function (result) { done(result.instance, result.module); })
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

  if (!hasWebGL2()) {
    // Without WebGL2 there is nothing to draw on: say so and never start the module.
    showError('Deze browser ondersteunt geen WebGL2, of het staat uit. VTH-planner heeft WebGL2 nodig om te tekenen.');
  }
})();
