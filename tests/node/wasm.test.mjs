// The npm package in Node: UTF-16 offsets, config errors, rule docs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { init, Checker, ConfigError, rules } from '../../wasm/pkg/index.js';

await init();

test('offsets are UTF-16 code units around emoji and CJK Extension B', () => {
  const text = '😀𠀀各单位要高度重视。。';
  const [d] = new Checker().check(text);
  assert.equal(d.rule, 'punctuation/doubled');
  assert.equal(d.start, 12); // 😀 and 𠀀 are two code units each
  assert.equal(text.slice(d.start, d.end), '。。');
  assert.equal(d.text, '。。');
  assert.deepEqual(d.suggestions, ['。']);
});

test('every finding slices to its own text, across zero-width chars, nbsp and CRLF', () => {
  const text = '第一段\u200B内容。。\r\n随着发展,\u00A0政府\uFEFF网站😀。。\r\n依据《安全生产法的规定';
  const found = new Checker().check(text);
  assert.ok(found.length >= 4, JSON.stringify(found));
  for (const d of found) assert.equal(text.slice(d.start, d.end), d.text);
  assert.deepEqual(found.map((d) => d.rule), ['punctuation/doubled', 'punctuation/half-width', 'punctuation/doubled', 'punctuation/unpaired']);
});

test('config: rules can be switched off and lexicon entries added', () => {
  const c = new Checker({ rules: { 'punctuation/doubled': 'off' }, lexicon: [{ term: '某某', severity: 'error', suggestion: '' }] });
  const found = c.check('某某到场。。');
  assert.deepEqual(found.map((d) => [d.rule, d.severity, d.text]), [['sensitive/custom', 'error', '某某']]);
});

test('a word language model turns on typo/context-model, with UTF-16 offsets; a bad one names its line', () => {
  const arpa = '\\1-grams:\n-2.5\t下个\t-1\n-3.5\t礼拜\t-1\n-2\t里\t-1\n-4.5\t拜\t-1\n-4.5\t礼\t-1\n-2.5\t三\t-1\n' +
    '\\2-grams:\n-0.5\t下个 礼拜\n-0.5\t礼拜 三\n\\end\\\n';
  const text = '😀下个里拜三';
  const found = new Checker({}, { wordLm: arpa }).check(text).filter((d) => d.rule === 'typo/context-model');
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(found[0].start, 4);
  assert.equal(text.slice(found[0].start, found[0].end), '里');
  assert.deepEqual(found[0].suggestions, ['礼']);
  assert.equal(new Checker().check(text).filter((d) => d.rule === 'typo/context-model').length, 0);
  assert.throws(() => new Checker({}, { wordLm: '\\1-grams:\n-1\t甲\nx\t乙\n' }), (e) => {
    assert.ok(!(e instanceof ConfigError));
    assert.match(e.message, /^language model, line 3/);
    return true;
  });
});

test('a bad config throws ConfigError naming the field', () => {
  assert.throws(() => new Checker({ lexicon: [{ term: '甲', severity: 'fatal' }] }), (e) => {
    assert.ok(e instanceof ConfigError);
    assert.equal(e.path, 'lexicon[0].severity');
    return true;
  });
  assert.throws(() => new Checker({ rules: { 'typo/nope': 'off' } }), /typo\/nope/);
});

test('rules() returns complete docs', () => {
  const docs = rules();
  const doubled = docs.find((r) => r.id === 'punctuation/doubled');
  assert.ok(doubled);
  for (const k of ['summary', 'what', 'why', 'source', 'wrong', 'right']) assert.ok(doubled[k].length > 0, k);
});
