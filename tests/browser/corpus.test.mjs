// A corpus of 200 generated articles of our own: navigate, annotate two,
// mark one done, reload, export JSONL; the export holds both.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './generate.mjs';
import { codePointRange, dragAndLabel, openPage, repo, screenshots, settle, start, wait, waitReady } from './harness.mjs';

let env;
const dataDir = join(repo, 'build/test-data');
before(async () => {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'reports.jsonl'), generateCorpus(200));
  env = await start({ mounts: { '/generated/': dataDir } });
});
after(async () => { await env.stop(); });

async function labelPhrase(page, phrase, key) {
  const doc = JSON.parse(await page.evaluate(() => window.spanmark.save()));
  const range = codePointRange(doc.document.text, phrase);
  await dragAndLabel(page, range.start, range.end, key);
  return { id: doc.document.id, ...range };
}

const currentId = async (page) => JSON.parse(await page.evaluate(() => window.spanmark.save())).document.id;

test('navigate a 200-article corpus, annotate two, mark one done, reload, export both', async () => {
  const { page, context } = await openPage(env.browser, env.url + '?doc=generated/reports.jsonl');
  await waitReady(page);
  assert.equal(await currentId(page), 'report-001');
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.press('Alt+ArrowRight');
  await settle(page);
  assert.equal(await currentId(page), 'report-003');
  const first = await labelPhrase(page, 'Report 3', '3');
  await page.keyboard.press('Alt+ArrowRight');
  await settle(page);
  assert.equal(await currentId(page), 'report-004');
  const second = await labelPhrase(page, 'Report 4', '3');
  await page.keyboard.press('Control+Enter');
  await settle(page);
  await page.screenshot({ path: join(screenshots, 'corpus-navigator.png') });
  await page.keyboard.press('Alt+ArrowLeft');
  await settle(page);
  assert.equal(await currentId(page), 'report-003');

  await wait(500);
  page.once('dialog', (d) => d.accept());
  await page.reload();
  await waitReady(page);
  await settle(page);
  await page.screenshot({ path: join(screenshots, 'corpus-restored.png') });
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const file = await download;
  assert.equal(file.suggestedFilename(), 'reports.jsonl');
  const path = join(screenshots, 'exported-reports.jsonl');
  await file.saveAs(path);
  const docs = readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(docs.length, 200);
  const byId = new Map(docs.map((d) => [d.document.id, d]));
  for (const made of [first, second]) {
    const spans = byId.get(made.id).spans;
    assert.deepEqual(spans.map((s) => [s.start, s.end, s.label]), [[made.start, made.end, 'FIGURE']], `${made.id} lost its span`);
  }
  assert.equal(byId.get('report-004').document.meta.status, 'done');
  assert.equal(byId.get('report-003').document.meta.status, undefined);
  assert.equal(docs.filter((d) => d.spans.length > 0).length, 2);
  await context.close();
});
