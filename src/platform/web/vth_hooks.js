// Runs inside the Emscripten module (emcc --pre-js). It wakes the paused main
// loop on input, connects the browser's clipboard, file picker, drag and drop
// and downloads to the app, and publishes window.vth, the hook that end-to-end
// tests (and anyone automating the planner) use. Documented in docs/test-hooks.md.
'use strict';

// Strings of any size go through malloc: ccall would put them on the small stack.
function vthWithString(text, use) {
  const size = lengthBytesUTF8(text) + 1;
  const ptr = Module._malloc(size);
  try {
    stringToUTF8(text, ptr, size);
    return use(ptr);
  } finally {
    Module._free(ptr);
  }
}

function vthOpenText(name, text) {
  return JSON.parse(UTF8ToString(vthWithString(name, (n) => vthWithString(text, (t) => Module._vth_open(n, t)))));
}

// The file's bytes go to the app undecoded, so that the browser and the CLI
// judge the same bytes (UTF-16, invalid UTF-8, NUL bytes included).
// While the app reads them, the bytes are also Module.vthOpening: the storage keeps the
// programme from there rather than from a copy out of the wasm memory (web_hooks.cpp),
// the file itself when there is one (`file`: IndexedDB keeps it without copying it on this
// thread; docs/performance.md, stop 36), with these bytes to fall back on.
function vthOpenBytes(name, bytes, file) {
  const ptr = Module._malloc(bytes.length + 1);
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  Module.vthOpening = { ptr: ptr, bytes: bytes, file: file || null,
    buffer: () => (whole ? bytes.buffer : bytes.slice().buffer) };
  try {
    HEAPU8.set(bytes, ptr);
    return JSON.parse(UTF8ToString(vthWithString(name, (n) => Module._vth_open_bytes(n, ptr, bytes.length))));
  } finally {
    Module.vthOpening = null;
    Module._free(ptr);
  }
}

function vthOpenFile(file) {
  if (!file) return;
  if (file.size > 64 * 1024 * 1024) {
    // Larger than any programme: refused without reading it into memory.
    vthWithString(file.name, (n) => Module._vth_open_bytes(n, 0, file.size));
    return;
  }
  file.arrayBuffer().then((buffer) => vthOpenBytes(file.name, new Uint8Array(buffer), file)).catch((e) => {
    console.warn('bestand lezen mislukt:', e);
    vthOpenBytes(file.name, new Uint8Array(0));
  });
}

Module.vthInstall = function () {
  const wake = function () {
    Module._vth_wake();
  };
  // Capture phase on window: we only need to know *that* something happened;
  // SDL has its own listeners that turn the event into input for ImGui.
  const events = ['keydown', 'keyup', 'mousedown', 'mouseup', 'mousemove', 'wheel', 'pointerdown',
    'pointerup', 'pointermove', 'touchstart', 'touchmove', 'touchend', 'resize', 'focus', 'blur'];
  for (const name of events) {
    window.addEventListener(name, wake, { capture: true, passive: true });
  }
  document.addEventListener('visibilitychange', wake);
  if (window.matchMedia) {
    // Moving the window to a screen with another devicePixelRatio fires no resize.
    const watchRatio = function () {
      const query = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
      query.addEventListener('change', function () { wake(); watchRatio(); }, { once: true });
    };
    watchRatio();
  }
  // Keys typed into another element of the page (the screen reader mirror, a field a
  // browser extension adds) belong to it. SDL listens on the window and takes every key
  // (and prevents the default of Tab, Backspace, arrows): such keys stop at the document,
  // after their element had them, before they reach the window.
  const canvas = document.getElementById('canvas');
  const ours = function (target) {
    return target === window || target === document || target === document.body ||
      target === document.documentElement || target === canvas || target.id === 'vth-text-input';
  };
  for (const name of ['keydown', 'keyup', 'keypress']) {
    document.addEventListener(name, function (e) { if (!ours(e.target)) e.stopPropagation(); });
  }
  // Ctrl +/-/0 zoom the planner itself, Ctrl+O/S open and save a programme, Ctrl+F
  // searches the programme and Ctrl+P prints its report: keep the browser from zooming
  // the page, saving or printing the HTML, or searching an empty canvas instead.
  window.addEventListener('keydown', function (e) {
    if (!ours(e.target)) return;
    if ((e.ctrlKey || e.metaKey) && ['=', '+', '-', '0', 'o', 's', 'f', 'p'].includes(e.key.toLowerCase())) e.preventDefault();
    // F5 starts the presentation (as in presentation software) instead of reloading the page.
    if (e.key === 'F5' && !e.ctrlKey) e.preventDefault();
    // F1 opens the planner's Help, not the browser's.
    if (e.key === 'F1') e.preventDefault();
  }, { capture: true });
  // Esc (or the browser's own control) ended full screen: end presentation mode too.
  document.addEventListener('fullscreenchange', function () {
    if (!document.fullscreenElement && Module._vth_present(-1) === 1) Module._vth_present(0);
  });
  // Paste. A canvas is not editable, so Chrome fires no paste event for Ctrl+V:
  // take the shortcut away from SDL, read the clipboard, and type the text into
  // the field that has focus. Browsers that do fire 'paste' use that event.
  const paste = function (text) {
    // As copied: a field takes it as one line, a table's rows go to the preview (ui/paste.hpp).
    vthWithString(String(text), (p) => Module._vth_paste_text(p));
  };
  window.addEventListener('keydown', function (e) {
    if (!(e.ctrlKey || e.metaKey) || (e.key !== 'v' && e.key !== 'V') || e.shiftKey || !ours(e.target)) return;
    // Not to SDL either way: Dear ImGui's own Ctrl+V would paste a second time.
    e.stopImmediatePropagation();
    if (!navigator.clipboard || !navigator.clipboard.readText) return; // the browser's paste event instead
    e.preventDefault();
    navigator.clipboard.readText().then(paste).catch(function (err) {
      console.warn('klembord lezen niet toegestaan:', err && err.name);
      Module._vth_paste_refused();
    });
  }, { capture: true });
  document.addEventListener('paste', function (e) {
    if (!e.clipboardData || !ours(e.target)) return;
    // Not also into the page's input element: its input event would type the text a second time.
    e.preventDefault();
    paste(e.clipboardData.getData('text/plain'));
  });
  // Typing into a field. A canvas is not editable: text composed by dead keys, an IME
  // or an on-screen keyboard (insertText, composition events) would never reach it.
  // While a field is typed in, this input element has the focus instead (the app says
  // so with every frame it draws, which also takes the focus back if something else got
  // it: vthTextInput) and hands over whatever text arrives in it. Keys
  // still go to SDL (keydown bubbles to the window): Enter, Tab, arrows, Backspace,
  // shortcuts. Its keypress does not: that would give SDL the same text a second time.
  const text = document.createElement('input');
  text.type = 'text';
  text.id = 'vth-text-input';
  text.setAttribute('aria-label', 'Invoer van het actieve veld');
  text.autocomplete = 'off';
  text.spellcheck = false;
  text.setAttribute('autocapitalize', 'off');
  text.setAttribute('autocorrect', 'off');
  text.className = 'vth-text-input';
  const deliver = function () {
    const typed = text.value;
    text.value = '';
    if (typed) vthWithString(typed, (p) => Module._vth_text_input(p));
  };
  text.addEventListener('keypress', function (e) { e.stopPropagation(); });
  text.addEventListener('input', function (e) { if (!e.isComposing) deliver(); });
  text.addEventListener('compositionend', deliver);
  document.body.appendChild(text);
  // A click on the canvas while typing would move the focus to it and back again on the next
  // frame: keep it in the input; the app moves it to the canvas once no field is active.
  // A click on the canvas while another element of the page has the focus gives it to the
  // canvas (its default does not: SDL prevents it), so that the keys are the planner's again.
  canvas.addEventListener('mousedown', function (e) {
    if (document.activeElement === text) e.preventDefault();
    else if (!ours(document.activeElement)) canvas.focus({ preventScroll: true });
  });
  // On a tablet the on-screen keyboard opens only for a focus given while handling the
  // user's touch: the field tapped became active on the touch's start (a frame ran since,
  // and gave the input a focus that raised no keyboard), so its end focuses the input again.
  canvas.addEventListener('touchend', function () {
    if (Module._vth_wants_text() === 1) {
      if (document.activeElement === text) text.blur();
      text.focus({ preventScroll: true });
      window.vth.keyboardOnTouch = (window.vth.keyboardOnTouch || 0) + 1;
    }
  });
  Module.vthTextInput = function (on, x, y) {
    const focused = document.activeElement === text;
    if (on) {
      // Near the field, so that an IME shows its candidates there (moved only when the field moves).
      const left = Math.max(0, x) + 'px', top = Math.max(0, y) + 'px';
      if (text.style.left !== left) text.style.left = left;
      if (text.style.top !== top) text.style.top = top;
      if (!focused) text.focus({ preventScroll: true });
    } else if (focused) {
      deliver();
      canvas.focus({ preventScroll: true });
    }
  };
  // Drag and drop of a programme file anywhere on the page.
  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length > 0) vthOpenFile(e.dataTransfer.files[0]);
  });
  // A hidden file input for "Openen…" (the browser's own file picker).
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,.csv,.tsv,.txt,application/json,text/csv'; // programmes; tables for CSV inlezen
  input.hidden = true;
  input.id = 'vth-file-input';
  input.addEventListener('change', function () {
    vthOpenFile(input.files[0]);
    input.value = '';
  });
  document.body.appendChild(input);
  Module.vthFileInput = input;

  // Start-up: the page address (for share links) and the fragment of a shared
  // link; the stored work is read by the app itself (vth_storage.js).
  // From disk (the one-file version) the file's own address: a file: page has no origin to speak of.
  const page = location.protocol === 'file:' ? location.href.split('#')[0] : location.origin + location.pathname;
  // What "Opslaan als app" put in this file (web/loader.js), or ''.
  const content = Module.appContent ? Module.appContent() : '';
  const messages = JSON.parse(UTF8ToString(vthWithString(page, (p) => vthWithString(location.hash || '',
    (f) => vthWithString(content, (c) => Module._vth_start(p, f, c))))));
  if (messages.length) console.warn('link geweigerd:', messages[0].message);
  vthForgetLink();
  Module.vthStarted = true;
  window.addEventListener('hashchange', function () {
    if (!location.hash) return;
    vthWithString(location.hash, (f) => Module._vth_open_fragment(f));
    vthForgetLink();
  });
};

// A link's scenario is in the app (and stored) once opened: the address keeps
// only the view, so a reload does not open the link again.
function vthForgetLink() {
  const view = /(?:^#|&)view=([^&]*)/.exec(location.hash || '');
  if (!/(?:^#|&)s=/.test(location.hash || '')) return;
  history.replaceState(null, '', location.pathname + location.search + (view ? '#view=' + view[1] : ''));
}

Module.vthOpenDialog = function () {
  Module.vthFileInput.click();
};

Module.vthCopy = function (text) {
  window.vth.lastCopied = text;
  const fallback = function () {
    // Older or stricter browsers: a temporary textarea and execCommand.
    const area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
    area.remove();
    document.getElementById('canvas').focus();
  };
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(text).catch(fallback);
  } else {
    fallback();
  }
};

// Emscripten's UTF8ToString (TextDecoder) drops a leading byte-order mark; a CSV
// for Excel needs it, so it is put back on the way out of the wasm.
function vthWithBom(csv) {
  return csv === '' || csv.startsWith('\uFEFF') ? csv : '\uFEFF' + csv;
}

Module.vthDownload = function (name, text) {
  if (name.endsWith('.csv')) text = vthWithBom(text);
  const type = name.endsWith('.csv') ? 'text/csv;charset=utf-8'
    : name.endsWith('.html') ? 'text/html;charset=utf-8' : 'application/json';
  const url = URL.createObjectURL(new Blob([text], { type: type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
};

Module.vthFullscreen = function (on) {
  const root = document.documentElement;
  if (on && !document.fullscreenElement && root.requestFullscreen) {
    // Refused without a recent click or key (or in a frame): presenting works in the window.
    root.requestFullscreen().catch(function (e) { console.warn('volledig scherm niet toegestaan:', e && e.name); });
  } else if (!on && document.fullscreenElement) {
    document.exitFullscreen().catch(function () { /* already left */ });
  }
};

// The report in a new tab, from a blob: URL (no server). A blocked pop-up
// falls back to downloading the report as a file. `print` (Ctrl+P): the print
// dialog opens on the report once it is loaded (same origin: this page may ask).
// Returns whether the report is shown (a tab, or the print frame) rather than downloaded.
Module.vthOpenHtml = function (html, print) {
  if (print && location.protocol === 'file:') {
    vthPrintInFrame(html);
    return true;
  }
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const tab = window.open(url, '_blank');
  if (!tab) Module.vthDownload('vth-rapport.html', html);
  if (tab && print) {
    const started = Date.now();
    const ask = setInterval(function () {
      let loaded = false;
      try { loaded = tab.location.href === url && tab.document.readyState === 'complete'; } catch (e) { /* closed */ }
      if (loaded) {
        clearInterval(ask);
        window.vth.lastPrint = { url: url, title: tab.document.title };
        tab.focus();
        tab.print();
      } else if (tab.closed || Date.now() - started > 15000) {
        clearInterval(ask);
      }
    }, 50);
  }
  setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  return tab !== null;
};

// "Opslaan als app" (src/ui/app_file.hpp): the one-file version with the content inside. In
// the one-file version that is this page; the hosted site has it beside index.html.
Module.vthSaveApp = function (name, content) {
  const own = Module.pageWithContent(content);
  if (own) {
    Module.vthDownload(name, own);
    return;
  }
  // By its version (scripts/single_file.py), so that no older copy in the browser's cache is saved.
  const address = document.querySelector('meta[name="vth-app-address"]');
  fetch(address ? address.content : 'vth-planner.html', { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) throw new Error('vth-planner.html: HTTP ' + response.status);
      return response.text();
    })
    .then(function (page) {
      const html = Module.pageWithContent(content, page);
      if (!html) throw new Error('vth-planner.html heeft geen plaats voor een programma');
      Module.vthDownload(name, html);
    })
    .catch(function (e) {
      vthWithString(String((e && e.message) || e), (why) => Module._vth_app_not_saved(why));
    });
};

// Ctrl+P from disk (the one-file version): a file: page cannot reach the tab it opens on
// a blob: address (another origin to it), so it could not start the print dialog there.
// The report is printed from a hidden frame of this page instead (srcdoc: this page's own).
function vthPrintInFrame(html) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;border:0;visibility:hidden';
  frame.setAttribute('aria-hidden', 'true');
  frame.addEventListener('load', function () {
    window.vth.lastPrint = { url: 'about:srcdoc', title: frame.contentDocument.title };
    frame.contentWindow.addEventListener('afterprint', function () { frame.remove(); });
    frame.contentWindow.print();
  }, { once: true });
  frame.srcdoc = html;
  document.body.appendChild(frame);
}

// The screen reader mirror of the canvas (see shell.html) and the polite announcement of new figures.
Module.vthMirror = function (html, announce) {
  const mirror = document.getElementById('vth-mirror');
  if (mirror) mirror.innerHTML = html;
  const live = document.getElementById('vth-live');
  if (live && announce) live.textContent = announce;
};

Module.vthFrame = function (count) {
  if (!window.vth.ready) {
    performance.mark('vth:first-frame');
    window.vth.readyAt = performance.now();
    window.vth.ready = true;
    if (Module.onFirstFrame) Module.onFirstFrame();
  }
};

Module.vthFatal = function (message) {
  if (Module.showError) Module.showError(message);
};

window.vth = {
  // True once the first frame with the programme has been rendered.
  ready: false,
  // Frames rendered so far; stops growing while the app is idle.
  frames: function () { return Module._vth_frames(); },
  // Whether the app has paused itself: all input so far handled and drawn.
  idle: function () { return Module._vth_idle() === 1; },
  // The current calculation results: the same JSON text as `vth-planner calc --format json`.
  results: function () { return UTF8ToString(Module._vth_results_json()); },
  // Whether the font atlas has the character (not ImGui's '?' fallback). The browser draws
  // each character of the atlas's ranges in the page's font or its own fallback.
  hasGlyph: function (ch) { return Module._vth_font_has_glyph(ch.codePointAt(0)) === 1; },
  // Opens a programme as a file open would; returns its problems ([] when accepted).
  open: function (jsonText, name) { return vthOpenText(name || 'vth.open.json', jsonText); },
  // An edit as a user types it, e.g. set('/odt/toezicht/3/kental', '12,5'); returns [] or the refusal.
  set: function (pointer, value) {
    return JSON.parse(UTF8ToString(vthWithString(pointer, (p) => vthWithString(String(value), (v) => Module._vth_set(p, v)))));
  },
  // The last refused file (from any source): {count, file, issues: [{pointer, message}]}.
  lastRefusal: function () { return JSON.parse(UTF8ToString(Module._vth_last_refusal())); },
  // Switches view ('overzicht', 'capaciteit', 'odt', 'regionaal', 'energie', 'protocol', 'doelen',
  // 'controles'); without a name, returns the current one.
  view: function (name) {
    if (name === undefined) return UTF8ToString(Module._vth_current_view());
    return vthWithString(name, (n) => Module._vth_view(n)) === 1;
  },
  // 'licht' or 'donker', as the theme button.
  theme: function (name) { return vthWithString(name, (n) => Module._vth_theme(n)) === 1; },
  // Copies the current view's table as "Kopieer tabel" does; returns the tab-separated text.
  copyTable: function () { return UTF8ToString(Module._vth_copy_table()); },
  // The CSV (Excel NL: BOM, ';', decimal comma) of a view's table; names as for view().
  exportCsv: function (name) { return vthWithBom(vthWithString(name, (n) => UTF8ToString(Module._vth_export_csv(n)))); },
  undo: function () { return Module._vth_undo() === 1; },
  // The complete share link of the current scenario, as "Kopieer link" gives it ('' when none can be made).
  shareLink: function () { return UTF8ToString(Module._vth_share_link()); },
  // Switches to the scenario with this name (creating it if needed); '' = the adopted programme.
  scenario: function (name) { return vthWithString(name || '', (n) => Module._vth_scenario(n)); },
  // Shows these scenarios (names, at most 4) side by side with the adopted programme; returns how many.
  compare: function (names) { return vthWithString((names || []).join('\n'), (n) => Module._vth_compare(n)); },
  // Reports where items are drawn from now on (tests read places, then use the real mouse).
  track: function (on) { Module._vth_track(on === false ? 0 : 1); },
  // Where an item was drawn in the last frame, in CSS pixels: [{x, y, w, h}, ...] ([] when not on
  // screen). A JSON pointer names a value field; other text the visible label of a button or list item.
  where: function (what) { return JSON.parse(UTF8ToString(vthWithString(String(what), (w) => Module._vth_where(w)))); },
  // What the tab holds: scenarios, the current one, questions and offers on screen, stored work.
  state: function () { return JSON.parse(UTF8ToString(Module._vth_app_state())); },
  // The current scenario as a scenario file (JSON text), with or without its programme.
  scenarioFile: function (withProgramme) { return UTF8ToString(Module._vth_scenario_file(withProgramme ? 1 : 0)); },
  redo: function () { return Module._vth_redo() === 1; },
  // Draws the next few frames, as input does (tests wait for a frame drawn after a change).
  wake: function () { Module._vth_wake(); },
  // Presentation mode on (true) or off (false); without an argument, whether it is on.
  present: function (on) { return Module._vth_present(on === undefined ? -1 : (on ? 1 : 0)) === 1; },
  // Shows presentation page n (0 = Overzicht ... 5 = Gevoeligheid); false when there is none.
  page: function (n) { return Module._vth_page(Number(n)) === 1; },
  // The printable report of the current scenario (HTML text), as "Rapport" opens it.
  report: function () { return UTF8ToString(Module._vth_report()); },
  // Opens the report in a new tab, as the "Rapport" button does.
  openReport: function () { Module._vth_open_report(); },
  // Bytes of wasm linear memory in use.
  memory: function () { return Module._vth_memory_bytes(); },
  // performance.now() of the first rendered frame (cold-start measurement).
  readyAt: null,
  // The theme's text colours over their backgrounds as drawn: [{naam, tekst: [r,g,b], achter: [r,g,b]}]
  // (0–255, opaque); theme 'licht' or 'donker', presenting true for the presentation's contrast.
  contrast: function (theme, presenting) {
    return JSON.parse(UTF8ToString(Module._vth_contrast(theme === 'donker' ? 1 : 0, presenting ? 1 : 0)));
  },
  // The text last put on the clipboard by the app.
  lastCopied: null,
  // The report last sent to the print dialog (Ctrl+P): {url, title}.
  lastPrint: null,
};
