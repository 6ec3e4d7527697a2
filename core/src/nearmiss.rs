//! Near-misses of canonical names: spans that differ from a known name by one or two
//! confusable characters (中华人民共合国 for 中华人民共和国, 国务员 for 国务院).
//!
//! This is the shared engine behind `typo/serious-near-miss` and any other rule that
//! protects a list of names (organs, formulations, leaders' names). It knows nothing
//! about dictionaries or severities; the caller decides which characters are confusable
//! and filters the candidates (e.g. drops a candidate that is itself a valid word).
//!
//! ```ignore
//! let m = NearMissMatcher::new(["中华人民共和国", "国务院"], NearMissPolicy::default());
//! let hits = m.find("中华人民共合国国务院", |written, meant| confusion.kind(written, meant).is_some());
//! assert_eq!(hits.len(), 1);
//! assert_eq!(m.name(hits[0].name), "中华人民共和国");
//! assert_eq!(hits[0].diffs, vec![(5, '合', '和')]);
//! ```
//!
//! Callers should also drop hits that straddle words: `doc.on_word_boundaries(&dict, &hit.span)`
//! (see `typo/serious-near-miss`), otherwise 财政|不足 reads as a near-miss of 财政部.
//!
//! Matching is linear in the text: each name is cut into `max_diffs + 1` pieces, at least
//! one of which must appear unchanged (pigeonhole), and the pieces are found with one
//! Aho-Corasick automaton; only the windows around those anchors are compared.

use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;
use std::ops::Range;

/// How many differing characters a name of a given length may have and still count as a near-miss.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NearMissPolicy {
    /// Names shorter than this are never matched (in chars).
    pub min_len: usize,
    /// Names at least this long may differ in two characters; shorter ones in one.
    pub two_diffs_from: usize,
    /// Names at least this long are also matched with one inner character left out (0: never).
    pub missing_from: usize,
}

impl Default for NearMissPolicy {
    fn default() -> Self {
        NearMissPolicy { min_len: 2, two_diffs_from: 6, missing_from: 0 }
    }
}

impl NearMissPolicy {
    fn max_diffs(&self, len: usize) -> usize {
        if len < self.min_len {
            0
        } else if len >= self.two_diffs_from {
            2
        } else {
            1
        }
    }
}

/// One near-miss found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct NearMiss {
    /// Byte range of the misspelt name in the text (char boundaries).
    pub span: Range<usize>,
    /// Index of the canonical name in the matcher ([`NearMissMatcher::name`]).
    pub name: usize,
    /// Each difference: (char index within the name, character written, character expected).
    pub diffs: Vec<(usize, char, char)>,
    /// A character left out inside the name (中华人民和国): its index in the name and the
    /// character. Such a hit has no `diffs`.
    pub missing: Option<(usize, char)>,
}

/// Finds near-misses of a fixed list of canonical names. Build once, use for many texts.
pub(crate) struct NearMissMatcher {
    names: Vec<String>,
    chars: Vec<Vec<char>>,
    policy: NearMissPolicy,
    anchors: Option<AhoCorasick>,
    /// For each anchor pattern: the (name index, char offset of the piece in that name) pairs.
    owners: Vec<Vec<(usize, usize)>>,
    exact: Option<AhoCorasick>,
}

impl NearMissMatcher {
    /// Builds a matcher over `names`. Empty and duplicate names are ignored.
    pub(crate) fn new<I, S>(names: I, policy: NearMissPolicy) -> NearMissMatcher
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut list: Vec<String> = Vec::new();
        for n in names {
            let n: String = n.into();
            let n = n.trim().to_string();
            if !n.is_empty() && !list.contains(&n) {
                list.push(n);
            }
        }
        let chars: Vec<Vec<char>> = list.iter().map(|n| n.chars().collect()).collect();
        let mut piece_ids: HashMap<String, usize> = HashMap::new();
        let mut pieces: Vec<String> = Vec::new();
        let mut owners: Vec<Vec<(usize, usize)>> = Vec::new();
        for (i, cs) in chars.iter().enumerate() {
            let k = policy.max_diffs(cs.len());
            if k == 0 {
                continue;
            }
            // k + 1 pieces, as even as possible: any k substitutions leave one intact.
            let parts = k + 1;
            let mut start = 0;
            for p in 0..parts {
                let end = cs.len() * (p + 1) / parts;
                if end > start {
                    let piece: String = cs[start..end].iter().collect();
                    let id = *piece_ids.entry(piece.clone()).or_insert_with(|| {
                        pieces.push(piece);
                        owners.push(Vec::new());
                        pieces.len() - 1
                    });
                    owners[id].push((i, start));
                }
                start = end;
            }
        }
        let anchors = (!pieces.is_empty()).then(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&pieces)
                .expect("name pieces are plain strings")
        });
        let exact = (!list.is_empty()).then(|| AhoCorasick::new(&list).expect("names are plain strings"));
        NearMissMatcher { names: list, chars, policy, anchors, owners, exact }
    }

    /// The canonical name with this index.
    pub(crate) fn name(&self, index: usize) -> &str {
        &self.names[index]
    }

    /// Every near-miss in `text`, by position; overlapping candidates are resolved in favour
    /// of the one with fewer differences, then the longer name. `confusable(written, meant)`
    /// says whether a differing character may be a typo for the canonical one; a window
    /// with any non-confusable difference is not a near-miss. Spans covered by an exact
    /// occurrence of any canonical name are never reported.
    pub(crate) fn find(&self, text: &str, confusable: impl Fn(char, char) -> bool) -> Vec<NearMiss> {
        let Some(anchors) = &self.anchors else { return Vec::new() };
        let exact: Vec<Range<usize>> = self
            .exact
            .as_ref()
            .map(|ac| ac.find_overlapping_iter(text).map(|m| m.range()).collect())
            .unwrap_or_default();
        let mut found: Vec<NearMiss> = Vec::new();
        for m in anchors.find_overlapping_iter(text) {
            for &(name, offset) in &self.owners[m.pattern().as_usize()] {
                let hit = self.compare(text, m.start(), name, offset, &confusable).or_else(|| {
                    // The left-out character is after the anchor piece, or before it.
                    self.compare_missing(text, m.start(), name, offset)
                        .or_else(|| offset.checked_sub(1).and_then(|back| self.compare_missing(text, m.start(), name, back)))
                });
                let Some(hit) = hit else { continue };
                if exact.iter().any(|r| r.start <= hit.span.start && hit.span.end <= r.end) {
                    continue;
                }
                if !found.contains(&hit) {
                    found.push(hit);
                }
            }
        }
        // Best candidates first, then keep those that do not overlap a better one.
        found.sort_by_key(|h| (h.diffs.len() + usize::from(h.missing.is_some()), std::cmp::Reverse(self.chars[h.name].len()), h.span.start));
        let mut kept: Vec<NearMiss> = Vec::new();
        for h in found {
            if kept.iter().all(|k| k.span.end <= h.span.start || h.span.end <= k.span.start) {
                kept.push(h);
            }
        }
        kept.sort_by_key(|h| h.span.start);
        kept
    }

    /// Compares the window where `name` would start if its piece at char `offset` sits at byte `at`.
    fn compare(
        &self,
        text: &str,
        at: usize,
        name: usize,
        offset: usize,
        confusable: &impl Fn(char, char) -> bool,
    ) -> Option<NearMiss> {
        let want = &self.chars[name];
        // Walk back `offset` chars from the anchor.
        let mut start = at;
        for _ in 0..offset {
            let c = text[..start].chars().next_back()?;
            start -= c.len_utf8();
        }
        let mut diffs = Vec::new();
        let mut end = start;
        let mut got = text[start..].chars();
        for (i, &w) in want.iter().enumerate() {
            let c = got.next()?;
            end += c.len_utf8();
            if c != w {
                if !crate::text::is_han(c) || !confusable(c, w) {
                    return None;
                }
                diffs.push((i, c, w));
            }
        }
        let max = self.policy.max_diffs(want.len());
        (!diffs.is_empty() && diffs.len() <= max).then_some(NearMiss { span: start..end, name, diffs, missing: None })
    }

    /// Compares the window of `name`'s length minus one that starts `back` chars before byte
    /// `at` with the name less one inner character.
    fn compare_missing(&self, text: &str, at: usize, name: usize, back: usize) -> Option<NearMiss> {
        let want = &self.chars[name];
        if self.policy.missing_from == 0 || want.len() < self.policy.missing_from {
            return None;
        }
        let mut start = at;
        for _ in 0..back {
            let c = text[..start].chars().next_back()?;
            start -= c.len_utf8();
        }
        let got: Vec<char> = text[start..].chars().take(want.len() - 1).collect();
        if got.len() + 1 != want.len() {
            return None;
        }
        let p = got.iter().zip(want).take_while(|(a, b)| a == b).count();
        // Only an inner character: a name cut at either end is usually just another phrase.
        if p == 0 || p + 1 >= want.len() || got[p..] != want[p + 1..] {
            return None;
        }
        let end = start + got.iter().map(|c| c.len_utf8()).sum::<usize>();
        Some(NearMiss { span: start..end, name, diffs: Vec::new(), missing: Some((p, want[p])) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::confusion::Confusion;

    fn matcher() -> NearMissMatcher {
        NearMissMatcher::new(
            ["中华人民共和国", "国务院", "全国人民代表大会常务委员会", "社会主义", "中国共产党"],
            NearMissPolicy::default(),
        )
    }

    fn hits(text: &str) -> Vec<(String, String)> {
        let conf = Confusion::builtin();
        let m = matcher();
        m.find(text, |a, b| conf.kind(a, b).is_some())
            .into_iter()
            .map(|h| {
                assert!(text.is_char_boundary(h.span.start) && text.is_char_boundary(h.span.end));
                (text[h.span].to_string(), m.name(h.name).to_string())
            })
            .collect()
    }

    #[test]
    fn finds_one_and_two_char_substitutions() {
        assert_eq!(hits("根据中华人民共合国宪法"), [("中华人民共合国".into(), "中华人民共和国".into())]);
        assert_eq!(hits("报国务员批准"), [("国务员".into(), "国务院".into())]);
        assert_eq!(hits("杜会主义核心价值观"), [("杜会主义".into(), "社会主义".into())]);
        // Two confusable differences in a long name.
        assert_eq!(
            hits("全国人民代表大会常务委员汇，常务委圆会"),
            [("全国人民代表大会常务委员汇".into(), "全国人民代表大会常务委员会".into())],
            "a fragment of a name far from it is not a near-miss"
        );
        assert_eq!(
            hits("全国人民代表大汇常务委圆会"),
            [("全国人民代表大汇常务委圆会".into(), "全国人民代表大会常务委员会".into())]
        );
    }

    #[test]
    fn finds_an_inner_character_left_out_of_a_long_name() {
        let conf = Confusion::builtin();
        let m = NearMissMatcher::new(["中华人民共和国", "全国人民代表大会常务委员会", "国务院"], NearMissPolicy { missing_from: 5, ..NearMissPolicy::default() });
        let find = |t: &str| -> Vec<(String, Option<(usize, char)>)> {
            m.find(t, |a, b| conf.kind(a, b).is_some()).into_iter().map(|h| (t[h.span].to_string(), h.missing)).collect()
        };
        assert_eq!(find("根据中华人民和国宪法"), [("中华人民和国".into(), Some((4, '共')))]);
        assert_eq!(find("😀全国人民代表大会常委员会"), [("全国人民代表大会常委员会".into(), Some((9, '务')))]);
        // Whole names, names cut at an end, and short names are not matched this way.
        assert!(find("中华人民共和国国务院").is_empty());
        assert!(find("华人民共和国").is_empty());
        assert!(find("国院").is_empty());
    }

    #[test]
    fn exact_names_and_unrelated_text_are_left_alone() {
        assert!(hits("中华人民共和国国务院").is_empty());
        assert!(hits("中国共产党领导下的社会主义国家").is_empty());
        // 中共人民共和国: 共/华 are not confusable, so this is a different kind of error.
        assert!(hits("中共人民共和国").is_empty());
        assert!(hits("").is_empty());
        assert!(hits("😀𠀀\u{200b}\r\n国务").is_empty());
    }

    #[test]
    fn survives_odd_text_at_the_edges() {
        assert_eq!(hits("😀国务员"), [("国务员".into(), "国务院".into())]);
        assert_eq!(hits("务院"), Vec::<(String, String)>::new());
        let m = NearMissMatcher::new(Vec::<String>::new(), NearMissPolicy::default());
        assert!(m.find("国务员", |_, _| true).is_empty());
    }
}
