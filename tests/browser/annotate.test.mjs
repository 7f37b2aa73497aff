// A person annotating the sample article with the mouse and the keyboard:
// drags, double-clicks, Shift+arrows, label keys, relabel, delete, a speaker
// link by `r` + click, search with label-all, and undo/redo of each; the
// saved JSON is then checked span by span.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, repo, screenshots, start, wait, waitReady } from './harness.mjs';

const sample = readFileSync(join(repo, 'assets/sample-article.txt'), 'utf8');
const cps = [...sample];  // the text as code points

// [start, end) in code points of the nth occurrence of a phrase.
function at(phrase, nth = 0) {
  let from = -1;
  for (let i = 0; i <= nth; i++) {
    from = sample.indexOf(phrase, from + 1);
    if (from < 0) throw new Error(`"${phrase}" #${nth} is not in the sample`);
  }
  const start = [...sample.slice(0, from)].length;
  return { start, end: start + [...phrase].length };
}

let env, page, context, problems;
const expected = new Map();  // "start:end:label" -> text

before(async () => {
  env = await start();
  ({ page, context, problems } = await openPage(env.browser, env.url, { width: 1400, height: 900 }));
  await waitReady(page);
});
after(async () => {
  await context.close();
  await env.stop();
});

// Lets the page draw until the input is handled and it comes to rest.
async function settle() {
  let frames = -1;
  for (let i = 0; i < 50; i++) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const now = (await page.evaluate(() => window.spanmark.view())).frames;
    if (now === frames) return;
    frames = now;
  }
}

async function rects(range) {
  return page.evaluate(([s, e]) => window.spanmark.textRects(s, e), [range.start, range.end]);
}

// Presses inside the first character and releases inside the last, in steps like a hand.
async function drag(range, { fromInside = 0.15, toInside = 0.85, alt = false } = {}) {
  const boxes = await rects(range);
  assert.ok(boxes.length > 0, 'range not on screen');
  const first = boxes[0], last = boxes[boxes.length - 1];
  const firstChar = (await rects({ start: range.start, end: range.start + 1 }))[0];
  const lastChar = (await rects({ start: range.end - 1, end: range.end }))[0];
  const x0 = first.x + firstChar.width * fromInside, y0 = first.y + first.height * 0.4;
  const x1 = lastChar.x + lastChar.width * toInside, y1 = last.y + last.height * 0.4;
  if (alt) await page.keyboard.down('Alt');
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, { steps: 4 });
  await page.mouse.move(x1, y1, { steps: 4 });
  await page.mouse.up();
  if (alt) await page.keyboard.up('Alt');
  await settle();
  await wait(350);  // the next press must not count as a double-click
}

async function clickOn(range) {
  const [box] = await rects(range);
  await page.mouse.click(box.x + Math.min(box.width / 2, 12), box.y + box.height * 0.4);
  await settle();
  await wait(350);
}

async function press(key) {
  await page.keyboard.press(key);
  await settle();
}

async function saved() {
  return JSON.parse(await page.evaluate(() => window.spanmark.save()));
}

function expectSpan(range, label) {
  expected.set(`${range.start}:${range.end}:${label}`, cps.slice(range.start, range.end).join(''));
}

async function spanAt(range, label) {
  const doc = await saved();
  return doc.spans.find((s) => s.start === range.start && s.end === range.end && s.label === label);
}

test('twenty-two spans of all four labels, made by dragging', async () => {
  const plan = [
    ['Port Alvor', '2', 'PLACE', 0], ['Santa Brígida', '2', 'PLACE', 0], ['about 340 deck and engine crew', '3', 'FIGURE', 0],
    ['Coastal Seafarers’ Union', '1', 'ACTOR', 0], ['Meridian Lines', '1', 'ACTOR', 0], ['14 hours', '3', 'FIGURE', 0],
    ['Inês Carvalho', '1', 'ACTOR', 0], ['Tomás Reyes-Halloran', '1', 'ACTOR', 0], ['6.5%', '3', 'FIGURE', 0],
    ['About 4,800 passengers', '3', 'FIGURE', 0], ['900 vehicles', '3', 'FIGURE', 0], ['Vila Seca', '2', 'PLACE', 0],
    ['Joaquim Serrão', '1', 'ACTOR', 0], ['31 years', '3', 'FIGURE', 0], ['€1,200', '3', 'FIGURE', 0],
    ['Helena Moutinho', '1', 'ACTOR', 0], ['Ricardo Abreu', '1', 'ACTOR', 0], ['1,150 members', '3', 'FIGURE', 0],
    ['1.7 million passengers', '3', 'FIGURE', 0], ['Port Alvor', '2', 'PLACE', 1],
  ];
  for (const [phrase, key, label, nth] of plan) {
    const range = at(phrase, nth);
    await drag(range);
    await press(key);
    expectSpan(range, label);
    assert.ok(await spanAt(range, label), `${label} "${phrase}" was not made`);
  }
  // Two quotes, dragged from mark to mark across line ends.
  for (const quote of ['“We are not against more crossings. We are against the same tired people doing them,”',
                       '“Nobody here chose this fight, but everybody here is paying for it,”']) {
    const range = at(quote);
    await drag(range);
    await press('4');
    expectSpan(range, 'QUOTE');
    assert.ok(await spanAt(range, 'QUOTE'), `quote "${quote.slice(0, 20)}…" was not made`);
  }
  assert.equal((await saved()).spans.length, 22);
});

test('a drag snaps to whole words; Alt keeps it exact', async () => {
  // From inside "Sa|nta" to inside "rough|ly": snaps out to both words.
  const mention = at('traffic to Santa Brígida roughly');
  const inner = { start: mention.start + 'traffic to Sa'.length, end: mention.end - 2 };
  await drag(inner);
  await press('2');
  const snapped = { start: mention.start + 'traffic to '.length, end: mention.end };
  expectSpan(snapped, 'PLACE');
  assert.ok(await spanAt(snapped, 'PLACE'), 'the drag did not snap outwards to whole words');
  await press('Control+z');
  expected.delete(`${snapped.start}:${snapped.end}:PLACE`);
  assert.equal(await spanAt(snapped, 'PLACE'), undefined);
  // With Alt held, the same drag keeps its exact ends.
  await drag(inner, { alt: true });
  await press('2');
  assert.ok(await spanAt(inner, 'PLACE'), 'Alt+drag did not keep exact ends');
  await press('Control+z');
});

test('a nested span inside another, both kept', async () => {
  const outer = at('The mayor of Santa Brígida, Helena Moutinho');
  await drag(outer);
  await press('1');
  expectSpan(outer, 'ACTOR');
  const place = { start: outer.start + [...'The mayor of '].length, end: outer.start + [...'The mayor of Santa Brígida'].length };
  await drag(place);
  await press('2');
  expectSpan(place, 'PLACE');
  const doc = await saved();
  assert.ok(doc.spans.some((s) => s.start === outer.start && s.end === outer.end && s.label === 'ACTOR'));
  assert.ok(doc.spans.some((s) => s.start === place.start && s.end === place.end && s.label === 'PLACE'));
  await page.screenshot({ path: join(screenshots, 'annotate-nested.png') });
});

test('relabel a span by clicking it and pressing another key; undo and redo it', async () => {
  const range = at('Meridian Lines', 1);
  await drag(range);
  await press('2');  // a slip: PLACE
  assert.ok(await spanAt(range, 'PLACE'));
  await clickOn(range);
  await press('1');
  assert.ok(await spanAt(range, 'ACTOR'), 'relabel failed');
  assert.equal(await spanAt(range, 'PLACE'), undefined);
  await press('Control+z');
  assert.ok(await spanAt(range, 'PLACE'), 'undo of relabel failed');
  await press('Control+Shift+z');
  assert.ok(await spanAt(range, 'ACTOR'), 'redo of relabel failed');
  expectSpan(range, 'ACTOR');
});

test('delete a span with Delete and Backspace; undo brings it back, redo removes it', async () => {
  const range = at('mainland');
  await drag(range);
  await press('2');
  assert.ok(await spanAt(range, 'PLACE'));
  await clickOn(range);
  await press('Delete');
  assert.equal(await spanAt(range, 'PLACE'), undefined, 'Delete did not remove the span');
  await press('Control+z');
  assert.ok(await spanAt(range, 'PLACE'), 'undo of delete failed');
  await press('Control+y');
  assert.equal(await spanAt(range, 'PLACE'), undefined, 'redo of delete failed');
  await press('Control+z');
  await clickOn(range);
  await press('Backspace');
  assert.equal(await spanAt(range, 'PLACE'), undefined, 'Backspace did not remove the span');
});

test('link quotes to their speakers with r and a click; undo and redo the link', async () => {
  const pairs = [
    ['“We are not against more crossings. We are against the same tired people doing them,”', 'Inês Carvalho'],
    ['“Nobody here chose this fight, but everybody here is paying for it,”', 'The mayor of Santa Brígida, Helena Moutinho'],
  ];
  for (const [quote, speaker] of pairs) {
    await clickOn(at(quote));
    await press('r');
    // Click the speaker where no smaller span sits: its first word.
    const who = at(speaker);
    await clickOn({ start: who.start, end: who.start + 3 });
    await settle();
  }
  let doc = await saved();
  assert.equal(doc.relations.length, 2);
  const byId = new Map(doc.spans.map((s) => [s.id, s]));
  const links = doc.relations.map((r) => [byId.get(r.from).text, byId.get(r.to).text, r.label]);
  assert.deepEqual(links, [
    [pairs[0][0], 'Inês Carvalho', 'SPEAKER'],
    [pairs[1][0], 'The mayor of Santa Brígida, Helena Moutinho', 'SPEAKER'],
  ]);
  await press('Control+z');
  assert.equal((await saved()).relations.length, 1, 'undo of the link failed');
  await press('Control+y');
  doc = await saved();
  assert.equal(doc.relations.length, 2, 'redo of the link failed');
  await page.mouse.move(5, 5);
  await settle();
  await page.screenshot({ path: join(screenshots, 'annotate-relations.png') });
});

test('click an arrow to select the relation; Delete removes it, undo restores it', async () => {
  // The arrow's middle, from the same geometry the view uses: anchors at the
  // top of each span's first line (18 px text), the curve lifted above them.
  const quote = at('“Nobody here chose this fight, but everybody here is paying for it,”');
  const speaker = at('The mayor of Santa Brígida, Helena Moutinho');
  const [q] = await rects(quote);
  const [s] = await rects(speaker);
  const anchor = (r) => ({ x: r.x + Math.min(r.width / 2, 54), y: r.y + 4 - 3 });
  const a = anchor(q), b = anchor(s);
  const lift = Math.min(Math.max(Math.hypot(b.x - a.x, b.y - a.y) / 3, 21.6), 90);
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - 0.75 * lift };
  await page.mouse.click(mid.x, mid.y);
  await settle();
  await wait(350);
  await press('Delete');
  const doc = await saved();
  assert.equal(doc.relations.length, 1, 'the clicked relation was not deleted');
  const byId = new Map(doc.spans.map((x) => [x.id, x.text]));
  assert.equal(byId.get(doc.relations[0].to), 'Inês Carvalho', 'the wrong relation was deleted');
  await press('Control+z');
  assert.equal((await saved()).relations.length, 2, 'undo did not restore the relation');
});

test('search, then label every match with Alt+1 as one undo step', async () => {
  await press('Control+f');
  await page.keyboard.type('meridian lines');  // case folds
  await settle();
  await press('Alt+1');
  await page.screenshot({ path: join(screenshots, 'annotate-search.png') });
  const doc = await saved();
  const mentions = [];
  for (let i = 0; ; i++) {
    try { mentions.push(at('Meridian Lines', i)); } catch { break; }
  }
  assert.equal(mentions.length, 3);
  for (const m of mentions) {
    assert.ok(doc.spans.some((s) => s.start === m.start && s.end === m.end && s.label === 'ACTOR'), `mention at ${m.start} unlabelled`);
    expectSpan(m, 'ACTOR');
  }
  await page.screenshot({ path: join(screenshots, 'annotate-search.png') });
  await press('Escape');  // closes the search; Ctrl+Z then belongs to the document
  await press('Control+z');
  const undone = await saved();
  const labelled = mentions.filter((m) => undone.spans.some((s) => s.start === m.start && s.end === m.end && s.label === 'ACTOR'));
  assert.equal(labelled.length, 2, 'one undo should remove exactly the span label-all added');
  await press('Control+y');
  const redone = await saved();
  for (const m of mentions)
    assert.ok(redone.spans.some((s) => s.start === m.start && s.end === m.end && s.label === 'ACTOR'));
});

test('double-click selects a word', async () => {
  const word = at('Abreu', 1);
  const [box] = await rects(word);
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height * 0.4);
  await settle();
  await wait(350);
  await press('1');
  expectSpan(word, 'ACTOR');
  assert.ok(await spanAt(word, 'ACTOR'), 'double-click + 1 did not make an ACTOR span');
});

test('Shift+arrows select from the keyboard', async () => {
  const word = at('Thursday');
  const [first] = await rects({ start: word.start, end: word.start + 1 });
  await page.mouse.click(first.x + 1, first.y + first.height * 0.4);
  await settle();
  await wait(350);
  for (let i = 0; i < [...'Thursday'].length; i++) await page.keyboard.press('Shift+ArrowRight');
  await settle();
  await press('3');
  expectSpan(word, 'FIGURE');
  assert.ok(await spanAt(word, 'FIGURE'), 'Shift+arrows + 3 did not make a FIGURE span');
  // Ctrl+Shift+Right selects by word.
  const phrase = at('Thursday evening');
  await page.mouse.click(first.x + 1, first.y + first.height * 0.4);
  await settle();
  await wait(350);
  await press('Escape');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await settle();
  await press('3');
  expectSpan(phrase, 'FIGURE');
  assert.ok(await spanAt(phrase, 'FIGURE'), 'Ctrl+Shift+arrows did not select two words');
});

test('the saved file holds exactly the spans made, each with its text', async () => {
  const doc = await saved();
  const got = new Map(doc.spans.map((s) => [`${s.start}:${s.end}:${s.label}`, s.text]));
  for (const [key, text] of expected) assert.equal(got.get(key), text, `span ${key}`);
  for (const key of got.keys()) assert.ok(expected.has(key), `unexpected span ${key} "${got.get(key)}"`);
  assert.ok(doc.spans.length >= 20);
  const labels = new Set(doc.spans.map((s) => s.label));
  assert.deepEqual([...labels].sort(), ['ACTOR', 'FIGURE', 'PLACE', 'QUOTE']);
  // Sorted by (start, end, label), as the format requires.
  for (let i = 1; i < doc.spans.length; i++) {
    const a = doc.spans[i - 1], b = doc.spans[i];
    assert.ok(a.start < b.start || (a.start === b.start && (a.end < b.end || (a.end === b.end && a.label < b.label))));
  }
  await page.evaluate(() => window.spanmark.textRects(0, 1));
  await settle();
  await page.screenshot({ path: join(screenshots, 'annotate-final.png') });
  assert.deepEqual(problems, []);
});
