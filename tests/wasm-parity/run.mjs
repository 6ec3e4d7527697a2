import fs from 'fs';
import { execFileSync } from 'child_process';
const D = new URL('../data/review/', import.meta.url).pathname;
const SJ = process.env.SHENJIAO ?? new URL('../../target/debug/shenjiao', import.meta.url).pathname;
import os from 'os';
const tmp = os.tmpdir() + '/shenjiao-parity.txt';
const NOW = '2024-06-12T18:00:00+08:00';
const { instance } = await WebAssembly.instantiate(fs.readFileSync(new URL('target/wasm32-unknown-unknown/release/sjwasm.wasm', import.meta.url)), {});
const x = instance.exports;
const enc = new TextEncoder(), dec = new TextDecoder();
function pass(str) { const b = enc.encode(str); const p = x.alloc(b.length); new Uint8Array(x.memory.buffer, p, b.length).set(b); return [p, b.length]; }
function out(n) { return dec.decode(new Uint8Array(x.memory.buffer, x.out_ptr(), n)); }
const rd = f => fs.readFileSync(D + f, 'utf8');
let same = 0, diff = 0;
for (const line of rd('cases.tsv').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [rec, text, meta, want] = line.split('\t');
  const args = [...pass(rd('workflow.json')), ...pass(rd(rec)), ...pass(rd(text)), ...pass(rd(meta)), ...pass(NOW)];
  const wasm = out(x.verify(...args)) || '-';
  let cli;
  try { cli = execFileSync(SJ, ['review','verify','--config',D+'workflow.json','--record',D+rec,'--text',D+text,'--meta',D+meta,'--now',NOW,'--format','json']).toString(); }
  catch (e) { cli = e.stdout.toString(); }
  const cliRules = JSON.parse(cli).diagnostics.map(d => d.rule).sort().join(',') || '-';
  if (wasm === cliRules && wasm === want) same++; else { diff++; console.log('DIFF', line, wasm, cliRules); }
}
// Hashes of tricky texts.
const texts = ['关于做好防汛工作的通知\r\n各单位：  \n', '😀𠀀\u200b中\u3000\r', rd('text.txt'), rd('text-flawed.txt')];
for (const t of texts) {
  const w = out(x.hash(...pass(t)));
  fs.writeFileSync(tmp, t);
  const c = execFileSync(SJ, ['review','hash','--text',tmp]).toString().trim();
  if (w === c) same++; else { diff++; console.log('HASH DIFF', JSON.stringify(t), w, c); }
}
console.log(`${same} passed, ${diff} failed`);
