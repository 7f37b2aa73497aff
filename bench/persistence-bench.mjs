// Opening a 1,000-article corpus (about 5 MB of JSONL) and autosaving one
// change in a 1 MB document, in headless Chromium. Baselines in the same run:
// a 10-article corpus, and the same change in the 3 KB sample article.
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
  for (let i = 0; i < 5; i++) {
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
  return { ms: median(samples), autosave: median(autosaves), spans };
}

const env = await start({ mounts: { '/bench-data/': dir } });
try {
  const small = await openTime(env, 'corpus-10.jsonl');
  const large = await openTime(env, 'corpus-1000.jsonl');
  const sampleSave = await autosaveTime(env, '');
  const bigSave = await autosaveTime(env, '?doc=bench-data/synthetic-1mb.json');
  const mb = (f) => (statSync(join(dir, f)).size / 1048576).toFixed(1);
  console.log(`open corpus, 10 articles (${mb('corpus-10.jsonl')} MB, baseline):  ${small} ms`);
  console.log(`open corpus, 1,000 articles (${mb('corpus-1000.jsonl')} MB):        ${large} ms`);
  console.log(`3 KB sample (baseline): autosave ${sampleSave.autosave.toFixed(1)} ms, frame with the edit ${sampleSave.ms.toFixed(1)} ms`);
  console.log(`1 MB, ${bigSave.spans} spans: autosave ${bigSave.autosave.toFixed(1)} ms, frame with the edit ${bigSave.ms.toFixed(1)} ms`);
} finally {
  await env.stop();
}
