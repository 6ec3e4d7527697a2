// A first, minimal shenjiao widget: checks a contenteditable or textarea in the page with the
// wasm engine, highlights findings with the CSS Custom Highlight API and lists them.
// It never writes to the editor: highlights are Range objects, the list lives in its own element.
import { init, Checker } from './index.js';

const BLOCK = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'TABLE', 'UL', 'OL', 'SECTION', 'ARTICLE']);
const FILLER = /[\u200B\uFEFF]/;
const SEVERITIES = ['error', 'warning', 'info'];

/**
 * Walks the editor's DOM (never innerText) into a flat string and a map from string offsets
 * (UTF-16) back to text nodes. Blocks and <br> become "\n"; filler characters are skipped.
 */
export function extract(root) {
  let text = '';
  const pieces = []; // { node, nodeOffset, start } per kept character run
  const newline = () => {
    if (text.length && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = child.data;
        let runStart = -1;
        for (let i = 0; i <= data.length; i++) {
          const keep = i < data.length && !FILLER.test(data[i]);
          if (keep && runStart < 0) runStart = i;
          if (!keep && runStart >= 0) {
            pieces.push({ node: child, nodeOffset: runStart, start: text.length, length: i - runStart });
            text += data.slice(runStart, i).replace(/\u00A0/g, ' ');
            runStart = -1;
          }
        }
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName;
        if (tag === 'BR') { text += '\n'; continue; }
        if (tag === 'SCRIPT' || tag === 'STYLE') continue;
        if (tag === 'IMG') { text += '\uFFFC'; continue; }
        const block = BLOCK.has(tag);
        if (block) newline();
        walk(child);
        if (block) newline();
      }
    }
  };
  walk(root);
  return { text, pieces };
}

/** Maps a flat-string offset to a DOM position, or null if it falls outside any text node. */
export function domPosition(pieces, offset, preferEnd) {
  for (const p of pieces) {
    const inside = preferEnd ? offset > p.start && offset <= p.start + p.length : offset >= p.start && offset < p.start + p.length;
    if (inside) return { node: p.node, offset: p.nodeOffset + (offset - p.start) };
  }
  return null;
}

const sheet = (() => {
  if (typeof CSSStyleSheet === 'undefined') return null;
  const s = new CSSStyleSheet();
  s.replaceSync(`
    ::highlight(shenjiao-error) { text-decoration: underline wavy #d4380d; text-decoration-thickness: 2px; background-color: rgba(255, 77, 79, .15); }
    ::highlight(shenjiao-warning) { text-decoration: underline wavy #d48806; background-color: rgba(250, 173, 20, .15); }
    ::highlight(shenjiao-info) { text-decoration: underline dotted #1677ff; }
  `);
  return s;
})();

/**
 * Attaches the checker to `target` (an element or selector). Findings are listed in
 * `options.list` (element or selector) if given. Returns `{ check, detach, findings }`.
 */
export async function attach(target, options = {}) {
  const el = typeof target === 'string' ? document.querySelector(target) : target;
  if (!el) throw new Error(`shenjiao: no element matches ${target}`);
  const list = typeof options.list === 'string' ? document.querySelector(options.list) : options.list;
  await init(options.wasm);
  const checker = new Checker(options.config || {});
  const doc = el.ownerDocument;
  if (sheet && !doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const isField = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
  const handle = { findings: [], check, detach };

  function highlight(pieces, findings) {
    if (!globalThis.CSS || !CSS.highlights) return;
    const groups = { error: [], warning: [], info: [] };
    for (const d of findings) {
      const a = domPosition(pieces, d.start, false);
      const b = domPosition(pieces, d.end, true);
      if (!a || !b) continue;
      const r = doc.createRange();
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
      groups[d.severity].push(r);
    }
    for (const s of SEVERITIES) CSS.highlights.set(`shenjiao-${s}`, new Highlight(...groups[s]));
  }

  function render(findings) {
    if (!list) return;
    list.replaceChildren();
    for (const d of findings) {
      const li = doc.createElement('li');
      li.className = `shenjiao-item shenjiao-${d.severity}`;
      li.dataset.rule = d.rule;
      const head = doc.createElement('strong');
      head.textContent = `“${d.text}” `;
      const msg = doc.createElement('span');
      msg.textContent = d.message;
      const rule = doc.createElement('code');
      rule.textContent = ` ${d.rule}`;
      li.append(head, msg, rule);
      if (d.suggestions.length) {
        const fix = doc.createElement('em');
        fix.textContent = ` → ${d.suggestions[0] === '' ? '删除' : d.suggestions[0]}`;
        li.append(fix);
      }
      list.append(li);
    }
  }

  function check() {
    let findings;
    if (isField) {
      findings = checker.check(el.value);
    } else {
      const { text, pieces } = extract(el);
      findings = checker.check(text);
      highlight(pieces, findings);
    }
    handle.findings = findings;
    render(findings);
    el.dispatchEvent(new CustomEvent('shenjiao:findings', { detail: findings }));
    return findings;
  }

  let timer = 0;
  const onInput = (e) => {
    if (e.isComposing) return;
    clearTimeout(timer);
    timer = setTimeout(check, options.debounce ?? 250);
  };
  el.addEventListener('input', onInput);
  el.addEventListener('compositionend', onInput);

  function detach() {
    clearTimeout(timer);
    el.removeEventListener('input', onInput);
    el.removeEventListener('compositionend', onInput);
    if (globalThis.CSS && CSS.highlights) for (const s of SEVERITIES) CSS.highlights.delete(`shenjiao-${s}`);
    if (list) list.replaceChildren();
    checker.free();
  }

  check();
  return handle;
}
