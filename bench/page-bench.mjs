// The page on a long article, in headless Chromium (software GL): time to
// open, frame time while scrolling top to bottom with the mouse wheel, and
// frames drawn at rest. The baseline, in the same run, is the same text with
// no spans; with --baseline SITE, an older build of the page (served from
// that folder) is measured in the same run too. Also in the same run: a
// right-to-left article of 1 MB with 50,000 spans, the Arabic test article
// (tests/data/scripts) repeated, every letter drawn by the browser's fonts.
//   bench/run-page [--baseline SITE]   (builds the page and the 1 MB article first)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, repo, start, wait } from '../tests/browser/harness.mjs';
import { timeFrames } from './frame-timer.mjs';

const args = process.argv.slice(2);
const baselineAt = args.indexOf('--baseline');
const baseline = baselineAt >= 0 ? args.splice(baselineAt, 2)[1] : null;
const file = args[0] || join(repo, 'build/synthetic-1mb.json');
const doc = JSON.parse(readFileSync(file, 'utf8'));
const bare = { ...doc, spans: [], relations: [] };
delete bare.document.sha256;
writeFileSync(join(repo, 'build/bench-data/synthetic-1mb-bare.json'), JSON.stringify(bare));

// The Arabic article repeated to 1 MB of UTF-8, a number in each copy so no two paragraphs are
// the same; 50,000 spans on its words, labels in turn.
function arabicArticle() {
  const article = readFileSync(join(repo, 'tests/data/scripts/arabic.txt'), 'utf8').trim();
  let text = '';
  for (let copy = 1; Buffer.byteLength(text) < (1 << 20); copy++) text += `${copy}. ${article}\n\n`;
  const spans = [];
  const labels = ['ACTOR', 'PLACE', 'FIGURE', 'QUOTE'];
  let at = 0, word = 0;
  for (const piece of text.split(/(\s+)/)) {
    const length = [...piece].length;
    if (piece.trim() && word++ % 9 < 5 && spans.length < 50000)
      spans.push({ id: `s${spans.length + 1}`, start: at, end: at + length, label: labels[spans.length % 4] });
    at += length;
  }
  return { ...doc, document: { id: 'arabic-1mb', text, meta: {} }, spans, relations: [] };
}
writeFileSync(join(repo, 'build/bench-data/arabic-1mb.json'), JSON.stringify(arabicArticle()));

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function measure(env, name, prefix = '') {
  const { page, context } = await openPage(env.browser, 'about:blank');
  const t0 = Date.now();
  await page.goto(env.url + prefix + '?doc=bench-data/' + name);
  // Polled on animation frames: a timer poll can wait behind the frames
  // that follow the first one and count them as opening time.
  await page.waitForFunction(() => window.spanmark && window.spanmark.ready && window.spanmark.view().linesDrawn > 0,
                             null, { timeout: 60000, polling: 'raf' });
  const open = Date.now() - t0;
  // Suggestions are found on the frame after the text first shows.
  // (A build from before suggestions reports none: skip the wait there.)
  const found = await page.waitForFunction(() => !('suggestions' in window.spanmark.view()) || window.spanmark.view().suggestions > 0,
                                           null, { timeout: 30000, polling: 5 }).then(() => true, () => false);
  const suggested = found ? Date.now() - t0 : 'none';
  const view = await page.evaluate(() => window.spanmark.view());
  await wait(500);
  const rest0 = (await page.evaluate(() => window.spanmark.view())).frames;
  await wait(1000);
  const rest = (await page.evaluate(() => window.spanmark.view())).frames - rest0;

  await timeFrames(page);
  await page.mouse.move(view.x, view.y);
  const started = Date.now();
  let steps = 0;
  for (;;) {
    await page.mouse.wheel(0, 3000);
    steps++;
    if (steps % 20 === 0) {
      const v = await page.evaluate(() => window.spanmark.view());
      if (v.scrollTop + v.clientHeight >= v.scrollHeight - 5) break;
    }
    if (steps > 5000) break;
  }
  await wait(300);
  const scrollMs = Date.now() - started;
  const times = await page.evaluate(() => window.__frameTimes);
  const end = await page.evaluate(() => window.spanmark.view());
  await context.close();
  return { open, suggested, rest, frames: times.length, p50: percentile(times, 50), p95: percentile(times, 95),
           max: Math.max(...times), scrollMs, steps, spansOnScreen: end.spansDrawn, height: end.scrollHeight };
}

const data = join(repo, 'build/bench-data');
const mounts = { '/bench-data/': data };
if (baseline) Object.assign(mounts, { '/baseline/': baseline, '/baseline/bench-data/': data });
const env = await start({ mounts });
try {
  const results = {};
  // Twice each, alternating, so that neither build gets the quieter moment.
  for (let round = 1; round <= (baseline ? 2 : 1); round++) {
    for (const name of ['synthetic-1mb-bare.json', 'synthetic-1mb.json', 'arabic-1mb.json']) results[`${name} #${round}`] = await measure(env, name);
    if (baseline) results[`baseline synthetic-1mb.json #${round}`] = await measure(env, 'synthetic-1mb.json', 'baseline/');
  }
  console.log(`article: ${doc.document.text.length} UTF-16 units, ${doc.spans.length} spans, ${doc.relations.length} relations`);
  console.log('document                             open ms  suggestions ms  rest frames/s  scroll frames  frame p50 ms  frame p95 ms  max ms  spans on screen');
  for (const [name, r] of Object.entries(results))
    console.log(`${name.padEnd(36)} ${String(r.open).padStart(7)}  ${String(r.suggested).padStart(14)}  ${String(r.rest).padStart(13)}  ${String(r.frames).padStart(13)}  ${r.p50.toFixed(2).padStart(12)}  ${r.p95.toFixed(2).padStart(12)}  ${r.max.toFixed(1).padStart(6)}  ${String(r.spansOnScreen).padStart(15)}`);
} finally {
  await env.stop();
}
