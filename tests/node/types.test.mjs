// The package's TypeScript declarations compile under --strict and describe real usage
// (tests/types/usage.ts, which also holds @ts-expect-error lines that must stay errors).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

test('index.d.ts, widget.d.ts and a usage file type-check with tsc --strict', () => {
  const tsc = here('../node_modules/typescript/bin/tsc');
  const args = [tsc, '--noEmit', '--strict', '--target', 'es2022', '--lib', 'es2022,dom', '--module', 'nodenext', '--moduleResolution', 'nodenext',
    here('../../wasm/js/index.d.ts'), here('../../wasm/js/widget.d.ts'), here('../types/usage.ts')];
  let out = '';
  try {
    out = execFileSync(process.execPath, args, { encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  }
  assert.equal(out, '');
});
