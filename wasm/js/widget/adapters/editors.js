// Adapters for the editors Chinese government CMSs embed. Each reads the editor's rendered DOM
// (highlights stay outside the content) and applies a fix through the editor's own API as one undo step.
import { domAdapter, typeOver } from './dom.js';
import { htmlToText, extract } from '../extract.js';

/** TinyMCE 4-8: an iframe body; `undoManager.transact` makes the fix one undo level. */
export function tinymceAdapter(editor) {
  return domAdapter({
    name: 'tinymce',
    getRoot: () => editor.getBody(),
    replaceRange(range, text) {
      editor.undoManager.transact(() => {
        editor.selection.setRng(range);
        editor.selection.setContent(escapeHtml(text));
      });
      editor.nodeChanged();
    },
    submitted: () => htmlToText(editor.getContent()),
    form: () => editor.formElement || editor.getElement()?.form || null,
  });
}

/** Quill 1/2: fixes are a Delta applied with source 'user', between history cutoffs; never formats. */
export function quillAdapter(quill) {
  const Quill = quill.constructor;
  const index = (node, offset) => {
    const blot = Quill.find(node, true);
    if (!blot) throw new Error('shenjiao: position outside Quill');
    return quill.getIndex(blot) + (node.nodeType === 3 ? offset : 0);
  };
  return domAdapter({
    name: 'quill',
    getRoot: () => quill.root,
    replaceRange(range, text) {
      const from = index(range.startContainer, range.startOffset);
      const to = index(range.endContainer, range.endOffset);
      const Delta = Quill.import('delta');
      const attrs = quill.getContents(from, Math.max(1, to - from)).ops[0]?.attributes;
      quill.history?.cutoff();
      quill.updateContents(new Delta().retain(from).delete(to - from).insert(text, attrs), 'user');
      quill.history?.cutoff();
    },
    submitted: () => extract(quill.root).text,
    form: () => quill.container.closest('form'),
  });
}

/** CKEditor 5: DOM → view → model positions; one `model.change` is one undo step. */
export function ckeditor5Adapter(editor) {
  const view = editor.editing.view;
  const toModel = (node, offset) => {
    const vp = view.domConverter.domPositionToView(node, offset);
    if (!vp) throw new Error('shenjiao: position outside CKEditor');
    return editor.editing.mapper.toModelPosition(vp);
  };
  return domAdapter({
    name: 'ckeditor5',
    getRoot: () => view.getDomRoot(),
    replaceRange(range, text) {
      const a = toModel(range.startContainer, range.startOffset);
      const b = toModel(range.endContainer, range.endOffset);
      editor.model.change((writer) => {
        const attrs = a.textNode ? a.textNode.getAttributes() : a.nodeAfter?.is?.('$text') ? a.nodeAfter.getAttributes() : undefined;
        const modelRange = writer.createRange(a, b);
        if (text === '') writer.remove(modelRange);
        else editor.model.insertContent(writer.createText(text, attrs), modelRange);
      });
    },
    submitted: () => htmlToText(editor.getData()),
    form: () => view.getDomRoot()?.closest('form') || editor.sourceElement?.closest?.('form') || null,
  });
}

/**
 * ProseMirror / Tiptap (pass the EditorView, or a Tiptap editor). `closeHistory` (from
 * prosemirror-history) keeps the fix out of the typing group, so it is its own undo step.
 */
export function prosemirrorAdapter(viewOrTiptap, options = {}) {
  const view = viewOrTiptap.view && viewOrTiptap.view.dispatch ? viewOrTiptap.view : viewOrTiptap;
  const close = options.closeHistory || ((tr) => tr);
  return domAdapter({
    name: 'prosemirror',
    getRoot: () => view.dom,
    replaceRange(range, text) {
      const from = view.posAtDOM(range.startContainer, range.startOffset);
      const to = view.posAtDOM(range.endContainer, range.endOffset);
      const tr = close(view.state.tr);
      view.dispatch(close(text === '' ? tr.delete(from, to) : tr.insertText(text, from, to)));
    },
    submitted: () => extract(view.dom).text,
    form: () => view.dom.closest('form'),
  });
}

/**
 * wangEditor 5 (Slate): DOM range → Slate range, then `Transforms.insertText` at that range (no
 * selection change). Slate's history merges an operation into the previous batch only while the
 * editor's operation list is non-empty or the edit continues the last one, so the fix starts a batch
 * of its own: one undo step.
 */
export function wangeditorAdapter(editor, options = {}) {
  const lib = options.wangEditor || globalThis.wangEditor;
  const getRoot = () => editor.getEditableContainer?.().querySelector('[data-slate-editor]') || null;
  return domAdapter({
    name: 'wangeditor',
    getRoot,
    async replaceRange(range, text) {
      if (!lib?.DomEditor || !lib.SlateTransforms) return typeOver(range, text, getRoot());
      const at = lib.DomEditor.toSlateRange(editor, range, { exactMatch: false, suppressThrow: true });
      if (!at) throw new Error('shenjiao: position outside wangEditor');
      while (editor.operations.length) await Promise.resolve(); // let pending typing flush into its own batch
      if (text === '') lib.SlateTransforms.delete(editor, { at });
      else lib.SlateTransforms.insertText(editor, text, { at });
    },
    submitted: () => htmlToText(editor.getHtml()),
    form: () => getRoot()?.closest('form') || null,
  });
}

/** KindEditor 4: iframe body; a bookmark before and after makes its own undo stack see one step. */
export function kindeditorAdapter(editor) {
  const getRoot = () => editor.edit?.doc?.body || null;
  return domAdapter({
    name: 'kindeditor',
    getRoot,
    replaceRange(range, text) {
      editor.addBookmark();
      typeOver(range, text, getRoot());
      editor.addBookmark();
    },
    submitted: () => { editor.sync(); return htmlToText(editor.html()); },
    form: () => editor.srcElement?.[0]?.form || null,
  });
}

/** UEditor / UEditor-based (TRS, 公众号 shell): iframe body `#ueditor_0`; `execCommand('inserthtml')` records one undo level. */
export function ueditorAdapter(editor) {
  const getRoot = () => editor.body || editor.document?.body || null;
  return domAdapter({
    name: 'ueditor',
    getRoot,
    replaceRange(range, text) {
      const sel = editor.selection;
      if (sel?.getNative) {
        const native = sel.getNative();
        native.removeAllRanges();
        native.addRange(range);
        editor.execCommand('inserthtml', escapeHtml(text));
      } else {
        typeOver(range, text, getRoot());
      }
    },
    submitted: () => { editor.sync?.(); return htmlToText(editor.getContent()); },
    form: () => (editor.textarea || editor.container)?.closest?.('form') || null,
  });
}

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
