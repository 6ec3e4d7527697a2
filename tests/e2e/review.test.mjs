// The 三审 checklist in the panel (demo/review.html): with the package's own review module and with a
// host-supplied stand-in for `review.verify/approve`, each step is signed by the right role in order,
// the record goes to the host, and the gate opens at the end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './browser.mjs';
import { settle } from './helpers.mjs';

let b;
before(async () => { b = await openBrowser(); });
after(async () => { await b?.close(); });

const steps = (page) => page.evaluate(() => [...document.querySelector('shenjiao-panel').shadowRoot.querySelectorAll('li.step')]
  .map((li) => `${li.dataset.step}:${li.classList.contains('done') ? 'done' : 'todo'}:${li.querySelector('button[data-action="approve"]') ? 'can' : '-'}`));

async function open(stub) {
  const page = await b.context.newPage();
  if (stub) {
    await page.addInitScript(() => {
      // Stand-in with the interface the npm package exposes (review.verify / review.approve).
      window.demoReviewApi = {
        verify({ config, record, text, metadata, now }) {
          window.__lastVerify = { text, metadata, now };
          const ok = new Set(record.approvals.filter((a) => a.decision === '通过').map((a) => a.step));
          return config.steps.filter((s) => !ok.has(s.name)).map((s) => ({ rule: 'review/missing-step', severity: 'error', message: `缺少“${s.name}”` }));
        },
        approve({ record, step, reviewer, decision, opinion, now }) {
          return { ...record, approvals: [...record.approvals, { step, item: record.item, reviewer, time: now, decision, opinion }] };
        },
      };
    });
  }
  await page.goto(`${b.base}/demo/review.html`);
  await page.waitForSelector('html[data-shenjiao-ready="1"]');
  return page;
}

test('with the package\'s own review module (wasm): signed in order by the right roles, the real verify lets the item through', async () => {
  const page = await open(false);
  assert.doesNotMatch(await page.locator('shenjiao-panel section.review').textContent(), /未加载/);
  // The gate names what is missing before anyone signs.
  let gate = page.evaluate(() => new Promise((ok) => window.shenjiao.addEventListener('gate', (e) => ok(e.detail), { once: true })));
  await page.click('#articleForm button[type="submit"]');
  let v = await gate;
  assert.equal(v.allowed, false);
  assert.ok(v.reasons.some((r) => r.includes('初审')), JSON.stringify(v.reasons));
  for (const [user, step] of [['u1|张三|编辑', '初审'], ['u2|李四|部门负责人', '审核'], ['u3|王五|分管领导', '审发']]) {
    await page.selectOption('#user', user);
    await page.waitForSelector(`shenjiao-panel li.step[data-step="${step}"] button[data-action="approve"]`);
    await page.locator(`shenjiao-panel li.step[data-step="${step}"] textarea`).fill('同意发布');
    await page.locator(`shenjiao-panel li.step[data-step="${step}"] button[data-action="approve"]`).click();
    await page.waitForSelector(`shenjiao-panel li.step.done[data-step="${step}"]`);
  }
  // The record is the real hash-chained one, ready for the server to verify again.
  const rec = JSON.parse(await page.inputValue('#review-record'));
  assert.deepEqual(rec.approvals.map((a) => a.step), ['初审', '审核', '审发']);
  for (const a of rec.approvals) assert.match(a.content_hash, /^[0-9a-f]{64}$/);
  assert.equal(rec.approvals[1].prev, rec.approvals[0].hash);
  gate = page.evaluate(() => new Promise((ok) => window.shenjiao.addEventListener('gate', (e) => ok(e.detail), { once: true })));
  await page.click('#articleForm button[type="submit"]');
  v = await gate;
  assert.deepEqual(v.reasons, []);
  assert.equal(v.allowed, true);
  await page.close();
});

test('with a review module: steps are signed in order by their roles, then the gate allows', async () => {
  const page = await open(true);
  // 李四 (部门负责人) cannot sign 初审, which comes first.
  assert.deepEqual(await steps(page), ['初审:todo:-', '审核:todo:-', '审发:todo:-']);
  for (const [user, step] of [['u1|张三|编辑', '初审'], ['u2|李四|部门负责人', '审核'], ['u3|王五|分管领导', '审发']]) {
    await page.selectOption('#user', user);
    await page.waitForSelector(`shenjiao-panel li.step[data-step="${step}"] button[data-action="approve"]`);
    await page.locator(`shenjiao-panel li.step[data-step="${step}"] textarea`).fill('同意发布');
    await page.locator(`shenjiao-panel li.step[data-step="${step}"] button[data-action="approve"]`).click();
    await page.waitForSelector(`shenjiao-panel li.step.done[data-step="${step}"]`);
  }
  const rec = JSON.parse(await page.inputValue('#review-record'));
  assert.deepEqual(rec.approvals.map((a) => [a.step, a.reviewer.name, a.decision, a.opinion]),
    [['初审', '张三', '通过', '同意发布'], ['审核', '李四', '通过', '同意发布'], ['审发', '王五', '通过', '同意发布']]);

  // An open error finding still blocks; fixing it lets the submission through.
  await page.evaluate(() => window.demoSetHtml('<p>各单位要高度重视。。</p>'));
  await settle(page);
  let gate = page.evaluate(() => new Promise((ok) => window.shenjiao.addEventListener('gate', (e) => ok(e.detail), { once: true })));
  await page.click('#articleForm button[type="submit"]');
  assert.equal((await gate).allowed, false);
  await page.locator('shenjiao-panel li[data-rule="punctuation/doubled"] button[data-action="apply"]').click();
  await settle(page);
  gate = page.evaluate(() => new Promise((ok) => window.shenjiao.addEventListener('gate', (e) => ok(e.detail), { once: true })));
  await page.click('#articleForm button[type="submit"]');
  assert.equal((await gate).allowed, true);
  await page.waitForFunction(() => document.documentElement.dataset.submitted === '1');
  const last = await page.evaluate(() => window.__lastVerify);
  assert.equal(last.text, '各单位要高度重视。', 'verify sees the submitted text');
  assert.equal(last.metadata['信息来源'], '市政府办公室');
  assert.match(last.now, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/, 'RFC 3339 time');
  await page.close();
});
