// 三审 parity: the npm package (wasm) and the native CLI give the same verdict for every example
// case, and a record built through the JS API verifies in the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init, review } from '../../wasm/pkg/index.js';

await init();
const D = fileURLToPath(new URL('../data/review/', import.meta.url));
const CLI = process.env.SHENJIAO || fileURLToPath(new URL('../../target/debug/shenjiao', import.meta.url));
const NOW = '2024-06-12T18:00:00+08:00';
const rd = (f) => readFileSync(join(D, f), 'utf8');

function cliVerify(args) {
  try {
    return { code: 0, out: JSON.parse(execFileSync(CLI, ['review', 'verify', ...args, '--now', NOW, '--format', 'json']).toString()) };
  } catch (e) {
    return { code: e.status, out: JSON.parse(e.stdout.toString()) };
  }
}

const cases = rd('cases.tsv').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));

test('every example case: same rule ids in wasm and in the CLI, as expected', () => {
  assert.ok(cases.length >= 20);
  for (const [rec, text, meta, want] of cases) {
    const wasm = review.verify({ config: rd('workflow.json'), record: rd(rec), text: rd(text), metadata: rd(meta), now: NOW });
    const wasmRules = wasm.map((d) => d.rule).sort().join(',') || '-';
    const cli = cliVerify(['--config', D + 'workflow.json', '--record', D + rec, '--text', D + text, '--meta', D + meta]);
    const cliRules = cli.out.diagnostics.map((d) => d.rule).sort().join(',') || '-';
    assert.equal(wasmRules, want, `wasm on ${rec} ${text} ${meta}`);
    assert.equal(cliRules, want, `cli on ${rec} ${text} ${meta}`);
    assert.equal(cli.code, want === '-' ? 0 : 1);
  }
});

test('a record approved step by step in JS verifies in the CLI; an edit after approval fails both', () => {
  const config = JSON.parse(rd('workflow.json'));
  const text = rd('text.txt');
  const meta = rd('meta.json');
  let record = review.newRecord('js-flow-1', 1);
  const steps = [
    ['初审', { id: 'u1', name: '张三', role: '编辑' }, '2024-06-12T09:00:00+08:00'],
    ['审核', { id: 'u2', name: '李四', role: '科室负责人' }, '2024-06-12T10:00:00+08:00'],
    ['审发', { id: 'u3', name: '王五', role: '分管领导' }, '2024-06-12T11:00:00+08:00'],
  ];
  const before = review.checklist({ config, record, text, metadata: meta, now: NOW, user: steps[0][1] });
  assert.equal(before.canSubmit, false);
  assert.equal(before.nextStep, '初审');
  for (const [step, reviewer, now] of steps) record = review.approve({ record, text, step, reviewer, opinion: '同意', now });
  const after = review.checklist({ config, record, text, metadata: meta, now: NOW });
  assert.deepEqual(after.steps.map((s) => s.state), ['approved', 'approved', 'approved']);
  assert.deepEqual(review.verify({ config, record, text, metadata: meta, now: NOW }), []);

  const dir = mkdtempSync(join(tmpdir(), 'shenjiao-review-'));
  writeFileSync(join(dir, 'record.json'), JSON.stringify(record));
  writeFileSync(join(dir, 'text.txt'), text);
  writeFileSync(join(dir, 'edited.txt'), text.replace('。', '，'));
  const common = ['--config', D + 'workflow.json', '--record', join(dir, 'record.json'), '--meta', D + 'meta.json'];
  assert.equal(cliVerify([...common, '--text', join(dir, 'text.txt')]).code, 0);
  const edited = cliVerify([...common, '--text', join(dir, 'edited.txt')]);
  assert.equal(edited.code, 1);
  const jsEdited = review.verify({ config, record, text: text.replace('。', '，'), metadata: meta, now: NOW });
  assert.deepEqual(jsEdited.map((d) => d.rule).sort(), edited.out.diagnostics.map((d) => d.rule).sort());
  assert.ok(jsEdited.some((d) => d.rule === 'review/content-changed'));
});

test('content hashes agree between wasm and the CLI on tricky texts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shenjiao-hash-'));
  for (const t of ['关于做好防汛工作的通知\r\n各单位：  \n', '😀𠀀\u200b中\u3000\r', rd('text-flawed.txt')]) {
    writeFileSync(join(dir, 't.txt'), t);
    assert.equal(review.contentHash(t), execFileSync(CLI, ['review', 'hash', '--text', join(dir, 't.txt')]).toString().trim());
  }
});

test('a bad workflow config throws naming the field', () => {
  assert.throws(() => review.verify({ config: { steps: 3 }, record: review.newRecord('x'), text: '' }), (e) => e.name === 'ConfigError' && e.path.length > 0);
});
