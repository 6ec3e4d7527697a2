// shenjiao widget: attach the checker to any CMS editor without touching the editor's content.
//   import { attach } from 'shenjiao/widget';
//   const handle = await attach('#content', { form: '#articleForm', panel: '#shenjiao-panel' });
//   handle.addEventListener('findings', (e) => console.log(e.detail));
// Text is extracted from the editor's DOM into a flat string + offset map, checked in a module
// worker (wasm), highlighted with the CSS Custom Highlight API (or a shadow-root overlay), and
// listed in a Shadow DOM panel. Fixes go through the editor's own API as one undo step.
import { adapterFor } from './widget/adapters/index.js';
import { Engine } from './widget/engine.js';
import { RangePainter, OverlayPainter, paintName, supportsHighlights } from './widget/paint.js';
import { Panel, SEVERITY_LABEL } from './widget/panel.js';
import { checklistOf, nextStep, missingSteps } from './widget/review.js';

export { extract, htmlToText, domRange } from './widget/extract.js';
export { adapterFor } from './widget/adapters/index.js';

const resolveEl = (x, doc = document) => (typeof x === 'string' ? doc.querySelector(x) : x || null);

/** Identifies one occurrence by its rule, text, paragraph and place in the paragraph. */
function occurrenceKey(text, d) {
  const ps = text.lastIndexOf('\n', d.start - 1) + 1;
  let pe = text.indexOf('\n', d.start);
  if (pe < 0) pe = text.length;
  return `${d.rule}\u0000${d.text}\u0000${d.start - ps}\u0000${text.slice(ps, pe)}`;
}

/**
 * Attaches the widget. `target`: a selector, element (textarea, input, contenteditable, iframe) or an
 * editor instance (TinyMCE, Quill, CKEditor 5, ProseMirror/Tiptap, wangEditor, KindEditor, UEditor).
 * Resolves to the handle once the engine is loaded and the first check is done.
 */
export async function attach(target, options = {}) {
  const adapter = await adapterFor(target, options);
  const hostDoc = document;
  const base = new URL(options.base || new URL('.', import.meta.url));
  const config = structuredClone(options.config || {});
  const engine = new Engine(base, config);
  const handle = new EventTarget();
  const ignored = new Set();
  const ruleDocs = new Map();
  const targetEl = target?.nodeType === 1 ? target : typeof target === 'string' ? hostDoc.querySelector(target) : null;
  let snap = null;
  let findings = [];
  let composing = false;
  let timer = 0;
  let detached = false;
  let painter = null;
  let overlay = null;
  let reviewRecord = options.review?.record || null;
  let reviewAvailable = false;
  let lastChecked = null;
  let activeKey = null;

  const emit = (type, detail) => {
    handle.dispatchEvent(new CustomEvent(type, { detail }));
    targetEl?.dispatchEvent(new CustomEvent(`shenjiao:${type}`, { detail }));
  };

  const panelMount = options.panel === false ? null : resolveEl(options.panel || options.list);
  const panel = options.panel === false ? null : new Panel(panelMount, hostDoc, {
    focus: (d) => focusFinding(d),
    apply: (d, s) => applyFix(d, s),
    ignore: (d) => { ignored.add(occurrenceKey(snap.text, d)); show(); emit('ignore', d); },
    ruleOff: async (rule) => {
      lastChecked = null; // findings shown are out of date until the re-check under the new config
      config.rules = { ...(config.rules || {}), [rule]: 'off' };
      await engine.configure(config);
      emit('ruleoff', rule);
      await run();
    },
    allowlist: options.onAllowlist ? async (d) => {
      if ((await options.onAllowlist(d.text, d)) === false) return;
      lastChecked = null;
      config.allowlist = [...(config.allowlist || []), d.text];
      await engine.configure(config);
      await run();
    } : null,
    forceSubmit: () => gate?.force(),
  });

  function paint() {
    const visible = findings;
    const doc = snap.doc;
    if (adapter.field) {
      overlay ||= new OverlayPainter(adapter.field);
      overlay.paint(visible.map((d) => ({ name: paintName(d), start: d.start, end: d.end })));
      return;
    }
    const items = [];
    for (const d of visible) {
      const range = adapter.rangeOf(snap, d.start, d.end);
      if (range) items.push({ name: paintName(d), range, d });
    }
    // The focused finding stays marked across re-checks for as long as it exists.
    const active = items.find((it) => it.d.key === activeKey);
    if (supportsHighlights(doc) && options.overlay !== true) {
      painter ||= new RangePainter();
      painter.paint(doc, items);
      painter.focus(doc, active?.range || null);
    } else {
      const root = snap.root.tagName === 'BODY' ? doc.defaultView.frameElement || snap.root : snap.root;
      if (!overlay || overlay.target !== root) { overlay?.destroy(); overlay = new OverlayPainter(root); }
      overlay.active = active ? { range: active.range } : null;
      overlay.paint(items);
    }
  }

  function show() {
    if (!snap) return;
    const visible = handle.allFindings.filter((d) => !ignored.has(occurrenceKey(snap.text, d))).map((d) => ({ ...d }));
    findings = visible;
    handle.findings = visible;
    for (const d of visible) d.key = occurrenceKey(snap.text, d);
    paint();
    panel?.render(visible, ruleDocs);
    emit('findings', visible);
  }

  // Durations (ms) of the widget's synchronous main-thread slices, for the benchmark page.
  const slices = [];
  const timed = (f) => {
    const t0 = performance.now();
    try { return f(); } finally { if (slices.push(performance.now() - t0) > 1000) slices.shift(); }
  };

  /** One live check: incremental, latest-only; the DOM map is re-taken after the worker answers. */
  async function run() {
    if (detached) return null;
    const pending = timed(() => { const first = adapter.snapshot(); return { first, seq: changes, text: first.text, result: engine.checkIncremental(first.text) }; });
    const result = await pending.result;
    if (!result || detached) return null;
    return timed(() => {
      // No edit reported since the first snapshot: its offset map is still exact, skip a second DOM walk.
      const now = changes === pending.seq ? pending.first : adapter.snapshot();
      if (now.text !== pending.text) { schedule(); return null; } // typed meanwhile: the next run covers it
      snap = now;
      lastChecked = pending.text;
      handle.allFindings = result;
      show();
      return findings;
    });
  }

  const idle = globalThis.requestIdleCallback || ((f) => setTimeout(f, 0));
  // Debounce with a leading edge: an edit after a pause is checked at the next idle moment (≤ 16 ms);
  // edits that follow each other within `debounce` ms (fast typing, a paste landing in pieces) wait
  // until they stop. Stale results are dropped either way.
  let lastEdit = -Infinity;
  function schedule() {
    if (composing || detached) return;
    const now = performance.now();
    const wait = now - lastEdit < (options.debounce ?? 60) ? options.debounce ?? 60 : 0;
    lastEdit = now;
    clearTimeout(timer);
    timer = setTimeout(() => { timer = 0; idle(() => run(), { timeout: 16 }); }, wait);
  }

  let changes = 0;
  const unwatch = adapter.watch(() => { changes++; schedule(); }, (c) => { composing = c; if (c) clearTimeout(timer); });

  function focusFinding(d) {
    activeKey = d.key || null;
    const cur = adapter.snapshot();
    if (adapter.field) {
      adapter.field.focus();
      adapter.field.setSelectionRange(d.start, d.end);
      overlay?.focus({ start: d.start, end: d.end });
      emit('focus', d);
      return;
    }
    const range = adapter.rangeOf(cur, d.start, d.end);
    if (!range) return;
    const node = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
    node?.scrollIntoView({ block: 'nearest' });
    painter?.focus(cur.doc, range);
    overlay?.focus({ range });
    cur.root.focus?.({ preventScroll: true });
    const sel = cur.doc.defaultView.getSelection();
    sel.removeAllRanges();
    sel.addRange(range.cloneRange());
    emit('focus', d);
  }

  async function applyFix(d, suggestion) {
    const cur = adapter.snapshot();
    if (cur.text.slice(d.start, d.end) !== d.text) { await run(); return false; } // stale finding
    await adapter.replace(d.start, d.end, suggestion, cur);
    emit('apply', { finding: d, suggestion });
    await run();
    return true;
  }

  // ---- 三审 checklist ----
  // Signing/verification: the host's own implementation (e.g. a server call) if given, else the npm
  // package's `review` binding in the worker when present; without either the checklist is read-only.
  const reviewApi = () => options.review?.api || (reviewAvailable
    ? { verify: (a) => engine.reviewVerify(a), approve: (a) => engine.reviewApprove(a) } : null);

  async function refreshReview() {
    const r = options.review;
    if (!r || !panel) return;
    const api = reviewApi();
    const rows = checklistOf(r.config, reviewRecord);
    const next = nextStep(rows);
    const user = typeof r.user === 'function' ? r.user() : r.user;
    panel.renderReview({
      steps: rows,
      problems: api ? [] : ['（三审签核模块未加载：仅显示记录，不能在此签核）'],
      canApprove: (s) => !!api && next && s.id === next.id && !!user && s.roles.includes(user.role),
      approve: async (s, decision, opinion) => {
        const text = adapter.submitted();
        const updated = await api.approve({
          config: r.config, record: reviewRecord, text, metadata: r.metadata?.() || {}, step: s.name, reviewer: user,
          decision: decision === 'approve' ? '通过' : '退回', opinion, now: new Date().toISOString(),
        });
        reviewRecord = updated;
        await r.onApprove?.(updated);
        emit('review', updated);
        refreshReview();
      },
    });
  }

  // ---- submit gate ----
  const gate = (() => {
    const mode = options.gate || 'block';
    const form = resolveEl(options.form) || adapter.form();
    if (mode === 'off' || !form) return null;
    const win = form.ownerDocument.defaultView;
    let bypass = false;
    let lastSubmitter = null;
    let pendingClick = null;

    async function verdict() {
      const text = adapter.submitted();
      const all = await engine.checkFull(text);
      const open = all.filter((d) => !ignored.has(occurrenceKey(text, d)));
      const errors = open.filter((d) => d.severity === 'error');
      const reasons = errors.map((d) => `${SEVERITY_LABEL.error}：“${d.text}” ${d.message}（${d.rule}）`);
      if (options.review) {
        const api = reviewApi();
        if (api) {
          const diags = await api.verify({ config: options.review.config, record: reviewRecord, text, metadata: options.review.metadata?.() || {}, now: new Date().toISOString() });
          for (const d of diags || []) if (d.severity === 'error') reasons.push(`三审：${d.message}`);
        } else {
          reasons.push(...missingSteps(checklistOf(options.review.config, reviewRecord)));
        }
      }
      return { allowed: reasons.length === 0, mode, reasons, findings: open, text };
    }

    function proceed() {
      bypass = true;
      if (pendingClick) { const el = pendingClick; pendingClick = null; el.click(); }
      else if (form.requestSubmit) form.requestSubmit(lastSubmitter && lastSubmitter.form === form ? lastSubmitter : undefined);
      else form.submit();
      bypass = false;
    }

    async function decide() {
      const v = await verdict();
      emit('gate', v);
      panel?.showGate(v);
      if (v.allowed) proceed();
    }

    const onSubmit = (e) => {
      if (e.target !== form || bypass) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      lastSubmitter = e.submitter || null;
      decide();
    };
    const selector = options.submitSelector || '[data-shenjiao-gate]';
    const onClick = (e) => {
      const el = e.target.closest?.(selector);
      if (!el || bypass) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      pendingClick = el;
      decide();
    };
    win.addEventListener('submit', onSubmit, true);
    win.addEventListener('click', onClick, true);
    return {
      form,
      verdict,
      force: () => proceed(),
      remove() { win.removeEventListener('submit', onSubmit, true); win.removeEventListener('click', onClick, true); },
    };
  })();

  Object.assign(handle, {
    adapter,
    findings: [],
    allFindings: [],
    /** Checks now (the whole text, not incremental) and returns the findings. */
    async check() {
      const now = adapter.snapshot();
      const all = await engine.checkFull(now.text);
      snap = adapter.snapshot();
      handle.allFindings = snap.text === now.text ? all : handle.allFindings;
      show();
      return findings;
    },
    /** Durations (ms) of the widget's recent main-thread slices. */
    slices,
    /** Resolves once the findings shown belong to the editor's current text (after typing settles). */
    async settled(timeoutMs = 10000) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if (!composing && adapter.snapshot().text === lastChecked) return true;
        if (!composing && !timer) schedule();
        await new Promise((r) => setTimeout(r, 25));
      }
      return false;
    },
    /** What the submit gate would say now: {allowed, mode, reasons, findings}. */
    gateVerdict: () => (gate ? gate.verdict() : Promise.resolve({ allowed: true, mode: 'off', reasons: [], findings: [] })),
    focus: focusFinding,
    apply: applyFix,
    ignore: (d) => { ignored.add(occurrenceKey(snap.text, d)); show(); },
    get reviewRecord() { return reviewRecord; },
    /** Re-renders the 三审 checklist (e.g. after the host switched the current user). */
    refreshReview: () => refreshReview(),
    /** Removes highlights, listeners, the panel and the worker; the editor is left as it was. */
    detach() {
      detached = true;
      clearTimeout(timer);
      unwatch();
      gate?.remove();
      painter?.clear();
      overlay?.destroy();
      panel?.destroy();
      engine.terminate();
    },
  });

  const info = await engine.ready;
  for (const r of info.rules) ruleDocs.set(r.id, r);
  reviewAvailable = !!info.review;
  refreshReview();
  await run();
  return handle;
}

/** Auto-attach from a <script data-target=... data-form=... data-gate=... data-panel=...> tag's dataset. */
export async function autoAttach(dataset, base) {
  const opts = { base };
  if (dataset.form) opts.form = dataset.form;
  if (dataset.gate) opts.gate = dataset.gate;
  if (dataset.panel) opts.panel = dataset.panel;
  if (dataset.config) {
    const el = document.querySelector(dataset.config); // a <script type="application/json"> block: data, never run
    if (el) opts.config = JSON.parse(el.textContent);
  }
  const handle = await attach(dataset.target || '#content', opts);
  globalThis.shenjiaoWidget = handle;
  document.dispatchEvent(new CustomEvent('shenjiao:ready', { detail: handle }));
  return handle;
}
