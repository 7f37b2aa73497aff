// web/team-merge.js: the three-way merge of a layer changed on two devices.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const { mergeLayers } = createRequire(import.meta.url)('../../web/team-merge.js');
const span = (start, end, label, extra = {}) => ({ id: `x${start}`, start, end, label, ...extra });
const keys = (layer) => layer.spans.map((s) => `${s.start}:${s.end}:${s.label}`);

test('a span added on each side: both kept, ids renumbered in order', () => {
  const base = { spans: [span(0, 3, 'ACTOR')], relations: [] };
  const local = { spans: [...base.spans, span(10, 12, 'PLACE')], relations: [] };
  const remote = { spans: [...base.spans, span(5, 8, 'FIGURE')], relations: [] };
  const merged = mergeLayers(base, local, remote);
  assert.deepEqual(keys(merged), ['0:3:ACTOR', '5:8:FIGURE', '10:12:PLACE']);
  assert.deepEqual(merged.spans.map((s) => s.id), ['s1', 's2', 's3']);
  assert.equal(merged.clashes, 0);
});

test('a span removed on one side and untouched on the other goes; one relabelled on both keeps both versions', () => {
  const base = { spans: [span(0, 3, 'ACTOR'), span(5, 8, 'PLACE')], relations: [] };
  const local = { spans: [span(5, 8, 'FIGURE')], relations: [] };          // removed 0:3, relabelled 5:8
  const remote = { spans: [span(0, 3, 'ACTOR'), span(5, 8, 'QUOTE')], relations: [] };  // relabelled 5:8 too
  assert.deepEqual(keys(mergeLayers(base, local, remote)), ['5:8:FIGURE', '5:8:QUOTE']);
});

test('a note changed on both sides keeps both notes, counted as a clash', () => {
  const base = { spans: [span(0, 3, 'ACTOR')], relations: [] };
  const merged = mergeLayers(base, { spans: [span(0, 3, 'ACTOR', { note: 'mine' })], relations: [] },
    { spans: [span(0, 3, 'ACTOR', { note: 'theirs' })], relations: [] });
  assert.equal(merged.spans[0].note, 'mine | theirs');
  assert.equal(merged.clashes, 1);
});

test('relations follow their ends through the renumbering; one whose end went is dropped', () => {
  const quote = span(10, 20, 'QUOTE'), actor = span(0, 3, 'ACTOR'), other = span(25, 28, 'ACTOR');
  const base = { spans: [quote, actor], relations: [] };
  const local = { spans: [quote, actor], relations: [{ id: 'r1', label: 'SPEAKER', from: quote.id, to: actor.id }] };
  const remote = { spans: [quote, other], relations: [{ id: 'r1', label: 'SPEAKER', from: quote.id, to: other.id }] };
  const merged = mergeLayers(base, local, remote);
  assert.deepEqual(keys(merged), ['10:20:QUOTE', '25:28:ACTOR']);  // the remote removed actor 0:3
  const ids = new Map(merged.spans.map((s) => [s.id, `${s.start}:${s.end}`]));
  assert.deepEqual(merged.relations.map((r) => `${ids.get(r.from)}>${ids.get(r.to)}`), ['10:20>25:28']);
});

test('with no base (first sync on both devices) everything from both sides is kept', () => {
  const merged = mergeLayers(null, { spans: [span(0, 1, 'ACTOR')], relations: [] }, { spans: [span(2, 3, 'PLACE')], relations: [] });
  assert.deepEqual(keys(merged), ['0:1:ACTOR', '2:3:PLACE']);
});
