// The page around the WebAssembly module: loading and error states, the
// window.spanmark hook (docs/hook.md), ?doc=URL, and file downloads.
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

  // Strings cross into the module as bytes through its heap (a 5 MB article
  // would not fit on the stack that ccall uses), and come back as bytes with
  // their length: a NUL inside them stays.
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
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
  const withText = (text, use) => withBytes(encoder.encode(String(text)), use);

  function answer(pointer) {
    if (!pointer) return null;
    return decoder.decode(Module.HEAPU8.subarray(pointer, pointer + Module._spanmark_reply_length()));
  }

  function loadBytes(bytes, name) {
    return withBytes(bytes, (data, length) =>
      withText(name || 'document', (n, nl) => answer(Module._spanmark_load(data, length, n, nl))));
  }

  // Drafts live in IndexedDB (drafts.js); the page is ready once their look-ups are answered.
  const drafts = window.spanmarkDrafts;
  drafts.onIdle = () => updateReady();

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
    // Team mode's curation: the annotators' layers of one document (spanmark file objects,
    // each naming its annotator in document.meta.annotator; "gold" for the gold begun so
    // far) merged and opened for review. Null, or what went wrong.
    curateLayers(layers, name) {
      if (!runtimeReady) return 'spanmark is still loading';
      if (!Array.isArray(layers)) return 'curateLayers() takes an array of layers';
      const data = encoder.encode(layers.map((l) => JSON.stringify(l)).join('\n') + '\n');
      return withBytes(data, (d, length) =>
        withText(name || 'document', (n, nl) => answer(Module._spanmark_curate_layers(d, length, n, nl))));
    },
    // Team mode: the layers accepted so far (spanmark file objects), for the tagger to learn from.
    learnFrom(layers) {
      if (!runtimeReady) return 'spanmark is still loading';
      if (!Array.isArray(layers)) return 'learnFrom() takes an array of layers';
      const data = encoder.encode(layers.map((l) => JSON.stringify(l)).join('\n') + '\n');
      withBytes(data, (d, length) => Module._spanmark_learn_from(d, length));
      return null;
    },
    // The span suggestions rejected in the open review: ["start:end:LABEL", …].
    rejectedSuggestions() {
      return runtimeReady ? JSON.parse(answer(Module._spanmark_rejected())) : [];
    },
    // The span suggestions open for review, in place order: [{start, end, label, rule}, …].
    openSuggestions() {
      return runtimeReady ? JSON.parse(answer(Module._spanmark_open_suggestions())) : [];
    },
    save() {
      return runtimeReady ? answer(Module._spanmark_save()) : null;
    },
    // Drops a draft restored over the document just loaded; true when there was one (team mode).
    dropRestoredDraft() {
      return runtimeReady && Module._spanmark_drop_restored_draft() === 1;
    },
    textRects(start, end) {
      if (!runtimeReady) return [];
      return JSON.parse(answer(Module._spanmark_text_rects(start, end)));
    },
    // docs/hook.md's fields: beyond the position ones, linesDrawn, autosaveMs (the
    // last autosave's cost), suggestions (open for review; 0 until found), stored
    // (every change is in IndexedDB), storageFailed, readOnly, draftBytes, unsaved,
    // offered (drafts of this id kept for another text).
    view() {
      if (!runtimeReady) return null;
      return JSON.parse(answer(Module._spanmark_view()));
    },
    // The annotators' agreement over the open merge (or corpus of merges), the
    // object `spanmark agree --format json` writes for their files; null otherwise.
    agreement() {
      if (!runtimeReady) return null;
      return JSON.parse(answer(Module._spanmark_agreement()));
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
    withText(message, (pointer, length) => Module._spanmark_show_error(pointer, length));
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
    drafts.started();
    // With no ?doc=, the last document with unsaved work comes back.
    if (!docUrl) Module._spanmark_reopen_last();
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

  // Ctrl+O and the Open button: the browser's file picker. The input is put in
  // the document while it is in use: some browsers (and automation) only see a
  // chooser opened from an input that is part of the page.
  let picker = null;
  window.spanmarkPickFile = function () {
    if (picker) picker.remove();
    picker = document.createElement('input');
    picker.type = 'file';
    picker.accept = '.json,.jsonl,.txt,application/json,text/plain';
    picker.style.display = 'none';
    const input = picker;
    input.onchange = () => {
      if (input.files && input.files[0]) openFile(input.files[0]);
      input.remove();
    };
    input.addEventListener('cancel', () => input.remove());
    document.body.appendChild(input);
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

  // Keys typed into the page's own HTML controls (team mode's sign-in form) are theirs:
  // the editor listens on the window, in the capture phase, and must not take them.
  for (const type of ['keydown', 'keyup', 'keypress']) {
    window.addEventListener(type, (event) => {
      if (event.target instanceof Element && event.target.closest('input, textarea, select, button')) event.stopImmediatePropagation();
    }, true);
  }

  // ?team=URL: team mode (docs/team.md), its scripts loaded only then.
  if (new URLSearchParams(location.search).get('team')) {
    for (const name of ['team-merge.js', 'team-store.js', 'team.js']) {
      const part = document.createElement('script');
      part.src = name;
      part.async = false;
      document.body.appendChild(part);
    }
  }

  const script = document.createElement('script');
  script.src = 'spanmark-app.js';
  script.onerror = () => showFatal('Could not load spanmark-app.js from ' + location.href + '.');
  document.body.appendChild(script);
  canvas.focus();
})();
