// The large inputs of bench/run-cli's hostile section (issue 13):
//   node bench/hostile-inputs.mjs KIND N OUT
//   doccano N            one doccano record, N spans in order
//   doccano-reversed N   the same spans, last first
//   doccano-labels N     N spans, each with a label of its own
//   brat-attributes N    OUT.txt and OUT.ann: N spans, an attribute line each
//   text-line MB         one line of MB megabytes of prose, no line break
//   spanmark-spans N     a spanmark document with N spans
import { writeFileSync } from 'node:fs';

const [kind, countText, out] = process.argv.slice(2);
const n = Number(countText);
const words = (count) => 'word '.repeat(count);
const doccano = (labelOf, reversed) => {
  const spans = Array.from({ length: n }, (_, i) => [i * 5, i * 5 + 4, labelOf(i)]);
  if (reversed) spans.reverse();
  return JSON.stringify({ text: words(n), label: spans }) + '\n';
};
const make = {
  doccano: () => doccano(() => 'ACTOR', false),
  'doccano-reversed': () => doccano(() => 'ACTOR', true),
  'doccano-labels': () => doccano((i) => `L${i}`, false),
  'brat-attributes': () => {
    writeFileSync(`${out}.txt`, words(n));
    const lines = [];
    for (let i = 0; i < n; i++) lines.push(`T${i + 1}\tACTOR ${i * 5} ${i * 5 + 4}\tword`, `A${i + 1}\tRole T${i + 1} speaker`);
    writeFileSync(`${out}.ann`, lines.join('\n') + '\n');
    return null;
  },
  'text-line': () => {
    const sentence = 'The minister said on Tuesday that 4,500 jobs would move to Lyon by 2027, "and no sooner." ';
    return sentence.repeat(Math.ceil((n * 1048576) / sentence.length)).slice(0, n * 1048576);
  },
  'spanmark-spans': () => {
    const parts = [];
    for (let i = 0; i < n; i++) parts.push(`{"id":"s${i + 1}","start":${i * 5},"end":${i * 5 + 4},"label":"ACTOR"}`);
    return `{"format":"spanmark","version":1,"document":{"id":"big","text":"${words(n)}"},"spans":[${parts.join(',')}]}\n`;
  },
}[kind];
if (!make) {
  console.error(`hostile-inputs.mjs: unknown kind ${kind}`);
  process.exit(2);
}
const text = make();
if (text !== null) writeFileSync(out, text);
