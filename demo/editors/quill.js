import { start } from './common.js';

const quill = new Quill('#content', { theme: 'snow', modules: { toolbar: [['bold', 'italic'], [{ header: [1, 2, false] }]] } });
window.editor = quill;
// Test hook: replace the content through the editor's own API.
window.demoSetHtml = (html) => { quill.setContents(quill.clipboard.convert({ html }), 'api'); quill.history.clear(); };
await start(quill);
