// Text extraction: walks an editor's DOM (never innerText) into a flat string plus an offset map
// from flat UTF-16 offsets back to DOM positions, so highlights land on the exact characters.

const BLOCK = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'TD', 'TH',
  'TABLE', 'UL', 'OL', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'HR', 'ADDRESS', 'CENTER']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE']);
/** Characters editors insert to hold the caret; they are not text. */
export const FILLER = /[\u200B\uFEFF\u2060]/;
/** What an image (or other embedded object) becomes in the flat string. */
export const OBJECT = '\uFFFC';

// Editor-internal nodes that are not content: TinyMCE bogus nodes, CKEditor fillers and widget UI,
// ProseMirror's separator images and trailing breaks.
function isBogus(el) {
  if (el.getAttribute('data-mce-bogus') === 'all' || el.hasAttribute('data-cke-filler')) return true;
  const c = el.classList;
  return c.contains('ck-widget__type-around') || c.contains('ProseMirror-separator') || c.contains('ProseMirror-trailingBreak')
    || c.contains('ck-fake-selection-container') || c.contains('ql-clipboard') || c.contains('ql-tooltip');
}

/**
 * @param {Node} root  the editable root (a contenteditable element, an iframe body, or a parsed document's body)
 * @returns {{text: string, pieces: {node: Node, nodeOffset: number, start: number, length: number, synthetic?: boolean}[]}}
 *   `pieces` is sorted by `start`. Text pieces map 1:1 onto a text node's characters; synthetic pieces (block
 *   newlines, <br>, images) point at the element they stand for.
 */
export function extract(root) {
  let text = '';
  const pieces = [];
  const synthetic = (node, ch) => {
    pieces.push({ node, nodeOffset: 0, start: text.length, length: 1, synthetic: true });
    text += ch;
  };
  const newline = (node) => {
    if (text.length && !text.endsWith('\n')) synthetic(node, '\n');
  };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = child.data;
        // Source-formatting whitespace between tags (a serializer's newlines and indents) is not text.
        if (/^[ \t\r\n]*$/.test(data) && /[\t\r\n]/.test(data)) continue;
        let runStart = -1;
        for (let i = 0; i <= data.length; i++) {
          const keep = i < data.length && !FILLER.test(data[i]);
          if (keep && runStart < 0) runStart = i;
          if (!keep && runStart >= 0) {
            pieces.push({ node: child, nodeOffset: runStart, start: text.length, length: i - runStart });
            // &nbsp; is a space to the checker; one UTF-16 unit each way, so offsets stay aligned.
            text += data.slice(runStart, i).replace(/\u00A0/g, ' ');
            runStart = -1;
          }
        }
      } else if (child.nodeType === 1) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag) || isBogus(child)) continue;
        if (tag === 'BR') {
          // A <br> that ends a block only keeps an empty block open; the block boundary is the newline.
          if (child.nextSibling || !BLOCK.has(child.parentNode.tagName?.toUpperCase())) synthetic(child, '\n');
          continue;
        }
        if (tag === 'IMG' || tag === 'VIDEO' || tag === 'IFRAME' || tag === 'OBJECT' || tag === 'EMBED') { synthetic(child, OBJECT); continue; }
        const block = BLOCK.has(tag);
        if (block) newline(child);
        walk(child);
        if (block) newline(child);
      }
    }
  };
  walk(root);
  // The last block's closing newline is not content.
  const last = pieces[pieces.length - 1];
  if (last && last.synthetic && text.endsWith('\n') && last.start === text.length - 1) {
    pieces.pop();
    text = text.slice(0, -1);
  }
  return { text, pieces };
}

function findPiece(pieces, offset, preferEnd) {
  let lo = 0, hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid];
    const inside = preferEnd ? offset > p.start && offset <= p.start + p.length : offset >= p.start && offset < p.start + p.length;
    if (inside) return p;
    if ((preferEnd ? offset <= p.start : offset < p.start)) hi = mid - 1; else lo = mid + 1;
  }
  return null;
}

/** Maps a flat-string offset to a DOM position. `preferEnd` picks the position just after a character. */
export function domPosition(pieces, offset, preferEnd) {
  const p = findPiece(pieces, offset, preferEnd);
  if (!p) return null;
  if (p.synthetic) {
    const el = p.node, parent = el.parentNode;
    const idx = Array.prototype.indexOf.call(parent.childNodes, el);
    if (el.tagName === 'BR' || el.tagName === 'IMG' || !preferEnd) return { node: parent, offset: idx + (preferEnd ? 1 : 0) };
    return { node: el, offset: el.childNodes.length };
  }
  return { node: p.node, offset: p.nodeOffset + (offset - p.start) };
}

/** A DOM Range covering flat offsets [start, end), or null when they do not map. */
export function domRange(doc, pieces, start, end) {
  const a = domPosition(pieces, start, false);
  const b = domPosition(pieces, end, true);
  if (!a || !b) return null;
  const r = doc.createRange();
  try {
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return r;
}

/** Maps a DOM position (inside the extracted root) back to a flat offset, or -1. */
export function flatOffset(pieces, node, offset) {
  for (const p of pieces) if (!p.synthetic && p.node === node && offset >= p.nodeOffset && offset <= p.nodeOffset + p.length) return p.start + offset - p.nodeOffset;
  return -1;
}

/** The text of an HTML string as the widget sees it; parsed inertly (no scripts run, nothing loads). */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(String(html), 'text/html');
  // A serializer's line breaks and indents collapse away as they do on screen (CJK text has no
  // spaces between words, so a source line break inside a paragraph is not a character).
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('pre, textarea')) continue;
    n.data = n.data.replace(/[ \t]*[\r\n]+[ \t]*/g, '').replace(/[ \t]+/g, ' ');
  }
  return extract(doc.body).text;
}
