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
    /// Alike only under the fuzzy-pinyin options of input methods, in pairs no table lists
    /// (迅束 for 迅速): weaker still.
    FoldedSound,
}

impl Kind {
    /// The short Chinese label used in messages.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Kind::SameSound => "音同",
            Kind::Shape => "形近",
            Kind::NearSound | Kind::FuzzySound | Kind::FoldedSound => "音近",
        }
    }
}

/// Confusable characters for each character.
pub(crate) struct Confusion {
    /// Every confusable character of each character with the strongest reason, sorted by char:
    /// the detector intersects these lists with dictionary completions.
    all: HashMap<char, Vec<(char, Kind)>>,
    /// Character → its syllable with fuzzy distinctions folded (zh→z, ing→in …).
    fuzzy: HashMap<char, String>,
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
        let folded: Vec<String> =
            PINYIN_GROUPS.lines().filter(|l| !l.starts_with('#')).map(|l| fold(l.split('\t').next().unwrap_or(""))).collect();
        let fuzzy = reading
            .iter()
            .filter_map(|(&c, &(syl, _))| folded.get(syl as usize).map(|f| (c, f.clone())))
            .collect();
        Confusion { all: merged(&reading, &shape, &sound, &fuzzy), fuzzy }
    }


    /// Every character confusable with `c`, with the strongest reason, sorted by character.
    pub(crate) fn candidates(&self, c: char) -> &[(char, Kind)] {
        self.all.get(&c).map_or(&[], Vec::as_slice)
    }

    /// True if the two characters sound alike under the fuzzy distinctions many speakers (and
    /// pinyin input methods' fuzzy mode) do not make: z/zh, c/ch, s/sh, n/l, f/h, in/ing, en/eng,
    /// an/ang (人名 for 人民). The detector weighs such pairs as [`Kind::FoldedSound`]; this test is
    /// for long canonical names.
    pub(crate) fn fuzzy_sound(&self, a: char, b: char) -> bool {
        a != b && matches!((self.fuzzy.get(&a), self.fuzzy.get(&b)), (Some(x), Some(y)) if x == y)
    }

    /// Why `written` may stand for `meant`, if it may. Folded syllables are left out: they are
    /// the plausibility detector's weakest evidence, too loose for names (郝示方 is not 郝四范).
    pub(crate) fn kind(&self, written: char, meant: char) -> Option<Kind> {
        let v = self.candidates(written);
        v.binary_search_by_key(&meant, |e| e.0).ok().map(|i| v[i].1).filter(|&k| k != Kind::FoldedSound)
    }
}

/// Merges the homophone groups (`reading`), shapes, pycorrector's table and the fuzzy-pinyin
/// syllables (`folded`) into one sorted list per character, keeping the strongest reason for each
/// pair. pycorrector's "fuzzy" pairs only count where the exact pinyin table does not relate two
/// characters, and folded syllables only where nothing else does.
fn merged(
    reading: &HashMap<char, (u16, u8)>,
    shape: &HashMap<char, Vec<char>>,
    sound: &HashMap<char, Vec<(char, Kind)>>,
    folded: &HashMap<char, String>,
) -> HashMap<char, Vec<(char, Kind)>> {
        let mut by_syllable: HashMap<u16, Vec<(char, u8)>> = HashMap::new();
        for (&c, &(syl, tone)) in reading {
            by_syllable.entry(syl).or_default().push((c, tone));
        }
        let mut all: HashMap<char, Vec<(char, Kind)>> = HashMap::with_capacity(reading.len() + 512);
        for (&c, &(syl, tone)) in reading {
            let v = all.entry(c).or_default();
            for &(o, t) in by_syllable.get(&syl).map_or(&[][..], Vec::as_slice) {
                if o != c {
                    // A neutral-tone syllable (们, 么) is typed with the same keys as its full-tone
                    // homophones: 我门 is as likely a slip as a same-tone one.
                    let same = t == tone || t == 5 || tone == 5;
                    v.push((o, if same { Kind::SameSound } else { Kind::NearSound }));
                }
            }
        }
        for (&c, os) in shape {
            all.entry(c).or_default().extend(os.iter().map(|&o| (o, Kind::Shape)));
        }
        for (&c, os) in sound {
            all.entry(c).or_default().extend(os.iter().copied());
        }
        // Southern speakers type with fuzzy pinyin on (s = sh, in = ing): 迅束 for 迅速.
        let mut by_fold: HashMap<&str, Vec<char>> = HashMap::new();
        for (&c, f) in folded {
            by_fold.entry(f.as_str()).or_default().push(c);
        }
        for cs in by_fold.values() {
            for &c in cs {
                let v = all.entry(c).or_default();
                for &o in cs {
                    if o != c && reading.get(&o).map(|r| r.0) != reading.get(&c).map(|r| r.0) {
                        v.push((o, Kind::FoldedSound));
                    }
                }
            }
        }
        for v in all.values_mut() {
            // Strongest reason first within each char, then keep one entry per char.
            v.sort_unstable();
            v.dedup_by_key(|e| e.0);
            v.shrink_to_fit();
        }
        all
    }

/// Folds a toneless syllable so fuzzy-equal syllables compare equal.
fn fold(syllable: &str) -> String {
    let mut s = syllable.to_string();
    for (from, to) in [("zh", "z"), ("ch", "c"), ("sh", "s")] {
        if let Some(rest) = s.strip_prefix(from) {
            s = format!("{to}{rest}");
        }
    }
    if let Some(rest) = s.strip_prefix('n') {
        if !rest.is_empty() {
            s = format!("l{rest}");
        }
    }
    if let Some(rest) = s.strip_prefix('h') {
        s = format!("f{rest}");
    }
    for (from, to) in [("ing", "in"), ("eng", "en"), ("ang", "an")] {
        if let Some(head) = s.strip_suffix(from) {
            s = format!("{head}{to}");
        }
    }
    s
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
    fn folded_syllables_are_the_weakest_kind_and_not_a_kind_for_names() {
        let c = Confusion::builtin();
        assert!(c.candidates('束').contains(&('速', Kind::FoldedSound)));
        assert_eq!(c.kind('束', '速'), None);
        assert!(c.fuzzy_sound('束', '速'));
        assert_eq!(c.kind('部', '布'), Some(Kind::SameSound));
    }

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
        assert!(c.fuzzy_sound('名', '民') && c.fuzzy_sound('是', '四') && !c.fuzzy_sound('名', '大'));
        assert!(!c.fuzzy_sound('名', '名'));
    }
}
