#!/usr/bin/env python3
"""Converts open-gram's word n-gram model (SunPinyin, Debian `sunpinyin-data`) to ARPA text.

shenjiao's optional word language model (`typo/context-model`; servers, the CLI and Node, never the
widget) reads any
ARPA unigram/bigram model. This script makes one from the model the SunPinyin input method
ships, so a Debian or Ubuntu machine can build it offline; `./dev lm` runs it.

Input:
  DUMP  the model dumped by SunPinyin's own tool: `tslminfo -v -p lm_sc.t3g` prints one
        n-gram per line as `id [id] probability backoff (level,index)`, probabilities not logs.
  DICT  `pydict_sc.bin`, the input method's pinyin trie. Its string table, from byte
        2,937,736 to the end, holds the words as NUL-terminated UTF-32LE strings in id order.
        The offset is that of sunpinyin-data 0.1.22+20170109-2; `./dev lm` checks the
        package's SHA-256 before calling this script.
Output: ARPA on stdout, log10 probabilities, unigrams and bigrams only, ids replaced by words.
Ids with no word (sentence markers, the punctuation classes) and n-grams using them are dropped.
"""
import math
import struct
import sys

STRINGS_AT = 2937736


def words(path):
    data = open(path, "rb").read()
    n = (len(data) - STRINGS_AT) // 4
    out, cur = [], []
    for v in struct.unpack("<%dI" % n, data[STRINGS_AT:STRINGS_AT + 4 * n]):
        if v == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(chr(v))
    return out


def log10(p):
    return math.log10(max(p, 1e-12))


def main(dump, dict_path):
    names = words(dict_path)
    ok = lambda i: 0 <= i < len(names) and names[i] and not any(c.isspace() for c in names[i])
    uni, bi, level = [], [], 0
    with open(dump, encoding="ascii") as f:
        for line in f:
            if line.startswith("\\"):
                level = int(line[1])
                if level > 2:
                    break
                continue
            fields = line.split()
            if level == 1 and ok(int(fields[0])):
                uni.append((int(fields[0]), float(fields[1]), float(fields[2])))
            elif level == 2:
                a, b = int(fields[0]), int(fields[1])
                bi.append((a, b, float(fields[2])))
    known = {i for i, _, _ in uni}
    bi = [(a, b, p) for a, b, p in bi if a in known and b in known and p > 0]
    w = sys.stdout.write
    w("\\data\\\nngram 1=%d\nngram 2=%d\n\n\\1-grams:\n" % (len(uni), len(bi)))
    for i, p, bow in uni:
        w("%.6f\t%s\t%.6f\n" % (log10(p), names[i], log10(bow)))
    w("\n\\2-grams:\n")
    for a, b, p in bi:
        w("%.6f\t%s %s\n" % (log10(p), names[a], names[b]))
    w("\n\\end\\\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
