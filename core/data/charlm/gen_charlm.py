"""Builds `bigrams.txt`, the character bigram model of shenjiao's typo detector.

Usage: python3 gen_charlm.py PATH/TO/Pinyin2Hanzi/data/hmm_transition.json > bigrams.txt

Input: the HMM transition table P(next char | char) shipped in the PyPI package
Pinyin2Hanzi 0.1.1 (MIT). Output, one line per first character `a`:

    a D b1 q1 b2 q2 ...      (written without spaces)

where D and each q are one ASCII char, chr(33 + round(-ln p / 0.5)): the log-probability in
half-nat steps. D is the row's back-off value for unseen pairs ("default" in the source). Kept:
pairs of CJK ideographs with p >= 1e-4 that are more likely than the back-off, sorted by `b`.
"""
import json
import math
import sys

STEP = 0.5
MIN_P = 1e-4


def han(c):
    o = ord(c)
    return 0x3400 <= o <= 0x9FFF or 0x20000 <= o <= 0x3FFFF


def q(p):
    return min(90, int(round(-math.log(p) / STEP)))


def main(path):
    rows = json.load(open(path, encoding="utf-8"))["data"]
    out = []
    for a in sorted(rows):
        if not han(a):
            continue
        row = rows[a]
        d = q(row.get("default", 1e-7))
        ents = sorted((b, q(p)) for b, p in row.items() if b != "default" and han(b) and p >= MIN_P and q(p) < d)
        if ents:
            out.append(a + chr(33 + d) + "".join(b + chr(33 + v) for b, v in ents))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
