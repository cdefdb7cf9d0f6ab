// Runs inside the Emscripten module (emcc --pre-js): the browser draws the glyphs of
// Dear ImGui's font atlas (src/platform/browser_font.cpp decides sizes and places).
// The browser has the fonts and a rasteriser already; the wasm carries neither
// (docs/architecture.md, "Font"). One canvas, read back once per atlas.
'use strict';

Module.vthFont = (function () {
  let canvas = null;
  let context = null;

  function context2d() {
    if (!context) {
      // Prepared by web/loader.js (see there why); made here for a page without it.
      canvas = Module.fontCanvas || document.createElement('canvas');
      // Read back on the CPU: a GPU-backed canvas would wait for the GPU process.
      context = canvas.getContext('2d', { willReadFrequently: true });
    }
    return context;
  }

  // The CSS size at which the family's ascent + descent is `lineHeight` pixels:
  // ImGui's font size is the line's height, CSS's is the em.
  function sizeFor(ctx, family, lineHeight) {
    ctx.font = '100px ' + family;
    let m = ctx.measureText('Hg');
    let ascent = m.fontBoundingBoxAscent;
    let descent = m.fontBoundingBoxDescent;
    if (!(ascent > 0) || !(descent >= 0)) { // browsers before font metrics (Firefox < 116)
      m = ctx.measureText('ÉÅgjpy|');
      ascent = m.actualBoundingBoxAscent * 1.05;
      descent = m.actualBoundingBoxDescent * 1.05;
    }
    const px = (lineHeight * 100) / (ascent + descent);
    return { px: px, ascent: (ascent * px) / 100, descent: (descent * px) / 100 };
  }

  return {
    // Writes [css px, ascent, descent] and per codepoint [advance, left, top, right, bottom]
    // (the ink's box around the pen at the baseline, y down) to `out`. False without canvas.
    measure: function (family, lineHeight, codepoints, count, out) {
      const ctx = context2d();
      if (!ctx || typeof ctx.measureText !== 'function') return false;
      const size = sizeFor(ctx, family, lineHeight);
      ctx.font = size.px + 'px ' + family;
      out[0] = size.px;
      out[1] = size.ascent;
      out[2] = size.descent;
      for (let i = 0; i < count; ++i) {
        const m = ctx.measureText(String.fromCodePoint(codepoints[i]));
        const at = 3 + i * 5;
        out[at] = m.width;
        out[at + 1] = -m.actualBoundingBoxLeft;
        out[at + 2] = -m.actualBoundingBoxAscent;
        out[at + 3] = m.actualBoundingBoxRight;
        out[at + 4] = m.actualBoundingBoxDescent;
      }
      return true;
    },

    // A clear canvas of the atlas's size.
    begin: function (width, height) {
      const ctx = context2d();
      canvas.width = width;
      canvas.height = height; // and clear: a canvas given a size starts transparent
      ctx.fillStyle = '#fff';
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = 'left';
    },

    // Each glyph with its pen at origins[2i], origins[2i + 1] (baseline).
    draw: function (family, px, codepoints, origins, count) {
      const ctx = context2d();
      ctx.font = px + 'px ' + family;
      for (let i = 0; i < count; ++i) {
        ctx.fillText(String.fromCodePoint(codepoints[i]), origins[2 * i], origins[2 * i + 1]);
      }
    },

    // The canvas's coverage into `pixels` (one byte per pixel). False when the pixels
    // cannot be true: the top row (the packer leaves it empty) has ink, or nothing has
    // ink at all. A browser that disguises canvas pixels (anti-fingerprinting) would
    // otherwise give boxes, or nothing, instead of letters.
    finish: function (pixels, width, height) {
      const data = context2d().getImageData(0, 0, width, height).data;
      for (let x = 0; x < width; ++x) {
        if (data[x * 4 + 3] !== 0) return false;
      }
      let ink = 0;
      for (let i = 0, n = width * height; i < n; ++i) ink |= pixels[i] = data[i * 4 + 3];
      return ink !== 0;
    },
  };
})();
