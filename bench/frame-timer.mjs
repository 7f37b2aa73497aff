// Times each frame's work from inside the page into window.__frameTimes.
// Installed after the first frames: Emscripten swaps its export stub for the
// raw function on the first call, which would drop a wrapper put in earlier.
export async function timeFrames(page) {
  await page.evaluate(() => {
    window.__frameTimes = [];
    const inner = window.Module._spanmark_frame;
    window.Module._spanmark_frame = () => {
      const t0 = performance.now();
      inner();
      window.__frameTimes.push(performance.now() - t0);
    };
  });
}
