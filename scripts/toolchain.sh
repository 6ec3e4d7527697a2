#!/usr/bin/env bash
# Installs what building the wasm package needs, idempotently. Sourced by ./dev.
#
# Adapted from the project's tested offline recipe (see scripts/TOOLCHAIN.md):
#   1. the wasm32 target: `rustup target add` (normal), else Debian's rustc-web + rust-web-src with -Zbuild-std;
#   2. wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in Cargo.lock;
#   3. wasm-opt from the npm package `binaryen` (Debian's binaryen 108 silently breaks wasm-bindgen output).
# Tools live in $SHENJIAO_TOOLS (default ~/.cache/shenjiao-tools) so CI and later runs reuse them.

SHENJIAO_TOOLS=${SHENJIAO_TOOLS:-$HOME/.cache/shenjiao-tools}
BINARYEN_NPM_VERSION=132.0.0
TERSER_NPM_VERSION=5.51.2
log() { printf '\033[1;34m[shenjiao]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[shenjiao] error:\033[0m %s\n' "$*" >&2; exit 1; }

SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
apt_install() {
  command -v apt-get >/dev/null || return 1
  local missing=() p
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p"); done
  [ ${#missing[@]} = 0 ] && return 0
  log "apt-get install ${missing[*]}"
  $SUDO apt-get install -y -q "${missing[@]}" >&2 || { $SUDO apt-get update -q >&2 && $SUDO apt-get install -y -q "${missing[@]}" >&2; }
}

# Sets CARGO_WASM (command array) and BUILD_STD for the chosen toolchain path.
ensure_wasm_target() {
  WASM_TOOLCHAIN=rustup
  BUILD_STD=()
  if command -v rustup >/dev/null && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    return 0
  fi
  if command -v rustup >/dev/null && timeout 120 rustup target add wasm32-unknown-unknown >&2; then
    return 0
  fi
  log "rustup cannot fetch wasm32 std; using Debian rustc-web with -Zbuild-std (fallback path)"
  apt_install rustc-web rust-web-src || die "apt-get install rustc-web rust-web-src failed"
  local v; v=$(readlink /usr/bin/rust-lld 2>/dev/null | sed -n 's/^lld-//p' || true); apt_install "lld-${v:-22}" || true
  export RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1
  WASM_TOOLCHAIN=debian
  BUILD_STD=(-Zbuild-std=std,panic_abort)
}

wasm_cargo() {
  if [ "$WASM_TOOLCHAIN" = debian ]; then /usr/bin/cargo "$@"; else cargo "$@"; fi
}

ensure_wasm_bindgen() {
  local want have
  want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' "$ROOT/Cargo.lock")
  [ -n "$want" ] || die "wasm-bindgen not found in Cargo.lock"
  # `|| true`: on a fresh machine the tool is missing, and under `set -e -o pipefail` that must not end the script.
  have=$("$SHENJIAO_TOOLS/bin/wasm-bindgen" --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    log "cargo install wasm-bindgen-cli $want (about 2-3 minutes, once)"
    # no --locked: its lockfile pins a crate version missing from some registry mirrors
    cargo install --root "$SHENJIAO_TOOLS" --force wasm-bindgen-cli --version "$want" >&2
  fi
  WASM_BINDGEN=$SHENJIAO_TOOLS/bin/wasm-bindgen
}

ensure_wasm_opt() {
  WASM_OPT=$SHENJIAO_TOOLS/npm/node_modules/.bin/wasm-opt
  if ! "$WASM_OPT" --version 2>/dev/null | grep -q "version ${BINARYEN_NPM_VERSION%%.*}"; then
    log "npm install binaryen@$BINARYEN_NPM_VERSION (wasm-opt)"
    mkdir -p "$SHENJIAO_TOOLS/npm"
    npm install --prefix "$SHENJIAO_TOOLS/npm" --no-audit --no-fund --silent "binaryen@$BINARYEN_NPM_VERSION" >&2
  fi
}

# terser (pure JavaScript) minifies the widget's modules in wasm/pkg; the sources in wasm/js stay readable.
ensure_terser() {
  TERSER=$SHENJIAO_TOOLS/npm/node_modules/.bin/terser
  if ! "$TERSER" --version 2>/dev/null | grep -q "terser $TERSER_NPM_VERSION"; then
    log "npm install terser@$TERSER_NPM_VERSION (minifies the widget)"
    mkdir -p "$SHENJIAO_TOOLS/npm"
    npm install --prefix "$SHENJIAO_TOOLS/npm" --no-audit --no-fund --silent "terser@$TERSER_NPM_VERSION" >&2
  fi
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  apt_install chromium || die "could not install Debian's chromium (needed by the browser tests)"
}

ensure_node_deps() {
  command -v node >/dev/null || die "Node.js (>= 20) is required"
  if [ ! -f "$ROOT/tests/node_modules/.package-lock.json" ] || [ "$ROOT/tests/package-lock.json" -nt "$ROOT/tests/node_modules/.package-lock.json" ]; then
    log "npm ci in tests/ (playwright-core, typescript)"
    (cd "$ROOT/tests" && npm ci --no-audit --no-fund --silent) >&2
  fi
}

# The demo pages embed the real editors (TinyMCE, Quill, CKEditor 5, ProseMirror, wangEditor,
# KindEditor) from npm, pinned in demo/package-lock.json and served from demo/node_modules.
ensure_demo_deps() {
  command -v npm >/dev/null || die "npm is required for the demo's editor packages"
  local stamp="$ROOT/demo/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$ROOT/demo/package-lock.json" -nt "$stamp" ]; then
    log "npm ci in demo/ (editor packages for the demo pages)"
    (cd "$ROOT/demo" && npm ci --no-audit --no-fund --silent --ignore-scripts) >&2
  fi
}
