// Team mode's own storage (docs/team.md): IndexedDB database `spanmark-team`,
// one object store `records` holding the corpus texts this device has
// fetched (`text:ID`), each layer as the server last gave it (`layer:USER:ID`),
// a curator's last copy of each document's annotators' layers (`curation:ID`),
// who last signed in to each server (`user:SERVER`) and the outbox (`outbox:USER:ID`: a layer changed here and not yet on the
// server). Read once into memory when the page starts; each write is
// reported done only when its transaction is durable, so a layer in the
// outbox survives a closed tab or a crash.
(function () {
  'use strict';

  const memory = new Map();  // key -> value, mirrored from IndexedDB
  let database = null;
  const opening = new Promise((resolve) => {
    if (!window.indexedDB) return resolve();
    const request = indexedDB.open('spanmark-team', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('records', { keyPath: 'key' });
    request.onerror = () => resolve();
    request.onsuccess = () => {
      database = request.result;
      const all = database.transaction('records').objectStore('records').getAll();
      all.onsuccess = () => { for (const r of all.result) memory.set(r.key, r.value); resolve(); };
      all.onerror = () => resolve();
    };
  });

  // Resolves when durable; without IndexedDB (a private window in some browsers) the memory copy is all there is.
  async function put(key, value) {
    if (value === undefined) memory.delete(key);
    else memory.set(key, value);
    await opening;
    if (!database) return;
    await new Promise((resolve, reject) => {
      const tx = database.transaction('records', 'readwrite', { durability: 'strict' });
      if (value === undefined) tx.objectStore('records').delete(key);
      else tx.objectStore('records').put({ key, value });
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error || new Error('the write was aborted'));
    });
  }
  const outboxPrefix = (user) => `outbox:${user}:`;

  window.spanmarkTeamStore = {
    ready: opening,
    hasText: (id) => memory.has(`text:${id}`),
    text: (id) => memory.get(`text:${id}`),
    keepText: (id, record) => put(`text:${id}`, record),
    keepCuration: (id, layers) => put(`curation:${id}`, layers),
    curation: (id) => memory.get(`curation:${id}`),
    async keepLayers(user, layers) {
      for (const layer of layers) await put(`layer:${user}:${layer._id}`, layer);
    },
    async cachedLayers(user) {
      await opening;
      return [...memory].filter(([k]) => k.startsWith(`layer:${user}:`)).map(([, v]) => v);
    },
    // Who last signed in to a server on this device (name and roles, never the password): a reload
    // with the server out of reach goes on with that person's cached queue and outbox.
    rememberUser: (server, user) => put(`user:${server}`, { name: user.name, roles: user.roles }),
    rememberedUser: (server) => memory.get(`user:${server}`),
    pendingLayer: (user, id) => memory.get(outboxPrefix(user) + id),
    queueLayer: (user, id, layer) => put(outboxPrefix(user) + id, layer),
    outbox: (user) => [...memory].filter(([k]) => k.startsWith(outboxPrefix(user))).map(([k, v]) => [k.slice(outboxPrefix(user).length), v]),
    outboxSize(user) { return this.outbox(user).length; },
    // `sent` reached the server as `base`: the new base is kept, and the outbox entry goes
    // unless a newer change replaced it meanwhile (that one is sent next).
    async settle(user, id, sent, base) {
      await put(`layer:${user}:${id}`, base);
      if (memory.get(outboxPrefix(user) + id) === sent) await put(outboxPrefix(user) + id, undefined);
    },
  };
})();
