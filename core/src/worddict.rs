//! The word dictionary shared by the typo rules: segmentation (jieba-rs over our compact
//! dictionary), word log-frequencies, and an index from "word with one character masked"
//! to the characters that complete it.
//!
//! The data is `core/data/worddict/words.txt` (jieba format, quantised frequencies; how it is
//! made is in `SOURCE.md` there). It is parsed once per [`crate::Checker`], and only if a rule
//! that needs it is enabled.

use jieba_rs::Jieba;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

const WORDS: &str = include_str!("../data/worddict/words.txt");

/// Longest word the plausibility model looks up, in chars.
pub(crate) const MAX_WORD: usize = 8;
/// Longest word indexed for candidate generation, in chars.
const MAX_MASKED: usize = 4;
/// Stand-in for the masked character in index keys (not a valid `char`).
const MASK: u32 = 0xFFFF_FFFF;

/// What the dictionary says about a word.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Entry {
    /// ln(freq / total).
    pub logp: f32,
    /// The word is a person's name (jieba tag nr*).
    pub person: bool,
    /// The word is a place name (jieba tag ns).
    pub place: bool,
    /// Raw (quantised) frequency.
    pub freq: u32,
}

/// The keys are already hashes; hashing them again would only cost time.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub(crate) type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// FNV-1a over chars, so windows of a text can be hashed incrementally without building strings.
#[derive(Clone, Copy)]
pub(crate) struct CharHash(u64);

impl CharHash {
    pub(crate) fn new() -> CharHash {
        CharHash(0xcbf2_9ce4_8422_2325)
    }
    pub(crate) fn push(self, c: u32) -> CharHash {
        CharHash((self.0 ^ u64::from(c)).wrapping_mul(0x0000_0100_0000_01b3))
    }
    pub(crate) fn of(chars: impl IntoIterator<Item = u32>) -> u64 {
        chars.into_iter().fold(CharHash::new(), CharHash::push).finish()
    }
    pub(crate) fn finish(self) -> u64 {
        // Final avalanche (splitmix64) so the identity-hashed map spreads well.
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// Segmenter, frequencies and completion index.
pub(crate) struct WordDict {
    jieba: Jieba,
    entries: IdMap<Entry>,
    /// Masked-word key → range in `completing`.
    masked: IdMap<(u32, u32)>,
    /// The completing chars of every masked key, each key's run sorted.
    completing: Vec<char>,
    /// Hashes of the adjacent-character pairs inside words of three or more characters, sorted:
    /// a pair seen inside a word (不实 in 华而不实, 助餐 in 自助餐) is a real morpheme pair.
    inner_pairs: Vec<u64>,
    /// logp given to a character missing from the dictionary.
    pub unknown_char_logp: f32,
}

impl WordDict {
    /// Parses the built-in dictionary.
    pub(crate) fn builtin() -> WordDict {
        let mut rows: Vec<(&str, u32, &str)> = Vec::with_capacity(140_000);
        let mut total: f64 = 0.0;
        for line in WORDS.lines() {
            let mut it = line.split(' ');
            let (Some(w), Some(f)) = (it.next(), it.next()) else { continue };
            let Ok(f) = f.parse::<u32>() else { continue };
            total += f64::from(f);
            rows.push((w, f, it.next().unwrap_or("")));
        }
        let log_total = total.max(1.0).ln();
        let mut entries: IdMap<Entry> = IdMap::with_capacity_and_hasher(rows.len(), Default::default());
        let mut masked = Vec::with_capacity(rows.len() * 3);
        for &(w, f, tag) in &rows {
            let chars: Vec<u32> = w.chars().map(u32::from).collect();
            entries.insert(
                CharHash::of(chars.iter().copied()),
                Entry {
                    logp: (f64::from(f).ln() - log_total) as f32,
                    person: tag == "nr",
                    place: tag == "ns",
                    freq: f,
                },
            );
            if (2..=MAX_MASKED).contains(&chars.len()) {
                for j in 0..chars.len() {
                    let key = CharHash::of(chars.iter().enumerate().map(|(k, &c)| if k == j { MASK } else { c }));
                    if let Some(c) = char::from_u32(chars[j]) {
                        masked.push((key, c));
                    }
                }
            }
        }
        let mut inner_pairs: Vec<u64> = Vec::with_capacity(rows.len() * 2);
        for &(w, _, _) in &rows {
            let chars: Vec<u32> = w.chars().map(u32::from).collect();
            if chars.len() >= 3 {
                inner_pairs.extend(chars.windows(2).map(|p| CharHash::of(p.iter().copied())));
            }
        }
        inner_pairs.sort_unstable();
        inner_pairs.dedup();
        masked.sort_unstable();
        masked.dedup();
        let mut index: IdMap<(u32, u32)> = IdMap::with_capacity_and_hasher(masked.len() / 2, Default::default());
        let completing: Vec<char> = masked.iter().map(|e| e.1).collect();
        let mut k = 0;
        while k < masked.len() {
            let key = masked[k].0;
            let start = k;
            while k < masked.len() && masked[k].0 == key {
                k += 1;
            }
            index.insert(key, (start as u32, k as u32));
        }
        let jieba = Jieba::with_dict(&mut WORDS.as_bytes()).expect("built-in dictionary is in jieba format");
        WordDict { jieba, entries, masked: index, completing, inner_pairs, unknown_char_logp: (1.0 - log_total) as f32 }
    }

    /// The entry of the word whose chars hash to `key` (see [`CharHash`]).
    pub(crate) fn entry(&self, key: u64) -> Option<&Entry> {
        self.entries.get(&key)
    }

    /// True if `a` followed by `b` occurs inside some dictionary word of three or more characters.
    pub(crate) fn pair_attested(&self, a: char, b: char) -> bool {
        self.inner_pairs.binary_search(&CharHash::of([u32::from(a), u32::from(b)])).is_ok()
    }

    /// The entry of `word`.
    pub(crate) fn lookup(&self, word: &str) -> Option<&Entry> {
        self.entry(CharHash::of(word.chars().map(u32::from)))
    }

    /// True if `word` is in the dictionary.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.lookup(word).is_some()
    }

    /// The characters `x` such that `chars` with `chars[at]` replaced by `x` is a dictionary
    /// word, sorted.
    pub(crate) fn completions(&self, chars: &[char], at: usize) -> &[char] {
        if !(2..=MAX_MASKED).contains(&chars.len()) || at >= chars.len() {
            return &[];
        }
        let key = CharHash::of(chars.iter().enumerate().map(|(k, &c)| if k == at { MASK } else { u32::from(c) }));
        match self.masked.get(&key) {
            Some(&(a, b)) => self.completing.get(a as usize..b as usize).unwrap_or(&[]),
            None => &[],
        }
    }

    /// Byte ranges of the words of `text` (jieba, no HMM: unknown strings stay single chars).
    pub(crate) fn segment(&self, text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::with_capacity(text.len() / 4);
        let mut pos = 0;
        for t in self.jieba.cut(text, false) {
            // jieba returns consecutive slices of `text`; recompute offsets from lengths.
            out.push(pos..pos + t.word.len());
            pos += t.word.len();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_frequencies_and_completions() {
        let d = WordDict::builtin();
        assert!(d.contains("总体") && !d.contains("总休"));
        assert!(d.contains("一网通办"), "official vocabulary is added");
        assert!(d.lookup("的").unwrap().logp > d.lookup("总体").unwrap().logp);
        let c = d.completions(&['总', '休'], 1);
        assert!(c.contains(&'体'), "{c:?}");
        assert!(d.completions(&['总'], 0).is_empty());
        assert!(d.pair_attested('不', '实') && !d.pair_attested('总', '休'));
        assert!(d.completions(&['总', '休'], 2).is_empty());
    }

    #[test]
    fn segmentation_covers_the_text_on_char_boundaries() {
        let d = WordDict::builtin();
        let text = "总休方案😀𠀀\r\n中华人民共和国国务院";
        let words = d.segment(text);
        assert_eq!(words.first().map(|r| r.start), Some(0));
        assert_eq!(words.last().map(|r| r.end), Some(text.len()));
        assert!(words.windows(2).all(|w| w[0].end == w[1].start));
        assert!(words.iter().all(|r| text.is_char_boundary(r.start) && text.is_char_boundary(r.end)));
        let parts: Vec<&str> = words.iter().map(|r| &text[r.clone()]).collect();
        assert!(parts.contains(&"方案") && parts.contains(&"休"), "{parts:?}");
    }
}
