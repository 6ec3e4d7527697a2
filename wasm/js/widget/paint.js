// Highlighting that never touches the editor: CSS Custom Highlight API ranges registered in the
// editor's own document (iframes included), styled by a constructable stylesheet; or, for
// textarea/input and browsers without the API, boxes drawn in a shadow root over the field.

/** Highlight names: one per severity, one for the sensitive category, one for the focused finding. */
export const NAMES = ['error', 'warning', 'info', 'sensitive', 'active'];
const COLORS = { error: '#d4380d', warning: '#d48806', info: '#1677ff', sensitive: '#722ed1', active: '#1677ff' };

const HIGHLIGHT_CSS = `
::highlight(shenjiao-error) { text-decoration: underline wavy ${COLORS.error}; text-decoration-thickness: 2px; background-color: rgba(255, 77, 79, .15); }
::highlight(shenjiao-warning) { text-decoration: underline wavy ${COLORS.warning}; background-color: rgba(250, 173, 20, .15); }
::highlight(shenjiao-info) { text-decoration: underline dotted ${COLORS.info}; }
::highlight(shenjiao-sensitive) { text-decoration: underline wavy ${COLORS.sensitive}; background-color: rgba(114, 46, 209, .15); }
::highlight(shenjiao-active) { background-color: rgba(22, 119, 255, .3); }
`;

/** The highlight name a finding is painted with. */
export function paintName(d) {
  if (d.category === 'sensitive' && d.severity !== 'info') return 'sensitive';
  return d.severity;
}

const perDoc = new WeakMap();

/** Shared per-document state: the Highlight objects (one per name), created in that document's realm. */
function docHighlights(doc) {
  let state = perDoc.get(doc);
  if (state) return state;
  const win = doc.defaultView;
  if (!win || !win.CSS || !win.CSS.highlights || !win.Highlight) return null;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  // adoptedStyleSheets is not part of the DOM tree: adopting it mutates nothing a MutationObserver sees.
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const highlights = {};
  for (const n of NAMES) {
    const name = `shenjiao-${n}`;
    highlights[n] = win.CSS.highlights.get(name) || new win.Highlight();
    if (n === 'active') highlights[n].priority = 1;
    win.CSS.highlights.set(name, highlights[n]);
  }
  state = { highlights, sheet };
  perDoc.set(doc, state);
  return state;
}

/** Whether the Custom Highlight API is usable in `doc`. */
export function supportsHighlights(doc) {
  const win = doc.defaultView;
  return !!(win && win.CSS && win.CSS.highlights && win.Highlight);
}

/** Paints ranges with the Custom Highlight API; several widgets may share one document. */
export class RangePainter {
  #doc = null;
  #mine = []; // [name, range]

  /** @param {Document} doc  @param {{name: string, range: Range}[]} items */
  paint(doc, items) {
    this.clear();
    const state = docHighlights(doc);
    if (!state) return false;
    this.#doc = doc;
    for (const { name, range } of items) {
      state.highlights[name].add(range);
      this.#mine.push([name, range]);
    }
    return true;
  }

  /** Marks one range as the focused finding. */
  focus(doc, range) {
    const state = docHighlights(doc);
    if (!state) return;
    state.highlights.active.clear();
    if (range) state.highlights.active.add(range);
  }

  clear() {
    const state = this.#doc && perDoc.get(this.#doc);
    if (state) {
      for (const [name, range] of this.#mine) state.highlights[name].delete(range);
      state.highlights.active.clear();
    }
    this.#mine = [];
  }
}

const OVERLAY_CSS = `
:host { all: initial; }
.layer { position: absolute; pointer-events: none; overflow: hidden; z-index: 2147483000; }
.mirror { position: absolute; visibility: hidden; overflow: hidden; white-space: pre-wrap; word-wrap: break-word; box-sizing: border-box; top: 0; left: 0; }
.box { position: absolute; border-bottom: 2px solid; box-sizing: border-box; }
.box.error { border-color: ${COLORS.error}; background: rgba(255, 77, 79, .15); }
.box.warning { border-color: ${COLORS.warning}; background: rgba(250, 173, 20, .15); }
.box.info { border-bottom-style: dotted; border-color: ${COLORS.info}; }
.box.sensitive { border-color: ${COLORS.sensitive}; background: rgba(114, 46, 209, .15); }
.box.active { background: rgba(22, 119, 255, .3); border-color: ${COLORS.active}; }
`;

const MIRRORED = ['boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth',
  'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle', 'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight', 'textAlign', 'textIndent', 'textTransform',
  'wordSpacing', 'tabSize', 'whiteSpace', 'wordBreak', 'overflowWrap', 'direction'];

/**
 * Draws boxes over a textarea/input (measured with a mirror div) or over arbitrary ranges (fallback),
 * in a shadow root attached to a host outside the editor. Follows scroll and resize.
 */
export class OverlayPainter {
  constructor(target) {
    this.target = target;
    const doc = target.ownerDocument;
    this.doc = doc;
    this.host = doc.createElement('shenjiao-overlay');
    const shadow = this.host.attachShadow({ mode: 'open' });
    const sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    shadow.adoptedStyleSheets = [sheet];
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.mirror = doc.createElement('div');
    this.mirror.className = 'mirror';
    this.mirrorText = doc.createTextNode('');
    this.mirror.append(this.mirrorText);
    this.layer.append(this.mirror);
    shadow.append(this.layer);
    doc.body.append(this.host);
    this.items = [];
    this.active = null;
    this.relayout = () => this.#draw();
    target.addEventListener('scroll', this.relayout, { passive: true });
    doc.defaultView.addEventListener('resize', this.relayout);
    doc.defaultView.addEventListener('scroll', this.relayout, { passive: true });
    this.resizeObserver = new doc.defaultView.ResizeObserver(this.relayout);
    this.resizeObserver.observe(target);
  }

  /** @param {{name: string, start?: number, end?: number, range?: Range}[]} items  field offsets or ranges */
  paint(items) {
    this.items = items;
    this.#draw();
  }

  focus(item) {
    this.active = item;
    this.#draw();
  }

  #draw() {
    const t = this.target, win = this.doc.defaultView;
    const rect = t.getBoundingClientRect();
    const ls = this.layer.style;
    ls.left = `${rect.left + win.scrollX}px`;
    ls.top = `${rect.top + win.scrollY}px`;
    ls.width = `${rect.width}px`;
    ls.height = `${rect.height}px`;
    for (const old of this.layer.querySelectorAll('.box')) old.remove();
    const isField = t instanceof win.HTMLTextAreaElement || t instanceof win.HTMLInputElement;
    let rectsOf;
    if (isField) {
      const cs = win.getComputedStyle(t);
      const ms = this.mirror.style;
      for (const p of MIRRORED) ms[p] = cs[p];
      if (t instanceof win.HTMLInputElement) ms.whiteSpace = 'pre';
      // A trailing newline needs a character after it to get a line box.
      this.mirrorText.data = t.value + '\u200B';
      this.mirror.scrollTop = t.scrollTop;
      this.mirror.scrollLeft = t.scrollLeft;
      const base = this.mirror.getBoundingClientRect();
      const range = this.doc.createRange();
      rectsOf = (it) => {
        range.setStart(this.mirrorText, Math.min(it.start, t.value.length));
        range.setEnd(this.mirrorText, Math.min(it.end, t.value.length));
        return [...range.getClientRects()].map((r) => ({ left: r.left - base.left, top: r.top - base.top, width: r.width, height: r.height }));
      };
    } else {
      rectsOf = (it) => [...it.range.getClientRects()].map((r) => ({ left: r.left - rect.left, top: r.top - rect.top, width: r.width, height: r.height }));
    }
    const all = this.active ? [...this.items, { ...this.active, name: 'active' }] : this.items;
    for (const it of all) {
      for (const r of rectsOf(it)) {
        if (r.width <= 0) continue;
        const box = this.doc.createElement('div');
        box.className = `box ${it.name}`;
        const bs = box.style; // CSSOM writes, allowed under a CSP without 'unsafe-inline'
        bs.left = `${r.left}px`;
        bs.top = `${r.top}px`;
        bs.width = `${r.width}px`;
        bs.height = `${r.height}px`;
        this.layer.append(box);
      }
    }
  }

  clear() {
    this.paint([]);
  }

  destroy() {
    this.target.removeEventListener('scroll', this.relayout);
    this.doc.defaultView.removeEventListener('resize', this.relayout);
    this.doc.defaultView.removeEventListener('scroll', this.relayout);
    this.resizeObserver.disconnect();
    this.host.remove();
  }
}
