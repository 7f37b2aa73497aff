// Opening a 1,000-article corpus (about 5 MB of JSONL) and autosaving a
// change in a 10 KB and a 1 MB document, in headless Chromium: the work of
// the first change (which also stores the snapshot) and of the ones after it
// (a journal line each), and the frame that applies the edit. Baselines in the
// same run: a 10-article corpus, and the 3 KB sample article.
//   bench/run-persistence
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../tests/browser/generate.mjs';
import { openPage, repo, start, wait } from '../tests/browser/harness.mjs';
import { timeFrames } from './frame-timer.mjs';

const dir = join(repo, 'build/bench-data');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'corpus-1000.jsonl'), generateCorpus(1000, { paragraphs: 36 }));
writeFileSync(join(dir, 'corpus-10.jsonl'), generateCorpus(10, { paragraphs: 36 }));
let article = '';
const sampleText = (await import('node:fs')).readFileSync(join(repo, 'assets/sample-article.txt'), 'utf8');
while (article.length < 10000) article += sampleText;
writeFileSync(join(dir, 'article-10kb.txt'), article);

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

async function openTime(env, name) {
  const times = [];
  for (let run = 0; run < 3; run++) {
    const { page, context } = await openPage(env.browser, 'about:blank');
    const t0 = Date.now();
    await page.goto(env.url + '?doc=bench-data/' + name);
    await page.waitForFunction(() => window.spanmark && window.spanmark.ready && window.spanmark.view().linesDrawn > 0,
                               null, { timeout: 60000, polling: 5 });
    times.push(Date.now() - t0);
    await context.close();
  }
  return median(times);
}

// The frame that applies a label key's edit also writes the autosave.
async function autosaveTime(env, query) {
  const { page, context } = await openPage(env.browser, env.url + query);
  await page.waitForFunction(() => window.spanmark && window.spanmark.ready && window.spanmark.view().linesDrawn > 0,
                             null, { timeout: 60000 });
  await wait(500);
  await timeFrames(page);
  const samples = [];
  const autosaves = [];
  for (let i = 0; i < 8; i++) {
    const v = await page.evaluate(() => window.spanmark.view());
    await page.mouse.dblclick(v.x, v.y - 40 * i);
    await wait(200);
    await page.evaluate(() => { window.__frameTimes = []; });
    await page.keyboard.press(String(1 + (i % 3)));
    await wait(300);
    samples.push(Math.max(...(await page.evaluate(() => window.__frameTimes))));
    autosaves.push((await page.evaluate(() => window.spanmark.view())).autosaveMs);
    await wait(400);
  }
  const spans = JSON.parse(await page.evaluate(() => window.spanmark.save())).spans.length;
  await context.close();
  return { ms: median(samples.slice(1)), first: autosaves[0], firstFrame: samples[0], autosave: median(autosaves.slice(1)), spans };
}

const env = await start({ mounts: { '/bench-data/': dir } });
try {
  const small = await openTime(env, 'corpus-10.jsonl');
  const large = await openTime(env, 'corpus-1000.jsonl');
  const sampleSave = await autosaveTime(env, '');
  const tenSave = await autosaveTime(env, '?doc=bench-data/article-10kb.txt');
  const bigSave = await autosaveTime(env, '?doc=bench-data/synthetic-1mb.json');
  const mb = (f) => (statSync(join(dir, f)).size / 1048576).toFixed(1);
  console.log(`open corpus, 10 articles (${mb('corpus-10.jsonl')} MB, baseline):  ${small} ms`);
  console.log(`open corpus, 1,000 articles (${mb('corpus-1000.jsonl')} MB):        ${large} ms`);
  const line = (name, r) => console.log(`${name.padEnd(26)} first change: autosave ${r.first.toFixed(2)} ms, frame ${r.firstFrame.toFixed(1)} ms;` +
    ` each change after: autosave ${r.autosave.toFixed(2)} ms, frame ${r.ms.toFixed(1)} ms (medians of 7)`);
  line('3 KB sample (baseline):', sampleSave);
  line('10 KB article:', tenSave);
  line(`1 MB, ${bigSave.spans} spans:`, bigSave);
} finally {
  await env.stop();
}
