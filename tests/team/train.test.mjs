// The tagger trained on a team's accepted layers: `spanmark train --team URL`
// learns from the golds the curators marked done, and from nothing else (an
// annotator's layers and a gold still under way stay out). Against a real
// team server on 127.0.0.1 with a port of its own, stopped at the end.
//   SPANMARK_CLI=build/native/src/spanmark node --test tests/team/train.test.mjs
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repo, runCli, serverInstalled, startTeamServer, withoutCredentials } from './server.mjs';

const cli = process.env.SPANMARK_CLI || join(repo, 'build/native/src/spanmark');
const skip = !serverInstalled ? 'the team server is not installed (scripts/setup team)' : !existsSync(cli) ? `no CLI at ${cli}` : false;
const data = join(repo, 'tests/data/suggest');

const work = mkdtempSync(join(tmpdir(), 'spanmark-team-train-'));
let server;
after(() => {
  if (server) server.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});
const run = (...args) => runCli(cli, ...args);
const basic = (name, password) => ({ authorization: 'Basic ' + Buffer.from(`${name}:${password}`).toString('base64') });
const put = async (url, body, headers) => {
  const answer = await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return answer.status;
};

// Ten of the training articles, in the learning curve's order.
const articles = readFileSync(join(data, 'training-order.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(0, 10)
  .map((file) => JSON.parse(readFileSync(join(data, file), 'utf8')));

test('train --team learns from the golds marked done, and refuses a team with none or a reader who may not see them', { skip, timeout: 240000 }, async () => {
  ({ child: server, url: globalThis.teamUrl } = await startTeamServer(join(work, 'data')));
  const url = globalThis.teamUrl;
  const base = withoutCredentials(url);
  const corpus = articles.map((a) => JSON.stringify({ format: 'spanmark', version: 1, document: { id: a.document.id, text: a.document.text } }));
  writeFileSync(join(work, 'corpus.jsonl'), corpus.join('\n') + '\n');
  writeFileSync(join(work, 'users.txt'), 'anna:pw-anna:annotator\ncora:pw-cora:curator\n');
  const init = await run('team', 'init', url, join(work, 'corpus.jsonl'), '--users', join(work, 'users.txt'), '--overlap', '1');
  assert.equal(init.code, 0, init.err);

  const model = join(work, 'team.model');
  const none = await run('train', '--team', url, '-o', model);
  assert.equal(none.code, 1);
  assert.match(none.err, /no gold layer is marked done yet \(0 begun\): curate some documents first/);
  assert.ok(!existsSync(model), 'a model was written from nothing');

  // The curator accepts eight documents' golds and has a ninth under way, with every span wrongly labelled PLACE.
  const cora = basic('cora', 'pw-cora');
  const layer = (a, status, spans) => ({
    _id: `doc:${a.document.id}`, type: 'layer', document: a.document.id, annotator: 'gold',
    sha256: createHash('sha256').update(a.document.text, 'utf8').digest('hex'), status, spans, relations: status === 'done' ? a.relations : [],
  });
  for (const a of articles.slice(0, 8)) assert.equal(await put(`${base}spanmark-gold/doc:${a.document.id}`, layer(a, 'done', a.spans), cora), 201);
  const underWay = articles[8];
  assert.equal(await put(`${base}spanmark-gold/doc:${underWay.document.id}`,
    layer(underWay, 'started', underWay.spans.map((s) => ({ ...s, label: 'PLACE' }))), cora), 201);
  // An annotator's finished layer is theirs, not the team's accepted one: it stays out too.
  const anna = basic('anna', 'pw-anna');
  const annaLayer = await (await fetch(`${base}spanmark-layer-anna/doc:${articles[9].document.id}`, { headers: anna })).json();
  assert.equal(await put(`${base}spanmark-layer-anna/doc:${articles[9].document.id}`,
    { ...annaLayer, status: 'done', spans: articles[9].spans, relations: articles[9].relations }, anna), 201);

  const trained = await run('train', '--team', url, '-o', model);
  assert.equal(trained.code, 0, trained.err);
  const spans = articles.slice(0, 8).reduce((n, a) => n + a.spans.length, 0);
  assert.match(trained.err, new RegExp(`a tagger of ACTOR, PLACE, FIGURE, QUOTE trained on ${spans} spans in 8 documents, 5 epochs`));
  assert.doesNotMatch(trained.err, /pw-|SECRET/);

  // The same model as training on the eight gold files themselves, in the store's order (by id): byte for byte.
  const byId = (a, b) => (a.document.id < b.document.id ? -1 : 1);
  const files = articles.slice(0, 8).sort(byId).map((a, k) => {
    const path = join(work, `gold-${k}.json`);
    writeFileSync(path, JSON.stringify(a));
    return path;
  });
  const fromFiles = join(work, 'files.model');
  const local = await run('train', ...files, '-o', fromFiles);
  assert.equal(local.code, 0, local.err);
  assert.ok(readFileSync(model).equals(readFileSync(fromFiles)), 'the team model differs from the files\' model');

  // It suggests: the tenth article's names, tagged.
  const tenth = join(work, 'tenth.txt');
  writeFileSync(tenth, articles[9].document.text);
  const suggested = await run('suggest', tenth, '--model', model);
  assert.equal(suggested.code, 0, suggested.err);
  const tagged = JSON.parse(suggested.out).spans.filter((s) => s.suggested === 'tagger');
  assert.ok(tagged.length >= 5, `only ${tagged.length} tagger suggestions`);

  // An annotator may not read the gold: refused, saying where, and no model written.
  const annaUrl = url.replace(/\/\/[^@/]+@/, '//anna:pw-anna@');
  const refused = await run('train', '--team', annaUrl, '-o', join(work, 'anna.model'));
  assert.equal(refused.code, 1);
  assert.match(refused.err, /spanmark train: http:\/\/anna:\*\*\*@127\.0\.0\.1:\d+\/: GET \/spanmark-gold\/.*refused the credentials \(401/);
  assert.doesNotMatch(refused.err, /pw-anna/);
  assert.ok(!existsSync(join(work, 'anna.model')));

  // Files and a team at once: a usage error.
  const both = await run('train', files[0], '--team', url, '-o', join(work, 'both.model'));
  assert.equal(both.code, 2);
  assert.match(both.err, /not both/);
});
