import { start } from './common.js';

const editor = UE.getEditor('content');
await new Promise((ok) => editor.ready(ok));
window.editor = editor;
await start(editor);
