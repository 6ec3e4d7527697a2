//! A normalised view of a text for evasion-proof matching, with an exact map back to the original.
//!
//! Folding maps each char to one char (full/half width, letter case, traditional → simplified),
//! zero-width chars and separators (spaces, punctuation, symbols) are dropped, and runs of the
//! same folded char collapse into one. Sentence ends and line breaks are kept, so nothing that
//! matches on the view can straddle them. Every char of the view remembers the original chars
//! it stands for, so a match on the view becomes an exact byte span of the original.

use serde::{Deserialize, Serialize};

/// Which parts of normalisation apply to a lexicon entry. Everything is on by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Normalize {
    /// Full-width letters, digits and symbols match half-width ones, and letter case is ignored.
    pub width: bool,
    /// Traditional and variant characters match their standard simplified forms (臺灣 = 台湾).
    pub traditional: bool,
    /// Zero-width characters (U+200B …) inside the term are ignored.
    pub zero_width: bool,
    /// Spaces, punctuation and symbols inserted between the characters are ignored, but never a
    /// sentence end (。！？) or a line break. Clause punctuation (，、；：) is only skipped when it
    /// separates every character of a term of three or more characters (法，轮，功).
    pub separators: bool,
    /// A character written several times matches once (法法轮轮功).
    pub repeats: bool,
}

impl Default for Normalize {
    fn default() -> Normalize {
        Normalize { width: true, traditional: true, zero_width: true, separators: true, repeats: true }
    }
}

impl Normalize {
    /// No normalisation at all: the term matches only as written.
    pub const EXACT: Normalize =
        Normalize { width: false, traditional: false, zero_width: false, separators: false, repeats: false };
}

/// How a char takes part in matching.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Kept in the view.
    Keep,
    /// Kept, and a match can never straddle it: sentence ends and line breaks.
    Barrier,
    /// Invisible formatting chars, dropped.
    ZeroWidth,
    /// Spaces, quotes, brackets, symbols: dropped.
    Separator,
    /// Clause punctuation (，、；：): dropped, but only skipped in evenly spaced-out terms.
    Clause,
}

pub(crate) fn classify(c: char) -> Class {
    match c {
        '\n' | '\r' | '。' | '！' | '？' | '!' | '?' | '｡' | '\u{2028}' | '\u{2029}' => Class::Barrier,
        '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' | '\u{202A}'..='\u{202E}' => Class::ZeroWidth,
        '，' | '、' | '；' | '：' | ',' | ';' | ':' | '﹐' | '﹑' | '﹔' | '﹕' | '､' => Class::Clause,
        _ if c.is_whitespace() => Class::Separator,
        _ if c.is_ascii_punctuation() => Class::Separator,
        '\u{00A1}'..='\u{00BF}' | '\u{00D7}' | '\u{00F7}' => Class::Separator,
        '\u{2010}'..='\u{205E}' => Class::Separator, // dashes, quotes, bullets, ※
        '\u{2190}'..='\u{245F}' | '\u{2500}'..='\u{27BF}' | '\u{2900}'..='\u{2BFF}' => Class::Separator, // arrows, maths, shapes, ★, dingbats
        '\u{3001}'..='\u{3004}' | '\u{3008}'..='\u{3020}' | '\u{3030}' | '\u{303D}' | '\u{30FB}' => Class::Separator,
        '\u{FE10}'..='\u{FE19}' | '\u{FE30}'..='\u{FE6B}' => Class::Separator,
        '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}' => Class::Separator,
        '\u{1F000}'..='\u{1FAFF}' => Class::Separator, // emoji, mahjong, playing cards
        _ => Class::Keep,
    }
}

const T2S: &str = include_str!("../data/t2s/t2s.tsv");
const DENSE_FROM: u32 = 0x3400;
const DENSE_TO: u32 = 0xA000;

/// Char folding tables, built once per checker.
pub(crate) struct Folder {
    /// Simplified form of every char in U+3400..U+A000 (itself when it has none).
    dense: Vec<char>,
    /// Pairs outside the dense range, sorted.
    sparse: Vec<(char, char)>,
}

impl Folder {
    pub(crate) fn new() -> Folder {
        let mut dense: Vec<char> =
            (DENSE_FROM..DENSE_TO).map(|u| char::from_u32(u).unwrap_or('\u{FFFD}')).collect();
        let mut sparse = Vec::new();
        for line in T2S.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            let (Some(from), Some(to)) = (cols.next(), cols.next()) else { continue };
            let (Some(from), Some(to)) = (single(from), single(to)) else { continue };
            match (from as u32).checked_sub(DENSE_FROM) {
                Some(i) if (from as u32) < DENSE_TO => dense[i as usize] = to,
                _ => sparse.push((from, to)),
            }
        }
        sparse.sort_unstable();
        Folder { dense, sparse }
    }

    /// The folded form of `c` under `opts`.
    #[inline]
    pub(crate) fn fold(&self, c: char, opts: Normalize) -> char {
        let u = c as u32;
        if u < 0x80 {
            return if opts.width { c.to_ascii_lowercase() } else { c };
        }
        if opts.traditional {
            if (DENSE_FROM..DENSE_TO).contains(&u) {
                return self.dense[(u - DENSE_FROM) as usize];
            }
        }
        if opts.width {
            if let Some(w) = fold_width(c) {
                return w;
            }
            if c.is_uppercase() {
                let mut lower = c.to_lowercase();
                if let (Some(l), None) = (lower.next(), lower.next()) {
                    return l;
                }
            }
        }
        if opts.traditional {
            if let Ok(i) = self.sparse.binary_search_by_key(&c, |p| p.0) {
                return self.sparse[i].1;
            }
        }
        c
    }
}

fn single(s: &str) -> Option<char> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// Full-width ASCII → ASCII (lowercased); ideographic space → space.
fn fold_width(c: char) -> Option<char> {
    match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).map(|a| a.to_ascii_lowercase()),
        0x3000 => Some(' '),
        _ => None,
    }
}

/// One original char kept in the view.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Member {
    pub start: usize,
    pub end: usize,
}

/// A run of equal folded chars: one char of the view.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Run {
    /// Byte offset of this run's char in [`View::text`].
    pub at: usize,
    /// Index of the first member in [`View::members`].
    pub first: usize,
    /// How many original chars the run stands for.
    pub len: usize,
}

/// The normalised view of a text under every normalisation at once.
pub(crate) struct View {
    /// The folded text, separators dropped, runs collapsed.
    pub text: String,
    pub runs: Vec<Run>,
    pub members: Vec<Member>,
}

impl View {
    pub(crate) fn new(folder: &Folder, original: &str) -> View {
        let mut text = String::with_capacity(original.len());
        let mut runs: Vec<Run> = Vec::with_capacity(original.len() / 3 + 1);
        let mut members = Vec::with_capacity(original.len() / 3 + 1);
        let mut last: Option<char> = None;
        let all = Normalize::default();
        for (start, c) in original.char_indices() {
            let f = match classify(c) {
                Class::ZeroWidth | Class::Separator | Class::Clause => continue,
                Class::Keep | Class::Barrier => folder.fold(c, all),
            };
            members.push(Member { start, end: start + c.len_utf8() });
            if last == Some(f) {
                if let Some(r) = runs.last_mut() {
                    r.len += 1;
                }
            } else {
                runs.push(Run { at: text.len(), first: members.len() - 1, len: 1 });
                text.push(f);
                last = Some(f);
            }
        }
        View { text, runs, members }
    }

    /// The index of the run whose char starts at byte `at` of [`View::text`], or `runs.len()` at the end.
    pub(crate) fn run_at(&self, at: usize) -> usize {
        self.runs.partition_point(|r| r.at < at)
    }
}

/// A term prepared for matching: its view under every normalisation, and what verification needs.
#[derive(Clone, Debug)]
pub(crate) struct Term {
    /// The pattern to search for in a [`View`].
    pub pattern: String,
    /// Length of each run of the pattern, in term chars.
    pub runs: Vec<usize>,
    /// The term's kept chars folded under the entry's own options, one per original char.
    pub chars: Vec<char>,
    /// Original text between kept char `i - 1` and `i` (empty for most terms).
    pub gaps: Vec<String>,
}

impl Term {
    /// `None` if nothing of the term survives normalisation (it is all punctuation).
    pub(crate) fn new(folder: &Folder, term: &str, opts: Normalize) -> Option<Term> {
        let all = Normalize::default();
        let mut pattern = String::new();
        let mut runs: Vec<usize> = Vec::new();
        let mut chars = Vec::new();
        let mut gaps = Vec::new();
        let mut gap = String::new();
        let mut last = None;
        for c in term.chars() {
            match classify(c) {
                Class::ZeroWidth | Class::Separator | Class::Clause => {
                    gap.push(c);
                    continue;
                }
                Class::Keep | Class::Barrier => {}
            }
            let f = folder.fold(c, all);
            if last == Some(f) {
                if let Some(r) = runs.last_mut() {
                    *r += 1;
                }
            } else {
                pattern.push(f);
                runs.push(1);
                last = Some(f);
            }
            chars.push(folder.fold(c, opts));
            gaps.push(std::mem::take(&mut gap));
        }
        if chars.is_empty() {
            return None;
        }
        Some(Term { pattern, runs, chars, gaps })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_folds_drops_and_collapses_with_exact_map() {
        let f = Folder::new();
        let text = "臺 灣\u{200B}ＡＢ法法。𠀀😀x";
        let v = View::new(&f, text);
        assert_eq!(v.text, "台湾ab法。𠀀x");
        let spans: Vec<&str> = v
            .runs
            .iter()
            .map(|r| {
                let a = v.members[r.first].start;
                let b = v.members[r.first + r.len - 1].end;
                &text[a..b]
            })
            .collect();
        assert_eq!(spans, ["臺", "灣", "Ａ", "Ｂ", "法法", "。", "𠀀", "x"]);
    }

    #[test]
    fn term_keeps_its_own_folding_and_gaps() {
        let f = Folder::new();
        let t = Term::new(&f, "臺灣 某某", Normalize { traditional: false, ..Normalize::default() }).unwrap();
        assert_eq!(t.pattern, "台湾某");
        assert_eq!(t.runs, [1, 1, 2]);
        assert_eq!(t.chars, ['臺', '灣', '某', '某']);
        assert_eq!(t.gaps[2], " ");
        assert!(Term::new(&f, "★ ★", Normalize::default()).is_none());
    }

    #[test]
    fn sentence_ends_and_line_breaks_are_barriers() {
        for c in ['。', '！', '？', '\n', '\r'] {
            assert_eq!(classify(c), Class::Barrier, "{c:?}");
        }
        assert_eq!(classify('，'), Class::Clause);
        assert_eq!(classify('★'), Class::Separator);
        assert_eq!(classify('“'), Class::Separator);
        assert_eq!(classify('中'), Class::Keep);
    }
}
