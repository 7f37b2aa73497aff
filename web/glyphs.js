// The browser's own fonts for what the page's embedded font cannot draw
// (src/platform/web/canvas_fonts.cpp): each unit measured, then drawn white
// on a 2D canvas whose pixels go into the module's heap for a texture.
// Colour glyphs (emoji) keep their colours and are told apart, so the text
// view tints only the others.
(function () {
  'use strict';

  const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(64, 64) : document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const family = 'sans-serif';

  function use(pixels) {
    context.font = pixels + 'px ' + family;
    context.textBaseline = 'alphabetic';
    context.direction = 'ltr';
  }

  window.spanmarkGlyphs = {
    measure(text, pixels) {
      if (!context) return -1;
      use(pixels);
      return context.measureText(text).width;
    },
    // 1 when the unit came out in colour, 0 in white, -1 when it could not be drawn.
    draw(text, pixels, width, height, left, baseline, out) {
      if (!context) return -1;
      if (canvas.width < width) canvas.width = width;
      if (canvas.height < height) canvas.height = height;
      context.clearRect(0, 0, width, height);
      use(pixels);
      context.fillStyle = '#ffffff';
      context.fillText(text, left, baseline);
      const pixelsOut = context.getImageData(0, 0, width, height).data;
      let color = 0;
      for (let i = 0; i < pixelsOut.length; i += 4) {
        if (pixelsOut[i + 3] > 32 && (pixelsOut[i] < 200 || pixelsOut[i + 1] < 200 || pixelsOut[i + 2] < 200)) {
          color = 1;
          break;
        }
      }
      Module.HEAPU8.set(pixelsOut, out);
      return color;
    },
  };
})();
