#!/usr/bin/env python3
"""Experiment (not shipped): how far a word-bigram language model takes typo correction.

Round 3 asked whether an n-gram model could reach the SIGHAN-15 target that the dictionary
method misses. The model tried is open-gram's, the statistical language model of the SunPinyin
input method (Debian package `sunpinyin-data`, CC BY-SA 3.0): 71,759 words, 2.5 M bigrams,
1 M trigrams, 39 MB. Only its unigrams and bigrams are used here.

Setup (Debian; nothing of it is needed by shenjiao itself):
    mkdir -p /tmp/sp && cd /tmp/sp
    apt-get download sunpinyin-data sunpinyin-utils libsunpinyin3v5
    for f in *.deb; do dpkg -x $f root; done
    LD_LIBRARY_PATH=root/usr/lib/x86_64-linux-gnu root/usr/bin/tslminfo -v -p \
        root/usr/lib/x86_64-linux-gnu/sunpinyin/data/lm_sc.t3g > lm.arpa
Run:
    python3 wordlm_csc.py /tmp/sp tests/data/sighan15_test.tsv [BASE.txt]
BASE.txt, optional, holds shenjiao's own corrections, one line per row: the model then only
adds corrections where shenjiao left the text unchanged (the combination in BENCHMARKS.md).

The word list lives in the input method's pinyin trie (`pydict_sc.bin`): its string table,
read from byte 2,937,736 as NUL-separated UTF-32 strings, is indexed by word id.

Method: for every character with confusable candidates (same_pinyin.txt, same_stroke.txt), the
best segmentation of a 9-character window is scored under the back-off bigram model before and
after the swap; a swap is kept if it gains more than T nats (penalties: other tone 1, shape 2).
"""
import math
import os
import struct
import sys
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
CONF = os.path.join(HERE, "..", "..", "core", "data", "confusion")
UNK = math.log(1e-9)
MAXL = 6
W = 4
PEN = {"same": 0.0, "tone": 1.0, "shape": 2.0}


def load(sp):
    b = open(os.path.join(sp, "root/usr/lib/x86_64-linux-gnu/sunpinyin/data/pydict_sc.bin"), "rb").read()
    off = 2937736
    vals = struct.unpack("<%dI" % ((len(b) - off) // 4), b[off:off + 4 * ((len(b) - off) // 4)])
    words, cur = [], []
    for v in vals:
        if v == 0:
            words.append("".join(cur))
            cur = []
        else:
            cur.append(chr(v))
    p1, b1, p2 = {}, {}, {}
    sec = 0
    for line in open(os.path.join(sp, "lm.arpa")):
        if line.startswith("\\"):
            sec = int(line[1])
            continue
        f = line.split()
        if sec == 1:
            p1[int(f[0])] = math.log(max(float(f[1]), 1e-12))
            b1[int(f[0])] = math.log(max(float(f[2]), 1e-12))
        elif sec == 2:
            p2[(int(f[0]), int(f[1]))] = math.log(max(float(f[2]), 1e-12))
        elif sec == 3:
            break
    lex = {w: k for k, w in enumerate(words) if w and k in p1}
    return p1, b1, p2, lex


def confusion():
    conf = {}

    def add(a, b, kind):
        if a != b:
            conf.setdefault(a, {}).setdefault(b, kind)
    for line in open(os.path.join(CONF, "same_pinyin.txt"), encoding="utf-8"):
        if line.startswith("#"):
            continue
        p = line.rstrip("\n").split("\t")
        for x in p[1] if len(p) > 1 else "":
            add(p[0], x, "same")
        for x in p[2] if len(p) > 2 else "":
            add(p[0], x, "tone")
    for line in open(os.path.join(CONF, "same_stroke.txt"), encoding="utf-8"):
        g = line.split()
        for a in g:
            for b in g:
                add(a, b, "shape")
    return conf


P1 = B1 = P2 = LEX = CONFUSION = None


def score(chars):
    n = len(chars)
    states = [dict() for _ in range(n + 1)]
    states[0][None] = 0.0
    for k in range(n):
        for j in range(k + 1, min(n, k + MAXL) + 1):
            wid = LEX.get("".join(chars[k:j]))
            if wid is None:
                if j > k + 1:
                    continue
                wid = -1
            best = -1e18
            for prev, sc in states[k].items():
                if wid == -1:
                    lp = UNK
                elif prev is None or prev == -1:
                    lp = P1[wid]
                else:
                    lp = P2.get((prev, wid), B1.get(prev, 0.0) + P1.get(wid, UNK))
                best = max(best, sc + lp)
            if best > states[j].get(wid, -1e18):
                states[j][wid] = best
    return max(states[n].values()) if states[n] else -1e18


def fixes(s):
    chars = list(s)
    out = []
    for i, c in enumerate(chars):
        a, b = max(0, i - W), min(len(chars), i + W + 1)
        base = score(chars[a:b])
        best = None
        for x, kind in CONFUSION.get(c, {}).items():
            if x in LEX:
                win = chars[a:b]
                win[i - a] = x
                d = score(win) - base - PEN[kind]
                if best is None or d > best[0]:
                    best = (d, i, x)
        if best:
            out.append(best)
    return out


def apply(s, fx, t):
    ch, used = list(s), []
    for d, i, x in sorted((f for f in fx if f[0] > t), reverse=True):
        if all(abs(i - u) >= 2 for u in used):
            ch[i] = x
            used.append(i)
    return "".join(ch)


def main():
    global P1, B1, P2, LEX, CONFUSION
    P1, B1, P2, LEX = load(sys.argv[1])
    CONFUSION = confusion()
    rows = [l.rstrip("\n").split("\t")[-2:] for l in open(sys.argv[2], encoding="utf-8")]
    base = [l.rstrip("\n") for l in open(sys.argv[3], encoding="utf-8")] if len(sys.argv) > 3 else [r[0] for r in rows]
    with Pool() as pool:
        found = pool.map(fixes, [r[0] for r in rows], chunksize=8)
    for t in [5, 6, 7, 8, 10, 12]:
        tp = fp = fn = fa = clean = 0
        for (s, tgt), fx, b in zip(rows, found, base):
            if len(b) != len(s):
                c = b
            else:
                # The model only adds corrections around characters shenjiao left alone.
                fx = [f for f in fx if all(b[j] == s[j] for j in range(max(0, f[1] - 1), min(len(s), f[1] + 2)))]
                c = apply(b, fx, t)
            clean += s == tgt
            fa += s == tgt and c != s
            tp += s != tgt and c == tgt
            fp += c != s and c != tgt
            fn += s != tgt and c != tgt
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        print(f"T={t:>2}  P {p:.3f}  R {r:.3f}  F1 {2 * p * r / max(1e-9, p + r):.3f}  false alarms {fa / max(1, clean):.3f}")


if __name__ == "__main__":
    main()
