//! The character bigram model: ln P(next char | char), the context the word dictionary lacks.
//! A word model alone cannot tell that `跳无` is unlikely (跳 and 无 are both common words) or
//! that `应为` is the wrong reading of `因为` (both are words); the bigram table can.
//!
//! The data is `core/data/charlm/bigrams.txt` (from Pinyin2Hanzi's HMM transition table,
//! quantised; see `SOURCE.md` there).

use crate::worddict::{CharHash, IdMap};

const BIGRAMS: &str = include_str!("../data/charlm/bigrams.txt");

/// Width of one quantisation step in the data file, in nats.
const STEP: f32 = 0.5;

/// ln P for a pair whose first character the table does not know (a rare character).
const FLOOR: f32 = -16.0;

/// ln P(b | a) for the pairs the table keeps, plus each row's back-off for the rest.
pub(crate) struct CharLm {
    pairs: IdMap<u8>,
    backoff: IdMap<u8>,
}

impl CharLm {
    /// Parses the built-in table.
    pub(crate) fn builtin() -> CharLm {
        let mut pairs = IdMap::with_capacity_and_hasher(120_000, Default::default());
        let mut backoff = IdMap::with_capacity_and_hasher(5_400, Default::default());
        for line in BIGRAMS.lines() {
            let mut it = line.chars();
            let (Some(a), Some(d)) = (it.next(), it.next()) else { continue };
            backoff.insert(key(a, None), level(d));
            while let (Some(b), Some(q)) = (it.next(), it.next()) {
                pairs.insert(key(a, Some(b)), level(q));
            }
        }
        CharLm { pairs, backoff }
    }

    /// True if the table keeps the pair (it is not just the row's back-off).
    pub(crate) fn seen(&self, a: char, b: char) -> bool {
        self.pairs.contains_key(&key(a, Some(b)))
    }

    /// ln P(b | a).
    pub(crate) fn logp(&self, a: char, b: char) -> f32 {
        match self.pairs.get(&key(a, Some(b))).or_else(|| self.backoff.get(&key(a, None))) {
            Some(&q) => -f32::from(q) * STEP,
            None => FLOOR,
        }
    }
}

fn key(a: char, b: Option<char>) -> u64 {
    // A row's back-off is keyed by the pair (a, U+0000), which no kept pair uses.
    CharHash::of([u32::from(a), b.map_or(0, u32::from)])
}

fn level(q: char) -> u8 {
    u8::try_from(u32::from(q).saturating_sub(33)).unwrap_or(u8::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_separates_readings_a_word_list_cannot() {
        let lm = CharLm::builtin();
        assert!(lm.logp('跳', '舞') > lm.logp('跳', '无') + 5.0);
        assert!(lm.logp('因', '为') > lm.logp('应', '为') + 3.0);
        assert!(lm.logp('我', '们') > lm.logp('我', '门') + 5.0);
        // Pairs outside the table fall back to the row's back-off, then to a floor.
        assert!(lm.logp('跳', '无') < -8.0);
        assert_eq!(lm.logp('\u{20000}', '我'), FLOOR);
        assert!(lm.logp('a', '我') <= 0.0);
    }
}
