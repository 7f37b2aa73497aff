// The page opening a merge to curate (bench/run-curation): a 1 MB article
// whose three layers of 50,000 spans each were merged. Measured: time to the
// first frame with text, time until the differences are open for review,
// and while a curator steps through them (Tab, then a number or Delete), each
// frame's work and the intervals between animation frames (what the person
// sees). Baseline in the same run: one annotator's layer opened alone.
//   node bench/curation-bench.mjs REVIEW.json
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { openPage, start, wait } from '../tests/browser/harness.mjs';
import { timeFrames } from './frame-timer.mjs';

const review = process.argv[2];
const folder = dirname(review);
const doc = JSON.parse(readFileSync(review, 'utf8'));
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function measure(env, name, steps) {
  const { page, context } = await openPage(env.browser, 'about:blank');
  const t0 = Date.now();
  await page.goto(`${env.url}?doc=/panel/${name}`);
  await page.waitForFunction(() => window.spanmark && window.spanmark.ready && window.spanmark.view().linesDrawn > 0,
                             null, { timeout: 120000, polling: 'raf' });
  const open = Date.now() - t0;
  await page.waitForFunction(() => window.spanmark.view().suggestions > 0, null, { timeout: 120000, polling: 5 });
  const reviewable = Date.now() - t0;
  const before = await page.evaluate(() => window.spanmark.view());
  await wait(500);
  await timeFrames(page);
  await page.evaluate(() => {
    window.__intervals = [];
    let last = performance.now();
    const tick = (t) => { window.__intervals.push(t - last); last = t; window.__rafId = requestAnimationFrame(tick); };
    window.__rafId = requestAnimationFrame(tick);
  });
  await page.mouse.move(before.x, before.y);
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    await page.keyboard.press(i % 3 === 2 ? 'Delete' : '1');
  }
  await wait(300);
  const { times, intervals } = await page.evaluate(() => {
    cancelAnimationFrame(window.__rafId);
    return { times: window.__frameTimes, intervals: window.__intervals.slice(1) };
  });
  const after = await page.evaluate(() => window.spanmark.view());
  await context.close();
  return { open, reviewable, open0: before.suggestions, left: after.suggestions, frames: times.length,
           p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times),
           i95: percentile(intervals, 95), imax: Math.max(...intervals) };
}

const env = await start({ mounts: { '/panel/': folder } });
try {
  const differences = new Set(doc.spans.map((s) => s.difference).filter(Boolean)).size;
  console.log(`merge: ${[...doc.document.text].length} code points, ${doc.spans.filter((s) => !s.suggested).length} spans agreed, ` +
              `${differences} differences (${doc.spans.filter((s) => s.suggested).length} variants), ${doc.relations.length} relations`);
  console.log('document            open ms  reviewable ms  open items  frames  work p50 ms  work p95 ms  work max ms  interval p95 ms  interval max ms');
  for (const round of [1, 2])
    for (const name of ['anna.json', basename(review)]) {
      const r = await measure(env, name, 100);
      console.log(`${(name + ' #' + round).padEnd(18)} ${String(r.open).padStart(8)}  ${String(r.reviewable).padStart(13)}  ${String(r.open0).padStart(10)}  ` +
                  `${String(r.frames).padStart(6)}  ${r.p50.toFixed(2).padStart(11)}  ${r.p95.toFixed(2).padStart(11)}  ${r.max.toFixed(1).padStart(11)}  ` +
                  `${r.i95.toFixed(1).padStart(15)}  ${r.imax.toFixed(1).padStart(15)}`);
    }
} finally {
  await env.stop();
}
