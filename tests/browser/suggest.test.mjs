// Suggestions in the page, reviewed from the keyboard only: Tab moves to a
// suggestion, Delete rejects it, Enter accepts it (a speaker brings its
// quote and actor), Shift+Enter accepts all of a label, each accept one
// undo step; the saved file holds exactly what the CLI suggests, less what
// was rejected. Labelling a string suggests its other occurrences.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotationSummary, dragAndLabel, codePointRange, openPage, repo, screenshots, settle, start, waitReady } from './harness.mjs';

const cli = join(repo, 'build/native/src/spanmark');
const data = join(repo, 'tests/data/suggest');

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

const view = (page) => page.evaluate(() => window.spanmark.view());
const open = async (page) => (await view(page)).suggestions;
const saved = async (page) => JSON.parse(await page.evaluate(() => window.spanmark.save()));

const summary = annotationSummary;

async function openArticle(name) {
  const { page, context, problems } = await openPage(env.browser, `${env.url}?doc=/test-data/suggest/${name}.txt`);
  await waitReady(page);
  await page.waitForFunction(() => window.spanmark.view().suggestions > 0, null, { timeout: 20000 });
  await settle(page);
  return { page, context, problems };
}

async function press(page, key) {
  await page.keyboard.press(key);
  await settle(page);
}

test('keyboard review: Tab, Delete rejects, Enter accepts, undo; the file matches the CLI', async () => {
  const { page, context, problems } = await openArticle('budget-vote');
  const expected = JSON.parse(execFileSync(cli, ['suggest', join(data, 'budget-vote.txt')], { stdio: ['ignore', 'pipe', 'ignore'] }));
  const total = await open(page);
  // Items the keyboard visits: every suggested span and speaker, less the
  // actors that accepting their speaker brings along.
  assert.equal(total, expected.spans.length + expected.relations.length);
  await page.screenshot({ path: join(screenshots, 'suggest-open.png') });

  await press(page, 'Tab');
  await page.screenshot({ path: join(screenshots, 'suggest-current.png') });
  // The first suggestion is the headline's "three votes": reject it.
  await press(page, 'Delete');
  assert.equal(await open(page), total - 1);
  assert.equal((await saved(page)).spans.length, 0, 'rejecting added a span');

  let presses = 0;
  while ((await open(page)) > 0 && presses < 80) {
    await press(page, 'Enter');
    presses++;
    if (presses === 6) await page.screenshot({ path: join(screenshots, 'suggest-speaker.png') });
    if (presses === 12) await page.screenshot({ path: join(screenshots, 'suggest-progress.png') });
  }
  assert.equal(await open(page), 0, 'Enter did not get through the suggestions');
  // Accepting a speaker accepted its actor too, so fewer presses than items.
  assert.ok(presses < total - 1, `${presses} presses for ${total - 1} items`);

  const rejected = codePointRange(expected.document.text, 'three votes');
  const want = summary({ ...expected, spans: expected.spans.filter((s) => s.start !== rejected.start) });
  const before = await saved(page);
  assert.deepEqual(summary(before), want);
  // Each accept is one step: undo brings back one suggestion, redo takes it again.
  await press(page, 'Control+z');
  assert.equal(await open(page), 1);
  await press(page, 'Control+Shift+z');
  assert.equal(await open(page), 0);
  assert.deepEqual(summary(await saved(page)), want);

  // The figures agree with the gold made by hand, less the rejected one.
  const gold = JSON.parse(readFileSync(join(data, 'budget-vote.gold.json'), 'utf8'));
  const figures = (doc) => summary(doc).spans.filter((s) => s.endsWith(':FIGURE'));
  assert.deepEqual(figures(before), figures({ ...gold, spans: gold.spans.filter((s) => s.start !== rejected.start) }));

  // Ctrl+S downloads it, and the CLI accepts it.
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const path = join(screenshots, 'suggest-budget-vote.json');
  await (await download).saveAs(path);
  assert.deepEqual(summary(JSON.parse(readFileSync(path, 'utf8'))), want);
  execFileSync(cli, ['validate', path]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Shift+Enter accepts every suggestion of a label as one undo step', async () => {
  const { page, context } = await openArticle('grain-harvest');
  const expected = JSON.parse(execFileSync(cli, ['suggest', join(data, 'grain-harvest.txt')], { stdio: ['ignore', 'pipe', 'ignore'] }));
  const figures = expected.spans.filter((s) => s.label === 'FIGURE').length;
  const total = await open(page);
  await press(page, 'Tab');  // the headline's "a quarter", a FIGURE
  await press(page, 'Shift+Enter');
  const after = await saved(page);
  assert.equal(after.spans.length, figures);
  assert.ok(after.spans.every((s) => s.label === 'FIGURE'));
  assert.equal(await open(page), total - figures);
  await press(page, 'Control+z');
  assert.equal((await saved(page)).spans.length, 0);
  assert.equal(await open(page), total);
  await context.close();
});

test('labelling a string suggests its other occurrences; Esc leaves the review', async () => {
  const { page, context } = await openArticle('second/chip-plant');
  const text = (await saved(page)).document.text;
  const occurrences = text.split('Dunmore').length - 1;
  assert.equal(occurrences, 4);
  const before = await open(page);
  const first = codePointRange(text, 'Dunmore');
  await dragAndLabel(page, first.start, first.end, '2');
  assert.equal(await open(page), before + occurrences - 1);
  await page.screenshot({ path: join(screenshots, 'suggest-propagated.png') });
  // Tab goes to the next suggestion after the caret: the next "Dunmore".
  await press(page, 'Escape');  // drop the selection the drag left
  await press(page, 'Tab');
  await press(page, 'Escape');
  await press(page, 'Delete');  // nothing selected and not reviewing: nothing happens
  assert.equal(await open(page), before + occurrences - 1);
  assert.equal((await saved(page)).spans.length, 1);
  await context.close();
});

test('a click on a dashed suggestion makes it current; Enter accepts it', async () => {
  const { page, context } = await openArticle('valley-flood');
  const text = (await saved(page)).document.text;
  const target = codePointRange(text, 'fourteen people');
  const [box] = await page.evaluate(([s, e]) => window.spanmark.textRects(s, e), [target.start, target.end]);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.4);
  await settle(page);
  await press(page, 'Enter');
  const spans = (await saved(page)).spans;
  assert.equal(spans.length, 1);
  assert.deepEqual([spans[0].start, spans[0].end, spans[0].label, spans[0].text],
                   [target.start, target.end, 'FIGURE', 'fourteen people']);
  await context.close();
});

test('a file from spanmark suggest opens with its marked spans as suggestions; Ctrl+Z keeps them as spans', async () => {
  const file = execFileSync(cli, ['suggest', join(data, 'mill-closure.txt')], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const marked = JSON.parse(file);
  const { page, context, problems } = await openPage(env.browser, env.url);
  await waitReady(page);
  assert.equal(await page.evaluate((f) => window.spanmark.load(f, 'mill-closure.json'), file), null);
  await page.waitForFunction(() => window.spanmark.view().suggestions > 0, null, { timeout: 20000 });
  await settle(page);
  assert.equal((await saved(page)).spans.length, 0, 'the marked spans are suggestions now, not spans');
  assert.equal(await open(page), marked.spans.length + marked.relations.length);
  await page.screenshot({ path: join(screenshots, 'suggest-from-file.png') });
  await press(page, 'Control+z');
  const back = await saved(page);
  assert.deepEqual(summary(back), summary(marked));
  assert.equal(await open(page), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
