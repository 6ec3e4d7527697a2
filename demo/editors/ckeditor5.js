import { start } from './common.js';

const { ClassicEditor, Essentials, Paragraph, Bold, Italic, Heading } = CKEDITOR;
const editor = await ClassicEditor.create(document.querySelector('#content'), {
  licenseKey: 'GPL', plugins: [Essentials, Paragraph, Bold, Italic, Heading], toolbar: ['undo', 'redo', '|', 'heading', 'bold', 'italic'],
});
window.editor = editor;
await start(editor);
