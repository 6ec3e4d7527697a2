// The demo page in headless Chromium: typing a doubled 。。 gets it highlighted and listed by the
// wasm engine in the page, and checking never changes the editor's HTML.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './browser.mjs';

let b;
before(async () => { b = await openBrowser(); });
after(async () => { await b?.close(); });

test('contenteditable: a typed 。。 is highlighted and listed; the editor HTML is unchanged', async () => {
  const page = await b.context.newPage();
  await page.goto(`${b.base}/demo/index.html`);
  await page.waitForSelector('html[data-shenjiao-ready="1"]');
  const editor = page.locator('#content');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('各单位要高度重视。。');
  await page.waitForSelector('#findings li[data-rule="punctuation/doubled"]');

  const htmlBefore = await editor.evaluate((el) => el.innerHTML);
  const state = await page.evaluate(() => {
    const hl = CSS.highlights.get('shenjiao-error');
    return {
      highlighted: hl ? [...hl].map((r) => r.toString()) : [],
      findings: window.shenjiao.findings.map((d) => d.rule),
      listed: [...document.querySelectorAll('#findings li')].map((li) => li.textContent),
    };
  });
  assert.deepEqual(state.highlighted, ['。。']);
  assert.deepEqual(state.findings, ['punctuation/doubled']);
  assert.match(state.listed[0], /“。。”/);

  // Checking again (as the widget does after every input) must not touch the editor's content.
  await page.evaluate(() => window.shenjiao.check());
  assert.equal(await editor.evaluate((el) => el.innerHTML), htmlBefore);
  assert.ok(!htmlBefore.includes('shenjiao'), 'no widget markup inside the editor');
});

test('textarea variant lists findings for typed text', async () => {
  const page = await b.context.newPage();
  await page.goto(`${b.base}/demo/textarea.html`);
  await page.waitForSelector('html[data-shenjiao-ready="1"]');
  await page.locator('#content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\n随着发展,政府网站');
  await page.waitForSelector('#findings li[data-rule="punctuation/half-width"]');
  assert.equal(await page.locator('#content').inputValue(), '各区县人民政府，市政府各部门：\n为进一步提升政府网站建设水平，现将有关事项通知如下。\n随着发展,政府网站');
});

test('the page makes no requests outside its own origin', async () => {
  const foreign = b.requests.filter((u) => !u.startsWith(b.base) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
});
