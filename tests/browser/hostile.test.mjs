// Crafted files dropped on the page (issue 13): each is refused with a
// located message and the open document stays as it was; a file at the
// nesting limit still opens (the module's stack holds 512 levels), and a
// Prodigy record without tokens keeps its spans. Real drops, real Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { dropFile, openPage, screenshots, settle, spansOf, start, waitReady } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

const deep = (levels) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const withMeta = (meta) =>
  `{"format":"spanmark","version":1,"document":{"id":"deep","text":"Ana spoke.","meta":${meta}},` +
  '"spans":[{"id":"s1","start":0,"end":3,"label":"ACTOR"}],"relations":[]}';

test('hostile files dropped on the page are refused with where; the document stays', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  const before = await page.evaluate(() => window.spanmark.save());
  const refusals = [
    ['deep.json', withMeta(deep(20000)), /deep\.json: line 1, column \d+: nested deeper than 512 levels/],
    ['empty.json', '', /empty\.json: line 1: the file is empty/],
    ['arrays.json', '[[[[]]]]', /arrays\.json: \/: a spanmark document is a JSON object, not an array/],
    ['twice.json', '{"format":"spanmark","format":"spanmark"}', /twice\.json: line 1, column 22: the key "format" appears twice/],
    ['clash.jsonl', '{"text":"Ana spoke.","label":[[0,3,"SPEAKER"]]}', /"SPEAKER" names a relation and a span/],
  ];
  for (const [name, contents, message] of refusals) {
    await dropFile(page, name, contents, 'application/json');
    assert.equal(await page.evaluate(() => window.spanmark.save()), before, `${name} changed the document`);
    // The same file through the hook gives the message the page shows.
    const error = await page.evaluate(([c, n]) => window.spanmark.load(c, n), [contents, name]);
    assert.match(error ?? 'opened', message);
  }
  await page.screenshot({ path: join(screenshots, 'hostile-refused.png') });
  await context.close();
});

test('a file nested to the limit opens and saves with its meta; Prodigy without tokens keeps its spans', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  await dropFile(page, 'limit.json', withMeta(deep(500)), 'application/json');
  const saved = JSON.parse(await page.evaluate(() => window.spanmark.save()));
  assert.equal(saved.document.id, 'deep');
  let depth = 0;
  for (let m = saved.document.meta; typeof m === 'object'; m = m.a) depth++;
  assert.equal(depth, 500);

  await dropFile(page, 'prodigy.jsonl', '{"text":"May said it","spans":[{"start":0,"end":3,"label":"ACTOR"}]}\n', 'application/json');
  await settle(page);
  assert.deepEqual(await spansOf(page), ['0:3:ACTOR']);
  await page.screenshot({ path: join(screenshots, 'hostile-prodigy.png') });
  await context.close();
});
