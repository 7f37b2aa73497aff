// Times each frame's work from inside the page into window.__frameTimes, and
// where it went into window.__frameParts ({ app, learning, render }, ms; the
// rest of a frame's time is the platform's own: input, canvas size, cursor).
// Installed after the first frames: Emscripten swaps its export stub for the
// raw function on the first call, which would drop a wrapper put in earlier.
export async function timeFrames(page) {
  await page.evaluate(() => {
    window.__frameTimes = [];
    window.__frameParts = [];
    const inner = window.Module._spanmark_frame;
    window.Module._spanmark_frame = () => {
      const t0 = performance.now();
      inner();
      window.__frameTimes.push(performance.now() - t0);
      const at = window.Module._spanmark_frame_parts() / 8;
      const heap = window.Module.HEAPF64;
      window.__frameParts.push({ app: heap[at], learning: heap[at + 1], render: heap[at + 2] });
    };
  });
}
