// Slips a hand annotator makes against GUIDELINES.md, found without reading
// what the rules suggest (so it tunes nothing on the held-out set):
//   - FIGURE on a month alone, an ordinal, or a time word ("midnight", "an hour");
//   - a title word just outside an ACTOR ("Mayor [[ACTOR Ana Lobo]]");
//   - a number in the headline left unmarked;
//   - a string marked ACTOR or PLACE, unmarked elsewhere (and not inside another name);
//   - a QUOTE whose attribution right after it names a mention other than its SPEAKER.
// node gold-lint.mjs NAME.marked.txt...   (each beside its NAME.gold.json); exit 1 on any.
import fs from 'node:fs';

const months = 'january february march april may june july august september october november december'.split(' ');
const ordinal = /^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b/i;
const timeWords = ['midnight', 'noon', 'a month', 'an hour', 'a week', 'a day', 'several times'];
const titles = new Set(('minister mayor dr secretary inspector president judge governor senator chief director manager coach ' +
  'captain professor mr mrs ms councillor alderman chairman commissioner ambassador spokeswoman spokesman expert analyst ' +
  'economist lawyer skipper glaciologist composer librarian forecaster meteorologist').split(' '));
const numberWord = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion)\b/i;

let findings = 0;
const say = (file, what) => { console.log(`${file}: ${what}`); findings++; };

for (const marked of process.argv.slice(2)) {
  const source = fs.readFileSync(marked, 'utf8');
  const gold = JSON.parse(fs.readFileSync(marked.replace(/\.marked\.txt$/, '.gold.json'), 'utf8'));
  for (const m of source.matchAll(/\[\[FIGURE ([^[\]]*)\]\]/g)) {
    const t = m[1];
    if (months.includes(t.toLowerCase()) || ordinal.test(t) || timeWords.includes(t.toLowerCase())) say(marked, `FIGURE "${t}" is not a cardinal figure`);
  }
  for (const m of source.matchAll(/(?<![\w\]])([\p{L}]+) \[\[ACTOR/gu))
    if (titles.has(m[1].toLowerCase())) say(marked, `title "${m[1]}" outside its ACTOR`);
  const headline = source.split('\n')[0];
  // A group named by age ("under-18s") is a noun, not a figure.
  if (numberWord.test(headline.replace(/\p{L}+-\d+s\b/gu, '')) && !headline.includes('[[FIGURE'))
    say(marked, `a number in the headline is unmarked: ${headline}`);

  const cps = Array.from(gold.document.text);
  const covered = (s, e, labels) => gold.spans.some((x) => labels.includes(x.label) && x.start <= s && x.end >= e);
  const letter = (c) => c !== undefined && /\p{L}/u.test(c);
  for (const name of new Set(gold.spans.filter((x) => x.label === 'ACTOR' || x.label === 'PLACE').map((x) => `${x.label}\t${x.text}`))) {
    const [label, text] = name.split('\t');
    const t = Array.from(text);
    for (let i = 0; i + t.length <= cps.length; i++) {
      if (letter(cps[i - 1]) || letter(cps[i + t.length])) continue;
      if (cps.slice(i, i + t.length).join('') !== text) continue;
      if (!covered(i, i + t.length, [label]) && !covered(i, i + t.length, ['ACTOR', 'PLACE']))
        say(marked, `${label} "${text}" unmarked at ${i}`);
    }
  }
  const byId = new Map(gold.spans.map((x) => [x.id, x]));
  const actors = gold.spans.filter((x) => x.label === 'ACTOR').sort((a, b) => a.start - b.start);
  for (const r of gold.relations) {
    const quote = byId.get(r.from), speaker = byId.get(r.to);
    const next = actors.find((x) => x.start >= quote.end && x.start - quote.end < 40);
    if (!next || next === speaker || /[.!?\n]/.test(cps.slice(quote.end, next.start).join(''))) continue;
    if (speaker.start === next.end + 1) continue;  // a company, then its officer: the officer speaks
    const after = cps.slice(next.end, next.end + 25).join('');
    const gap = cps.slice(quote.end, next.start).join('');
    if (/^\s*(said|told|wrote|added|warned|replied)/.test(after) || /^\s*,?\s*(said|told|according to)\s*$/.test(gap))
      say(marked, `${quote.text.slice(0, 40)}… has SPEAKER "${speaker.text}" but its attribution names "${next.text}"`);
  }
}
if (findings) process.exit(1);
console.log(`gold-lint: ${process.argv.length - 2} articles, no slip found`);
