// The page around the WebAssembly module: loading and error states, the
// window.spanmark hook of SPEC.md §3, ?doc=URL, and file downloads.
(function () {
  'use strict';

  const loading = document.getElementById('loading');
  const fatal = document.getElementById('fatal');
  const canvas = document.getElementById('canvas');

  function showFatal(message) {
    loading.hidden = true;
    fatal.hidden = false;
    fatal.textContent = 'spanmark cannot run here.\n\n' + message;
    console.error('spanmark:', message);
  }
  window.spanmarkShowFatal = showFatal;

  if (!document.createElement('canvas').getContext('webgl2')) {
    showFatal('This browser has no WebGL 2, which spanmark needs to draw. ' +
              'Try a current Chrome, Edge, Firefox or Safari, with hardware acceleration on.');
    return;
  }

  // Strings cross into the module through its heap: a 5 MB article would not
  // fit on the stack that ccall uses.
  function withUtf8(text, use) {
    const size = Module.lengthBytesUTF8(text) + 1;
    const pointer = Module._malloc(size);
    try {
      Module.stringToUTF8(text, pointer, size);
      return use(pointer, size - 1);
    } finally {
      Module._free(pointer);
    }
  }

  // Large inputs go in as bytes, encoded natively: no JS character loop.
  const encoder = new TextEncoder();
  function withBytes(bytes, use) {
    const pointer = Module._malloc(bytes.length + 1);
    try {
      Module.HEAPU8.set(bytes, pointer);
      Module.HEAPU8[pointer + bytes.length] = 0;
      return use(pointer, bytes.length);
    } finally {
      Module._free(pointer);
    }
  }

  function loadBytes(bytes, name) {
    return withBytes(bytes, (data, length) =>
      withUtf8(String(name || 'document'), (namePointer) => answer(Module._spanmark_load(data, length, namePointer))));
  }

  function answer(pointer) {
    return pointer ? Module.UTF8ToString(pointer) : null;
  }

  // Drafts in IndexedDB (localStorage holds 5 MB at most). Writes of one key
  // are coalesced: while one is in flight, only the newest waits.
  const drafts = (() => {
    let database = null;
    const opening = new Promise((resolve, reject) => {
      if (!window.indexedDB) { reject(new Error('this browser has no IndexedDB')); return; }
      const request = indexedDB.open('spanmark', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('drafts', { keyPath: 'key' });
      request.onsuccess = () => { database = request.result; resolve(database); };
      request.onerror = () => reject(request.error || new Error('IndexedDB could not be opened'));
    });
    opening.catch(() => {});
    const waiting = new Map();
    const writing = new Set();
    let lookups = 0;
    function failed(error) {
      const message = (error && (error.name === 'QuotaExceededError' ? 'the browser\'s storage is full' : error.message)) || String(error);
      if (runtimeReady) withUtf8(message, (p) => Module._spanmark_storage_failed(p));
    }
    function transaction(mode) { return database.transaction('drafts', mode).objectStore('drafts'); }
    function flush(key) {
      if (writing.has(key) || !waiting.has(key)) return;
      const record = waiting.get(key);
      waiting.delete(key);
      writing.add(key);
      opening.then(() => new Promise((resolve, reject) => {
        const request = transaction('readwrite').put(record);
        request.onsuccess = resolve;
        request.onerror = () => reject(request.error);
      })).catch(failed).finally(() => { writing.delete(key); flush(key); });
    }
    return {
      store(key, contents) {
        waiting.set(key, { key, contents, savedAt: Date.now() });
        flush(key);
      },
      drop(key) {
        waiting.delete(key);
        opening.then(() => { transaction('readwrite').delete(key); }).catch(failed);
      },
      find(key) {
        lookups++;
        opening.then(() => new Promise((resolve, reject) => {
          const request = transaction('readonly').get(key);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        })).then((record) => {
          if (!record) return;
          const when = new Date(record.savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
          const bytes = typeof record.contents === 'string' ? encoder.encode(record.contents) : record.contents;
          withUtf8(key, (k) => withBytes(bytes, (data, length) =>
            withUtf8(when, (w) => Module._spanmark_restore_draft(k, data, length, w))));
        }).catch(failed).finally(() => { lookups--; updateReady(); });
      },
      get busy() { return lookups > 0; },
    };
  })();
  window.spanmarkDrafts = drafts;

  // Closing the tab with changes not yet downloaded asks first.
  window.addEventListener('beforeunload', (event) => {
    if (runtimeReady && Module._spanmark_unsaved()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  let runtimeReady = false;
  let firstFrame = false;
  let startingDocument = false;

  const api = {
    ready: false,
    load(text, name) {
      if (!runtimeReady) return 'spanmark is still loading';
      if (typeof text !== 'string') return 'load() takes the file contents as a string';
      return loadBytes(encoder.encode(text), name);
    },
    save() {
      return runtimeReady ? answer(Module._spanmark_save()) : null;
    },
    textRects(start, end) {
      if (!runtimeReady) return [];
      return JSON.parse(answer(Module._spanmark_text_rects(start, end)));
    },
    // SPEC.md §3's fields, and beyond them: linesDrawn, autosaveMs (the last
    // autosave's cost) and suggestions (how many are open for review; 0 until found).
    view() {
      if (!runtimeReady) return null;
      return JSON.parse(answer(Module._spanmark_view()));
    },
  };
  window.spanmark = api;

  function updateReady() {
    api.ready = runtimeReady && firstFrame && !startingDocument && !drafts.busy;
    if (api.ready) loading.hidden = true;
  }

  function documentName(url) {
    try {
      const path = new URL(url, location.href).pathname;
      return decodeURIComponent(path.substring(path.lastIndexOf('/') + 1)) || 'document';
    } catch (e) {
      return 'document';
    }
  }

  function showError(message) {
    withUtf8(message, (pointer) => Module._spanmark_show_error(pointer));
  }

  // ?doc=URL is fetched while the module downloads, and opened once it runs.
  const docUrl = new URLSearchParams(location.search).get('doc');
  const docBytes = docUrl && fetch(docUrl).then((response) => {
    if (!response.ok) throw new Error('the server answered ' + response.status + ' ' + response.statusText);
    return response.arrayBuffer();
  });
  startingDocument = Boolean(docUrl);

  window.spanmarkStarted = function () {
    runtimeReady = true;
    if (docBytes) {
      docBytes
        .then((buffer) => loadBytes(new Uint8Array(buffer), documentName(docUrl)))
        .catch((error) => showError(docUrl + ': ' + error.message))
        .finally(() => { startingDocument = false; updateReady(); });
    }
    updateReady();
  };

  window.spanmarkFirstFrame = function () {
    firstFrame = true;
    updateReady();
  };

  window.spanmarkOfferFile = function (name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  // While a file is read and parsed, the loading indicator says so; it is
  // painted before the (synchronous) parse starts.
  const loadingText = loading.querySelector('span');
  function busy(message) {
    loadingText.textContent = message;
    loading.hidden = false;
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  function idle() {
    loading.hidden = true;
  }

  function openFile(file) {
    busy('Opening ' + file.name + '\u2026')
      .then(() => file.arrayBuffer())
      .then((buffer) => loadBytes(new Uint8Array(buffer), file.name))
      .catch((error) => showError(file.name + ': ' + error.message))
      .finally(idle);
  }

  // Ctrl+O and the Open button: the browser's file picker.
  window.spanmarkPickFile = function () {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,.jsonl,.txt,application/json,text/plain';
    input.onchange = () => {
      if (input.files && input.files[0]) openFile(input.files[0]);
    };
    input.click();
  };

  // A file dropped anywhere on the page opens.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer && event.dataTransfer.files && event.dataTransfer.files[0];
    if (file && runtimeReady) openFile(file);
  });

  window.Module = {
    canvas: canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: (what) => showFatal('The editor stopped: ' + what),
  };

  window.addEventListener('error', (event) => {
    if (!api.ready) showFatal(String(event.message || event));
  });

  const script = document.createElement('script');
  script.src = 'spanmark-app.js';
  script.onerror = () => showFatal('Could not load spanmark-app.js from ' + location.href + '.');
  document.body.appendChild(script);
  canvas.focus();
})();
