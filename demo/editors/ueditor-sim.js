/* A faithful-in-structure stand-in for UEditor 1.4 (not on npm in a usable form): the textarea is
 * replaced by a container holding an iframe whose editable body is the content (`#ueditor_0`), the
 * instance is registered in UE.instants, execCommand('inserthtml') and Ctrl+Z go through UEditor's
 * own snapshot undo manager, getContent()/sync() copy the body's HTML back to the textarea.
 * It simulates the editor's shape for testing; it is not UEditor's code. */
(function () {
  var count = 0;
  var SRC = document.currentScript.src;
  function Editor(id) {
    var ta = document.getElementById(id), self = this;
    this.key = id; this.textarea = ta; this.listeners = {};
    this.container = document.createElement('div');
    this.container.className = 'edui-default edui-editor';
    this.container.id = 'edui' + (count + 1);
    var iframe = document.createElement('iframe');
    iframe.id = 'ueditor_' + count++;
    iframe.className = 'ue-iframe';
    iframe.setAttribute('frameborder', '0');
    this.iframe = iframe;
    this.container.appendChild(iframe);
    ta.parentNode.insertBefore(this.container, ta);
    ta.hidden = true;
    iframe.addEventListener('load', function () { self._boot(ta.value); });
    iframe.src = new URL("ueditor-iframe.html", SRC).href;
    this.undoManager = { list: [], index: 0 };
    UE.instants['ueditorInstant' + (count - 1)] = this;
  }
  Editor.prototype._boot = function (html) {
    var self = this;
    this.window = this.iframe.contentWindow;
    this.document = this.iframe.contentDocument;
    this.body = this.document.body;
    this.body.contentEditable = 'true';
    this.body.className = 'view';
    var tpl = this.document.createElement('template');
    tpl.innerHTML = html; // the host's own saved HTML, as UEditor's setContent does
    this.body.replaceChildren(tpl.content);
    this.selection = { getNative: function () { return self.window.getSelection(); } };
    this._save();
    var timer = 0;
    this.body.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { self._save(); }, 300); });
    this.body.addEventListener('keydown', function (e) {
      if ((e.ctrlKey || e.metaKey) && e.key === 'z') { e.preventDefault(); self.execCommand('undo'); }
    });
    this.isReady = true;
    (this.listeners.ready || []).forEach(function (f) { f.call(self); });
  };
  Editor.prototype._save = function () {
    var um = this.undoManager, html = this.body.innerHTML;
    if (um.list[um.index] === html) return;
    um.list = um.list.slice(0, um.index + 1);
    um.list.push(html);
    um.index = um.list.length - 1;
  };
  Editor.prototype.ready = function (f) { if (this.isReady) f.call(this); else (this.listeners.ready = this.listeners.ready || []).push(f); };
  Editor.prototype.addListener = function (type, f) { if (type === 'ready') this.ready(f); };
  Editor.prototype.getContent = function () { return this.body.innerHTML; };
  Editor.prototype.sync = function () { this.textarea.value = this.getContent(); };
  Editor.prototype.execCommand = function (cmd, arg) {
    if (cmd === 'inserthtml') {
      this._save();
      this.document.execCommand('insertHTML', false, arg);
      this._save();
    } else if (cmd === 'undo') {
      this._save();
      var um = this.undoManager;
      if (um.index > 0) { um.index--; var tpl = this.document.createElement('template'); tpl.innerHTML = um.list[um.index]; this.body.replaceChildren(tpl.content); }
    }
  };
  window.UE = { instants: {}, getEditor: function (id) { return new Editor(id); } };
})();
