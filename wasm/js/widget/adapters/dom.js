// The adapter shape every editor implements, and the generic contenteditable/iframe one.
//
// adapter = {
//   name, doc(), root(),            // where the text lives (re-resolved each check: editors rebuild)
//   field: HTMLTextAreaElement|HTMLInputElement|null,
//   replace(start, end, text, snap) // apply a fix as ONE undo step through the editor's own API
//   submitted()                     // the text the form actually submits
//   watch(onChange, onComposing)    // → unsubscribe
//   form()                          // the form the submit gate guards
// }
import { domRange, extract, htmlToText } from '../extract.js';

/** Selects `range` in its document and types `text` over it natively (one undo step). */
export function typeOver(range, text, focusEl) {
  const doc = range.startContainer.ownerDocument;
  const win = doc.defaultView;
  focusEl?.focus({ preventScroll: true });
  const sel = win.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  // execCommand('insertText') is the one path that fires a trusted beforeinput/input pair and makes a
  // native undo entry; editors built on beforeinput (Slate, CKEditor 5, ProseMirror) handle it too.
  if (text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text)) return true;
  const ev = new win.InputEvent('beforeinput', { inputType: 'insertReplacementText', data: text, bubbles: true, cancelable: true });
  return !focusEl?.dispatchEvent(ev);
}

/** Watches a DOM root for edits; follows the root when the editor replaces it (fullscreen, source mode). */
export function watchDom(getRoot, onChange, onComposing) {
  let root = null, observer = null, doc = null;
  const onStart = () => onComposing(true);
  const onEnd = () => { onComposing(false); onChange(); };
  const bind = () => {
    const next = getRoot();
    if (next === root) return;
    unbind();
    root = next;
    if (!root) return;
    doc = root.ownerDocument;
    observer = new doc.defaultView.MutationObserver(() => onChange());
    observer.observe(root, { characterData: true, childList: true, subtree: true });
    root.addEventListener('compositionstart', onStart, true);
    root.addEventListener('compositionend', onEnd, true);
    onChange();
  };
  const unbind = () => {
    observer?.disconnect();
    root?.removeEventListener('compositionstart', onStart, true);
    root?.removeEventListener('compositionend', onEnd, true);
    observer = null;
  };
  bind();
  const timer = setInterval(bind, 1000);
  return () => { clearInterval(timer); unbind(); root = null; };
}

/** Builds a DOM-backed adapter from the few things that differ between editors. */
export function domAdapter({ name, getRoot, replaceRange, submitted, form }) {
  const adapter = {
    name,
    field: null,
    root: getRoot,
    doc: () => getRoot()?.ownerDocument,
    snapshot() {
      const root = getRoot();
      const { text, pieces } = extract(root);
      return { text, pieces, doc: root.ownerDocument, root };
    },
    rangeOf(snap, start, end) { return domRange(snap.doc, snap.pieces, start, end); },
    replace(start, end, text, snap) {
      const range = adapter.rangeOf(snap, start, end);
      if (!range) throw new Error('shenjiao: the finding no longer maps onto the editor');
      return replaceRange(range, text, snap);
    },
    submitted: submitted || (() => extract(getRoot()).text),
    watch: (onChange, onComposing) => watchDom(getRoot, onChange, onComposing),
    form: form || (() => getRoot()?.closest?.('form') || null),
  };
  return adapter;
}

/** A plain contenteditable element, or an iframe whose body is editable. */
export function contentEditableAdapter(el, options = {}) {
  const getRoot = el.tagName === 'IFRAME' ? () => el.contentDocument?.body || null : () => el;
  const synced = options.field ? (typeof options.field === 'string' ? document.querySelector(options.field) : options.field) : null;
  return domAdapter({
    name: 'contenteditable',
    getRoot,
    replaceRange: (range, text) => typeOver(range, text, getRoot()),
    submitted: synced ? () => htmlToText(synced.value) : undefined,
    form: () => synced?.form || el.closest('form'),
  });
}
