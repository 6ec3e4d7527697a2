import { start } from './common.js';

const editor = UE.getEditor('content');
await new Promise((ok) => editor.ready(ok));
window.editor = editor;
// Test hook: replace the content through the editor's own API.
window.demoSetHtml = (html) => { const t = editor.document.createElement('template'); t.innerHTML = html; editor.body.replaceChildren(t.content); };
await start(editor);
