// The widget's machinery on the plain contenteditable page: IME composition, latest-only and
// incremental checking, panel actions (rule off, allowlist callback, keyboard), warn-mode gate,
// and following an editor that rebuilds its iframe (UEditor source mode).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './browser.mjs';
import { openDemo, setContent, settle, typeAtEnd, highlighted, findings, panelButton } from './helpers.mjs';

let b, page;
before(async () => { b = await openBrowser(); ({ page } = await openDemo(b, 'index')); });
after(async () => { await b?.close(); });

test('no check runs while an IME composition is open; it runs at compositionend', async () => {
  await setContent(page, '<p>各区县人民政府：</p>');
  await page.evaluate(() => {
    window.__events = 0;
    window.shenjiao.addEventListener('findings', () => window.__events++);
    document.getElementById('content').dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
  });
  await typeAtEnd(page, '高度重视。。');
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate(() => window.__events), 0, 'no findings while composing');
  await page.evaluate(() => document.getElementById('content').dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '高度重视。。' })));
  await settle(page);
  assert.ok((await findings(page)).some((d) => d.text === '。。'));
});

test('latest-only: superseded requests resolve to null; only changed paragraphs are re-checked', async () => {
  const r = await page.evaluate(async () => {
    const { Engine } = await import('/wasm/pkg/widget/engine.js');
    const e = new Engine(new URL('/wasm/pkg/', location.href), {});
    await e.ready;
    const [a, b2, c] = await Promise.all([e.checkIncremental('甲。。'), e.checkIncremental('乙。。'), e.checkIncremental('丙。。\n丁,的')]);
    const d = await e.checkIncremental('丙。。\n丁,的\n戊。。');
    e.terminate();
    return { a, b: b2, c: c.map((x) => x.text), d: d.map((x) => [x.text, x.start]) };
  });
  assert.equal(r.a, null);
  assert.equal(r.b, null);
  assert.deepEqual(r.c, ['。。', ',']);
  assert.deepEqual(r.d, [['。。', 1], [',', 5], ['。。', 9]], 'cached paragraphs keep their findings at shifted offsets');
});

test('incremental: an edit in one paragraph sends only that paragraph to the worker', async () => {
  const sent = await page.evaluate(async () => {
    const { Engine } = await import('/wasm/pkg/widget/engine.js');
    const log = [];
    const RealWorker = window.Worker;
    window.Worker = class extends RealWorker {
      postMessage(m) { if (m.type === 'check') log.push(m.paragraphs); super.postMessage(m); }
    };
    try {
      const e = new Engine(new URL('/wasm/pkg/', location.href), {});
      await e.checkIncremental('第一段。\n第二段。\n第三段。');
      await e.checkIncremental('第一段。\n第二段改了。。\n第三段。');
      e.terminate();
    } finally { window.Worker = RealWorker; }
    return log;
  });
  assert.deepEqual(sent, [['第一段。', '第二段。', '第三段。'], ['第二段改了。。']]);
});

test('关闭此规则 turns the rule off for this session', async () => {
  await setContent(page, '<p>各单位要高度重视。。随着发展,政府网站</p>');
  await panelButton(page, 'punctuation/half-width', 'rule-off').click();
  await page.waitForFunction(() => !window.shenjiao.findings.some((d) => d.rule === 'punctuation/half-width'), null, { timeout: 5000 });
  await settle(page);
  const rules = (await findings(page)).map((d) => d.rule);
  assert.ok(!rules.includes('punctuation/half-width'));
  assert.ok(rules.includes('punctuation/doubled'));
});

test('panel: arrow keys move between findings; Enter selects the span in the editor', async () => {
  await page.reload();
  await page.waitForSelector('html[data-shenjiao-ready="1"]');
  await setContent(page, '<p>各单位要高度重视。。随着发展,政府网站</p>');
  await page.locator('shenjiao-panel li.item').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('shenjiao-panel').shadowRoot.activeElement?.dataset.rule === 'punctuation/half-width', null, { timeout: 3000 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => getSelection().toString() === ',', null, { timeout: 3000 });
  assert.deepEqual(await page.evaluate(() => [...CSS.highlights.get('shenjiao-active')].map((r) => r.toString())), [',']);
  const roles = await page.evaluate(() => [...document.querySelector('shenjiao-panel').shadowRoot.querySelectorAll('[role=list] > [role=listitem]')].length);
  assert.equal(roles, 2);
});

test('ESM attach: allowlist callback, floating panel, warn-mode gate, detach leaves the element as it was', async () => {
  const r = await page.evaluate(async () => {
    const { attach } = await import('/wasm/pkg/widget.js');
    const form = document.createElement('form');
    form.id = 'f2';
    const ed = document.createElement('div');
    ed.contentEditable = 'true';
    ed.textContent = '请某某公司于本周内报送。。';
    const btn = document.createElement('button');
    btn.type = 'submit';
    form.append(ed, btn);
    document.body.append(form);
    let posted = 0;
    form.addEventListener('submit', (e) => { e.preventDefault(); posted++; });
    const terms = [];
    const h = await attach(ed, {
      config: { lexicon: [{ term: '某某公司', category: 'sensitive', severity: 'error', suggestion: '中标单位' }] },
      gate: 'warn', onAllowlist: (t) => { terms.push(t); },
    });
    const before = h.findings.map((d) => d.rule + ':' + d.text);
    const panel = [...document.querySelectorAll('shenjiao-panel')].find((p) => p.hasAttribute('floating'));
    panel.shadowRoot.querySelector('li[data-rule^="sensitive"] button[data-action="allowlist"]').click();
    await new Promise((r) => setTimeout(r, 300));
    await h.settled();
    const after = h.findings.map((d) => d.rule + ':' + d.text);
    const verdict = new Promise((ok) => h.addEventListener('gate', (e) => ok(e.detail), { once: true }));
    btn.click();
    const v = await verdict;
    const postedBeforeForce = posted;
    panel.shadowRoot.querySelector('button[data-action="force-submit"]').click();
    const html = ed.innerHTML;
    h.detach();
    return { before, after, terms, v: { allowed: v.allowed, mode: v.mode, reasons: v.reasons }, postedBeforeForce, posted, html, same: ed.innerHTML === html, panels: document.querySelectorAll('shenjiao-panel[floating]').length };
  });
  assert.ok(r.before.includes('sensitive/custom:某某公司'), r.before.join());
  assert.deepEqual(r.terms, ['某某公司']);
  assert.ok(!r.after.some((x) => x.includes('某某公司')), 'allowlisted term no longer flagged');
  assert.equal(r.v.allowed, false);
  assert.equal(r.v.mode, 'warn');
  assert.equal(r.postedBeforeForce, 0);
  assert.equal(r.posted, 1, '仍然提交 submits');
  assert.ok(r.same);
  assert.equal(r.panels, 0, 'detach removes the panel');
});

test('UEditor: the widget follows a rebuilt iframe document', async () => {
  const { page: p } = await openDemo(b, 'ueditor');
  await p.evaluate(() => new Promise((ok) => {
    editor.iframe.addEventListener('load', () => setTimeout(ok, 50), { once: true });
    editor.iframe.contentWindow.location.reload(); // what source-mode / fullscreen toggles do to the iframe
  }));
  // No settle() here (it would schedule a check itself): the widget must notice the edit on its own.
  await p.evaluate(() => window.demoSetHtml('<p>各单位要高度重视。。</p>'));
  await p.waitForFunction(() => { const h = editor.window.CSS.highlights.get('shenjiao-error'); return h && [...h].map(String).join() === '。。'; }, null, { timeout: 5000 });
  assert.deepEqual((await highlighted(p)).error, ['。。']);
  assert.equal(p.workers().length, 1, 'the engine runs in its worker');
  await p.close();
});

test('textarea: overlay boxes sit on the flagged characters and follow the field when it scrolls', async () => {
  const { page: p } = await openDemo(b, 'textarea');
  await setContent(p, `${'各区县人民政府：\n'.repeat(30)}各单位要高度重视。。`);
  const boxes = () => p.evaluate(() => {
    const host = document.querySelector('shenjiao-overlay');
    return [...host.shadowRoot.querySelectorAll('.box.error')].map((b) => b.getBoundingClientRect().top);
  });
  const where = () => p.evaluate(() => {
    const ta = document.getElementById('content');
    return { top: ta.getBoundingClientRect().top, scroll: ta.scrollTop };
  });
  await p.evaluate(() => { document.getElementById('content').scrollTop = 0; });
  await p.waitForTimeout(100);
  const [hiddenTop] = await boxes();
  const field = await where();
  assert.ok(hiddenTop === undefined || hiddenTop > field.top + 200, 'the finding is below the visible part');
  await p.evaluate(() => { const ta = document.getElementById('content'); ta.scrollTop = ta.scrollHeight; });
  await p.waitForTimeout(100);
  const [shownTop] = await boxes();
  const f2 = await where();
  assert.ok(shownTop > f2.top && shownTop < f2.top + 400, `box within the field after scrolling (${shownTop}, field top ${f2.top})`);
  if (hiddenTop !== undefined) assert.ok(shownTop < hiddenTop - 100, 'box moved up with the text');
  await p.close();
});

test('a page whose CSP forbids workers still gets checked (the engine falls back into the page)', async () => {
  const p = await b.context.newPage();
  await p.route('**/demo/index.html', async (route) => {
    const res = await route.fetch();
    const headers = { ...res.headers(), 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; worker-src 'none'" };
    await route.fulfill({ response: res, headers });
  });
  await p.goto(`${b.base}/demo/index.html`);
  await p.waitForSelector('html[data-shenjiao-ready="1"]', { timeout: 20000 });
  await setContent(p, '<p>各单位要高度重视。。</p>');
  assert.deepEqual((await highlighted(p)).error, ['。。']);
  assert.equal(p.workers().length, 0, 'no worker is running: the check ran in the page');
  await p.close();
});
