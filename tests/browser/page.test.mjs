// The page as a person meets it: it opens, shows the sample article sharply,
// opens ?doc=URL, refuses bad input with a message, and sits idle at rest.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePng, darkPixels } from './png.mjs';
import { openPage, repo, screenshots, start, wait, waitReady } from './harness.mjs';

const sample = readFileSync(join(repo, 'assets/sample-article.txt'), 'utf8');
// Code point offset of a phrase in a text (JS strings count UTF-16 units).
const codePointIndex = (text, phrase) => [...text.slice(0, text.indexOf(phrase))].length;

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

test('the page opens the sample article, ready and without console errors', async () => {
  const { page, context, problems } = await openPage(env.browser, env.url);
  await waitReady(page);
  const saved = JSON.parse(await page.evaluate(() => window.spanmark.save()));
  assert.equal(saved.format, 'spanmark');
  assert.equal(saved.document.text, sample);
  assert.deepEqual(saved.spans, []);

  // The opening words sit inside the viewport and are drawn in dark ink.
  const start = codePointIndex(sample, 'Ferry crews');
  const rects = await page.evaluate(([s, e]) => window.spanmark.textRects(s, e), [start, start + 11]);
  assert.equal(rects.length, 1);
  const r = rects[0];
  assert.ok(r.x > 0 && r.y > 0 && r.x + r.width < 1280 && r.y + r.height < 800, JSON.stringify(r));
  assert.ok(r.width > 50 && r.width < 200, `"Ferry crews" is ${r.width}px wide`);
  const shot = await page.screenshot({ path: join(screenshots, 'page-sample.png') });
  const image = decodePng(shot);
  assert.ok(darkPixels(image, r) > 100, 'no ink where the first words should be');
  // …and nothing is drawn in the margin left of the column.
  assert.equal(darkPixels(image, { x: 10, y: r.y, width: r.x - 20, height: r.height }), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('curly quotes are drawn as glyphs, not as fallback boxes', async () => {
  const { page, context } = await openPage(env.browser, env.url, { scale: 2 });
  await waitReady(page);
  const open = codePointIndex(sample, '\u201CWe are');
  const [quote] = await page.evaluate(([s]) => window.spanmark.textRects(s, s + 1), [open]);
  const [letter] = await page.evaluate(([s]) => window.spanmark.textRects(s, s + 1), [open + 1]);
  const image = decodePng(await page.screenshot());
  const px = (r) => ({ x: r.x * 2, y: r.y * 2, width: r.width * 2, height: r.height * 2 });
  // A fallback box is a tall outline as wide as a letter; a curly quote is a
  // small mark in the upper half of the line, narrower than the W after it.
  const upper = darkPixels(image, { ...px(quote), height: quote.height });  // top half of the line box
  const lower = darkPixels(image, { ...px(quote), y: (quote.y + quote.height / 2) * 2, height: quote.height });
  assert.ok(upper > 10, `quote mark has ${upper} ink pixels in the upper half`);
  assert.ok(lower < upper / 4, `quote mark reaches down the line: ${lower} vs ${upper}`);
  assert.ok(quote.width < letter.width, 'the quote mark is as wide as a letter: looks like a box');
  await context.close();
});

test('on a HiDPI screen the canvas has a device-pixel backing store', async () => {
  const { page, context, problems } = await openPage(env.browser, env.url, { scale: 2 });
  await waitReady(page);
  const size = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { width: c.width, height: c.height, css: c.clientWidth };
  });
  assert.deepEqual(size, { width: 2560, height: 1600, css: 1280 });
  const start = codePointIndex(sample, 'Ferry crews');
  const [r] = await page.evaluate(([s, e]) => window.spanmark.textRects(s, e), [start, start + 11]);
  assert.ok(r.width > 50 && r.width < 200, 'rects stay in CSS pixels');
  await page.screenshot({ path: join(screenshots, 'page-sample-hidpi.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('?doc=URL opens that document', async () => {
  const { page, context, problems } = await openPage(env.browser, env.url + '?doc=test-data/harbour-note.txt');
  await waitReady(page);
  const saved = JSON.parse(await page.evaluate(() => window.spanmark.save()));
  assert.equal(saved.document.id, 'harbour-note');
  assert.equal(saved.document.text, readFileSync(join(repo, 'tests/data/harbour-note.txt'), 'utf8'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a ?doc=URL that cannot be fetched leaves the sample open and says why', async () => {
  const { page, context } = await openPage(env.browser, env.url + '?doc=test-data/missing.json');
  await waitReady(page);
  const saved = JSON.parse(await page.evaluate(() => window.spanmark.save()));
  assert.equal(saved.document.text, sample);
  const image = decodePng(await page.screenshot({ path: join(screenshots, 'page-missing-doc.png') }));
  // The error banner (#fbe3e1) stretches across the top of the window.
  let banner = 0;
  for (let y = 0; y < 100; y++)
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if (image.data[i] === 0xfb && image.data[i + 1] === 0xe3 && image.data[i + 2] === 0xe1) banner++;
    }
  assert.ok(banner > 20000, `only ${banner} banner pixels`);
  await context.close();
});

test('load() refuses broken input with a located message and keeps the document', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  const before = await page.evaluate(() => window.spanmark.save());
  const message = await page.evaluate(() => window.spanmark.load('{"format": "spanmark",\n oops}', 'bad.json'));
  assert.match(message, /^bad\.json: line 2, column 2: not valid JSON/);
  assert.equal(await page.evaluate(() => window.spanmark.save()), before);
  assert.equal(await page.evaluate(() => window.spanmark.load('plain \u00e9 text \ud83d\ude00', 'note.txt')), null);
  const saved = JSON.parse(await page.evaluate(() => window.spanmark.save()));
  assert.equal(saved.document.text, 'plain \u00e9 text \ud83d\ude00');
  await context.close();
});

test('the mouse wheel scrolls the article', async () => {
  const { page, context } = await openPage(env.browser, env.url, { height: 500 });
  await waitReady(page);
  const before = await page.evaluate(() => window.spanmark.view());
  assert.ok(before.scrollHeight > before.clientHeight, 'the sample should not fit in 500px');
  await page.mouse.move(before.x, before.y);
  await page.mouse.wheel(0, 300);
  await page.waitForFunction((top) => window.spanmark.view().scrollTop > top, before.scrollTop);
  const afterWheel = await page.evaluate(() => window.spanmark.view());
  assert.ok(afterWheel.scrollTop > before.scrollTop);
  await context.close();
});

test('the page draws no frames at rest', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  // The frames after loading (suggestions found a phase a frame, the draft stored) end at
  // their own pace on a loaded machine: wait for them to end, then count a second of rest.
  await page.waitForFunction(() => window.spanmark.view().suggestions > 0 && window.spanmark.view().stored,
    null, { timeout: 30000 });
  const frames = async () => (await page.evaluate(() => window.spanmark.view())).frames;
  for (let last = -1, now = await frames(), tries = 0; now !== last && tries < 60; last = now, now = await frames(), tries++)
    await wait(500);
  const first = await frames();
  await wait(1000);
  const second = (await page.evaluate(() => window.spanmark.view())).frames;
  assert.equal(second, first, `${second - first} frames drawn in a second of rest`);
  // Input wakes it.
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await page.waitForFunction((n) => window.spanmark.view().frames > n, second);
  await context.close();
});

test('a failed module download shows a message instead of a blank page', async () => {
  const { page: blank, context } = await openPage(env.browser, 'about:blank');
  await blank.route('**/spanmark-app.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await blank.goto(env.url);
  await blank.waitForSelector('#fatal:not([hidden])', { timeout: 20000 });
  assert.match(await blank.textContent('#fatal'), /cannot run here/);
  await context.close();
});

test('a browser without WebGL 2 gets a message', async () => {
  const other = await start({ extraArgs: ['--disable-webgl', '--disable-webgl2'] });
  try {
    const { page } = await openPage(other.browser, other.url);
    await page.waitForSelector('#fatal:not([hidden])', { timeout: 20000 });
    assert.match(await page.textContent('#fatal'), /WebGL 2/);
  } finally {
    await other.stop();
  }
});

test('the page stays within its size budget', async () => {
  const { readdirSync, statSync } = await import('node:fs');
  const { gzipSync } = await import('node:zlib');
  const { site } = await import('./harness.mjs');
  let gzip = 0;
  // Team mode's scripts load only with ?team= (docs/team.md), and the learning worker only when
  // the tagger first learns (docs/page.md): the page as it opens keeps its budget.
  const later = (name) => name.startsWith('team') || name === 'learner-worker.js' || name.startsWith('spanmark-learner.');
  for (const name of readdirSync(site)) if (!later(name)) gzip += gzipSync(readFileSync(join(site, name)), { level: 9 }).length;
  const learner = statSync(join(site, 'spanmark-learner.wasm')).size;
  assert.ok(learner <= 300e3, `the learning worker's wasm is ${learner} bytes, budget 300,000`);
  const wasm = statSync(join(site, 'spanmark-app.wasm')).size;
  // Raised from 1.5 MB with curation (agreement measures, the layers side by side, issue 15), and
  // from 1.6 MB and 700 KB with the learned tagger (training, tagging in steps, its model file and
  // review, issue 16: 52 KB, 18 KB gzipped, with the tagger's code built -Oz); 100 KB more to
  // compile is about 1 ms. Raised to 1.8 MB and 800 KB with every script drawn (FriBidi's tables
  // and the text's units, issue 17, which allows the page 900 KB gzipped in all).
  assert.ok(wasm <= 1.8e6, `wasm is ${wasm} bytes, budget 1,800,000`);
  assert.ok(gzip <= 800e3, `the page is ${gzip} bytes gzipped, budget 800,000`);
});

test('a doccano file opens, its UTF-16 offsets turned into code points', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  // The ship is two UTF-16 units: doccano puts "Vila Seca" at 3..12, spanmark at 2..11.
  const error = await page.evaluate(() => window.spanmark.load(
    '{"id": 4, "text": "\ud83d\udea2 Vila Seca port", "label": [[3, 12, "LOC"]]}\n', 'ferries.jsonl'));
  assert.equal(error, null);
  const saved = JSON.parse(await page.evaluate(() => window.spanmark.save()));
  assert.deepEqual(saved.spans.map((s) => [s.start, s.end, s.label, s.text]), [[2, 11, 'LOC', 'Vila Seca']]);
  assert.ok(saved.labels.some((l) => l.name === 'LOC'));
  await context.close();
});
