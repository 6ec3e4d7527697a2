// A short run of the widget benchmark (tests/bench/widget.mjs; full numbers in BENCHMARKS.md) as a
// regression guard. Bounds are loose (a loaded CI machine is slower) but a widget that re-rendered
// everything per keystroke, or checked on the main thread, would exceed them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runBench } from '../bench/widget.mjs';

test('10,000 characters: keystroke-to-highlight and the widget main-thread slices stay bounded', async () => {
  const r = await runBench(12);
  assert.ok(r.chars >= 10000, `document has ${r.chars} characters`);
  assert.ok(r.latency_ms.p95 < 200, `p95 ${r.latency_ms.p95} ms`);
  assert.ok(r.widget_main_thread_slice_ms.max < 60, `longest widget slice ${r.widget_main_thread_slice_ms.max} ms`);
  assert.ok(r.wasm_check_10k_ms.median < 50, `wasm check ${r.wasm_check_10k_ms.median} ms`);
});
