// Fault injection for the promise that no work is lost (issue 12): a full
// quota, a tab closed at once, a dropped file and a reload, two tabs on one
// document, the same id with a changed text, a thousand documents, an id
// with U+0000, a NUL inside a text. Real Chromium, real keys and mouse; each
// case ends with the work checked span by span.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePng } from './png.mjs';
import {
  dragAndLabel, dropFile, openPage, repo, screenshots, settle, spansOf, start, wait, waitReady,
} from './harness.mjs';

const note = readFileSync(join(repo, 'tests/data/harbour-note.txt'), 'utf8');
const sample = readFileSync(join(repo, 'assets/sample-article.txt'), 'utf8');
const at = (text, phrase) => {
  const start = [...text.slice(0, text.indexOf(phrase))].length;
  return [start, start + [...phrase].length];
};

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

const view = (page) => page.evaluate(() => window.spanmark.view());
const waitStored = (page) => page.waitForFunction(() => window.spanmark.view().stored === true, null, { timeout: 10000 });

// ImGui's buttons (light theme) in a band of the screen, left to right: [{x, y}] centres.
async function buttonsIn(page, top, bottom, name) {
  const image = decodePng(await page.screenshot({ path: join(screenshots, name) }));
  const isButton = (i) => Math.abs(image.data[i] - 169) < 14 && Math.abs(image.data[i + 1] - 202) < 14 && Math.abs(image.data[i + 2] - 239) < 14;
  const columns = new Map();  // x -> [ys]
  for (let y = top; y < bottom; y++)
    for (let x = 0; x < image.width; x++)
      if (isButton((y * image.width + x) * 4)) (columns.get(x) || columns.set(x, []).get(x)).push(y);
  const xs = [...columns.keys()].sort((a, b) => a - b);
  const found = [];
  for (const x of xs) {
    const last = found[found.length - 1];
    if (last && x - last.right <= 2) last.right = x;
    else found.push({ left: x, right: x, ys: columns.get(x) });
  }
  return found.filter((b) => b.right - b.left > 20)
    .map((b) => ({ x: (b.left + b.right) / 2, y: b.ys.reduce((s, y) => s + y, 0) / b.ys.length }));
}

test('a full quota: the warning shows at once, the work stays in memory, Ctrl+S downloads it', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(env.url).origin, quotaSize: 1 });
  const a = await dragAndLabel(page, ...at(sample, 'Inês Carvalho'), '1');
  await page.waitForFunction(() => window.spanmark.view().storageFailed === true, null, { timeout: 10000 });
  const b = await dragAndLabel(page, ...at(sample, 'Vila Seca'), '2');
  const made = [`${a.start}:${a.end}:ACTOR`, `${b.start}:${b.end}:PLACE`].sort((x, y) => parseInt(x) - parseInt(y));
  assert.deepEqual(await spansOf(page), made);
  const image = decodePng(await page.screenshot({ path: join(screenshots, 'faults-quota-warning.png') }));
  let red = 0;  // the warning's dark red text under the bars
  for (let i = 0; i < image.width * 140 * 4; i += 4)
    if (image.data[i] > 120 && image.data[i + 1] < 60 && image.data[i + 2] < 60) red++;
  assert.ok(red > 200, `no storage warning (${red} red pixels)`);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const saved = await (await download).path();
  const file = readFileSync(saved, 'utf8');
  assert.deepEqual(JSON.parse(file).spans.map((s) => `${s.start}:${s.end}:${s.label}`), made);
  // After a reload the downloaded file brings every span back.
  await page.reload();
  await waitReady(page);
  await dropFile(page, 'sample-article.json', file, 'application/json');
  assert.deepEqual(await spansOf(page), made);
  await context.close();
});

test('the tab closed right after an edit, with no beforeunload: the edit is there in a new tab', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  const a = await dragAndLabel(page, ...at(sample, 'Helena Moutinho'), '1');
  await page.keyboard.press('Delete');  // and a second change right before closing
  await page.keyboard.press('Control+z');
  await waitStored(page);  // the transaction completed: on disk
  await page.close({ runBeforeUnload: false });
  const second = await context.newPage();
  await second.goto(env.url);
  await waitReady(second);
  assert.deepEqual(await spansOf(second), [`${a.start}:${a.end}:ACTOR`]);
  await context.close();
});

test('a dropped text file, annotated, comes back with every span after a reload', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  await dropFile(page, 'harbour-note.txt', note, 'text/plain');
  const a = await dragAndLabel(page, ...at(note, 'harbour master'), '1');
  const b = await dragAndLabel(page, ...at(note, 'Friday'), '3');
  await waitStored(page);
  await page.reload();
  await waitReady(page);
  const saved = JSON.parse(await page.evaluate(() => window.spanmark.save()));
  assert.equal(saved.document.id, 'harbour-note');
  assert.equal(saved.document.text, note);
  assert.deepEqual(await spansOf(page), [`${a.start}:${a.end}:ACTOR`, `${b.start}:${b.end}:FIGURE`]);
  await page.screenshot({ path: join(screenshots, 'faults-dropped-restored.png') });
  await context.close();
});

test('two tabs on one document: the second is read-only until it takes over; no edit is lost', async () => {
  const { page: first, context } = await openPage(env.browser, env.url);
  await waitReady(first);
  const a = await dragAndLabel(first, ...at(sample, 'Ricardo Abreu'), '1');
  await waitStored(first);
  const second = await context.newPage();
  await second.goto(env.url);
  await waitReady(second);
  assert.equal((await view(second)).readOnly, true);
  assert.deepEqual(await spansOf(second), [`${a.start}:${a.end}:ACTOR`], 'the second tab shows the first tab\'s work');
  await dragAndLabel(second, ...at(sample, 'Vila Seca'), '2');  // refused: read-only
  assert.deepEqual(await spansOf(second), [`${a.start}:${a.end}:ACTOR`]);
  // "Take over here": the button under the warning.
  const [takeOver] = await buttonsIn(second, 55, 170, 'faults-two-tabs-read-only.png');
  assert.ok(takeOver, 'no Take over button');
  await second.mouse.click(takeOver.x, takeOver.y);
  await settle(second);
  await second.waitForFunction(() => window.spanmark.view().readOnly === false);
  await first.waitForFunction(() => window.spanmark.view().readOnly === true);
  const b = await dragAndLabel(second, ...at(sample, 'Vila Seca'), '2');
  await waitStored(second);
  await dragAndLabel(first, ...at(sample, 'Inês Carvalho'), '1');  // refused in the first tab now
  const both = [`${a.start}:${a.end}:ACTOR`, `${b.start}:${b.end}:PLACE`].sort((x, y) => parseInt(x) - parseInt(y));
  assert.deepEqual(await spansOf(second), both);
  // Reloaded, the first tab shows everything (read-only while the second holds the document).
  await first.reload();
  await waitReady(first);
  assert.deepEqual(await spansOf(first), both);
  await second.close({ runBeforeUnload: false });
  const third = await context.newPage();
  await third.goto(env.url);
  await waitReady(third);
  assert.deepEqual(await spansOf(third), both);
  await context.close();
});

test('the same id opened with a changed text: the old draft is offered, and opens', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  await dropFile(page, 'note.txt', note, 'text/plain');
  const a = await dragAndLabel(page, ...at(note, 'quay'), '2');
  await waitStored(page);
  const changed = note.replace('Friday', 'Monday');
  await dropFile(page, 'note.txt', changed, 'text/plain');
  assert.deepEqual(await spansOf(page), [], 'the old work was laid over a new text');
  assert.equal((await view(page)).offered, 1);
  const [openIt] = await buttonsIn(page, 55, 170, 'faults-older-version-offered.png');
  assert.ok(openIt, 'no "Open it" button');
  await page.mouse.click(openIt.x, openIt.y);
  await settle(page);
  const saved = JSON.parse(await page.evaluate(() => window.spanmark.save()));
  assert.equal(saved.document.text, note);
  assert.deepEqual(await spansOf(page), [`${a.start}:${a.end}:PLACE`]);
  await context.close();
});

test('1,000 documents opened one after another, one in eight annotated: storage stays bounded', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  for (let i = 0; i < 1000; i++) {
    assert.equal(await page.evaluate((n) => window.spanmark.load(`Report ${n} from the harbour.`, `report-${n}.txt`), i), null);
    if (i % 8 !== 7) continue;
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('1');
    await page.waitForFunction(() => JSON.parse(window.spanmark.save()).spans.length === 1);
  }
  await page.waitForFunction(() => window.spanmark.view().stored === true, null, { timeout: 120000 });
  const count = () => page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.open('spanmark');
    request.onsuccess = () => {
      const tx = request.result.transaction(['drafts', 'snapshots'], 'readonly');
      const counts = {};
      tx.objectStore('drafts').count().onsuccess = (e) => { counts.drafts = e.target.result; };
      tx.objectStore('snapshots').count().onsuccess = (e) => { counts.snapshots = e.target.result; };
      tx.oncomplete = () => { request.result.close(); resolve(counts); };
    };
    request.onerror = () => reject(request.error);
  }));
  let stored = await count();
  for (let tries = 0; tries < 60 && (stored.drafts > 50 || stored.snapshots > 50); tries++) {
    await wait(1000);  // the bound is kept after each snapshot, in the background
    stored = await count();
  }
  assert.ok(stored.drafts <= 50 && stored.snapshots <= 50, `drafts kept: ${JSON.stringify(stored)}`);
  assert.ok(stored.drafts >= 40, `the newest drafts are kept: ${JSON.stringify(stored)}`);
  const bytes = (await view(page)).draftBytes;
  assert.ok(bytes > 0 && bytes < 100e3, `draft bytes reported and small: ${bytes}`);
  // The newest is whole after a reload.
  await page.reload();
  await waitReady(page);
  const saved = JSON.parse(await page.evaluate(() => window.spanmark.save()));
  assert.equal(saved.document.id, 'report-999');
  assert.equal(saved.spans.length, 1);
  await context.close();
});

test('an id with U+0000 is refused with where; a NUL inside a text survives an export', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  const before = await page.evaluate(() => window.spanmark.save());
  const error = await page.evaluate(() => window.spanmark.load(
    '{"format":"spanmark","version":1,"document":{"id":"a\\u0000b","text":"Hi"},"spans":[],"relations":[]}', 'nul.json'));
  assert.match(error, /nul\.json: \/document\/id: the id holds the control character U\+0000 at byte 1/);
  assert.equal(await page.evaluate(() => window.spanmark.save()), before);
  // A text with a NUL inside: the plain-text export holds all of it.
  assert.equal(await page.evaluate(() => window.spanmark.load('before\u0000after', 'nul-inside.txt')), null);
  await settle(page);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+e');
  await settle(page);
  await page.keyboard.press('6');
  const file = await download;
  assert.equal(file.suggestedFilename(), 'nul-inside.txt');
  assert.equal(readFileSync(await file.path(), 'utf8'), 'before\u0000after');
  await context.close();
});
