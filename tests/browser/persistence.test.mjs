// Never losing work: autosave to IndexedDB and restore on reload or in a new
// tab, the question before closing with changes, open by drag and drop,
// Ctrl+S downloads a file the CLI accepts, bad files leave the work alone,
// and a browser without storage still lets a person work.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePng } from './png.mjs';
import { dragAndLabel as dragAndLabelRange, dropFile, openPage, repo, screenshots, spansOf, start, wait, waitReady } from './harness.mjs';

const sample = readFileSync(join(repo, 'assets/sample-article.txt'), 'utf8');
const at = (phrase) => {
  const start = [...sample.slice(0, sample.indexOf(phrase))].length;
  return { start, end: start + [...phrase].length };
};
const cli = join(repo, 'build/native/src/spanmark');

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

async function dragAndLabel(page, phrase, key) {
  const range = at(phrase);
  return dragAndLabelRange(page, range.start, range.end, key);
}

const spans = spansOf;

test('work comes back after a reload and in a new tab of the same profile', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  const a = await dragAndLabel(page, 'Inês Carvalho', '1');
  const b = await dragAndLabel(page, 'Vila Seca', '2');
  const made = await spans(page);
  assert.deepEqual(made, [`${a.start}:${a.end}:ACTOR`, `${b.start}:${b.end}:PLACE`].sort((x, y) => parseInt(x) - parseInt(y)));
  await wait(500);  // "within half a second"
  await page.reload();
  await waitReady(page);
  assert.deepEqual(await spans(page), made, 'reload lost the work');
  await page.screenshot({ path: join(screenshots, 'persistence-restored.png') });
  await page.close({ runBeforeUnload: false });
  const second = await context.newPage();
  await second.goto(env.url);
  await waitReady(second);
  assert.deepEqual(await spans(second), made, 'a new tab did not get the work back');
  await context.close();
});

test('closing the tab with changes not downloaded asks first', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  await dragAndLabel(page, 'Ricardo Abreu', '1');
  const asked = new Promise((resolve) => page.once('dialog', (d) => { resolve(d.type()); d.accept(); }));
  await page.close({ runBeforeUnload: true });
  assert.equal(await Promise.race([asked, wait(5000).then(() => 'no question')]), 'beforeunload');
  await context.close();
});

test('Ctrl+S downloads the document as JSON that the CLI validates', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  await dragAndLabel(page, 'Helena Moutinho', '1');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const file = await download;
  assert.equal(file.suggestedFilename(), 'sample-article.json');
  const path = join(screenshots, 'downloaded-sample-article.json');
  await file.saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(saved.spans.length, 1);
  assert.equal(saved.spans[0].text, 'Helena Moutinho');
  assert.ok(existsSync(cli), 'the native build makes the CLI');
  execFileSync(cli, ['validate', path]);  // throws on a non-zero exit
  // Saved: closing no longer asks.
  const asked = new Promise((resolve) => page.once('dialog', (d) => { resolve(d.type()); d.accept(); }));
  await page.close({ runBeforeUnload: true });
  assert.equal(await Promise.race([asked, wait(1500).then(() => 'no question')]), 'no question');
  await context.close();
});

test('a dropped file opens; a dropped bad file shows a banner and keeps the work', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  await dragAndLabel(page, 'Joaquim Serrão', '1');
  const before = await page.evaluate(() => window.spanmark.save());
  await dropFile(page, 'broken.json', '{"format": "spanmark", "version": 1, "document": {"id": "x", "text": "ab"}, "spans": [{"id": "s1", "start": 0, "end": 5, "label": "ACTOR"}]}', 'application/json');
  assert.equal(await page.evaluate(() => window.spanmark.save()), before, 'a bad file changed the open document');
  const image = decodePng(await page.screenshot({ path: join(screenshots, 'persistence-bad-drop.png') }));
  let banner = 0;
  for (let i = 0; i < image.width * 120 * 4; i += 4)
    if (image.data[i] === 0xfb && image.data[i + 1] === 0xe3 && image.data[i + 2] === 0xe1) banner++;
  assert.ok(banner > 20000, 'no error banner');
  await dropFile(page, 'quay-note.txt', 'The quay at Vila Seca reopens on Monday.', 'text/plain');
  const opened = JSON.parse(await page.evaluate(() => window.spanmark.save()));
  assert.equal(opened.document.id, 'quay-note');
  assert.equal(opened.document.text, 'The quay at Vila Seca reopens on Monday.');
  await context.close();
});

test('without storage the page warns and the work goes on in memory', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => { Object.defineProperty(window, 'indexedDB', { value: undefined }); });
  const page = await context.newPage();
  await page.goto(env.url);
  await waitReady(page);
  const range = await dragAndLabel(page, 'Tomás Reyes-Halloran', '1');
  assert.deepEqual(await spans(page), [`${range.start}:${range.end}:ACTOR`]);
  const image = decodePng(await page.screenshot({ path: join(screenshots, 'persistence-no-storage.png') }));
  let warning = 0;  // the warning's dark red text near the top
  for (let i = 0; i < image.width * 140 * 4; i += 4)
    if (image.data[i] > 120 && image.data[i + 1] < 60 && image.data[i + 2] < 60) warning++;
  assert.ok(warning > 200, `no storage warning (${warning} red pixels)`);
  await context.close();
});
