// Picks the adapter for whatever `attach()` was given: an element, or an editor instance.
import { fieldAdapter } from './field.js';
import { contentEditableAdapter } from './dom.js';

// Editor adapters load only when an editor is found, so a plain textarea page fetches none of them.
const EDITOR_ADAPTERS = ['tinymce', 'quill', 'ckeditor5', 'prosemirror', 'wangeditor', 'kindeditor', 'ueditor'];
async function load(name) {
  if (name === 'field') return fieldAdapter;
  if (name === 'contenteditable') return contentEditableAdapter;
  if (!EDITOR_ADAPTERS.includes(name)) throw new Error(`shenjiao: unknown adapter "${name}"`);
  return (await import('./editors.js'))[`${name}Adapter`];
}

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
export async function adapterFor(target, options = {}) {
  if (options.adapter && typeof options.adapter === 'object') return options.adapter; // host-provided
  let t = typeof target === 'string' ? document.querySelector(target) : target;
  if (!t) throw new Error(`shenjiao: no element matches ${target}`);
  const named = typeof options.adapter === 'string' ? options.adapter : null;
  if (named) return (await load(named))(t, options);
  if (t.nodeType === 1) {
    const ed = editorOf(t);
    if (ed) t = ed;
  }
  const kind = t.nodeType === 1 ? null : kindOf(t);
  if (kind) return (await load(kind))(t, options);
  if (t.nodeType !== 1) throw new Error('shenjiao: unrecognised editor; pass { adapter: "tinymce" | "quill" | ... }');
  if (t.tagName === 'TEXTAREA' || t.tagName === 'INPUT') return fieldAdapter(t);
  return contentEditableAdapter(t, options);
}
