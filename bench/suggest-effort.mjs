// The actions an article takes to annotate to its gold, by hand and by
// reviewing suggestions, counted as the browser test (tests/browser/tagger)
// counts them in the page: by hand, a drag and a label key per span, a click,
// r and a click per speaker; reviewing, one key per suggestion decided
// (Enter, Delete), one Shift+Enter for a label whose open suggestions are all
// right, a speaker accepted bringing its quote and actor; then by hand what
// the suggestions missed.
//   node bench/suggest-effort.mjs GOLD.json SUGGESTED.json  ->  "ID hand H with W (P%)"
import fs from 'node:fs';

const [gold, suggested] = process.argv.slice(2).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
const key = (s) => `${s.start}:${s.end}:${s.label}`;
const goldSpans = new Set(gold.spans.map(key));
const idsOf = (doc) => new Map(doc.spans.map((s) => [s.id, s]));
const links = (doc) => { const ids = idsOf(doc); return doc.relations.map((r) => [key(ids.get(r.from)), key(ids.get(r.to))]); };
const goldLinks = new Set(links(gold).map(([a, b]) => `${a}>${b}`));
let review = 0;
const have = new Set(), linked = new Set();
for (const [from, to] of links(suggested)) {
  review++;
  if (!goldLinks.has(`${from}>${to}`)) continue;
  linked.add(`${from}>${to}`);
  have.add(from);
  have.add(to);
}
const byLabel = new Map();
for (const s of suggested.spans)
  if (s.suggested && !have.has(key(s))) byLabel.set(s.label, [...(byLabel.get(s.label) || []), s]);
for (const spans of byLabel.values()) {
  if (spans.length > 1 && spans.every((s) => goldSpans.has(key(s)))) {
    review++;
    spans.forEach((s) => have.add(key(s)));
    continue;
  }
  for (const s of spans) {
    review++;
    if (goldSpans.has(key(s))) have.add(key(s));
  }
}
const hand = 2 * gold.spans.length + 3 * gold.relations.length;
const withSuggestions = review + 2 * gold.spans.filter((s) => !have.has(key(s))).length +
  3 * [...goldLinks].filter((l) => !linked.has(l)).length;
console.log(`${gold.document.id} ${hand} ${withSuggestions} ${(100 * withSuggestions / hand).toFixed(0)}%`);
