#!/usr/bin/env bash
# Builds the npm package `shenjiao` into wasm/pkg: wasm32 release build, wasm-bindgen (web target,
# which also runs in Node via initSync), wasm-opt -Oz, then the hand-written JS/TS wrapper.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/toolchain.sh"
ensure_wasm_target
ensure_wasm_bindgen
ensure_wasm_opt
OUT=$ROOT/wasm/pkg
cd "$ROOT"
log "building shenjiao-wasm for wasm32 ($WASM_TOOLCHAIN)"
wasm_cargo build -q --profile wasm -p shenjiao-wasm --target wasm32-unknown-unknown ${BUILD_STD[@]+"${BUILD_STD[@]}"}
rm -rf "$OUT"; mkdir -p "$OUT"
"$WASM_BINDGEN" --target web --out-dir "$OUT" --out-name shenjiao_wasm \
  "$ROOT/target/wasm32-unknown-unknown/wasm/shenjiao_wasm.wasm"
"$WASM_OPT" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  "$OUT/shenjiao_wasm_bg.wasm" -o "$OUT/shenjiao_wasm_bg.wasm"
cp -r "$ROOT"/wasm/js/* "$OUT/"
node -e '
  const fs = require("fs");
  const pkg = JSON.parse(fs.readFileSync(process.argv[1] + "/wasm/js/package.json", "utf8"));
  const ver = fs.readFileSync(process.argv[1] + "/Cargo.toml", "utf8").match(/^version = "(.+)"/m)[1];
  pkg.version = ver;
  fs.writeFileSync(process.argv[2] + "/package.json", JSON.stringify(pkg, null, 2) + "\n");
' "$ROOT" "$OUT"
node -e '
  const fs = require("fs"), z = require("zlib"); const b = fs.readFileSync(process.argv[1]);
  const br = z.brotliCompressSync(b, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.error(`[shenjiao] wasm: ${b.length} bytes raw, ${z.gzipSync(b, { level: 9 }).length} gzip -9, ${br} brotli q11`);
' "$OUT/shenjiao_wasm_bg.wasm"
log "npm package ready in wasm/pkg"
