// <textarea> and <input>: the value is the text; fixes go through the native undo stack.

export function fieldAdapter(el) {
  return {
    name: 'field',
    field: el,
    root: () => el,
    doc: () => el.ownerDocument,
    snapshot: () => ({ text: el.value, pieces: null, doc: el.ownerDocument, root: el }),
    rangeOf: () => null,
    replace(start, end, text) {
      el.focus({ preventScroll: true });
      el.setSelectionRange(start, end);
      const doc = el.ownerDocument;
      // insertText keeps the browser's own undo stack (Ctrl+Z restores); setRangeText would not.
      const done = text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
      if (!done) {
        el.setRangeText(text, start, end, 'end');
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
      }
    },
    submitted: () => el.value,
    watch(onChange, onComposing) {
      const onInput = (e) => { if (!e.isComposing) onChange(); };
      const onStart = () => onComposing(true);
      const onEnd = () => { onComposing(false); onChange(); };
      el.addEventListener('input', onInput);
      el.addEventListener('compositionstart', onStart);
      el.addEventListener('compositionend', onEnd);
      return () => {
        el.removeEventListener('input', onInput);
        el.removeEventListener('compositionstart', onStart);
        el.removeEventListener('compositionend', onEnd);
      };
    },
    form: () => el.form,
  };
}
