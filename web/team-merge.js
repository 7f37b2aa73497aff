// Three-way merge of a team layer (docs/team.md, "Conflicts"): the version
// both sides started from, this device's and the server's. A span or relation
// is its place and label; what one side added is kept, what one side removed
// (and the other left as it was) goes, and a span both sides changed keeps
// both versions, side by side, for the person to settle: nothing is dropped
// without a word. Loaded by team.js in the page, and by node for its tests.
(function (exports) {
  'use strict';

  const spanKey = (s) => `${s.start}:${s.end}:${s.label}`;

  // Keys of the items present after the merge: in either side, except those
  // one side removed from the base while the other kept them unchanged.
  function mergeSets(base, local, remote, keyOf, same) {
    const index = (items) => new Map(items.map((x) => [keyOf(x), x]));
    const b = index(base), l = index(local), r = index(remote);
    const out = new Map();
    let clashes = 0;
    for (const [key, item] of l) {
      if (!r.has(key)) {
        if (b.has(key) && same(b.get(key), item)) continue;  // removed on the server, untouched here
        out.set(key, item);
        continue;
      }
      const other = r.get(key);
      if (same(item, other)) { out.set(key, item); continue; }
      // Changed on both sides (a note, an attribute): this device's kept, the server's noted.
      if (b.has(key) && same(b.get(key), other)) out.set(key, item);
      else if (b.has(key) && same(b.get(key), item)) out.set(key, other);
      else { out.set(key, { ...item, note: [item.note, other.note].filter(Boolean).join(' | ') }); clashes++; }
    }
    for (const [key, item] of r) {
      if (l.has(key)) continue;
      if (b.has(key) && same(b.get(key), item)) continue;  // removed here, untouched on the server
      out.set(key, item);
    }
    return { items: [...out.values()], clashes };
  }

  const sameJson = (a, b) => JSON.stringify(withoutId(a)) === JSON.stringify(withoutId(b));
  function withoutId(x) {
    const { id, ...rest } = x;
    return rest;
  }

  // Returns { spans, relations, clashes } with span ids renumbered s1…, relation ids r1….
  function mergeLayers(base, local, remote) {
    base = base || { spans: [], relations: [] };
    const spanOf = (layer) => new Map(layer.spans.map((s) => [s.id, spanKey(s)]));
    const relationKey = (spans) => (r) => `${r.label}|${spans.get(r.from)}|${spans.get(r.to)}`;
    const spans = mergeSets(base.spans, local.spans, remote.spans, spanKey, sameJson);
    spans.items.sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    const idOfKey = new Map();
    const renumbered = spans.items.map((s, k) => {
      idOfKey.set(spanKey(s), `s${k + 1}`);
      return { ...s, id: `s${k + 1}` };
    });
    // A relation is its label and its ends' places; ends are looked up in the side it came from.
    const tag = (layer) => {
      const ends = spanOf(layer);
      const keyOf = relationKey(ends);
      return layer.relations.map((r) => ({ ...r, from: ends.get(r.from), to: ends.get(r.to), key: keyOf(r) }));
    };
    const relations = mergeSets(tag(base), tag(local), tag(remote), (r) => r.key, (a, b) => sameJson({ ...a, key: 0 }, { ...b, key: 0 }));
    const kept = relations.items
      .filter((r) => idOfKey.has(r.from) && idOfKey.has(r.to))
      .map((r, k) => {
        const { key, ...rest } = r;
        return { ...rest, id: `r${k + 1}`, from: idOfKey.get(r.from), to: idOfKey.get(r.to) };
      });
    return { spans: renumbered, relations: kept, clashes: spans.clashes + relations.clashes };
  }

  exports.mergeLayers = mergeLayers;
})(typeof module !== 'undefined' ? module.exports : (window.spanmarkTeamMerge = {}));
