import { start } from './common.js';

const quill = new Quill('#content', { theme: 'snow', modules: { toolbar: [['bold', 'italic'], [{ header: [1, 2, false] }]] } });
window.editor = quill;
await start(quill);
