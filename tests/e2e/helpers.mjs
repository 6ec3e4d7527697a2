// Page helpers shared by the widget suites: they drive the demo pages the way an editor would
// (keyboard, panel buttons) and read state through the widget handle the page exposes.

export async function openDemo(b, name) {
  const page = await b.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => { errors.push(e.message); if (process.env.DEBUG) console.log('pageerror', e.stack); });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${b.base}/demo/${name}.html`);
  await page.waitForSelector('html[data-shenjiao-ready="1"]', { timeout: 20000 });
  return { page, errors };
}

/** Replaces the content through the editor's own API and waits for the widget to re-check it. */
export async function setContent(page, html) {
  await page.evaluate((h) => window.demoSetHtml(h), html);
  await settle(page);
}

/** Waits until the widget's findings reflect the current content (debounce + worker round trip). */
export async function settle(page) {
  const ok = await page.evaluate(() => window.shenjiao.settled());
  if (!ok) throw new Error('widget did not settle');
}

/** Puts the caret at the end of the editable content and focuses it. */
export async function caretAtEnd(page) {
  await page.evaluate(() => {
    const a = window.shenjiao.adapter;
    if (a.field) { a.field.focus(); a.field.setSelectionRange(a.field.value.length, a.field.value.length); return; }
    const r = a.root(), d = r.ownerDocument;
    d.defaultView.focus();
    r.focus();
    const s = d.defaultView.getSelection();
    let last = r;
    while (last.lastChild && last.lastChild.nodeType === 1 && last.lastChild.tagName !== 'BR') last = last.lastChild;
    s.selectAllChildren(last);
    s.collapseToEnd();
  });
}

export async function typeAtEnd(page, text) {
  await caretAtEnd(page);
  await page.keyboard.insertText(text);
}

/** Highlighted strings per highlight name (Custom Highlight API in the editor's document). */
export async function highlighted(page) {
  return page.evaluate(() => {
    const h = window.shenjiao;
    const snap = h.adapter.snapshot();
    const win = snap.doc.defaultView;
    const out = {};
    for (const n of ['error', 'warning', 'info', 'sensitive']) {
      const hl = win.CSS.highlights.get(`shenjiao-${n}`);
      out[n] = hl ? [...hl].map((r) => r.toString()) : [];
    }
    return out;
  });
}

export const findings = (page) => page.evaluate(() => window.shenjiao.findings.map((d) => ({ rule: d.rule, text: d.text, start: d.start, end: d.end })));
export const submittedText = (page) => page.evaluate(() => window.shenjiao.adapter.submitted());
export const panelButton = (page, rule, action) => page.locator(`shenjiao-panel li[data-rule="${rule}"] button[data-action="${action}"]`).first();
