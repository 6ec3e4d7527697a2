//! A normalised view of a text for evasion-proof matching, with an exact map back to the original.
//!
//! Folding maps each char to one char (full/half width, letter case, traditional → simplified),
//! zero-width chars and separators (spaces, punctuation, symbols, a single letter or digit planted
//! between two Han characters) are dropped, and runs of the
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
    /// Spaces, punctuation and symbols inserted between the characters are ignored, and so is a
    /// single letter or digit planted between two Han characters (法1轮1功), but never a sentence
    /// end (。！？) or a line break. Clause punctuation (，、；：) is only skipped when it
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

#[inline]
pub(crate) fn classify(c: char) -> Class {
    if ('\u{3400}'..='\u{9FFF}').contains(&c) || c.is_ascii_alphanumeric() {
        return Class::Keep; // the common case first
    }
    match c {
        '\n' | '\r' | '。' | '！' | '？' | '!' | '?' | '｡' | '\u{2028}' | '\u{2029}' => Class::Barrier,
        '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' | '\u{202A}'..='\u{202E}'
        | '\u{034F}' | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' | '\u{2800}' | '\u{180B}'..='\u{180D}'
        // Combining marks laid over a character (法̶轮̶功) hide nothing from a reader.
        | '\u{0300}'..='\u{036F}' | '\u{20D0}'..='\u{20FF}' | '\u{1AB0}'..='\u{1AFF}' => Class::ZeroWidth,
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

/// True if `c` is a single letter or digit planted between two Han characters (法1轮1功, 习a近
/// 平): such a character reads as a separator. Runs of two or more (G20, 5G) are words.
pub(crate) fn is_planted_alnum(prev: Option<char>, c: char, next: Option<char>) -> bool {
    let alnum = c.is_ascii_alphanumeric() || matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ');
    alnum && prev.is_some_and(crate::text::is_han) && next.is_some_and(crate::text::is_han)
}

/// [`classify`], with a planted letter or digit ([`is_planted_alnum`]) as a separator.
pub(crate) fn classify_in(prev: Option<char>, c: char, next: Option<char>) -> Class {
    if is_planted_alnum(prev, c, next) {
        Class::Separator
    } else {
        classify(c)
    }
}

/// [`classify_in`] for `chars[k]` between its neighbours in `chars`.
fn classify_at(chars: &[char], k: usize) -> Class {
    classify_in(k.checked_sub(1).map(|j| chars[j]), chars[k], chars.get(k + 1).copied())
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
        if opts.traditional && (DENSE_FROM..DENSE_TO).contains(&u) {
            return self.dense[(u - DENSE_FROM) as usize];
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

/// A run of equal folded chars: one char of the view.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Run {
    /// Byte offset of this run's char in [`View::text`].
    pub at: u32,
    /// Index of the first member in [`View::members`].
    pub first: u32,
    /// How many original chars the run stands for.
    pub len: u32,
}

/// The normalised view of a text under every normalisation at once.
pub(crate) struct View {
    /// The folded text, separators dropped, runs collapsed.
    pub text: String,
    pub runs: Vec<Run>,
    /// Byte offset in the original of every char kept in the view.
    pub members: Vec<u32>,
}

impl View {
    /// The view of `original`; empty for texts of 4 GiB or more, whose offsets do not fit.
    pub(crate) fn new(folder: &Folder, original: &str) -> View {
        let mut view = View { text: String::new(), runs: Vec::new(), members: Vec::new() };
        if u32::try_from(original.len()).is_err() {
            return view;
        }
        view.text.reserve(original.len());
        view.runs.reserve(original.len() / 3 + 1);
        view.members.reserve(original.len() / 3 + 1);
        let mut last: Option<char> = None;
        let all = Normalize::default();
        let mut prev: Option<char> = None;
        let mut chars = original.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            let class = classify_in(prev, c, chars.peek().map(|&(_, n)| n));
            prev = Some(c);
            let f = match class {
                Class::ZeroWidth | Class::Separator | Class::Clause => continue,
                Class::Keep | Class::Barrier => folder.fold(c, all),
            };
            view.members.push(start as u32);
            match view.runs.last_mut() {
                Some(r) if last == Some(f) => r.len += 1,
                _ => {
                    view.runs.push(Run {
                        at: view.text.len() as u32,
                        first: view.members.len() as u32 - 1,
                        len: 1,
                    });
                    view.text.push(f);
                    last = Some(f);
                }
            }
        }
        view
    }

    /// The index of the run whose char starts at byte `at` of [`View::text`], or `runs.len()` at the end.
    pub(crate) fn run_at(&self, at: usize) -> usize {
        self.runs.partition_point(|r| (r.at as usize) < at)
    }

    /// Start and end in the original of member `i`.
    pub(crate) fn member(&self, original: &str, i: usize) -> Option<(usize, char, usize)> {
        let start = *self.members.get(i)? as usize;
        let c = original.get(start..)?.chars().next()?;
        Some((start, c, start + c.len_utf8()))
    }

    /// The original span of runs `a..b`.
    pub(crate) fn span(&self, original: &str, a: usize, b: usize) -> Option<std::ops::Range<usize>> {
        let first = self.runs.get(a)?;
        let last = self.runs.get(b.checked_sub(1)?)?;
        let (start, _, _) = self.member(original, first.first as usize)?;
        let (_, _, end) = self.member(original, (last.first + last.len - 1) as usize)?;
        Some(start..end)
    }
}

/// Terms prepared for matching, stored flat so that a 100k-term lexicon costs few allocations.
#[derive(Default)]
pub(crate) struct Terms {
    /// Every term's kept chars folded under its own options, one per original char.
    pub chars: Vec<char>,
    /// Every term's run lengths, in term chars.
    pub runs: Vec<u32>,
    /// Original text before kept char `i` of term `t` (and after its last one, at `i` = its char
    /// count), for the few terms that contain separators.
    pub gaps: std::collections::HashMap<(u32, u32), String>,
}

/// Where one term's data lies in [`Terms`].
#[derive(Clone, Debug)]
pub(crate) struct TermRef {
    pub chars: std::ops::Range<u32>,
    pub runs: std::ops::Range<u32>,
    pub has_gaps: bool,
}

impl Terms {
    /// Adds term number `id`; returns its pattern (its view under every normalisation) and where it
    /// lies, or `None` if nothing of it survives normalisation (it is all punctuation).
    pub(crate) fn push(&mut self, folder: &Folder, id: u32, term: &str, opts: Normalize) -> Option<(String, TermRef)> {
        let all = Normalize::default();
        let (c0, r0) = (self.chars.len() as u32, self.runs.len() as u32);
        let mut pattern = String::with_capacity(term.len());
        let mut gap = String::new();
        let mut has_gaps = false;
        let mut last = None;
        let chars: Vec<char> = term.chars().collect();
        for (k, &c) in chars.iter().enumerate() {
            if !matches!(classify_at(&chars, k), Class::Keep | Class::Barrier) {
                gap.push(c);
                continue;
            }
            let f = folder.fold(c, all);
            match self.runs.last_mut() {
                Some(r) if last == Some(f) => *r += 1,
                _ => {
                    pattern.push(f);
                    self.runs.push(1);
                    last = Some(f);
                }
            }
            if !gap.is_empty() {
                has_gaps = true;
                let i = self.chars.len() as u32 - c0;
                self.gaps.insert((id, i), std::mem::take(&mut gap));
            }
            self.chars.push(folder.fold(c, opts));
        }
        if pattern.is_empty() {
            return None;
        }
        if !gap.is_empty() {
            // Punctuation at the end of the term (机密★) must be there in the text too.
            has_gaps = true;
            self.gaps.insert((id, self.chars.len() as u32 - c0), gap);
        }
        let r = TermRef { chars: c0..self.chars.len() as u32, runs: r0..self.runs.len() as u32, has_gaps };
        Some((pattern, r))
    }

    /// Just the pattern of a text, for exceptions.
    pub(crate) fn pattern(folder: &Folder, text: &str) -> String {
        let all = Normalize::default();
        let mut pattern = String::new();
        let mut last = None;
        let chars: Vec<char> = text.chars().collect();
        let kept = (0..chars.len()).filter(|&k| matches!(classify_at(&chars, k), Class::Keep | Class::Barrier));
        for c in kept.map(|k| chars[k]) {
            let f = folder.fold(c, all);
            if last != Some(f) {
                pattern.push(f);
                last = Some(f);
            }
        }
        pattern
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
        let spans: Vec<&str> = (0..v.runs.len()).map(|i| &text[v.span(text, i, i + 1).unwrap()]).collect();
        assert_eq!(spans, ["臺", "灣", "Ａ", "Ｂ", "法法", "。", "𠀀", "x"]);
    }

    #[test]
    fn term_keeps_its_own_folding_and_gaps() {
        let f = Folder::new();
        let mut terms = Terms::default();
        terms.push(&f, 0, "甲", Normalize::default()).unwrap();
        let opts = Normalize { traditional: false, ..Normalize::default() };
        let (pattern, r) = terms.push(&f, 1, "臺灣 某某", opts).unwrap();
        assert_eq!(pattern, "台湾某");
        assert_eq!(terms.runs[r.runs.start as usize..r.runs.end as usize], [1, 1, 2]);
        assert_eq!(terms.chars[r.chars.start as usize..r.chars.end as usize], ['臺', '灣', '某', '某']);
        assert_eq!(terms.gaps[&(1, 2)], " ");
        assert!(r.has_gaps);
        assert!(terms.push(&f, 2, "★ ★", Normalize::default()).is_none());
        assert_eq!(Terms::pattern(&f, "六合區"), "六合区");
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
