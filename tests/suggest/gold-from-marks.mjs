// Turns an article annotated by hand with inline marks into the plain text
// and its gold spanmark file, so the gold stays readable and reviewable:
//
//   [[LABEL text]]        a span (marks nest)
//   [[ACTOR#k text]]      an ACTOR span that quotes can name as speaker
//   [[QUOTE@k text]]      a QUOTE span whose SPEAKER is the ACTOR marked #k
//
// node gold-from-marks.mjs NAME.marked.txt OUT_DIR  ->  OUT_DIR/NAME.txt, OUT_DIR/NAME.gold.json
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

function parse(marked, file) {
  const cps = Array.from(marked);
  let text = [];
  const spans = [];
  const open = [];
  for (let i = 0; i < cps.length; i++) {
    if (cps[i] === '[' && cps[i + 1] === '[') {
      let j = i + 2, head = '';
      while (j < cps.length && cps[j] !== ' ') head += cps[j++];
      const m = /^([A-Z]+)(?:([#@])([\w-]+))?$/.exec(head);
      if (!m) throw new Error(`${file}: bad mark "[[${head}"`);
      open.push({ label: m[1], key: m[2] === '#' ? m[3] : null, speaker: m[2] === '@' ? m[3] : null, start: text.length });
      i = j;  // skip the space after the head
    } else if (cps[i] === ']' && cps[i + 1] === ']') {
      const span = open.pop();
      if (!span) throw new Error(`${file}: "]]" with no open mark at character ${i}`);
      span.end = text.length;
      spans.push(span);
      i++;
    } else {
      text.push(cps[i]);
    }
  }
  if (open.length) throw new Error(`${file}: ${open.length} mark(s) left open`);
  return { text: text.join(''), spans };
}

function gold(id, text, spans) {
  spans.sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const chars = Array.from(text);
  const byKey = new Map();
  spans.forEach((s, i) => {
    s.id = `s${i + 1}`;
    if (s.key) byKey.set(s.key, s);
  });
  const relations = [];
  for (const s of spans) {
    if (!s.speaker) continue;
    const to = byKey.get(s.speaker);
    if (!to) throw new Error(`${id}: quote names speaker "${s.speaker}", which no ACTOR#${s.speaker} marks`);
    relations.push({ id: `r${relations.length + 1}`, label: 'SPEAKER', from: s.id, to: to.id });
  }
  return {
    format: 'spanmark', version: 1,
    document: { id, text, sha256: crypto.createHash('sha256').update(text, 'utf8').digest('hex'), meta: { gold: 'hand-made, from ' + id + '.marked.txt' } },
    labels: [
      { name: 'ACTOR', kind: 'span', color: '#4e79a7', key: '1' },
      { name: 'PLACE', kind: 'span', color: '#59a14f', key: '2' },
      { name: 'FIGURE', kind: 'span', color: '#f28e2b', key: '3' },
      { name: 'QUOTE', kind: 'span', color: '#b07aa1', key: '4' },
      { name: 'SPEAKER', kind: 'relation', from: ['QUOTE'], to: ['ACTOR'], key: 'r' },
    ],
    spans: spans.map((s) => ({ id: s.id, start: s.start, end: s.end, label: s.label, text: chars.slice(s.start, s.end).join('') })),
    relations,
  };
}

const [input, outDir] = process.argv.slice(2);
if (!input || !outDir) {
  console.error('usage: node gold-from-marks.mjs NAME.marked.txt OUT_DIR');
  process.exit(2);
}
try {
  const id = path.basename(input).replace(/\.marked\.txt$/, '');
  const { text, spans } = parse(fs.readFileSync(input, 'utf8'), input);
  fs.writeFileSync(path.join(outDir, `${id}.txt`), text);
  fs.writeFileSync(path.join(outDir, `${id}.gold.json`), JSON.stringify(gold(id, text, spans), null, 1) + '\n');
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
