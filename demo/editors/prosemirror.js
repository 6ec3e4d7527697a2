import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { DOMParser } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { history, undo, redo, closeHistory } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { start } from './common.js';

const doc = DOMParser.fromSchema(schema).parse(document.querySelector('#initial').content);
const view = new EditorView(document.querySelector('#content'), {
  state: EditorState.create({ doc, plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)] }),
});
window.editor = view;
// Test hook: replace the content through the editor's own API.
window.demoSetHtml = (html) => { const t = document.createElement('template'); t.innerHTML = html; view.updateState(EditorState.create({ doc: DOMParser.fromSchema(schema).parse(t.content), plugins: view.state.plugins })); };
await start(view, { closeHistory });
