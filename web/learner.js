// The tagger's learning on a worker's thread (docs/page.md, "The learned
// tagger"): the module hands over the documents marked done and the labels,
// the worker (learner-worker.js: the same C++ Learner, built on its own) posts
// back how far it is and the model's bytes, and the frames never pay for the
// learning. Where a worker cannot start, or once it failed, the learning is
// left to slices of the frames; ?learner=frames asks for that from the start.
(function () {
  'use strict';

  const inFrames = new URLSearchParams(location.search).get('learner') === 'frames';
  let worker = null;
  let broken = '';  // why the worker is not used any more
  let pending = 0;  // the ticket of the learning handed over last

  // Bytes into the module's heap for one call.
  function call(bytes, use) {
    const pointer = Module._malloc(bytes.length + 1);
    try {
      Module.HEAPU8.set(bytes, pointer);
      use(pointer, bytes.length);
    } finally {
      Module._free(pointer);
    }
  }

  function failed(ticket, why) {
    if (broken) return;  // told once; the frames have the learning already
    broken = why;
    if (worker) worker.terminate();
    worker = null;
    console.warn('spanmark: ' + why + '; the tagger learns between frames');
    call(new TextEncoder().encode(why), (p, n) => Module._spanmark_learning_failed(ticket, p, n));
  }

  function startWorker() {
    worker = new Worker('learner-worker.js');
    worker.onmessage = (event) => {
      const answer = event.data;
      if (answer.error) failed(answer.ticket, answer.error);
      else if (answer.model) call(answer.model, (p, n) => Module._spanmark_learnt(answer.ticket, p, n, answer.workMs));
      else Module._spanmark_learning_progress(answer.ticket, answer.progress);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      failed(pending, 'the learning worker stopped (' + (event.message || 'learner-worker.js could not be loaded') + ')');
    };
  }

  window.spanmarkLearnAside = function (ticket, lines, labels) {
    if (inFrames || broken || typeof Worker === 'undefined') return false;
    try {
      if (!worker) startWorker();
    } catch (error) {
      broken = 'no learning worker (' + error.message + ')';
      return false;
    }
    pending = ticket;
    worker.postMessage({ ticket, lines, labels }, [lines.buffer, labels.buffer]);
    return true;
  };
})();
