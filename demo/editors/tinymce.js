import { start } from './common.js';

const [editor] = await tinymce.init({
  selector: '#content', license_key: 'gpl', base_url: new URL('../node_modules/tinymce', import.meta.url).href.replace(/\/$/, ''), suffix: '.min',
  menubar: false, plugins: [], toolbar: 'undo redo | bold italic | alignleft aligncenter', height: 320, language: undefined, promotion: false, branding: false,
});
window.editor = editor;
// Test hook: replace the content through the editor's own API.
window.demoSetHtml = (html) => editor.setContent(html);
await start(editor);
