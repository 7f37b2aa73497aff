// Writes the hostile inputs too large or too repetitive to keep as files:
//   node generate.mjs KIND > FILE
// Deep nesting is 20,000 levels (a 40 KB file), far past the 512 every reader allows.
const kind = process.argv[2];
const depth = 20000;
const deep = (inner) => '{"a":'.repeat(depth) + inner + '}'.repeat(depth);
const deepArray = '['.repeat(depth) + ']'.repeat(depth);
const doc = (extra, spanExtra = '') =>
  `{"format":"spanmark","version":1,"document":{"id":"d","text":"Ana spoke."${extra.document ?? ''}},` +
  `"spans":[{"id":"s1","start":0,"end":3,"label":"ACTOR"${spanExtra}}]${extra.top ?? ''}}`;
const out = {
  'deep-unknown-member': () => doc({ top: `,"x":${deep('1')}` }),
  'deep-meta': () => doc({ document: `,"meta":${deep('1')}` }),
  'deep-span-member': () => doc({}, `,"x":${deepArray}`),
  'deep-doccano': () => `{"text":"Ana spoke.","label":[[0,3,"ACTOR"]],"meta":${deep('1')}}`,
  'deep-labelstudio': () => `[{"data":{"text":"Ana spoke.","extra":${deep('1')}},"annotations":[]}]`,
  'deep-array': () => deepArray,
  // A short text with a long .ann: 3,000 spans with notes (for the brat pair on a full disk).
  'many-notes': () => JSON.stringify({format: 'spanmark', version: 1, document: {id: 'd', text: 'May spoke. '.repeat(300)},
    spans: Array.from({length: 3000}, (_, i) => ({id: `s${i + 1}`, start: i, end: i + 1, label: 'ACTOR',
      note: 'a note long enough to fill a disk block quickly'}))}),
}[kind];
if (!out) {
  console.error(`generate.mjs: unknown kind ${kind}`);
  process.exit(2);
}
process.stdout.write(out() + '\n');
