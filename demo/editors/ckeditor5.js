import { start } from './common.js';

const { ClassicEditor, Essentials, Paragraph, Bold, Italic, Heading } = CKEDITOR;
const editor = await ClassicEditor.create(document.querySelector('#content'), {
  licenseKey: 'GPL', plugins: [Essentials, Paragraph, Bold, Italic, Heading], toolbar: ['undo', 'redo', '|', 'heading', 'bold', 'italic'],
});
window.editor = editor;
// Test hook: replace the content through the editor's own API.
window.demoSetHtml = (html) => editor.setData(html);
await start(editor);
