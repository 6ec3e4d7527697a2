// `shenjiao audit DIR --html` on a generated 1,000-page export: the report renders in headless
// Chromium, its numbers match the JSON report, and it loads nothing from anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBrowser } from './browser.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const results = join(root, 'tests/e2e/test-results');
const PAGES = 1000;

let b;
let site;
let report;
let planted;

before(async () => {
  // Debug builds: `cargo test` (run first by ./dev test) has already built both; this is then a no-op.
  execFileSync('cargo', ['build', '-q', '-p', 'shenjiao-cli', '--bin', 'shenjiao', '--example', 'gen_site'], { cwd: root, stdio: 'inherit' });
  site = mkdtempSync(join(tmpdir(), 'shenjiao-site-'));
  planted = JSON.parse(execFileSync(join(root, 'target/debug/examples/gen_site'), [String(PAGES), site], { encoding: 'utf8' }));
  mkdirSync(results, { recursive: true });
  const json = join(results, 'audit-report.json');
  try {
    execFileSync(join(root, 'target/debug/shenjiao'),
      ['audit', site, '--now', '2026-09-30', '--json', json, '--html', join(results, 'audit-report.html')], { stdio: 'pipe' });
  } catch (e) {
    assert.equal(e.status, 1, `audit failed: ${e.stderr}`); // 1 = error findings, expected here
  }
  report = JSON.parse(readFileSync(json, 'utf8'));
  b = await openBrowser();
});

after(async () => {
  await b?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

test('the HTML report renders in Chromium with the JSON report\'s numbers', async () => {
  assert.equal(report.totals.content_pages, PAGES);
  assert.equal(report.totals.findings, planted.doubled + planted.commas + planted.variants);

  const page = await b.context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.setViewportSize({ width: 1200, height: 1400 });
  await page.goto(`${b.base}/tests/e2e/test-results/audit-report.html`);
  await page.screenshot({ path: join(results, 'audit-report.png') });

  const shown = await page.evaluate(() => ({
    totals: Object.fromEntries([...document.querySelectorAll('[data-total]')].map((el) => [el.dataset.total, Number(el.querySelector('b').textContent)])),
    statistics: [...document.querySelectorAll('#statistics p')].map((p) => p.textContent),
    categories: Object.fromEntries([...document.querySelectorAll('#chart-category g[data-label]')].map((g) => [g.dataset.label, Number(g.dataset.value)])),
    charts: [...document.querySelectorAll('svg.chart')].map((s) => { const r = s.getBoundingClientRect(); return [r.width, r.height]; }),
    bars: [...document.querySelectorAll('svg.chart rect')].filter((r) => r.getBoundingClientRect().width > 0).length,
    serious: document.querySelectorAll('#serious tr.finding').length,
    warnings: [...document.querySelectorAll('#column-warnings tr[data-kind]')].map((tr) => tr.dataset.kind),
    heading: document.querySelector('h1').textContent,
  }));
  assert.equal(shown.heading, '网站内容自查自评报告');
  for (const [key, value] of Object.entries(shown.totals)) {
    if (key === 'errors') assert.equal(value, report.by_severity.error);
    else assert.equal(value, report.totals[key], key);
  }
  assert.equal(shown.totals.findings, report.totals.findings);
  assert.deepEqual(shown.statistics, report.statistics);
  assert.equal(shown.categories['标点'], report.by_category.punctuation);
  assert.equal(shown.categories['错别字'], report.by_category.typo);
  assert.equal(shown.charts.length, 4);
  for (const [w, h] of shown.charts) assert.ok(w > 100 && h > 20, `chart laid out: ${w}x${h}`);
  assert.ok(shown.bars >= 6, `bars drawn: ${shown.bars}`);
  assert.equal(shown.serious, Math.min(report.by_severity.error, 2000));
  assert.deepEqual(shown.warnings, report.column_warnings.map((w) => w.kind));
  assert.deepEqual(problems, []);
});

test('the report page requests nothing but itself', async () => {
  const foreign = b.requests.filter((u) => !u.startsWith(b.base));
  assert.deepEqual(foreign, []);
  const own = b.requests.filter((u) => u.includes('/tests/e2e/test-results/'));
  assert.deepEqual(own.map((u) => u.split('/').pop()), ['audit-report.html']);
});
