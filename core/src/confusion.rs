//! Character confusion sets: which characters are easily typed or read for which.
//!
//! Homophones come from a pinyin table of the 8,105 standard characters; similar shapes from
//! pycorrector's same-shape table plus our own groups (see `core/data/confusion/SOURCE.md`).
//! Every typo rule that proposes a replacement character asks this table, so a suggestion
//! is always a character an author could plausibly have meant.

use std::collections::HashMap;

const PINYIN_GROUPS: &str = include_str!("../data/confusion/pinyin_groups.txt");
const SAME_PINYIN: &str = include_str!("../data/confusion/same_pinyin.txt");
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
    /// Similar pinyin only under fuzzy initials or finals (s/sh, in/ing): weakest evidence.
    FuzzySound,
}

impl Kind {
    /// The short Chinese label used in messages.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Kind::SameSound => "音同",
            Kind::Shape => "形近",
            Kind::NearSound | Kind::FuzzySound => "音近",
        }
    }
}

/// Confusable characters for each character.
pub(crate) struct Confusion {
    /// Character → (syllable index, tone 1–5).
    reading: HashMap<char, (u16, u8)>,
    shape: HashMap<char, Vec<char>>,
    /// pycorrector's homophone table, which also knows fuzzy initials (eng/ing, zh/z); used only
    /// where the exact pinyin table does not relate two characters.
    sound: HashMap<char, Vec<(char, Kind)>>,
}

impl Confusion {
    /// The built-in tables.
    pub(crate) fn builtin() -> Confusion {
        let mut reading = HashMap::with_capacity(8200);
        for (idx, line) in PINYIN_GROUPS.lines().filter(|l| !l.starts_with('#')).enumerate() {
            let idx = idx as u16;
            for field in line.split('\t').skip(1) {
                let Some((t, cs)) = field.split_once(':') else { continue };
                let Ok(t) = t.parse::<u8>() else { continue };
                if !(1..=5).contains(&t) {
                    continue;
                }
                for c in cs.chars() {
                    reading.insert(c, (idx, t));
                }
            }
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
        let mut sound: HashMap<char, Vec<(char, Kind)>> = HashMap::with_capacity(4096);
        for line in SAME_PINYIN.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            let Some(c) = cols.next().and_then(single_char) else { continue };
            for col in cols {
                for o in col.chars().filter(|&o| o != c) {
                    for (a, b) in [(c, o), (o, c)] {
                        let v = sound.entry(a).or_default();
                        if !v.iter().any(|e| e.0 == b) {
                            v.push((b, Kind::FuzzySound));
                        }
                    }
                }
            }
        }
        Confusion { reading, shape, sound }
    }

    /// Why `written` may stand for `meant`, if it may.
    pub(crate) fn kind(&self, written: char, meant: char) -> Option<Kind> {
        if written == meant {
            return None;
        }
        let table = self.sound.get(&written).and_then(|v| v.iter().find(|e| e.0 == meant)).map(|e| e.1);
        let sound = match (self.reading.get(&written), self.reading.get(&meant)) {
            (Some(a), Some(b)) if a == b => Some(Kind::SameSound),
            (Some(a), Some(b)) if a.0 == b.0 => Some(Kind::NearSound),
            _ => table,
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
        assert_eq!(c.kind('员', '院'), Some(Kind::NearSound));
        assert_eq!(c.kind('𠀀', '院'), None);
    }
}
