// The engine's module Web Worker: owns the wasm checker so checking never blocks the editor's thread.
// Requests carry an id; of several queued `check` requests only the newest runs (the rest answer
// `stale`), so a burst of keystrokes costs one check.
import * as shenjiao from './index.js';

let checker = null;
let queue = [];
let scheduled = false;

// A MessageChannel hop (not setTimeout, which may be clamped) yields once so that requests already
// queued behind this one are seen before checking.
const hop = new MessageChannel();
hop.port1.onmessage = () => drain();

self.onmessage = (e) => {
  queue.push(e.data);
  if (!scheduled) {
    scheduled = true;
    hop.port2.postMessage(0);
  }
};

async function drain() {
  scheduled = false;
  const msgs = queue;
  queue = [];
  const newestCheck = msgs.filter((m) => m.type === 'check').pop();
  for (const m of msgs) {
    if (m.type === 'check' && m !== newestCheck) {
      self.postMessage({ id: m.id, stale: true });
      continue;
    }
    try {
      self.postMessage({ id: m.id, ok: true, result: await handle(m) });
    } catch (e) {
      self.postMessage({ id: m.id, ok: false, error: { name: e?.name, message: String(e?.message ?? e), path: e?.path } });
    }
  }
}

async function handle(m) {
  switch (m.type) {
    case 'configure': {
      await shenjiao.init(m.wasm);
      const next = new shenjiao.Checker(m.config || {});
      checker?.free();
      checker = next;
      return { rules: shenjiao.rules(), review: !!(shenjiao.review && shenjiao.review.verify) };
    }
    case 'check': // paragraphs checked one by one; offsets relative to each paragraph
      return m.paragraphs.map((p) => checker.check(p));
    case 'full':
      return checker.check(m.text);
    case 'review-verify':
      return shenjiao.review?.verify ? shenjiao.review.verify(m.args) : null;
    case 'review-approve':
      if (!shenjiao.review?.approve) throw new Error('review module not available');
      return shenjiao.review.approve(m.args);
    default:
      throw new Error(`unknown request ${m.type}`);
  }
}
