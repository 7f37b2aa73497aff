// The learned tagger in the page: the 30 training articles (tests/data/suggest,
// training-order.txt) opened as a corpus marked done, learnt between frames.
// Measured, three runs: the learning's work (summed over its slices) and the
// time from its first slice to its last; each frame's work while it learns,
// and the intervals between animation frames (what the person sees); the
// learning's longest slice, to tell its own cost from the frame's other work,
// and each frame's parts (frame-timer.mjs). The learning on the worker (the
// page's way), and in the frames' slices (?learner=frames, where no worker can
// start), in the same run.
// Baseline in the same run: the frames of the same corpus opened not done
// (nothing to learn) while the mouse moves over the text, so the page draws.
//   node bench/tagger-bench.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, repo, start, wait } from '../tests/browser/harness.mjs';
import { timeFrames } from './frame-timer.mjs';

const data = join(repo, 'tests/data/suggest');
const corpus = (done) => readFileSync(join(data, 'training-order.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))
  .map((f) => {
    const doc = JSON.parse(readFileSync(join(data, f), 'utf8'));
    doc.document.meta = { ...doc.document.meta, ...(done ? { status: 'done' } : {}) };
    return JSON.stringify(doc);
  }).join('\n') + '\n';
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
};

async function measure(env, done, query = '') {
  const { page, context } = await openPage(env.browser, env.url + query);
  await page.waitForFunction(() => window.spanmark && window.spanmark.ready, null, { timeout: 60000 });
  await timeFrames(page);
  await page.evaluate(() => {
    window.__intervals = [];
    let last = performance.now();
    const tick = (t) => { window.__intervals.push(t - last); last = t; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  const text = corpus(done);
  await page.evaluate((t) => window.spanmark.load(t, 'training.jsonl'), text);
  let result;
  if (done) {
    await page.waitForFunction(() => window.spanmark.view().tagger.learning, null, { timeout: 30000, polling: 'raf' });
    await page.evaluate(() => { window.__frameTimes.length = 0; window.__frameParts.length = 0; window.__intervals.length = 0; });
    await page.waitForFunction(() => !window.spanmark.view().tagger.learning && window.spanmark.view().tagger.version > 0,
                               null, { timeout: 120000, polling: 50 });
    result = (await page.evaluate(() => window.spanmark.view())).tagger;
  } else {
    await wait(500);
    await page.evaluate(() => { window.__frameTimes.length = 0; window.__frameParts.length = 0; window.__intervals.length = 0; });
    const v = await page.evaluate(() => window.spanmark.view());
    for (let i = 0; i < 40; i++) {
      await page.mouse.move(v.x + (i % 10) * 30, v.y + (i % 4) * 20);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    }
  }
  const frames = await page.evaluate(() => window.__frameTimes.slice());
  const parts = await page.evaluate(() => window.__frameParts.slice());
  const intervals = (await page.evaluate(() => window.__intervals.slice())).slice(1);
  await context.close();
  return { result, frames, parts, intervals };
}

const env = await start();
try {
  const f = (xs) => `p50 ${percentile(xs, 50).toFixed(1)} p95 ${percentile(xs, 95).toFixed(1)} max ${percentile(xs, 100).toFixed(1)} ms`;
  const g = (xs) => `${f(xs)} (${xs.filter((x) => x > 8).length} of ${xs.length} over 8 ms)`;
  const report = (run, how, learn) => {
    const shares = learn.parts.map((p) => p.learning);
    console.log(`run ${run}, ${how}: learning 30 articles: ${learn.result.learntIn}, ${learn.result.learntInMs.toFixed(0)} ms of work over ` +
      `${learn.result.learntOverMs.toFixed(0)} ms, its longest slice in a frame ${learn.result.longestSliceMs.toFixed(2)} ms; ` +
      `the learning's share of each frame ${f(shares)}; frame work ${g(learn.frames)}; intervals ${f(learn.intervals)}`);
    const slow = learn.frames.map((ms, i) => ({ ms, ...learn.parts[i] })).filter((x) => x.ms > 8);
    const part = (x) => `${x.ms.toFixed(1)} (app ${(x.app - x.learning).toFixed(1)}, learning ${x.learning.toFixed(1)}, ` +
      `render ${x.render.toFixed(1)}, other ${(x.ms - x.app - x.render).toFixed(1)})`;
    if (slow.length) console.log(`run ${run}, ${how}: frames over 8 ms, ms: ${slow.map(part).join('; ')}`);
  };
  for (let run = 1; run <= 3; run++) {
    const base = await measure(env, false);
    const worker = await measure(env, true);
    const frames = await measure(env, true, (env.url.includes('?') ? '&' : '?') + 'learner=frames');
    report(run, 'on the worker', worker);
    report(run, 'in the frames (?learner=frames)', frames);
    console.log(`run ${run}, baseline (the corpus not done, the mouse moving): frame work ${g(base.frames)}, intervals ${f(base.intervals)}`);
  }
} finally {
  await env.stop();
}
