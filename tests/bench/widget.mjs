// Widget benchmark in headless Chromium (demo/bench.html, a 10,000-character document):
//  - keystroke-to-highlight latency: from the key press to the highlight showing (or dropping) the
//    finding that keystroke created (or removed), p50/p95 over 60 keystrokes;
//  - the widget's longest synchronous main-thread slice while typing, and any long task (> 50 ms);
//  - check() of the 10,000 characters through the wasm build in the page.
// Run: node tests/bench/widget.mjs   (after ./dev build)   →  prints a JSON summary
import { openBrowser } from '../e2e/browser.mjs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** Runs the benchmark with `keys` keystrokes; resolves to the summary object. */
export async function runBench(keys = 60) {
const KEYS = keys;
const b = await openBrowser();
try {
  const page = await b.context.newPage();
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  await page.goto(`${b.base}/demo/bench.html`);
  await page.waitForSelector('html[data-shenjiao-ready="1"]', { timeout: 30000 });
  const chars = await page.evaluate(() => window.shenjiao.adapter.snapshot().text.length);
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: false });
    window.shenjiao.slices.length = 0;
  });
  // Caret in the middle paragraph, after its first sentence end.
  await page.evaluate(() => {
    const ps = document.querySelectorAll('#content p');
    const p = ps[ps.length >> 1];
    const t = p.firstChild;
    const at = t.data.indexOf('。') + 1;
    const r = document.createRange();
    r.setStart(t, at);
    r.collapse(true);
    document.getElementById('content').focus();
    getSelection().removeAllRanges();
    getSelection().addRange(r);
  });
  const latencies = [];
  for (let i = 0; i < KEYS; i++) {
    const adding = i % 2 === 0; // typing 。 after 。 creates a doubled-punctuation error; Backspace removes it
    const want = await page.evaluate(() => CSS.highlights.get('shenjiao-error').size);
    // t0 is the input event's own timestamp (the keystroke reaching the page); the end is the start of
    // the animation frame that paints the changed highlight.
    await page.evaluate(() => { window.__t0 = null; document.addEventListener('beforeinput', (e) => { window.__t0 = e.timeStamp; }, { capture: true, once: true }); });
    const waiter = page.evaluate((expect) => new Promise((ok) => {
      const tick = (now) => {
        if (window.__t0 !== null && CSS.highlights.get('shenjiao-error').size === expect) ok(now - window.__t0); else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }), adding ? want + 1 : want - 1);
    if (adding) await page.keyboard.insertText('。'); // IME-committed punctuation arrives as text input
    else await page.keyboard.press('Backspace');
    latencies.push(await waiter);
    await page.waitForTimeout(120); // a brisk typist: ~8 keys a second
  }
  const result = await page.evaluate(async () => ({
    slices: window.shenjiao.slices.slice(),
    maxAt: window.shenjiao.slices.indexOf(Math.max(...window.shenjiao.slices)),
    longTasks: window.__long.slice(),
    check: await window.benchCheck(20),
  }));
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
  const summary = {
    chars,
    keystrokes: KEYS,
    latency_ms: { p50: +pct(50).toFixed(1), p95: +pct(95).toFixed(1), max: +latencies[latencies.length - 1].toFixed(1) },
    widget_main_thread_slice_ms: { max: +Math.max(...result.slices).toFixed(1), p95: +result.slices.slice().sort((x, y) => x - y)[Math.ceil(0.95 * result.slices.length) - 1].toFixed(1), over_16: result.slices.filter((x) => x > 16).length, count: result.slices.length },
    longest_slice_index: result.maxAt,
    long_tasks_over_50ms: result.longTasks.map((d) => +d.toFixed(1)),
    wasm_check_10k_ms: { median: +result.check.median.toFixed(2), min: +result.check.min.toFixed(2), max: +result.check.max.toFixed(2), chars: result.check.chars },
  };
  return summary;
} finally {
  await b.close();
}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(JSON.stringify(await runBench(Number(process.env.KEYS || 60)), null, 2));
  } catch (e) {
    console.error(e);
    process.exitCode = 1;
  }
}
