//! [`WordLm`]: an optional word bigram language model for `typo/context-model`.
//!
//! The built-in detector weighs words by their frequency alone, so a wrong character that still
//! makes real words (下个里拜三, 来一平红酒) passes unless a list names the phrase. A word
//! bigram model sees which words follow which: it can tell 下个礼拜 from 下个里拜.
//!
//! A useful model is tens of megabytes, far beyond what a browser widget can carry, so none is
//! built in. A server or the CLI loads one from ARPA text (the format SRILM and KenLM write):
//! `./dev lm` makes one from the SunPinyin input method's open-gram model, and a site can train
//! its own on its archive. Only unigrams and bigrams are read; higher orders are skipped.

use crate::worddict::{CharHash, IdMap};
use std::collections::HashMap;
use std::fmt;

/// ln P for a character the model does not know: it is read as a one-character unknown word.
const UNKNOWN: f32 = -20.723_267; // ln 1e-9
/// Longest word, in characters, the segmenter tries.
const MAX_WORD: usize = 6;
/// [`Prefix::id`] of a string that is only the beginning of longer words.
const NO_WORD: u32 = u32::MAX;

/// What a string of characters is to the model: a word (its id) and/or the start of longer words.
#[derive(Clone, Copy)]
struct Prefix {
    id: u32,
    longer: bool,
}

/// A word bigram model with back-off, read from ARPA text.
pub struct WordLm {
    /// Keyed by [`CharHash`] of the characters, so the segmenter extends a word a character at a
    /// time without building strings, and stops as soon as no word starts so.
    prefixes: IdMap<Prefix>,
    /// Per word id: ln P(word) and ln back-off weight.
    unigram: Vec<(f32, f32)>,
    /// Bigrams grouped by first word: `next[starts[a]..starts[a + 1]]`, sorted, with `prob` beside.
    starts: Vec<u32>,
    next: Vec<u32>,
    prob: Vec<f32>,
}

/// Why a model could not be read: the line (1-based) and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordLmError {
    /// 1-based line of the ARPA text.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for WordLmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "language model, line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for WordLmError {}

impl WordLm {
    /// Reads an ARPA model. Words are matched against the text exactly, so they must be in the
    /// same script (simplified) as the text to check.
    pub fn from_arpa(text: &str) -> Result<WordLm, WordLmError> {
        let mut ids: HashMap<Box<str>, u32> = HashMap::new();
        let mut unigram = Vec::new();
        // (first word, second word, ln P, line) until the duplicates are checked.
        let mut pairs: Vec<(u32, u32, f32, usize)> = Vec::new();
        let mut section = 0u8;
        let err = |line: usize, message: &str| WordLmError { line: line + 1, message: message.to_string() };
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            if line.starts_with('\\') {
                section = match line {
                    "\\data\\" => 0,
                    "\\1-grams:" => 1,
                    "\\2-grams:" => 2,
                    "\\end\\" => break,
                    _ if line.ends_with("-grams:") => 3,
                    _ => return Err(err(n, "unknown section header")),
                };
                continue;
            }
            let mut fields = line.split_whitespace();
            let log10 = |f: Option<&str>| -> Result<f32, WordLmError> {
                let v: f32 = f.ok_or_else(|| err(n, "missing probability"))?.parse().map_err(|_| err(n, "probability is not a number"))?;
                // -99 is ARPA's log10 of zero; anything lower would overflow once scores add up.
                if (-99.0..=0.0).contains(&v) { Ok(v * std::f32::consts::LN_10) } else { Err(err(n, "log10 probability must be from -99 to 0")) }
            };
            match section {
                1 => {
                    let p = log10(fields.next())?;
                    let word = fields.next().ok_or_else(|| err(n, "missing word"))?;
                    let bow = match fields.next() {
                        Some(b) => b.parse::<f32>().ok().filter(|b| (-99.0..=99.0).contains(b)).ok_or_else(|| err(n, "back-off weight must be a number from -99 to 99"))? * std::f32::consts::LN_10,
                        None => 0.0,
                    };
                    let id = u32::try_from(unigram.len()).map_err(|_| err(n, "too many words"))?;
                    if ids.insert(word.into(), id).is_some() {
                        return Err(err(n, "word listed twice"));
                    }
                    unigram.push((p, bow));
                }
                2 => {
                    let p = log10(fields.next())?;
                    let mut word = || fields.next().and_then(|w| ids.get(w).copied()).ok_or_else(|| err(n, "bigram word missing from the 1-grams"));
                    let (a, b) = (word()?, word()?);
                    pairs.push((a, b, p, n));
                }
                _ => {}
            }
        }
        if unigram.is_empty() {
            return Err(err(0, "no \\1-grams: section"));
        }
        let mut prefixes: IdMap<Prefix> = IdMap::default();
        for (word, &id) in &ids {
            let mut h = CharHash::new();
            let n = word.chars().count();
            for (k, c) in word.chars().enumerate() {
                h = h.push(c as u32);
                let e = prefixes.entry(h.finish()).or_insert(Prefix { id: NO_WORD, longer: false });
                if k + 1 == n {
                    e.id = id;
                } else {
                    e.longer = true;
                }
            }
        }
        pairs.sort_unstable_by_key(|&(a, b, _, _)| (a, b));
        if let Some(w) = pairs.windows(2).find(|w| (w[0].0, w[0].1) == (w[1].0, w[1].1)) {
            return Err(err(w[0].3.max(w[1].3), "bigram listed twice"));
        }
        let mut starts = vec![0u32; unigram.len() + 1];
        for &(a, _, _, _) in &pairs {
            starts[a as usize + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        Ok(WordLm {
            prefixes,
            unigram,
            starts,
            next: pairs.iter().map(|p| p.1).collect(),
            prob: pairs.iter().map(|p| p.2).collect(),
        })
    }

    /// Number of words the model knows.
    pub fn words(&self) -> usize {
        self.unigram.len()
    }

    /// True if the model knows `word`.
    pub(crate) fn knows(&self, word: &str) -> bool {
        self.prefixes.get(&CharHash::of(word.chars().map(|c| c as u32))).is_some_and(|p| p.id != NO_WORD)
    }

    /// ln P(b | a), backing off to a's weight times P(b).
    fn bigram(&self, a: u32, b: u32) -> f32 {
        let (lo, hi) = (self.starts[a as usize] as usize, self.starts[a as usize + 1] as usize);
        match self.next[lo..hi].binary_search(&b) {
            Ok(k) => self.prob[lo + k],
            Err(_) => self.unigram[a as usize].1 + self.unigram[b as usize].0,
        }
    }

    /// ln P of the best segmentation of `chars` into known words (an unknown character is a
    /// word of its own at a fixed low probability). Linear in the length: words are at most
    /// [`MAX_WORD`] characters and each position keeps one state per last word.
    pub(crate) fn score(&self, chars: &[char]) -> f32 {
        let n = chars.len();
        // states[k]: the best ln P of chars[..k] for each last word (NO_WORD: unknown or start).
        // One word ends at k per start position, so a position holds at most MAX_WORD + 1 states.
        let mut states = vec![States::default(); n + 1];
        states[0].offer(NO_WORD, 0.0);
        for k in 0..n {
            let from = states[k];
            if from.len == 0 {
                continue;
            }
            let mut h = CharHash::new();
            for j in k + 1..=(k + MAX_WORD).min(n) {
                h = h.push(chars[j - 1] as u32);
                let found = self.prefixes.get(&h.finish()).copied();
                let id = found.map_or(NO_WORD, |p| p.id);
                if id != NO_WORD || j == k + 1 {
                    let best = from.items[..from.len as usize]
                        .iter()
                        .map(|&(prev, s)| {
                            s + match (id, prev) {
                                (NO_WORD, _) => UNKNOWN,
                                (w, NO_WORD) => self.unigram[w as usize].0,
                                (w, p) => self.bigram(p, w),
                            }
                        })
                        .fold(f32::NEG_INFINITY, f32::max);
                    states[j].offer(id, best);
                }
                if !found.is_some_and(|p| p.longer) {
                    break;
                }
            }
        }
        states[n].items[..states[n].len as usize].iter().map(|s| s.1).fold(f32::NEG_INFINITY, f32::max)
    }
}

/// The Viterbi states at one position: (last word id, best ln P).
#[derive(Clone, Copy, Default)]
struct States {
    len: u8,
    items: [(u32, f32); MAX_WORD + 2],
}

impl States {
    fn offer(&mut self, id: u32, score: f32) {
        let len = self.len as usize;
        match self.items[..len].iter_mut().find(|s| s.0 == id) {
            Some(s) => s.1 = s.1.max(score),
            // Never full (see `WordLm::score`); if it were, the extra state would be dropped.
            None if len < MAX_WORD + 2 => {
                self.items[len] = (id, score);
                self.len += 1;
            }
            None => {}
        }
    }
}

impl fmt::Debug for WordLm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WordLm {{ words: {}, bigrams: {} }}", self.unigram.len(), self.next.len())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A toy model in which 在 precedes 学校 and 再 precedes 见面.
    /// Also 下个 礼拜 三, for `typo/context-model`'s documented example.
    pub(crate) const TOY: &str = "\\data\\\nngram 1=17\nngram 2=7\n\n\\1-grams:\n\
        -1.0\t我们\t-1.0\n-1.2\t在\t-1.0\n-3.0\t再\t-1.0\n-3.0\t学校\t-1.0\n-3.2\t见面\t-1.0\n-3.0\t门口\t-1.0\n-4.5\t学\t-1.0\n-4.5\t校\t-1.0\n\
        -2.5\t下个\t-1.0\n-3.5\t礼拜\t-1.0\n-2.0\t里\t-1.0\n-4.5\t拜\t-1.0\n-4.5\t礼\t-1.0\n-2.5\t三\t-1.0\n-2.5\t会议\t-1.0\n-3.5\t定于\t-1.0\n-3.0\t召开\t-1.0\n\n\
        \\2-grams:\n-0.5\t我们 在\n-0.3\t在 学校\n-0.4\t学校 门口\n-0.4\t门口 见面\n-0.2\t再 见面\n-0.5\t下个 礼拜\n-0.5\t礼拜 三\n\n\\end\\\n";

    #[test]
    fn reads_arpa_and_prefers_the_seen_bigram() {
        let lm = WordLm::from_arpa(TOY).unwrap();
        assert_eq!(lm.words(), 17);
        let s = |t: &str| lm.score(&t.chars().collect::<Vec<_>>());
        assert!(s("我们在学校见面") > s("我们再学校见面") + 2.0);
        // Unknown characters are words of their own, never a failure.
        assert!(s("😀𠀀\u{200b}\r\n").is_finite());
        assert_eq!(s(""), 0.0);
    }

    #[test]
    fn bad_models_name_the_line() {
        let e = WordLm::from_arpa("\\data\\\n\\1-grams:\n-1.0\t甲\n-x\t乙\n").unwrap_err();
        assert_eq!((e.line, e.message.as_str()), (4, "probability is not a number"));
        let e = WordLm::from_arpa("\\1-grams:\n-1.0\t甲\n\\2-grams:\n-0.1\t甲 丙\n").unwrap_err();
        assert_eq!(e.line, 4);
        let e = WordLm::from_arpa("\\1-grams:\n1.5\t甲\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(WordLm::from_arpa("").is_err());
        assert!(WordLm::from_arpa("\\1-grams:\n-1\t甲\n-1\t甲\n").is_err());
        let e = WordLm::from_arpa("\\1-grams:\n-1\t甲\n-1\t乙\n\\2-grams:\n-0.1\t甲 乙\n-0.2\t乙 甲\n-0.3\t甲 乙\n").unwrap_err();
        assert_eq!((e.line, e.message.as_str()), (7, "bigram listed twice"));
        // Values that would overflow once scaled and summed are refused.
        assert!(WordLm::from_arpa("\\1-grams:\n-3e38\t甲\n").is_err());
        assert!(WordLm::from_arpa("\\1-grams:\n-1\t甲\t3e38\n").is_err());
        assert!(WordLm::from_arpa("\\1-grams:\n-99\t<s>\t-0.5\n-1\t甲\n").is_ok());
    }

    #[test]
    fn arbitrary_text_never_panics() {
        let mut seed = 7u64;
        for _ in 0..200 {
            let mut t = String::new();
            for _ in 0..(seed % 60) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                t.push(char::from_u32((seed >> 40) as u32 % 0x11_0000).unwrap_or('\u{fffd}'));
                if seed % 3 == 0 {
                    t.push_str(["\\1-grams:\n", "\\2-grams:\n", "-1\t", " ", "\n", "\\end\\"][(seed >> 8) as usize % 6]);
                }
            }
            let _ = WordLm::from_arpa(&t);
        }
    }
}
