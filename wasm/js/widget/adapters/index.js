// Picks the adapter for whatever `attach()` was given: an element, or an editor instance.
import { fieldAdapter } from './field.js';
import { contentEditableAdapter } from './dom.js';
import { tinymceAdapter, quillAdapter, ckeditor5Adapter, prosemirrorAdapter, wangeditorAdapter, kindeditorAdapter, ueditorAdapter } from './editors.js';

export const ADAPTERS = {
  field: fieldAdapter, contenteditable: contentEditableAdapter, tinymce: tinymceAdapter, quill: quillAdapter,
  ckeditor5: ckeditor5Adapter, prosemirror: prosemirrorAdapter, wangeditor: wangeditorAdapter,
  kindeditor: kindeditorAdapter, ueditor: ueditorAdapter,
};

/** Recognises an editor instance by its API shape. */
function kindOf(t) {
  if (t.undoManager && typeof t.getBody === 'function') return 'tinymce';
  if (t.root && typeof t.getContents === 'function' && typeof t.updateContents === 'function') return 'quill';
  if (t.model && t.editing && t.editing.view) return 'ckeditor5';
  if ((t.state && typeof t.dispatch === 'function' && t.dom) || (t.view && t.view.state && t.view.dom)) return 'prosemirror';
  if (typeof t.getEditableContainer === 'function' && typeof t.getHtml === 'function') return 'wangeditor';
  if (t.edit && t.cmd && typeof t.addBookmark === 'function') return 'kindeditor';
  if (typeof t.execCommand === 'function' && (t.body || t.iframe) && typeof t.getContent === 'function') return 'ueditor';
  return null;
}

/**
 * For an element, finds the editor that has taken it over (TinyMCE/UEditor/KindEditor replace a
 * textarea; CKEditor 5 and Quill mark their root), else the element itself.
 */
function editorOf(el) {
  const win = el.ownerDocument.defaultView;
  if (el.id && win.tinymce?.get?.(el.id)) return win.tinymce.get(el.id);
  if (el.ckeditorInstance) return el.ckeditorInstance;
  const ck = el.querySelector?.('.ck-editor__editable');
  if (ck?.ckeditorInstance) return ck.ckeditorInstance;
  if (win.Quill?.find) {
    const q = win.Quill.find(el);
    if (q && q.root) return q;
  }
  if (el.id && win.UE?.instants) for (const k in win.UE.instants) { const e = win.UE.instants[k]; if (e.key === el.id || e.textarea === el) return e; }
  if (win.KindEditor?.instances) for (const e of win.KindEditor.instances) if (e.srcElement?.[0] === el) return e;
  return null;
}

/** @returns the adapter for `target` (selector, element or editor instance). */
export function adapterFor(target, options = {}) {
  if (options.adapter && typeof options.adapter === 'object') return options.adapter; // host-provided
  let t = typeof target === 'string' ? document.querySelector(target) : target;
  if (!t) throw new Error(`shenjiao: no element matches ${target}`);
  const named = typeof options.adapter === 'string' ? options.adapter : null;
  if (named) return ADAPTERS[named](t, options);
  if (t.nodeType === 1) {
    const ed = editorOf(t);
    if (ed) t = ed;
  }
  const kind = t.nodeType === 1 ? null : kindOf(t);
  if (kind) return ADAPTERS[kind](t, options);
  if (t.nodeType !== 1) throw new Error('shenjiao: unrecognised editor; pass { adapter: "tinymce" | "quill" | ... }');
  if (t.tagName === 'TEXTAREA' || t.tagName === 'INPUT') return fieldAdapter(t);
  return contentEditableAdapter(t, options);
}
