// Curating three annotators' work in the page (issue 15): their files of one
// article, with 20 differences among them, go through `spanmark merge`; the
// review opens in the page and a curator settles every difference from the
// keyboard alone (Tab, a number for a variant, Enter, Delete), reading the
// status bar as a person would, then saves with Ctrl+S. The key presses are
// counted (at most 45) and the saved gold is checked span by span, each span
// with the annotators who made it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage, spanKey, repo, screenshots, settle, start, waitReady } from './harness.mjs';

const cli = join(repo, 'build/native/src/spanmark');
const folder = mkdtempSync(join(tmpdir(), 'spanmark-curation-'));

// An article of our own, with the phrases each annotator marks.
const TEXT = [
  'Harbour works in Velmora to finish by spring',
  '',
  'Mira Castell, who runs the port authority in Velmora, said on Monday that the new quay would open in March.',
  'The project has cost 48 million euros so far, according to the finance office in Orlen.',
  '"We are on time and on budget," Castell told reporters at the harbour.',
  'Tomas Brede, a councillor for the Green List, said the dredging had harmed the fishing grounds near Saltmere.',
  'Fishermen in Saltmere say their catch fell by a third in 2025.',
  '"Nobody asked us before the barges came," said Ines Varga, who chairs the Saltmere fishing cooperative.',
  'The ministry in Orlen has promised 2 million euros for the cooperative, a spokesman, Paul Imre, said.',
  'Brede wants an independent study before a second quay is built at Kesh Point.',
  'Castell said a study by the university in Dunhal would be published in April.',
  'The port handled 1.2 million containers last year, up 9 percent.',
].join('\n');

// The truth: what the curator should end with.
const GOLD = [
  ['Velmora', 'PLACE', 0], ['Mira Castell', 'ACTOR'], ['Velmora', 'PLACE', 1], ['48 million euros', 'FIGURE'],
  ['Orlen', 'PLACE', 0], ['"We are on time and on budget,"', 'QUOTE'], ['Castell', 'ACTOR', 1], ['Tomas Brede', 'ACTOR'],
  ['Green List', 'ACTOR'], ['Saltmere', 'PLACE', 0], ['Saltmere', 'PLACE', 1], ['a third', 'FIGURE'],
  ['"Nobody asked us before the barges came,"', 'QUOTE'], ['Ines Varga', 'ACTOR'], ['Orlen', 'PLACE', 1],
  ['2 million euros', 'FIGURE'], ['Paul Imre', 'ACTOR'], ['Brede', 'ACTOR', 1], ['Kesh Point', 'PLACE'],
  ['Castell', 'ACTOR', 2], ['Dunhal', 'PLACE'], ['1.2 million containers', 'FIGURE'], ['9 percent', 'FIGURE'],
];

// The n-th occurrence of a phrase, as code points.
function at(phrase, nth = 0) {
  let from = 0;
  for (let i = 0; i < nth; i++) from = TEXT.indexOf(phrase, from) + phrase.length;
  const index = TEXT.indexOf(phrase, from);
  assert.ok(index >= 0, `${phrase} #${nth}`);
  const start = [...TEXT.slice(0, index)].length;
  return { start, end: start + [...phrase].length };
}
const key = spanKey;
const goldSpans = GOLD.map(([p, label, nth]) => ({ ...at(p, nth ?? 0), label }));

// How each annotator departs from the truth: 20 differences in all.
//  relabel:  one annotator gives another label (two variants; the right one may be the minority's)
//  omit:     one annotator left it out (one variant, accepted with Enter)
//  ends:     one annotator drew other ends (two variants of one label)
//  extra:    one annotator marked what is not in the truth (one variant, rejected with Delete)
const CHANGES = [
  { who: 'ben', kind: 'relabel', gold: 1, label: 'PLACE' },    // Mira Castell as PLACE
  { who: ['anna', 'ben'], kind: 'relabel', gold: 8, label: 'PLACE' },  // Green List: chen, alone, is right
  { who: 'anna', kind: 'relabel', gold: 14, label: 'ACTOR' },  // Orlen (ministry)
  { who: 'ben', kind: 'relabel', gold: 20, label: 'ACTOR' },   // Dunhal
  { who: 'chen', kind: 'relabel', gold: 16, label: 'PLACE' },  // Paul Imre
  { who: 'anna', kind: 'omit', gold: 2 },
  { who: 'ben', kind: 'omit', gold: 9 },
  { who: 'chen', kind: 'omit', gold: 11 },
  { who: 'anna', kind: 'omit', gold: 17 },
  { who: 'chen', kind: 'omit', gold: 22 },
  { who: 'ben', kind: 'ends', gold: 7, phrase: 'Brede' },                 // "Brede" for "Tomas Brede"
  { who: 'anna', kind: 'ends', gold: 15, phrase: '2 million' },           // without "euros"
  { who: 'chen', kind: 'ends', gold: 18, phrase: 'Kesh' },
  { who: 'ben', kind: 'ends', gold: 13, phrase: 'Ines Varga, who chairs' },
  { who: 'anna', kind: 'ends', gold: 21, phrase: '1.2 million' },
  { who: 'chen', kind: 'extra', phrase: 'the harbour', label: 'PLACE' },
  { who: 'anna', kind: 'extra', phrase: 'Fishermen', label: 'ACTOR' },
  { who: 'ben', kind: 'extra', phrase: 'the university', label: 'ACTOR' },
  { who: 'chen', kind: 'extra', phrase: 'April', label: 'FIGURE' },
  { who: 'ben', kind: 'extra', phrase: 'last year', label: 'FIGURE' },
];

function versions() {
  const spans = { anna: goldSpans.map((s) => ({ ...s })), ben: goldSpans.map((s) => ({ ...s })), chen: goldSpans.map((s) => ({ ...s })) };
  const truth = goldSpans.map((s) => ({ ...s }));
  CHANGES.forEach((c) => {
    if (c.kind === 'relabel') {
      for (const who of [c.who].flat()) spans[who][c.gold].label = c.label;
    } else if (c.kind === 'omit') {
      spans[c.who][c.gold] = null;
    } else if (c.kind === 'ends') {
      // The occurrence of the phrase inside the truth's span.
      const g = goldSpans[c.gold];
      let nth = 0;
      while (at(c.phrase, nth).end <= g.start) nth++;
      spans[c.who][c.gold] = { ...at(c.phrase, nth), label: g.label };
    } else {
      spans[c.who].push({ ...at(c.phrase), label: c.label });
    }
  });
  return { spans, truth };
}

function file(id, spans) {
  const list = spans.filter(Boolean).sort((a, b) => a.start - b.start || a.end - b.end);
  const out = list.map((s, i) => ({ id: `s${i + 1}`, start: s.start, end: s.end, label: s.label }));
  // Both quotes said by their speakers, by every annotator.
  const idOf = (phrase, nth) => { const r = at(phrase, nth); return out.find((s) => s.start === r.start && s.end === r.end).id; };
  const relations = [
    { id: 'r1', label: 'SPEAKER', from: idOf('"We are on time and on budget,"'), to: idOf('Castell', 1) },
  ];
  return JSON.stringify({ format: 'spanmark', version: 1, document: { id, text: TEXT }, spans: out, relations });
}

let env;
before(async () => { env = await start({ mounts: { '/curation/': folder } }); });
after(async () => { await env.stop(); rmSync(folder, { recursive: true, force: true }); });

test('curation by keyboard: 20 differences of three annotators settled in at most 45 presses; the gold checked span by span', async () => {
  const { spans, truth } = versions();
  for (const who of ['anna', 'ben', 'chen']) writeFileSync(join(folder, `${who}.json`), file('harbour', spans[who]));
  const summary = execFileSync(cli, ['merge', ...['anna', 'ben', 'chen'].map((w) => join(folder, `${w}.json`)), '-o', join(folder, 'review.json')],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const review = JSON.parse(readFileSync(join(folder, 'review.json'), 'utf8'));
  const differences = new Set(review.spans.map((s) => s.difference).filter(Boolean));
  assert.equal(differences.size, 20, `merge made ${differences.size} differences: ${summary}`);

  const { page, context, problems } = await openPage(env.browser, `${env.url}?doc=/curation/review.json`);
  await waitReady(page);
  await page.waitForFunction(() => window.spanmark.view().suggestions > 0, null, { timeout: 20000 });
  await settle(page);
  const view = () => page.evaluate(() => window.spanmark.view());
  assert.equal((await view()).suggestions, review.spans.filter((s) => s.suggested).length);
  assert.match((await view()).status, /from the annotators' differences to settle/);
  await page.screenshot({ path: join(screenshots, 'curation-open.png') });

  let presses = 0;
  const press = async (k) => { await page.keyboard.press(k); presses++; await settle(page); };
  const truthKeys = new Set(truth.map(key));
  await press('Tab');
  await page.screenshot({ path: join(screenshots, 'curation-difference.png') });
  let screenshotTaken = false;
  let undoneOnce = false;
  const rejected = new Set();
  for (let guard = 0; (await view()).suggestions > 0 && guard < 40; guard++) {
    // "difference d3 at …: 1 ACTOR "Tomas Brede" · anna, chen (Enter) — 2 ACTOR "Brede" · ben (4 open) · …"
    const status = (await view()).status;
    const m = status.match(/difference (d\d+) at .*?: (.*) \(\d+ open\)/i);
    assert.ok(m, `no difference in the status bar: ${status}`);
    const variants = m[2].split(' \u2014 ').map((v) => v.match(/^(\d) (\w+)(?: "(.*)")? \u00b7 ([a-z, ]+?)( \(Enter\))?$/));
    assert.ok(variants.every(Boolean), `unreadable variants: ${m[2]}`);
    // The curator knows the truth: the variant whose span is in it (same label, same words), or none.
    const inReview = review.spans.filter((s) => s.difference === m[1]);
    if (!screenshotTaken && variants.length > 1 && variants[0][3]) {
      screenshotTaken = true;
      await page.screenshot({ path: join(screenshots, 'curation-ends.png') });
    }
    const right = variants.findIndex((v) => inReview.some((s) => s.label === v[2] && s.annotators.join(', ') === v[4] && truthKeys.has(key(s))));
    if (right < 0) {
      for (const s of inReview) rejected.add(`${s.start}:${s.end}:${s.label}`);
      const before = (await view()).suggestions;
      await press('Delete');
      if (!undoneOnce) {
        // A rejection is one undo step, as a pick is (not counted: a slip and its mend).
        undoneOnce = true;
        const after = (await view()).suggestions;
        assert.ok(after < before, 'Delete settled nothing');
        await page.keyboard.press('Control+z');
        await settle(page);
        assert.equal((await view()).suggestions, before, 'Ctrl+Z did not bring the rejected difference back');
        await page.keyboard.press('Control+Shift+z');
        await settle(page);
        assert.equal((await view()).suggestions, after, 'Ctrl+Shift+Z did not reject it again');
        await page.keyboard.press('Tab');  // back to reviewing, at the next difference
        await settle(page);
      }
    } else if (variants.length === 1) await press('Enter');
    else await press(String(right + 1));
  }
  assert.equal((await view()).suggestions, 0, 'differences left open');
  assert.ok(screenshotTaken, 'no difference of ends was seen');
  assert.ok(undoneOnce, 'no difference was rejected');
  const download = page.waitForEvent('download');
  await press('Control+s');
  const gold = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  await page.screenshot({ path: join(screenshots, 'curation-done.png') });
  assert.ok(presses <= 45, `${presses} key presses`);
  assert.equal(presses, 22, 'one Tab, one key per difference, Ctrl+S');

  // The gold, span by span: exactly the truth, each with the annotators who made it so.
  const made = (s) => ['anna', 'ben', 'chen'].filter((w) => spans[w].some((x) => x && key(x) === key(s)));
  const got = new Map(gold.spans.map((s) => [key(s), s]));
  assert.deepEqual([...got.keys()].sort(), [...truthKeys].sort());
  for (const s of truth) {
    const g = got.get(key(s));
    assert.deepEqual(g.annotators, made(s), `annotators of ${key(s)} "${TEXT.slice(s.start, s.end)}"`);
    assert.equal(g.suggested, undefined);
    assert.equal(g.difference, undefined);
  }
  assert.equal(gold.relations.length, 1);
  assert.deepEqual(gold.relations[0].annotators, ['anna', 'ben', 'chen']);
  // The rejected variants are named in the gold's meta, so a reopened curation leaves them out.
  assert.deepEqual([...gold.document.meta.rejected].sort(), [...rejected].sort());

  // Each decision was one undo step: Ctrl+Z brings the last difference back.
  await page.keyboard.press('Control+z');
  await settle(page);
  assert.equal((await view()).suggestions >= 1, true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('curation: the annotators\' agreement as `spanmark agree` gives it, and any two layers side by side with their differences', async () => {
  const { spans } = versions();
  const names = ['anna', 'ben', 'chen'];
  for (const who of names) writeFileSync(join(folder, `${who}.json`), file('harbour', spans[who]));
  const files = names.map((w) => join(folder, `${w}.json`));
  execFileSync(cli, ['merge', ...files, '-o', join(folder, 'review.json')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const expected = JSON.parse(execFileSync(cli, ['agree', ...files, '--format', 'json'], { encoding: 'utf8' }));

  const { page, context, problems } = await openPage(env.browser, `${env.url}?doc=/curation/review.json`);
  await waitReady(page);
  await page.waitForFunction(() => window.spanmark.view().suggestions > 0, null, { timeout: 20000 });
  await settle(page);
  await page.screenshot({ path: join(screenshots, 'curation-agreement.png') });

  // The page's figures are the CLI's for the same three files.
  const got = await page.evaluate(() => window.spanmark.agreement());
  assert.deepEqual(got.annotators, expected.annotators);
  const close = (a, b, what) => {
    if (a === null || b === null) assert.equal(a, b, what);
    else assert.ok(Math.abs(a - b) < 1e-9, `${what}: page ${a}, agree ${b}`);
  };
  for (const field of ['f1_exact', 'f1_overlap', 'fleiss_kappa', 'alpha', 'alpha_u', 'relations_f1', 'attribution', 'words'])
    close(got.overall[field], expected.overall[field], `overall ${field}`);
  assert.deepEqual(Object.keys(got.labels).sort(), Object.keys(expected.labels).sort());
  for (const [label, f] of Object.entries(expected.labels))
    for (const field of ['f1_exact', 'fleiss_kappa', 'alpha', 'alpha_u']) close(got.labels[label][field], f[field], `${label} ${field}`);
  assert.ok(got.overall.f1_exact < 1 && got.overall.alpha < 1, 'the annotators disagree, and the figures say so');

  // Side by side: Ctrl+D, anna and ben to start; each column frames the spans the other lacks.
  const keys = (who) => new Set(spans[who].filter(Boolean).map(key));
  const differences = (a, b) => {
    const ka = keys(a), kb = keys(b);
    return [...ka].filter((k) => !kb.has(k)).length + [...kb].filter((k) => !ka.has(k)).length;
  };
  const view = () => page.evaluate(() => window.spanmark.view());
  await page.keyboard.press('Control+d');
  await settle(page);
  let compare = (await view()).compare;
  assert.ok(compare, 'Ctrl+D opened no side-by-side view');
  assert.equal(compare.left, 'anna');
  assert.equal(compare.right, 'ben');
  assert.equal(compare.differences, differences('anna', 'ben'));
  assert.ok(compare.differences > 0);
  await page.screenshot({ path: join(screenshots, 'compare-anna-ben.png') });

  // A click on chen in the right column: anna against chen.
  const chen = compare.layers.find((l) => l.name === 'chen');
  await page.mouse.click(chen.right.x, chen.right.y);
  await settle(page);
  compare = (await view()).compare;
  assert.equal(compare.right, 'chen');
  assert.equal(compare.differences, differences('anna', 'chen'));
  // And the gold on the left: before any curation it holds only what all three agreed on.
  const gold = compare.layers.find((l) => l.name.startsWith('gold'));
  await page.mouse.click(gold.left.x, gold.left.y);
  await settle(page);
  compare = (await view()).compare;
  assert.ok(compare.left.startsWith('gold'));
  const agreed = [...keys('anna')].filter((k) => keys('ben').has(k) && keys('chen').has(k));
  assert.equal(compare.differences, keys('chen').size - agreed.length);
  await page.screenshot({ path: join(screenshots, 'compare-gold-chen.png') });

  // Esc: back to curating, the differences still open.
  await page.keyboard.press('Escape');
  await settle(page);
  assert.equal((await view()).compare, undefined);
  assert.ok((await view()).suggestions > 0);
  assert.deepEqual(problems, []);
  await context.close();
});
