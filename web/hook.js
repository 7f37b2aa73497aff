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
    view() {
      if (!runtimeReady) return null;
      return JSON.parse(answer(Module._spanmark_view()));
    },
  };
  window.spanmark = api;

  function updateReady() {
    api.ready = runtimeReady && firstFrame && !startingDocument;
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

  // Ctrl+O and the Open button: the browser's file picker.
  window.spanmarkPickFile = function () {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,.jsonl,.txt,application/json,text/plain';
    input.onchange = () => {
      const file = input.files && input.files[0];
      if (!file) return;
      file.text().then((text) => api.load(text, file.name))
        .catch((error) => showError(file.name + ': ' + error.message));
    };
    input.click();
  };

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
