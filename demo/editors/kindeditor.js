import { start } from './common.js';

const editor = KindEditor.create('#content', {
  basePath: new URL('../node_modules/kindeditor/', import.meta.url).href, langType: 'zh-CN', width: '100%', height: '320px',
  items: ['undo', 'redo', '|', 'bold', 'italic'], afterBlur() { this.sync(); },
});
window.editor = editor;
// Test hook: replace the content through the editor's own API.
window.demoSetHtml = (html) => editor.html(html);
await start(editor);
