// The worker that learns the tagger (learner.js hands it the documents): it
// runs the module spanmark-learner in steps of 50 ms, posting how far it is
// after each, and drops a learning as soon as a newer one arrives.
'use strict';
importScripts('spanmark-learner.js');

let latest = 0;
const ready = createSpanmarkLearner({
  onAbort: (why) => postMessage({ ticket: latest, error: 'the learning worker stopped (' + why + ')' }),
});

function intoHeap(m, bytes) {
  const pointer = m._malloc(bytes.length + 1);
  m.HEAPU8.set(bytes, pointer);
  return pointer;
}

onmessage = (event) => {
  const { ticket, lines, labels } = event.data;
  latest = ticket;
  ready.then((m) => {
    if (ticket !== latest) return;
    const linesAt = intoHeap(m, lines);
    const labelsAt = intoHeap(m, labels);
    m._spanmark_learner_start(linesAt, lines.length, labelsAt, labels.length);
    m._free(linesAt);
    m._free(labelsAt);
    const step = () => {
      if (ticket !== latest) return;  // a newer learning started over it
      if (m._spanmark_learner_step(50)) {
        const at = m._spanmark_learner_model();
        const model = m.HEAPU8.slice(at, at + m._spanmark_learner_model_length());
        postMessage({ ticket, model, workMs: m._spanmark_learner_work_ms() }, [model.buffer]);
        return;
      }
      postMessage({ ticket, progress: m._spanmark_learner_progress() });
      setTimeout(step, 0);
    };
    step();
  }, (error) => postMessage({ ticket, error: 'the learning worker could not start (' + error + ')' }));
};
