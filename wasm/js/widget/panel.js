// The findings panel: Shadow DOM (page CSS cannot break it, it cannot break the page), Chinese UI,
// built with createElement/textContent only (no innerHTML), keyboard navigable with ARIA roles.

export const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' };
export const CATEGORY_LABEL = { typo: '错别字', sensitive: '敏感词', expression: '表述', punctuation: '标点符号', number: '数字用法', format: '公文格式', review: '三审' };

const CSS = `
:host { all: initial; display: block; font: 14px/1.6 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; color: #222; }
:host([floating]) { position: fixed; right: 16px; bottom: 16px; width: 360px; max-height: 70vh; overflow: auto; z-index: 2147483001;
  background: #fff; border: 1px solid #ccc; box-shadow: 0 4px 16px rgba(0,0,0,.15); }
.wrap { padding: 8px 10px; }
h2 { font-size: 15px; margin: 0 0 6px; display: flex; justify-content: space-between; align-items: baseline; }
h2 small { color: #666; font-weight: normal; }
h3 { font-size: 13px; margin: 10px 0 4px; color: #444; }
h4 { font-size: 12px; margin: 6px 0 2px; color: #888; font-weight: normal; }
ul { list-style: none; margin: 0; padding: 0; }
li.item { border-left: 3px solid #999; padding: 4px 8px; margin: 4px 0; background: #fafafa; cursor: pointer; outline: none; }
li.item:focus, li.item:hover { background: #eef5ff; }
li.error { border-color: #d4380d; } li.warning { border-color: #d48806; } li.info { border-color: #1677ff; } li.sensitive { border-color: #722ed1; }
.text { font-weight: bold; } .msg { margin-left: 4px; }
.rule { color: #888; font: 12px monospace; margin-left: 4px; }
.actions { margin-top: 4px; display: flex; flex-wrap: wrap; gap: 4px; }
button { font: inherit; font-size: 12px; padding: 1px 8px; border: 1px solid #bbb; background: #fff; cursor: pointer; border-radius: 2px; }
button.fix { border-color: #389e0d; color: #237804; }
button:focus-visible { outline: 2px solid #1677ff; }
details { font-size: 12px; color: #555; margin-top: 2px; }
details p { margin: 2px 0; }
.empty { color: #389e0d; }
.gate { border: 1px solid #ffa39e; background: #fff1f0; padding: 6px 8px; margin-bottom: 8px; }
.gate.warn { border-color: #ffe58f; background: #fffbe6; }
.gate.ok { border-color: #b7eb8f; background: #f6ffed; }
.gate ul { list-style: disc; padding-left: 18px; }
.review { border-top: 1px solid #eee; margin-top: 10px; padding-top: 6px; }
.step.done { color: #389e0d; } .step.todo { color: #d4380d; }
textarea { width: 100%; box-sizing: border-box; font: inherit; font-size: 12px; }
[hidden] { display: none !important; }
`;

function el(doc, tag, props = {}, ...children) {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') e.textContent = v;
    else if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'hidden') e.hidden = !!v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

export class Panel {
  /**
   * @param {Element|null} mount  container to put the panel in; null → a floating panel in <body>
   * @param {object} actions  {focus(d), apply(d, s), ignore(d), ruleOff(rule), allowlist?(d), forceSubmit()}
   */
  constructor(mount, doc, actions) {
    this.doc = doc;
    this.actions = actions;
    this.host = doc.createElement('shenjiao-panel');
    if (!mount) this.host.setAttribute('floating', '');
    const shadow = this.host.attachShadow({ mode: 'open' });
    const sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
    this.count = el(doc, 'small', { 'aria-live': 'polite' });
    this.gate = el(doc, 'div', { class: 'gate', role: 'alert', hidden: true });
    this.list = el(doc, 'div', { role: 'region', 'aria-label': '审校结果列表' });
    this.list.addEventListener('keydown', (e) => this.#key(e));
    this.review = el(doc, 'section', { class: 'review', 'aria-label': '三审', hidden: true });
    const slot = el(doc, 'slot', { name: 'review' });
    shadow.append(el(doc, 'div', { class: 'wrap', part: 'panel' },
      el(doc, 'h2', {}, el(doc, 'span', { text: '审校结果' }), this.count), this.gate, this.list, this.review, slot));
    // Host content meant for the checklist slot (e.g. the CMS's own 三审 form) moves into the panel's light DOM.
    if (mount) for (const c of [...mount.children]) if (c.getAttribute('slot') === 'review') this.host.append(c);
    (mount || doc.body).append(this.host);
    this.shadow = shadow;
  }

  /**
   * @param {object[]} findings  each with a stable `key` (rule, text, place in its paragraph)
   * @param {Map<string, object>} docs  rule id → RuleDoc
   * Typing elsewhere shifts offsets but keeps keys: then no DOM is touched. Otherwise list items
   * are reused by key, so a keystroke costs only the items that really changed.
   */
  render(findings, docs) {
    const doc = this.doc;
    this.byKey = new Map(findings.map((d) => [d.key, d]));
    const signature = findings.map((d) => d.key).join('\u0001');
    if (signature === this.signature) return;
    this.signature = signature;
    this.count.textContent = findings.length ? `共 ${findings.length} 处` : '';
    const focusedKey = this.shadow.activeElement?.dataset?.key;
    const old = this.items || new Map();
    this.items = new Map();
    const out = [];
    if (!findings.length) out.push(el(doc, 'p', { class: 'empty', text: '未发现问题。' }));
    for (const sev of ['error', 'warning', 'info']) {
      const ofSev = findings.filter((d) => d.severity === sev);
      if (!ofSev.length) continue;
      out.push(el(doc, 'h3', { text: `${SEVERITY_LABEL[sev]}（${ofSev.length}）` }));
      const byCat = new Map();
      for (const d of ofSev) byCat.set(d.category, [...(byCat.get(d.category) || []), d]);
      for (const [cat, ds] of byCat) {
        out.push(el(doc, 'h4', { text: CATEGORY_LABEL[cat] || cat }));
        const ul = el(doc, 'ul', { role: 'list', 'aria-label': `${SEVERITY_LABEL[sev]}·${CATEGORY_LABEL[cat] || cat}` });
        for (const d of ds) {
          const li = old.get(d.key) || this.#item(d, docs.get(d.rule));
          this.items.set(d.key, li);
          ul.append(li);
        }
        out.push(ul);
      }
    }
    this.list.replaceChildren(...out);
    const again = focusedKey && this.items.get(focusedKey);
    again?.focus();
    this.#roving();
  }

  #item(d0, rdoc) {
    const doc = this.doc, a = this.actions;
    const key = d0.key;
    const cur = () => this.byKey.get(key) || d0; // offsets move as the text is edited; the key does not
    const li = el(doc, 'li', {
      class: `item ${d0.category === 'sensitive' ? 'sensitive' : d0.severity}`, role: 'listitem', tabindex: '-1',
      'data-rule': d0.rule, 'data-key': key, 'aria-label': `${SEVERITY_LABEL[d0.severity]}：“${d0.text}” ${d0.message}`,
      onclick: (e) => { if (!e.target.closest('button, summary, details')) a.focus(cur()); },
    });
    li.append(el(doc, 'span', { class: 'text', text: `“${d0.text}”` }), el(doc, 'span', { class: 'msg', text: d0.message }), el(doc, 'span', { class: 'rule', text: d0.rule }));
    const btns = el(doc, 'div', { class: 'actions' });
    for (const s of d0.suggestions.slice(0, 3)) {
      btns.append(el(doc, 'button', { type: 'button', class: 'fix', 'data-action': 'apply', text: s === '' ? '删除' : `改为“${s}”`, onclick: () => a.apply(cur(), s) }));
    }
    btns.append(el(doc, 'button', { type: 'button', 'data-action': 'ignore', text: '忽略', title: '本次忽略这一处', onclick: () => a.ignore(cur()) }));
    btns.append(el(doc, 'button', { type: 'button', 'data-action': 'rule-off', text: '关闭此规则', onclick: () => a.ruleOff(d0.rule) }));
    if (a.allowlist) btns.append(el(doc, 'button', { type: 'button', 'data-action': 'allowlist', text: '加入白名单', title: `把“${d0.text}”加入本站白名单`, onclick: () => a.allowlist(cur()) }));
    li.append(btns);
    if (rdoc) {
      // The rule doc is built when first opened: most are never read, and a long list stays cheap.
      const details = el(doc, 'details', {}, el(doc, 'summary', { text: `规则说明：${rdoc.summary}` }));
      details.addEventListener('toggle', () => {
        if (details.childElementCount > 1) return;
        details.append(el(doc, 'p', { text: rdoc.why }), el(doc, 'p', { text: `误：${rdoc.wrong}` }), el(doc, 'p', { text: `正：${rdoc.right}` }), el(doc, 'p', { text: `依据：${rdoc.source}` }));
      });
      li.append(details);
    }
    return li;
  }

  #items() { return [...this.list.querySelectorAll('li.item')]; }

  #roving() {
    const items = this.#items();
    if (items.length && !items.some((i) => i.tabIndex === 0)) items[0].tabIndex = 0;
  }

  #key(e) {
    const items = this.#items();
    const cur = e.target.closest('li.item');
    if (!cur || e.target !== cur) return;
    const i = items.indexOf(cur);
    let next = null;
    if (e.key === 'ArrowDown') next = items[i + 1];
    else if (e.key === 'ArrowUp') next = items[i - 1];
    else if (e.key === 'Home') next = items[0];
    else if (e.key === 'End') next = items[items.length - 1];
    else if (e.key === 'Enter' || e.key === ' ') { cur.click(); e.preventDefault(); return; }
    if (next) {
      for (const it of items) it.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
      e.preventDefault();
    }
  }

  /** Shows the submit gate's verdict: {allowed, mode, reasons: string[]}. */
  showGate(v) {
    const doc = this.doc;
    this.gate.hidden = false;
    this.gate.className = `gate ${v.allowed ? 'ok' : v.mode === 'warn' ? 'warn' : ''}`;
    const title = v.allowed ? '审校通过，可以提交。' : v.mode === 'warn' ? '提交前请注意以下问题：' : '不能提交，请先处理以下问题：';
    this.gate.replaceChildren(el(doc, 'strong', { text: title }), el(doc, 'ul', {}, ...v.reasons.map((r) => el(doc, 'li', { text: r }))));
    if (!v.allowed && v.mode === 'warn') this.gate.append(el(doc, 'button', { type: 'button', 'data-action': 'force-submit', text: '仍然提交', onclick: () => this.actions.forceSubmit() }));
  }

  hideGate() { this.gate.hidden = true; }

  /** Renders the 三审 checklist: {steps: [{id, name, role, done, reviewer}], canApprove(step), problems: string[]}. */
  renderReview(state) {
    const doc = this.doc;
    if (!state) { this.review.hidden = true; return; }
    this.review.hidden = false;
    const ul = el(doc, 'ul', { role: 'list' });
    for (const s of state.steps) {
      const li = el(doc, 'li', { class: `step ${s.done ? 'done' : 'todo'}`, 'data-step': s.id, role: 'listitem' },
        el(doc, 'span', { text: `${s.done ? '✔' : '○'} ${s.name}` }),
        el(doc, 'span', { class: 'rule', text: s.done ? `${s.reviewer || ''}` : `（${s.role || ''}）` }));
      if (!s.done && state.canApprove(s)) {
        const opinion = el(doc, 'textarea', { rows: '2', 'aria-label': `${s.name}意见`, placeholder: '审核意见' });
        li.append(opinion,
          el(doc, 'button', { type: 'button', class: 'fix', 'data-action': 'approve', text: '通过本步', onclick: () => state.approve(s, 'approve', opinion.value) }),
          el(doc, 'button', { type: 'button', 'data-action': 'reject', text: '退回', onclick: () => state.approve(s, 'reject', opinion.value) }));
      }
      ul.append(li);
    }
    this.review.replaceChildren(el(doc, 'h3', { text: '三审三校' }), ul, ...state.problems.map((p) => el(doc, 'p', { class: 'step todo', text: p })));
  }

  destroy() { this.host.remove(); }
}
