import { start } from './common.js';

const { createEditor, createToolbar } = window.wangEditor;
const editor = createEditor({
  selector: '#content',
  html: '<p>各区县人民政府，市政府各部门：</p><p>为进一步提升政府网站建设水平，现将有关事项通知如下。</p>',
  config: { placeholder: '请输入正文' },
  mode: 'simple',
});
createToolbar({ editor, selector: '#toolbar-container', mode: 'simple' });
window.editor = editor;
// Test hook: replace the content through the editor's own API.
window.demoSetHtml = (html) => { editor.blur(); editor.deselect(); editor.setHtml(html); };
await start(editor);
