// Structure-aware seeds for the fuzzers: well-formed records of each format
// carrying what crafted files carry (nesting past the limit, huge numbers,
// duplicate keys, control characters, labels that clash, reversed
// fragments), so that mutation starts at the edges rather than far from them.
//   node tests/fuzz/seeds.mjs READER OUT-FOLDER
import { mkdirSync, writeFileSync } from 'node:fs';

const [reader, folder] = process.argv.slice(2);
mkdirSync(folder, { recursive: true });
const deep = (n, inner = '1') => '{"a":'.repeat(n) + inner + '}'.repeat(n);
const text = 'May said “we stay” in Łódź on 3 May, 2,500 jobs.';
const spanmark = (over = {}) => ({
  format: 'spanmark', version: 1, document: { id: 'd', text },
  labels: [{ name: 'ACTOR', kind: 'span' }, { name: 'QUOTE', kind: 'span' },
    { name: 'SPEAKER', kind: 'relation', from: ['QUOTE'], to: ['ACTOR'] }],
  spans: [{ id: 's1', start: 0, end: 3, label: 'ACTOR' }, { id: 's2', start: 9, end: 18, label: 'QUOTE' }],
  relations: [{ id: 'r1', label: 'SPEAKER', from: 's2', to: 's1' }], ...over,
});
const seeds = {
  spanmark_reader: {
    'plain.json': JSON.stringify(spanmark()),
    'deep-meta.json': JSON.stringify(spanmark()).replace('"text":', `"meta":${deep(600)},"text":`),
    'deep-limit.json': JSON.stringify(spanmark()).replace('"text":', `"meta":${deep(510)},"text":`),
    'duplicate-key.json': JSON.stringify(spanmark()).replace('"version":1', '"version":1,"version":1'),
    'huge-offset.json': JSON.stringify(spanmark()).replace('"end":3', '"end":18446744073709551616'),
    'float-offset.json': JSON.stringify(spanmark()).replace('"end":3', '"end":1e999'),
    'escape-label.json': JSON.stringify(spanmark()).replaceAll('ACTOR', '\u001b[31mACTOR'),
    'nul-id.json': JSON.stringify(spanmark()).replace('"id":"d"', '"id":"d\\u0000x"'),
    'corpus.jsonl': JSON.stringify(spanmark()) + '\n' + JSON.stringify(spanmark()) + '\n',
    'labels.json': JSON.stringify({ labels: spanmark().labels }),
    'arrays.json': '[[[[]]]]',
  },
  doccano: {
    'label.jsonl': JSON.stringify({ id: 1, text, label: [[0, 3, 'ACTOR'], [9, 18, 'QUOTE']] }),
    'entities.jsonl': JSON.stringify({ text, entities: [{ id: 1, start_offset: 0, end_offset: 3, label: 'ACTOR' },
      { id: 2, start_offset: 9, end_offset: 18, label: 'QUOTE' }], relations: [{ id: 1, from_id: 2, to_id: 1, type: 'SPEAKER' }] }),
    'clash.jsonl': JSON.stringify({ text, entities: [{ id: 1, start_offset: 0, end_offset: 3, label: 'ACTOR' }],
      relations: [{ id: 1, from_id: 1, to_id: 1, type: 'ACTOR' }] }),
    'empty-label.jsonl': JSON.stringify({ id: '', text, label: [[0, 3, '']] }),
    'reversed.jsonl': JSON.stringify({ text, label: [[9, 18, 'QUOTE'], [0, 3, 'ACTOR']] }),
    'surrogate.jsonl': JSON.stringify({ text: 'a😀b', label: [[1, 2, 'X']] }),
    'deep.jsonl': `{"text":"x","meta":${deep(600)}}`,
    'array.json': JSON.stringify([{ text, label: [[0, 3, 'ACTOR']] }]),
  },
  labelstudio: {
    'task.json': JSON.stringify([{ id: 1, data: { text }, annotations: [{ result: [
      { id: 'a', type: 'labels', value: { start: 0, end: 3, text: 'May', labels: ['ACTOR'] } },
      { id: 'b', type: 'labels', value: { start: 9, end: 18, labels: ['QUOTE'] } },
      { from_id: 'b', to_id: 'a', type: 'relation', labels: ['SPEAKER'] }] }] }]),
    'predictions.json': JSON.stringify([{ data: { text }, predictions: [{ result: [
      { type: 'labels', value: { start: 0, end: 3, labels: ['SPEAKER'] } }] }] }]),
    'deep.json': `[{"data":{"text":"x","m":${deep(600)}}}]`,
    'escape.json': JSON.stringify([{ data: { text }, annotations: [{ result: [
      { type: 'labels', value: { start: 0, end: 3, text: '\u001b]0;x\u0007', labels: ['\u001bA'] } }] }] }]),
  },
  spacy: {
    'tokens.jsonl': JSON.stringify({ text, tokens: [{ start: 0, end: 3, id: 0 }, { start: 4, end: 8, id: 1 }],
      spans: [{ start: 0, end: 3, label: 'ACTOR', token_start: 0, token_end: 0 }] }),
    'no-tokens.jsonl': JSON.stringify({ text, spans: [{ start: 0, end: 3, label: 'ACTOR' }] }),
    'relation.jsonl': JSON.stringify({ text, spans: [], relations: [{ label: 'SPEAKER',
      head_span: { start: 9, end: 18, label: 'QUOTE' }, child_span: { start: 0, end: 3, label: 'ACTOR' } }] }),
    'token-range.jsonl': JSON.stringify({ text, tokens: [], spans: [{ token_start: 5, token_end: 1, label: 'X' }] }),
  },
  brat: {
    'pair.seed': `${text}\0T1\tACTOR 0 3\tMay\nT2\tQUOTE 9 18\t“we stay”\nR1\tSPEAKER Arg1:T2 Arg2:T1\t\nA1\tRole T1 speaker\n#1\tAnnotatorNotes T1\tnote\n`,
    'fragments.seed': `${text}\0T1\tACTOR 5 6;0 1\tp M\n`,
    'clash.seed': `${text}\0T1\tACTOR 0 3\tMay\nR1\tACTOR Arg1:T1 Arg2:T1\t\n`,
    'huge.seed': `${text}\0T1\tACTOR 0 18446744073709551616\tx\n`,
    'events.seed': `${text}\0T1\tACTOR 0 3\tMay\nE1\tSay:T1\n*\tEquiv T1 T1\nN1\tReference T1 Wikipedia:1\tx\n`,
  },
  conll: {
    'iob.conll': '-DOCSTART-\tO\n\nMay\tB-ACTOR\nsaid\tO\n\nLyon\tB-PLACE\nand\tO\nParis\tB-PLACE\n',
    'iobes.conll': 'New\tB-PLACE\nYork\tE-PLACE\nAna\tS-ACTOR\nx\tI-ACTOR\n',
    'bad-tag.conll': 'May\tACTOR\n',
    'escape.conll': 'May\tB-\u001bX\n',
  },
}[reader];
if (!seeds) {
  console.error(`seeds.mjs: no seeds for ${reader}`);
  process.exit(2);
}
for (const [name, contents] of Object.entries(seeds)) writeFileSync(`${folder}/structured-${name}`, contents);
