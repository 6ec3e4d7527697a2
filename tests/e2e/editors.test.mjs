// Every editor demo page in headless Chromium: highlights land on the right characters (emoji,
// &nbsp;, filler characters), checking mutates nothing, a fix is one undo step, ignore works, the
// submit gate blocks then allows, and nothing is fetched from outside the page's origin.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './browser.mjs';
import { openDemo, setContent, settle, typeAtEnd, caretAtEnd, highlighted, findings, submittedText, panelButton } from './helpers.mjs';

const EDITORS = (process.env.SHENJIAO_EDITORS || 'index,textarea,tinymce,quill,ckeditor5,prosemirror,wangeditor,kindeditor,ueditor').split(',');
// Which pages keep characters the fixture needs: Quill and Slate (wangEditor) normalise filler characters away on load.
const KEEPS_FILLER = new Set(['index', 'tinymce', 'ckeditor5', 'prosemirror', 'kindeditor', 'ueditor']);

let b;
before(async () => { b = await openBrowser(); });
after(async () => { await b?.close(); });

for (const name of EDITORS) {
  describe(name, () => {
    let page, errors;
    before(async () => ({ page, errors } = await openDemo(b, name)));
    after(async () => {
      assert.deepEqual(errors, [], 'no uncaught page errors');
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no CSP violations');
      await page.close();
    });

    test('highlights land on the flagged characters (emoji, &nbsp;, filler)', async () => {
      const filler = KEEPS_FILLER.has(name) ? '\u200B' : '';
      if (name === 'textarea') await setContent(page, `😀各单位要高度重视。。\n\u00A0随着发展,政府网站`);
      else await setContent(page, `<p>😀各单位要<strong>高度</strong>重视。。</p><p>&nbsp;随着发展${filler},政府网站</p>`);
      const fs = await findings(page);
      const text = await page.evaluate(() => window.shenjiao.adapter.snapshot().text);
      const rules = fs.map((d) => `${d.rule}:${d.text}`);
      assert.ok(rules.includes('punctuation/doubled:。。'), rules.join());
      assert.ok(rules.includes('punctuation/half-width:,'), rules.join());
      for (const d of fs) assert.equal(text.slice(d.start, d.end), d.text, 'offsets are UTF-16 into the flat text');
      assert.ok(!text.includes('\u200B'), 'filler characters are not in the checked text');
      if (name === 'textarea') {
        const boxes = await page.evaluate(() => {
          const host = document.querySelector('shenjiao-overlay');
          return [...host.shadowRoot.querySelectorAll('.box')].map((b) => b.className);
        });
        assert.ok(boxes.filter((c) => c.includes('error')).length >= 2, `overlay boxes: ${boxes}`);
        return;
      }
      const hl = await highlighted(page);
      assert.deepEqual(hl.error.map((s) => s.replace(/[\u200B\uFEFF]/g, '')).sort(), ['。。', ','].sort());
      if (filler) assert.ok(hl.error.includes(','), 'the range starts after the filler character');
    });

    test('checking causes zero mutations and leaves the saved content unchanged', async () => {
      const before = await submittedText(page);
      const html = await page.evaluate(() => { const a = window.shenjiao.adapter; return a.field ? a.field.value : a.root().innerHTML; });
      await page.evaluate(() => {
        const a = window.shenjiao.adapter;
        const target = a.field || a.root();
        window.__records = [];
        window.__mo = new target.ownerDocument.defaultView.MutationObserver((rs) => window.__records.push(...rs.map((r) => `${r.type}:${r.target.nodeName}:${r.attributeName || ''}`)));
        window.__mo.observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      for (let i = 0; i < 3; i++) await page.evaluate(() => window.shenjiao.check());
      await page.evaluate(() => window.shenjiao.settled());
      const records = await page.evaluate(() => { window.__mo.disconnect(); return window.__records; });
      assert.deepEqual(records, []);
      assert.equal(await submittedText(page), before);
      assert.equal(await page.evaluate(() => { const a = window.shenjiao.adapter; return a.field ? a.field.value : a.root().innerHTML; }), html);
    });

    test('ignore hides one finding and keeps the others', async () => {
      await panelButton(page, 'punctuation/half-width', 'ignore').click();
      const fs = await findings(page);
      assert.ok(!fs.some((d) => d.rule === 'punctuation/half-width'), 'ignored finding is gone');
      assert.ok(fs.some((d) => d.rule === 'punctuation/doubled'), 'other findings stay');
      if (name !== 'textarea') assert.deepEqual((await highlighted(page)).error, ['。。']);
    });

    test('applying a fix is one undo step; Ctrl+Z restores the text', async () => {
      await setContent(page, name === 'textarea' ? '各区县人民政府：' : '<p>各区县人民政府：</p>');
      await typeAtEnd(page, '各单位要高度重视。。');
      await settle(page);
      await page.waitForTimeout(1100); // past every editor's typing-merge window
      const typed = await submittedText(page);
      assert.match(typed, /重视。。$/);
      await panelButton(page, 'punctuation/doubled', 'apply').click();
      await settle(page);
      assert.match(await submittedText(page), /重视。$/);
      assert.ok(!(await findings(page)).some((d) => d.rule === 'punctuation/doubled'));
      await caretAtEnd(page);
      await page.keyboard.press('Control+z');
      await settle(page);
      assert.equal(await submittedText(page), typed, 'one Ctrl+Z undoes exactly the fix');
    });

    test('the submit gate blocks on errors, then lets the fixed content through', async () => {
      await setContent(page, name === 'textarea' ? '各单位要高度重视。。' : '<p>各单位要高度重视。。</p>');
      const gate = page.evaluate(() => new Promise((ok) => window.shenjiao.addEventListener('gate', (e) => ok(e.detail), { once: true })));
      await page.click('#articleForm button[type="submit"]');
      const v1 = await gate;
      assert.equal(v1.allowed, false);
      assert.match(v1.reasons.join(), /。。/);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.submitted), undefined, 'blocked');
      assert.match(await page.locator('shenjiao-panel .gate').textContent(), /不能提交/);
      await panelButton(page, 'punctuation/doubled', 'apply').click();
      await settle(page);
      const gate2 = page.evaluate(() => new Promise((ok) => window.shenjiao.addEventListener('gate', (e) => ok(e.detail), { once: true })));
      await page.click('#articleForm button[type="submit"]');
      assert.equal((await gate2).allowed, true);
      await page.waitForFunction(() => document.documentElement.dataset.submitted === '1');
    });
  });
}

test('no request left the page origin', () => {
  const foreign = b.requests.filter((u) => !u.startsWith(b.base) && !u.startsWith('data:') && !u.startsWith('blob:') && u !== 'about:blank');
  assert.deepEqual(foreign, []);
});
