// Drafts in IndexedDB for the module's IndexedDbDraftStore
// (src/platform/web/indexeddb_draft_store.cpp): per document a small header,
// a snapshot and a journal of edits. A write is reported stored only when its
// transaction completes (durability "strict"), and a failure (a full quota)
// at once. Strings cross from the module as bytes and are decoded here.
(function () {
  'use strict';

  const MAX_DRAFTS = 50;
  const MAX_BYTES = 200 * 1024 * 1024;
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const text = (heap, pointer, length) => decoder.decode(heap.subarray(pointer, pointer + length));

  let database = null;
  let openError = null;
  const opening = new Promise((resolve) => {
    if (!window.indexedDB) { openError = new Error('this browser has no IndexedDB'); resolve(); return; }
    let request;
    try {
      request = indexedDB.open('spanmark', 2);
    } catch (error) {
      openError = error; resolve(); return;
    }
    request.onupgradeneeded = (event) => {
      const db = request.result;
      const upgrade = request.transaction;
      const headers = event.oldVersion < 1 ? db.createObjectStore('drafts', { keyPath: 'key' }) : upgrade.objectStore('drafts');
      headers.createIndex('id', 'id');
      const snapshots = db.createObjectStore('snapshots', { keyPath: 'key' });
      db.createObjectStore('journal', { keyPath: ['key', 'seq'] });
      // Version 1 kept each draft whole ({key, contents, savedAt}): it becomes a snapshot with an empty journal.
      if (event.oldVersion === 1) {
        headers.openCursor().onsuccess = (e) => {
          const cursor = e.target.result;
          if (!cursor) return;
          const old = cursor.value;
          const bytes = typeof old.contents === 'string' ? encoder.encode(old.contents) : old.contents;
          const id = old.key.substring(0, old.key.lastIndexOf(':'));
          snapshots.put({ key: old.key, snapshot: bytes });
          cursor.update({ key: old.key, id, name: id + '.json', savedAt: old.savedAt, spans: 0, bytes: bytes.length });
          cursor.continue();
        };
      }
    };
    request.onsuccess = () => { database = request.result; resolve(); };
    request.onerror = () => { openError = request.error || new Error('IndexedDB could not be opened'); resolve(); };
    request.onblocked = () => { openError = new Error('another tab holds an older version of the storage open'); };
  });

  let pending = 0;  // look-ups the page waits for before it says it is ready
  const drafts = { get busy() { return pending > 0; }, onIdle: () => {}, runtimeReady: false };
  // The module runs: from now on its exports may be called.
  drafts.started = () => { drafts.runtimeReady = true; reportBytes(); };
  function done() { pending--; if (pending === 0) drafts.onIdle(); }

  // Calls an export with each string (or byte array) as (pointer, length), then the numbers.
  // Before the runtime has started, the exports are stubs that throw: nothing is called then
  // (the module asks for what it needs once it runs).
  function call(name, values, numbers = []) {
    if (!drafts.runtimeReady || !window.Module || !Module['_' + name]) return;
    const pointers = [];
    const args = [];
    try {
      for (const v of values) {
        const bytes = typeof v === 'string' ? encoder.encode(v) : v;
        const p = Module._malloc(bytes.length + 1);
        pointers.push(p);
        Module.HEAPU8.set(bytes, p);
        args.push(p, bytes.length);
      }
      Module['_' + name](...args, ...numbers);
    } finally {
      for (const p of pointers) Module._free(p);
    }
  }

  function describe(error) {
    if (!error) return 'the browser refused the write';
    if (error.name === 'QuotaExceededError') return 'the browser\'s storage for this page is full (' + error.name + ')';
    return error.message || String(error);
  }

  // One transaction; resolves on complete (the data is on disk), rejects on error or abort.
  function transact(stores, mode, work) {
    return opening.then(() => new Promise((resolve, reject) => {
      if (!database) { reject(openError); return; }
      let tx;
      try {
        tx = database.transaction(stores, mode, mode === 'readwrite' ? { durability: 'strict' } : undefined);
      } catch (error) {
        reject(error); return;
      }
      let result;
      tx.oncomplete = () => resolve(result);
      tx.onabort = () => reject(tx.error);
      tx.onerror = () => {};  // the abort that follows says why
      try {
        work(tx, (value) => { result = value; });
      } catch (error) {
        try { tx.abort(); } catch (e) { /* already finished */ }
        reject(error);
      }
    }));
  }

  const journalRange = (key) => IDBKeyRange.bound([key, 0], [key, Infinity]);

  // The headers this tab knows (all of them at start, then its own writes): the bound is
  // kept from these without reading the store again on every snapshot.
  const known = new Map();
  const loadingKnown = opening.then(() => transact(['drafts'], 'readonly', (tx, set) => {
    tx.objectStore('drafts').getAll().onsuccess = (e) => set(e.target.result);
  })).then((all) => { for (const h of all) known.set(h.key, h); reportBytes(); }, () => {});

  function knownBytes() {
    let total = 0;
    for (const h of known.values()) total += h.bytes || 0;
    return total;
  }

  function reportBytes() {
    if (drafts.runtimeReady && Module._spanmark_draft_bytes) Module._spanmark_draft_bytes(knownBytes());
  }

  // The bound: past MAX_DRAFTS or MAX_BYTES the least recently written drafts go (down to
  // nine tenths of the bound, so that one transaction makes room for several), never `keep`.
  function evict(keep) {
    let total = knownBytes();
    if (known.size <= MAX_DRAFTS && total <= MAX_BYTES) { reportBytes(); return Promise.resolve(); }
    const oldest = [...known.values()].sort((a, b) => a.savedAt - b.savedAt);
    let count = known.size;
    const doomed = [];
    for (const h of oldest) {
      if (count <= MAX_DRAFTS * 0.9 && total <= MAX_BYTES * 0.9) break;
      if (h.key === keep) continue;
      doomed.push(h.key);
      count--;
      total -= h.bytes || 0;
    }
    for (const key of doomed) known.delete(key);
    reportBytes();
    if (!doomed.length) return Promise.resolve();
    return transact(['drafts', 'snapshots', 'journal'], 'readwrite', (tx) => {
      for (const key of doomed) {
        tx.objectStore('drafts').delete(key);
        tx.objectStore('snapshots').delete(key);
        tx.objectStore('journal').delete(journalRange(key));
      }
    });
  }

  function infoOf(h) {
    call('spanmark_draft_info', [h.key, h.id || '', h.name || ''], [h.savedAt || 0, h.spans || 0, h.bytes || 0]);
  }

  // A snapshot copied out of the heap while the person was idle; the first change then only refers to it.
  let prepared = null;
  drafts.prepare = function (heap, k, kl, data, length) {
    prepared = { key: text(heap, k, kl), bytes: heap.slice(data, data + length) };
  };

  drafts.onChanged = () => {};  // (document id): team mode sends each change on (team.js)
  drafts.write = function (heap, k, kl, i, il, n, nl, savedAt, spans, seq, data, length) {
    const key = text(heap, k, kl);
    drafts.onChanged(text(heap, i, il));
    let bytes;
    if (length < 0) {  // the prepared snapshot, of -1 - length bytes
      if (!prepared || prepared.key !== key || prepared.bytes.length !== -1 - length) {
        call('spanmark_draft_failed', [key, 'the prepared snapshot went missing']);
        return;
      }
      bytes = prepared.bytes;
      prepared = null;
      length = bytes.length;
    } else {
      bytes = heap.slice(data, data + length);  // a copy: the heap moves on
    }
    const header = { key, id: text(heap, i, il), name: text(heap, n, nl), savedAt, spans, bytes: length };
    transact(['drafts', 'snapshots', 'journal'], 'readwrite', (tx) => {
      const headers = tx.objectStore('drafts');
      if (seq === 0) {
        headers.put(header);
        tx.objectStore('snapshots').put({ key, snapshot: bytes });
        tx.objectStore('journal').delete(journalRange(key));
      } else {
        // add, not put: an entry another tab already wrote under this number is never overwritten.
        tx.objectStore('journal').add({ key, seq, entry: bytes });
        headers.get(key).onsuccess = (e) => {
          const old = e.target.result;
          header.bytes = (old ? old.bytes || 0 : 0) + length;
          headers.put(header);
        };
      }
    }).then(() => {
      known.set(key, header);  // as stored: an entry's header counts the draft's bytes so far
      call('spanmark_draft_stored', [key], [seq]);
      if (seq === 0) loadingKnown.then(() => evict(key)).catch(() => {});
      else reportBytes();
    }, (error) => call('spanmark_draft_failed', [key, describe(error)]));
  };

  drafts.remove = function (heap, k, kl) {
    const key = text(heap, k, kl);
    transact(['drafts', 'snapshots', 'journal'], 'readwrite', (tx) => {
      tx.objectStore('drafts').delete(key);
      tx.objectStore('snapshots').delete(key);
      tx.objectStore('journal').delete(journalRange(key));
    }).catch(() => {});
    known.delete(key);
    reportBytes();
  };

  drafts.find = function (heap, i, il) {
    const id = text(heap, i, il);
    pending++;
    transact(['drafts'], 'readonly', (tx, set) => {
      tx.objectStore('drafts').index('id').getAll(id).onsuccess = (e) => set(e.target.result);
    }).catch(() => []).then((headers) => {
      headers.sort((a, b) => b.savedAt - a.savedAt);
      for (const h of headers) infoOf(h);
      call('spanmark_drafts_found', [id]);
    }).finally(done);
  };

  drafts.list = function (limit) {
    pending++;
    transact(['drafts'], 'readonly', (tx, set) => {
      tx.objectStore('drafts').getAll().onsuccess = (e) => set(e.target.result);
    }).catch(() => []).then((headers) => {
      headers.sort((a, b) => b.savedAt - a.savedAt);
      for (const h of headers.slice(0, limit)) infoOf(h);
      call('spanmark_drafts_listed', []);
    }).finally(done);
  };

  drafts.load = function (heap, k, kl) {
    const key = text(heap, k, kl);
    pending++;
    transact(['drafts', 'snapshots', 'journal'], 'readonly', (tx, set) => {
      const found = {};
      tx.objectStore('drafts').get(key).onsuccess = (e) => { found.header = e.target.result; };
      tx.objectStore('snapshots').get(key).onsuccess = (e) => { found.snapshot = e.target.result; };
      tx.objectStore('journal').getAll(journalRange(key)).onsuccess = (e) => { found.journal = e.target.result; };
      set(found);
    }).then((found) => {
      if (!found.header || !found.snapshot) throw new Error('no draft is stored under this key');
      const entries = found.journal.map((j) => (typeof j.entry === 'string' ? encoder.encode(j.entry) : j.entry));
      const journal = new Uint8Array(entries.reduce((sum, e) => sum + e.length + 1, 0));
      let at = 0;
      for (const e of entries) { journal.set(e, at); at += e.length; journal[at++] = 10; }
      infoOf(found.header);
      const snapshot = found.snapshot.snapshot;
      call('spanmark_draft_loaded', [typeof snapshot === 'string' ? encoder.encode(snapshot) : snapshot, journal]);
    }).catch((error) => call('spanmark_draft_load_failed', [key, describe(error)])).finally(done);
  };

  // Web Locks: the tab that holds "spanmark-draft:KEY" writes that draft; another is told it is read-only.
  const held = new Map();  // key -> release()
  drafts.claim = function (heap, k, kl, takeOver) {
    const key = text(heap, k, kl);
    for (const [other, release] of held) if (other !== key) { release(); held.delete(other); }
    if (held.has(key)) { call('spanmark_draft_claimed', [key], [1]); return; }
    if (!navigator.locks) { call('spanmark_draft_claimed', [key], [1]); return; }
    pending++;
    let answered = false;
    const answer = (exclusive) => {
      if (!answered) { answered = true; done(); }
      call('spanmark_draft_claimed', [key], [exclusive ? 1 : 0]);
    };
    navigator.locks.request('spanmark-draft:' + key, takeOver ? { steal: true } : { ifAvailable: true }, (lock) => {
      if (!lock) { answer(false); return undefined; }
      return new Promise((release) => { held.set(key, release); answer(true); });
    }).catch(() => {
      // Another tab took the document over.
      held.delete(key);
      answer(false);
    });
  };

  window.spanmarkDrafts = drafts;
})();
