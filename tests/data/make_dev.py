#!/usr/bin/env python3
"""Builds dev_official.tsv (source<TAB>target) from dev_clean.txt by injecting typos.

Usage: python3 make_dev.py SHARED_CONFUSION_DIR > dev_official.tsv
SHARED_CONFUSION_DIR holds pycorrector's same_pinyin.txt, same_stroke.txt and common_char_set.txt
(shenjiao's shared data `confusion/`). Deterministic (fixed seed).

Every clean sentence appears twice: once unchanged (target = source) and once with 1-5 injected
substitutions (40% one, 30% two, 15% three, 10% four, 5% five; never adjacent, only Han chars).
A substitution picks, with these weights, a same-pinyin same-tone character (50%), a same-pinyin
other-tone character (25%) or a similar-shape character (25%) from the shared confusion sets,
restricted to the 3,500 common characters, as an input method or a tired typist would.
"""
import random, sys, os

d = sys.argv[1]
common = set(l.strip() for l in open(os.path.join(d, "common_char_set.txt"), encoding="utf-8") if l.strip())
same_tone, other_tone, shape = {}, {}, {}
for l in open(os.path.join(d, "same_pinyin.txt"), encoding="utf-8"):
    if l.startswith("#"):
        continue
    p = l.rstrip("\n").split("\t")
    if len(p) < 2:
        continue
    same_tone[p[0]] = [c for c in p[1] if c in common and c != p[0]]
    other_tone[p[0]] = [c for c in (p[2] if len(p) > 2 else "") if c in common and c != p[0]]
for l in open(os.path.join(d, "same_stroke.txt"), encoding="utf-8"):
    g = [c for c in l.split() if len(c) == 1]
    for a in g:
        shape.setdefault(a, []).extend(c for c in g if c != a and c in common)

rng = random.Random(20261126)
here = os.path.dirname(os.path.abspath(__file__))
sentences = [l.strip() for l in open(os.path.join(here, "dev_clean.txt"), encoding="utf-8") if l.strip()]

def is_han(c):
    return "\u4e00" <= c <= "\u9fff"

def corrupt(s):
    k = rng.choices([1, 2, 3, 4, 5], weights=[40, 30, 15, 10, 5])[0]
    chars = list(s)
    positions = [i for i, c in enumerate(chars) if is_han(c)]
    rng.shuffle(positions)
    done = []
    for i in positions:
        if len(done) >= k:
            break
        if any(abs(i - j) <= 1 for j in done):
            continue
        c = chars[i]
        table = rng.choices([same_tone, other_tone, shape], weights=[50, 25, 25])[0]
        opts = table.get(c) or same_tone.get(c) or shape.get(c)
        if not opts:
            continue
        chars[i] = rng.choice(opts)
        done.append(i)
    return "".join(chars)

rows = []
for s in sentences:
    rows.append((s, s))
    bad = corrupt(s)
    if bad != s:
        rows.append((bad, s))
rng.shuffle(rows)
for src, tgt in rows:
    print(f"{src}\t{tgt}")
