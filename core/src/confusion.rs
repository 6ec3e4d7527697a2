//! Character confusion sets: which characters are easily typed or read for which.
//!
//! Homophones come from a pinyin table of the 8,105 standard characters; similar shapes from
//! pycorrector's same-shape table plus our own groups (see `core/data/confusion/SOURCE.md`).
//! Every typo rule that proposes a replacement character asks this table, so a suggestion
//! is always a character an author could plausibly have meant.

use std::collections::HashMap;

const PINYIN_GROUPS: &str = include_str!("../data/confusion/pinyin_groups.txt");
const SAME_STROKE: &str = include_str!("../data/confusion/same_stroke.txt");
const SHAPE_EXTRA: &str = include_str!("../data/confusion/shape_extra.txt");

/// Why two characters are confusable, strongest first (the order is used for ranking).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Kind {
    /// Same pinyin and tone (拼音输入法 picks the wrong homophone).
    SameSound,
    /// Similar shape (五笔/手写/OCR).
    Shape,
    /// Same pinyin, other tone.
    NearSound,
}

impl Kind {
    /// The short Chinese label used in messages.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Kind::SameSound => "音同",
            Kind::Shape => "形近",
            Kind::NearSound => "音近",
        }
    }
}

/// Confusable characters for each character.
pub(crate) struct Confusion {
    /// Character → (syllable index, tone 1–5).
    reading: HashMap<char, (u16, u8)>,
    /// Per syllable, the characters of each tone (index 0 unused).
    syllables: Vec<[Vec<char>; 6]>,
    shape: HashMap<char, Vec<char>>,
}

impl Confusion {
    /// The built-in tables.
    pub(crate) fn builtin() -> Confusion {
        let mut reading = HashMap::with_capacity(8200);
        let mut syllables = Vec::with_capacity(410);
        for line in PINYIN_GROUPS.lines().filter(|l| !l.starts_with('#')) {
            let mut tones: [Vec<char>; 6] = Default::default();
            let idx = syllables.len() as u16;
            for field in line.split('\t').skip(1) {
                let Some((t, cs)) = field.split_once(':') else { continue };
                let Ok(t) = t.parse::<u8>() else { continue };
                if !(1..=5).contains(&t) {
                    continue;
                }
                for c in cs.chars() {
                    reading.insert(c, (idx, t));
                    tones[t as usize].push(c);
                }
            }
            syllables.push(tones);
        }
        let mut shape: HashMap<char, Vec<char>> = HashMap::with_capacity(4096);
        for line in SAME_STROKE.lines().chain(SHAPE_EXTRA.lines()).filter(|l| !l.starts_with('#')) {
            let group: Vec<char> = line.split('\t').filter_map(single_char).collect();
            for &a in &group {
                for &b in &group {
                    let v = shape.entry(a).or_default();
                    if a != b && !v.contains(&b) {
                        v.push(b);
                    }
                }
            }
        }
        Confusion { reading, syllables, shape }
    }

    /// Calls `f` with every character confusable with `c` and the strongest reason
    /// (a character may be reported twice, once per reason).
    pub(crate) fn for_each(&self, c: char, mut f: impl FnMut(char, Kind)) {
        if let Some(&(syl, tone)) = self.reading.get(&c) {
            if let Some(tones) = self.syllables.get(syl as usize) {
                for (t, cs) in tones.iter().enumerate() {
                    let kind = if t == tone as usize { Kind::SameSound } else { Kind::NearSound };
                    for &o in cs.iter().filter(|&&o| o != c) {
                        f(o, kind);
                    }
                }
            }
        }
        for &o in self.shape.get(&c).map_or(&[][..], Vec::as_slice) {
            f(o, Kind::Shape);
        }
    }

    /// Why `written` may stand for `meant`, if it may.
    pub(crate) fn kind(&self, written: char, meant: char) -> Option<Kind> {
        if written == meant {
            return None;
        }
        let sound = match (self.reading.get(&written), self.reading.get(&meant)) {
            (Some(a), Some(b)) if a == b => Some(Kind::SameSound),
            (Some(a), Some(b)) if a.0 == b.0 => Some(Kind::NearSound),
            _ => None,
        };
        let shape = self.shape.get(&written).is_some_and(|v| v.contains(&meant)).then_some(Kind::Shape);
        match (sound, shape) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

fn single_char(s: &str) -> Option<char> {
    let mut it = s.trim().chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn homophones_and_shapes_are_symmetric() {
        let c = Confusion::builtin();
        assert_eq!(c.kind('合', '和'), Some(Kind::SameSound));
        assert_eq!(c.kind('和', '合'), Some(Kind::SameSound));
        assert_eq!(c.kind('余', '裕'), Some(Kind::NearSound));
        assert_eq!(c.kind('休', '体'), Some(Kind::Shape));
        assert_eq!(c.kind('中', '中'), None);
        assert_eq!(c.kind('中', '😀'), None);
        assert_eq!(c.kind('中', '大'), None);
        let mut n = 0;
        c.for_each('𠀀', |_, _| n += 1);
        assert_eq!(n, 0);
        let mut got = Vec::new();
        c.for_each('员', |o, k| got.push((o, k)));
        assert!(got.contains(&('院', Kind::NearSound)), "{got:?}");
        assert!(!got.iter().any(|(o, _)| *o == '员'));
    }
}
