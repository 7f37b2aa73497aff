// The worker that learns the tagger (learner.js hands it the documents): it
// runs the module spanmark-learner in steps of 50 ms, posting how far it is
// after each, and drops a learning as soon as a newer one arrives.
'use strict';
importScripts('spanmark-learner.js');

let latest = 0;
let whyNot = '';  // why the module cannot learn, once it is known

function refuse(ticket) {
  postMessage({ ticket, error: whyNot });
}

// The module's promise gets its handler here, at once: its download can fail
// before the first learning arrives, and a rejection nobody handles yet would
// reach the page as an uncaught error instead of as the answer to a ticket.
const ready = createSpanmarkLearner({
  onAbort: (why) => {
    whyNot = 'the learning worker stopped (' + why + ')';
    if (latest) refuse(latest);
  },
}).catch((error) => {
  if (!whyNot) whyNot = 'the learning worker could not start (' + error + ')';
  return null;
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
    if (!m) {
      refuse(ticket);
      return;
    }
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
  });
};
