#!/usr/bin/env bash
# Builds the optional word language model for `typo/context-model` (servers, the CLI, Node; never the widget):
# open-gram's model from the SunPinyin input method, converted to ARPA text.
#   output: target/wordlm/open-gram.arpa (about 57 MB; CC BY-SA 3.0, see core/data/wordlm/SOURCE.md)
# Needs a Debian or Ubuntu machine on x86-64 (apt-get download, or curl from deb.debian.org),
# because the model is dumped by SunPinyin's own `tslminfo`. Sourced by ./dev.
set -euo pipefail

build_wordlm() {
  local out="$ROOT/target/wordlm" work
  [ -s "$out/open-gram.arpa" ] && { log "word model already built: $out/open-gram.arpa"; return 0; }
  [ "$(uname -sm)" = "Linux x86_64" ] || die "the word model is built with SunPinyin's Linux x86-64 tools; copy target/wordlm/open-gram.arpa from such a machine"
  local tool
  for tool in python3 ar tar xz sha256sum; do
    command -v "$tool" >/dev/null || die "building the word model needs $tool"
  done
  command -v apt-get >/dev/null || command -v curl >/dev/null || die "building the word model needs apt-get or curl"
  work=$(mktemp -d)
  # shellcheck disable=SC2064 # expand now: $work is local
  trap "rm -rf '$work'" EXIT
  # Pinned package versions and their SHA-256: the converter reads the dictionary at a fixed offset.
  local pkgs=(
    "sunpinyin-data_0.1.22+20170109-2_amd64.deb e30b33b97cbe45af1b176a5c8e937078759d0c1f5344200a11e6ac802339a948 s/sunpinyin-data"
    "sunpinyin-utils_3.0.0~rc2+ds1-4+b1_amd64.deb 22c9043544a9dd1798c9947a12ca4604a5fb5b4ba7fff79020598ef23b1eae13 s/sunpinyin"
    "libsunpinyin3v5_3.0.0~rc2+ds1-4+b1_amd64.deb 6e2dc45dc9aa2d04acaefae37cd598c6283aafd6e7c0f7a5f3148a7836c2fb5f s/sunpinyin"
  )
  local entry file sum dir name version
  for entry in "${pkgs[@]}"; do
    read -r file sum dir <<<"$entry"
    name=${file%%_*}; version=${file#*_}; version=${version%_*}
    log "fetching $file"
    (cd "$work" && apt-get download "$name=$version" >/dev/null 2>&1) \
      || curl -fsSL -o "$work/$file" "https://deb.debian.org/debian/pool/main/$dir/${file//\~/%7E}" \
      || curl -fsSL -o "$work/$file" "https://snapshot.debian.org/archive/debian/20240601T000000Z/pool/main/$dir/${file//\~/%7E}" \
      || die "cannot fetch $file (apt-get download, deb.debian.org and snapshot.debian.org all failed)"
    echo "$sum  $work/$(cd "$work" && ls "$name"_*.deb | head -1)" | sha256sum -c --quiet - || die "$file: checksum mismatch"
    (cd "$work" && mkdir -p root && ar p "$name"_*.deb data.tar.xz | tar -xJ -C root)
  done
  local lib="$work/root/usr/lib/x86_64-linux-gnu"
  log "dumping the model with tslminfo"
  LD_LIBRARY_PATH="$lib" "$work/root/usr/bin/tslminfo" -v -p "$lib/sunpinyin/data/lm_sc.t3g" >"$work/dump.txt" \
    || die "tslminfo failed (it needs libstdc++6 and libsqlite3-0: apt-get install libsqlite3-0)"
  mkdir -p "$out"
  python3 "$ROOT/core/data/wordlm/sunpinyin_to_arpa.py" "$work/dump.txt" "$lib/sunpinyin/data/pydict_sc.bin" >"$out/open-gram.arpa.tmp"
  # A truncated dump would still convert: check the counts before installing the file.
  head -3 "$out/open-gram.arpa.tmp" | grep -qx 'ngram 1=71758' && sed -n 3p "$out/open-gram.arpa.tmp" | grep -qx 'ngram 2=2423646' \
    || die "the converted model has unexpected n-gram counts: $(sed -n 2,3p "$out/open-gram.arpa.tmp" | tr '\n' ' ')"
  mv "$out/open-gram.arpa.tmp" "$out/open-gram.arpa"
  rm -rf "$work"
  trap - EXIT
  log "word model built: $out/open-gram.arpa ($(du -h "$out/open-gram.arpa" | cut -f1)); use it with --lm"
}
