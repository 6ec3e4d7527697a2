// Compiled (not run) by tests/node/types.test.mjs: the published types accept real usage and
// reject mistakes.
import { attach, type WidgetHandle, type GateVerdict } from '../../wasm/js/widget.js';
import { init, Checker, type Diagnostic } from '../../wasm/js/index.js';

export async function usage(): Promise<void> {
  await init();
  const d: Diagnostic[] = new Checker({ rules: { 'punctuation/doubled': 'error' } }).check('文本。。');
  const strict = new Checker({ packs: ['ad-law'], typo: { min_gain: 7, context_weight: 0 } });
  strict.free();
  new Checker({ typo: { context_model_min_gain: 7 } }, { wordLm: '\\1-grams:\n-1\t甲\n' }).free();
  const h: WidgetHandle = await attach('#content', { form: '#articleForm', gate: 'warn', onAllowlist: (term) => term.length > 0 });
  h.addEventListener('findings', (e) => { const start: number = e.detail[0].start; const key: string = e.detail[0].key; void start; void key; });
  h.addEventListener('gate', (e) => { const v: GateVerdict = e.detail; void v.reasons.join(); });
  const all = await h.check();
  await h.apply(all[0], all[0].suggestions[0] ?? '');
  h.detach();
  void d;
  // @ts-expect-error: a threshold is a number
  new Checker({ typo: { min_gain: 'high' } });
  // @ts-expect-error: the model is ARPA text
  new Checker({}, { wordLm: 42 });
  // @ts-expect-error: not a pack
  new Checker({ packs: ['ad-law-2'] });
  // @ts-expect-error: not a gate mode
  await attach('#content', { gate: 'sometimes' });
  // @ts-expect-error: check() resolves asynchronously
  const sync: Diagnostic[] = h.check();
  void sync;
}
