#!/usr/bin/env python3
"""Builds words.txt, shenjiao's compact word-frequency dictionary (see SOURCE.md).

Usage:
  cargo fetch   # puts jieba-rs's source, with its dict.txt, in ~/.cargo/registry/src
  python3 gen_worddict.py ~/.cargo/registry/src/*/jieba-rs-0.11.0/src/data/dict.txt \
      LAW_TITLES_TSV > words.txt
LAW_TITLES_TSV is shenjiao's shared data `laws/lawrefbook_titles.tsv` (column `short_name`).

Output: one `word freq [tag]` line per word, in jieba's dictionary format, so it can be fed
to `Jieba::load_dict` as is. Frequencies are quantised to powers of 2^(1/2) (half-octave
steps): the detector compares log-frequencies, and coarse steps compress far better.
Tags are kept only for person (nr*) and place (ns) names, which the detector never touches.
"""
import math, os, re, sys

MIN_FREQ = 5          # jieba entries below this are mostly noise (堂务 3) and cost size
MAX_LEN = 8           # longer entries are idiosyncratic phrases
OFFICIAL_FREQ = 3000  # floor for our official vocabulary and canonical names
LAW_FREQ = 300        # floor for short law titles (行政许可法)

def quantise(f):
    return max(1, round(2 ** (round(2 * math.log2(max(f, 1))) / 2)))

here = os.path.dirname(os.path.abspath(__file__))
words = {}
tags = {}
for line in open(sys.argv[1], encoding="utf-8"):
    parts = line.split()
    if len(parts) < 2:
        continue
    w, f = parts[0], int(parts[1])
    tag = parts[2] if len(parts) > 2 else ""
    if f < MIN_FREQ or len(w) > MAX_LEN or not re.fullmatch(r"[\u3400-\u9fff]+", w):
        continue
    words[w] = f
    if tag.startswith("nr") or tag == "ns":
        tags[w] = "nr" if tag.startswith("nr") else "ns"

def floor(w, f):
    if re.fullmatch(r"[\u3400-\u9fff]+", w) and 1 < len(w) <= 16:
        words[w] = max(words.get(w, 0), f)

# A `# floor: N` line sets the frequency floor of the terms below it: terms listed for coverage
# rather than from reviewed documents get a low floor, enough to segment as words but too low
# to pull a correct neighbour towards them (对超 → 村超).
official_floor = OFFICIAL_FREQ
for line in open(os.path.join(here, "official_terms.txt"), encoding="utf-8"):
    line = line.strip()
    if line.startswith("# floor:"):
        official_floor = int(line.split(":")[1])
    elif line and not line.startswith("#"):
        floor(line, official_floor)
for line in open(os.path.join(here, "..", "canonical", "names.tsv"), encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        floor(line.split("\t")[0].strip(), OFFICIAL_FREQ)
# Names of national leaders that must segment as person names (tag nr), never as typos.
PERSONS = "习近平 李强 赵乐际 王沪宁 蔡奇 丁薛祥 李希 韩正 李克强 胡锦涛 江泽民 邓小平 毛泽东 周恩来 刘少奇 朱德".split()
for p in PERSONS:
    words[p] = max(words.get(p, 0), OFFICIAL_FREQ)
    tags[p] = "nr"
header = None
for line in open(sys.argv[2], encoding="utf-8"):
    if line.startswith("#"):
        continue
    cols = line.rstrip("\n").split("\t")
    if header is None:
        header = cols
        continue
    short = cols[header.index("short_name")]
    short = re.sub(r"[（(].*?[)）]", "", short).removeprefix("中华人民共和国")
    if 2 < len(short) <= 10:
        floor(short, LAW_FREQ)

for w in sorted(words):
    t = tags.get(w)
    print(f"{w} {quantise(words[w])}" + (f" {t}" if t else ""))
