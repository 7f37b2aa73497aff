// Every script drawn right (docs/page.md, "Every script"): articles in
// Arabic, Persian, Hebrew, Hindi, Chinese, Japanese, Korean and Thai, and an
// English one quoting posts with emoji, each opened with its gold and drawn
// with no fallback mark, beside the same text in Chromium's own DOM; drags,
// Shift+arrows, highlights and a relation's arrow in right-to-left and mixed
// lines, the saved file checked span by span.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, repo, screenshots, settle, spanKey, start, wait, waitReady } from './harness.mjs';

const articles = ['arabic', 'persian', 'hebrew', 'hindi', 'chinese', 'japanese', 'korean', 'thai', 'emoji'];
const gold = (name) => JSON.parse(readFileSync(join(repo, 'tests/data/scripts', `${name}.gold.json`), 'utf8'));
const bare = (doc) => JSON.stringify({ ...doc, spans: [], relations: [] });
const keyOf = (doc, label) => doc.labels.find((l) => l.name === label).key;
const spanOf = (doc, text) => {
  const s = doc.spans.find((x) => x.text === text);
  assert.ok(s, `no gold span "${text}"`);
  return s;
};

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

async function opened(doc, name) {
  const session = await openPage(env.browser, env.url);
  await waitReady(session.page);
  assert.equal(await session.page.evaluate(([t, n]) => window.spanmark.load(t, n), [doc, name]), null);
  await session.page.mouse.move(5, 5);
  await settle(session.page);
  return session;
}
const view = (page) => page.evaluate(() => window.spanmark.view());
const rects = (page, s) => page.evaluate(([a, b]) => window.spanmark.textRects(a, b), [s.start, s.end]);
const saved = async (page) => JSON.parse(await page.evaluate(() => window.spanmark.save()));

// The same text as the DOM lays it out: the embedded font's family, its size, the column's width.
function domPage(text) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraphs = text.split('\n').filter((p) => p).map((p) => `<p dir="auto">${escape(p)}</p>`).join('');
  return `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#fdfcf8">` +
    `<div style="width:756px;margin:30px 80px;font:18px 'DejaVu Sans',sans-serif;line-height:32px">${paragraphs}</div>`;
}

test('every script is drawn without a fallback mark, beside the same text in Chromium\'s DOM; the gold comes back as it was', async () => {
  for (const name of articles) {
    const doc = gold(name);
    const { page, context, problems } = await opened(JSON.stringify(doc), `${name}.json`);
    const v = await view(page);
    assert.equal(v.fallbacksDrawn, 0, `${name}: ${v.fallbacksDrawn} code points drawn as the fallback mark`);
    assert.ok(v.unitsDrawn > 0, `${name}: nothing drawn by the browser's fonts`);
    await page.screenshot({ path: join(screenshots, `scripts-${name}.png`) });
    assert.deepEqual((await saved(page)).spans.map(spanKey), doc.spans.map(spanKey), `${name}: the spans changed`);
    const dom = await context.newPage();
    await dom.setContent(domPage(doc.document.text));
    await dom.screenshot({ path: join(screenshots, `scripts-${name}-dom.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('drags over right-to-left and mixed words select exactly their code points; the saved file holds the gold spans', async () => {
  const cases = {
    hebrew: ['Metro Rail', '2.3 מיליארד שקל', 'חיפה'],
    arabic: ['Nordhavn Logistics', 'سامي الحداد', '340 سفينة', '45%'],
    persian: ['مریم احمدی', '18 درصد', 'Pars Wire'],
  };
  for (const [name, texts] of Object.entries(cases)) {
    const doc = gold(name);
    const { page, context, problems } = await opened(bare(doc), `${name}.json`);
    const expected = [];
    for (const text of texts) {
      const s = spanOf(doc, text);
      const [r, more] = await rects(page, s);
      assert.equal(more, undefined, `${name}: "${text}" is not on one line`);
      // As a reader of a right-to-left line drags: from its right end to its left.
      await page.mouse.move(r.x + r.width - 2, r.y + r.height * 0.4);
      await page.mouse.down();
      await page.mouse.move(r.x + 2, r.y + r.height * 0.4, { steps: 6 });
      await page.mouse.up();
      await settle(page);
      await page.keyboard.press(keyOf(doc, s.label));
      await settle(page);
      await wait(400);  // the next press is not a double-click
      expected.push(spanKey(s));
    }
    const got = (await saved(page)).spans.map(spanKey).sort();
    assert.deepEqual(got, expected.sort(), `${name}: the drags made other spans`);
    await page.screenshot({ path: join(screenshots, `scripts-drags-${name}.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('in a right-to-left line Shift+arrows select in logical order; a highlight covers exactly its glyphs', async () => {
  const doc = gold('hebrew');
  const { page, context, problems } = await opened(bare(doc), 'hebrew.json');
  const haifa = spanOf(doc, 'חיפה');
  const [r] = await rects(page, haifa);
  // A click on the right half of the word's first letter puts the caret before it.
  await page.mouse.click(r.x + r.width - 3, r.y + r.height * 0.4);
  await settle(page);
  await wait(400);
  for (let i = 0; i < haifa.end - haifa.start; i++) await page.keyboard.press('Shift+ArrowRight');
  await settle(page);
  await page.keyboard.press(keyOf(doc, 'PLACE'));
  await settle(page);
  assert.deepEqual((await saved(page)).spans.map(spanKey), [spanKey(haifa)]);
  // Each letter of the span lies inside its highlight, its neighbours outside.
  const [box] = await rects(page, haifa);
  const inside = (c) => c.x >= box.x - 0.5 && c.x + c.width <= box.x + box.width + 0.5;
  for (let cp = haifa.start; cp < haifa.end; cp++) {
    const [c] = await page.evaluate((p) => window.spanmark.textRects(p, p + 1), cp);
    assert.ok(inside(c), `code point ${cp} is drawn outside its span's highlight`);
  }
  for (const cp of [haifa.start - 2, haifa.end + 1]) {
    const [c] = await page.evaluate((p) => window.spanmark.textRects(p, p + 1), cp);
    assert.ok(c.x >= box.x + box.width - 0.5 || c.x + c.width <= box.x + 0.5, `code point ${cp} is inside the highlight`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a quote linked to its speaker in a right-to-left article: the arrow ends at the spans; a click on it selects it', async () => {
  const doc = gold('hebrew');
  const { page, context, problems } = await opened(JSON.stringify(doc), 'hebrew.json');
  const quote = doc.spans.find((s) => s.label === 'QUOTE');
  const speaker = spanOf(doc, 'דנה לוי');
  const click = async (s) => {
    const [r] = await rects(page, s);
    await page.mouse.click(r.x + r.width / 2, r.y + r.height * 0.4);
    await settle(page);
    await wait(400);
  };
  await click(quote);
  await page.keyboard.press('r');
  await click({ start: speaker.start, end: speaker.start + 3 });
  let file = await saved(page);
  assert.equal(file.relations.length, 1);
  const byId = new Map(file.spans.map((s) => [s.id, s]));
  assert.equal(byId.get(file.relations[0].from).text, quote.text);
  assert.equal(byId.get(file.relations[0].to).text, speaker.text);
  await page.mouse.move(5, 5);
  await settle(page);
  await page.screenshot({ path: join(screenshots, 'scripts-relation-hebrew.png') });
  // The arrow's middle, from the geometry the view uses (annotate.test.mjs): anchors at the top of
  // each span's first rectangle, the curve lifted above them.
  const [q] = await rects(page, quote);
  const [s] = await rects(page, speaker);
  const anchor = (x) => ({ x: x.x + Math.min(x.width / 2, 54), y: x.y + 4 - 3 });
  const a = anchor(q), b = anchor(s);
  const lift = Math.min(Math.max(Math.hypot(b.x - a.x, b.y - a.y) / 3, 21.6), 90);
  await page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2 - 0.75 * lift);
  await settle(page);
  await wait(350);
  await page.keyboard.press('Delete');
  await settle(page);
  file = await saved(page);
  assert.equal(file.relations.length, 0, 'the click on the arrow did not select it');
  assert.equal(file.spans.length, doc.spans.length);
  assert.deepEqual(problems, []);
  await context.close();
});
