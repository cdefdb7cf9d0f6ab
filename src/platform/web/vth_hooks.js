// Runs inside the Emscripten module (emcc --pre-js). It wakes the paused main
// loop on any input and publishes window.vth, the hook that end-to-end tests
// (and anyone automating the planner) use. Documented in docs/test-hooks.md.
'use strict';

Module.vthInstall = function () {
  const wake = function () {
    Module._vth_wake();
  };
  // Capture phase on window: we only need to know *that* something happened;
  // SDL has its own listeners that turn the event into input for ImGui.
  const events = ['keydown', 'keyup', 'mousedown', 'mouseup', 'mousemove', 'wheel', 'pointerdown',
    'pointerup', 'pointermove', 'touchstart', 'touchmove', 'touchend', 'resize', 'focus', 'blur', 'paste'];
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
};

Module.vthFrame = function (count) {
  if (!window.vth.ready) {
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
  // The current calculation results: the same JSON text as `vth-planner calc --format json`.
  results: function () { return UTF8ToString(Module._vth_results_json()); },
  // Whether the interface font has a real glyph for the character (not the '?' fallback).
  hasGlyph: function (ch) { return Module._vth_font_has_glyph(ch.codePointAt(0)) === 1; },
};
