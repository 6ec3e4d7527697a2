//! All rules, one per file, grouped in one folder per category.
//!
//! Each family's `mod.rs` lists its docs (`DOCS`) and builds its rules (`build`). A rule is
//! built only if the config leaves it on, so a disabled rule costs nothing at check time.

use crate::config::{Config, ConfigError};
use crate::diagnostic::Diagnostic;
use crate::registry::RuleDoc;

mod expression;
mod format;
mod number;
mod numerals;
mod punctuation;
mod review;
mod scan;
mod sensitive;
mod typo;

/// The text under check, plus views of it that several rules share, computed at most once.
pub(crate) struct Document<'a> {
    /// The raw text, exactly as given.
    pub text: &'a str,
    /// Word segmentation, computed by the first rule that asks for it.
    words: std::cell::OnceCell<Vec<std::ops::Range<usize>>>,
}

impl<'a> Document<'a> {
    pub(crate) fn new(text: &'a str) -> Document<'a> {
        Document { text, words: std::cell::OnceCell::new() }
    }

    /// Byte ranges of the words (jieba over the shared dictionary), covering the whole text.
    /// Every rule gets the same [`WordDict`] from its family's `build`, so the first call decides.
    pub(crate) fn words(&self, dict: &crate::worddict::WordDict) -> &[std::ops::Range<usize>] {
        self.words.get_or_init(|| dict.segment(self.text))
    }

    /// True if a word of the segmentation starts at byte `b` (or `b` is the end of the text).
    fn is_word_boundary(&self, dict: &crate::worddict::WordDict, b: usize) -> bool {
        b == self.text.len() || self.words(dict).binary_search_by_key(&b, |w| w.start).is_ok()
    }

    /// True if both ends of `span` are word boundaries of the segmentation, i.e. no word
    /// straddles them (规定|单位 has no 定单, 财政|不足 no 财政不). Rules that match fixed
    /// strings use this to report whole words only.
    pub(crate) fn on_word_boundaries(&self, dict: &crate::worddict::WordDict, span: &std::ops::Range<usize>) -> bool {
        self.is_word_boundary(dict, span.start) && self.is_word_boundary(dict, span.end)
    }

    /// [`Document::on_word_boundaries`] for a misspelling, which may also run into a longer word
    /// that shares two or more of its characters (天燃气管道 segments as 天|燃气管道). One shared
    /// character is not enough: 按|装修 is not 按装.
    pub(crate) fn bounds_misspelling(&self, dict: &crate::worddict::WordDict, span: &std::ops::Range<usize>) -> bool {
        let words = self.words(dict);
        let k = words.partition_point(|w| w.end <= span.end);
        let shares_two = |w: &std::ops::Range<usize>| w.start > span.start && self.text[w.start..span.end].chars().nth(1).is_some();
        self.is_word_boundary(dict, span.start) && (self.is_word_boundary(dict, span.end) || words.get(k).is_some_and(shares_two))
    }

    /// Byte ranges of the sentences: each ends after 。！？；!?; or at a line break.
    pub(crate) fn sentences(&self) -> impl Iterator<Item = std::ops::Range<usize>> + 'a {
        let text = self.text;
        let mut start = 0;
        text.split_inclusive(['。', '！', '？', '；', '!', '?', ';', '\n']).map(move |s| {
            let r = start..start + s.len();
            start = r.end;
            r
        })
    }

    /// Byte ranges of the paragraphs (split on `\n`, without the `\r\n`/`\n`).
    pub(crate) fn paragraphs(&self) -> impl Iterator<Item = std::ops::Range<usize>> + 'a {
        let text = self.text;
        let mut start = 0;
        text.split('\n').map(move |line| {
            let s = start;
            start += line.len() + 1;
            s..s + line.trim_end_matches('\r').len()
        })
    }
}

/// A rule: a check over a [`Document`]. Its doc is a `static RuleDoc` beside it.
pub(crate) trait Rule: Send + Sync {
    /// Appends this rule's findings to `out`, at the rule's default severity.
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>);
}

/// What a family's `build` gets: the config, and whether a rule id is switched on.
pub(crate) struct BuildContext<'c> {
    pub config: &'c Config,
    pub enabled: &'c dyn Fn(&RuleDoc) -> bool,
    /// The config's allowlist, built once by the checker (findings inside it are dropped).
    pub allowlist: Option<&'c aho_corasick::AhoCorasick>,
    /// The optional word language model for `typo/context-model`.
    pub word_lm: Option<&'c std::sync::Arc<crate::wordlm::WordLm>>,
}

/// Every rule's doc, in registry order.
pub(crate) fn docs() -> Vec<&'static RuleDoc> {
    [
        typo::DOCS,
        sensitive::DOCS,
        expression::DOCS,
        punctuation::DOCS,
        number::DOCS,
        format::DOCS,
        review::DOCS,
    ]
    .concat()
}

/// Builds every enabled rule.
pub(crate) fn build(cx: &BuildContext) -> Result<Vec<Box<dyn Rule>>, ConfigError> {
    let mut rules = Vec::new();
    typo::build(cx, &mut rules)?;
    sensitive::build(cx, &mut rules)?;
    expression::build(cx, &mut rules)?;
    punctuation::build(cx, &mut rules)?;
    number::build(cx, &mut rules)?;
    format::build(cx, &mut rules)?;
    review::build(cx, &mut rules)?;
    Ok(rules)
}

#[cfg(test)]
mod tests {
    #[test]
    fn sentences_end_after_their_punctuation_or_line_break() {
        let text = "一😀。二𠀀！\r\n三；四";
        let doc = super::Document::new(text);
        let got: Vec<&str> = doc.sentences().map(|r| &text[r]).collect();
        assert_eq!(got, ["一😀。", "二𠀀！", "\r\n", "三；", "四"]);
    }
}

/// Test helpers shared by the rule files.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    /// Runs one rule over `text` and returns `(flagged text, first suggestion)` pairs.
    pub(crate) fn flags(rule: &dyn Rule, text: &str) -> Vec<(String, Option<String>)> {
        let mut out = Vec::new();
        rule.check(&Document::new(text), &mut out);
        for d in &out {
            assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
            assert!(d.span.start < d.span.end, "empty span from {}", d.rule);
        }
        out.sort_by_key(|d| d.span.start);
        out.iter()
            .map(|d| (text[d.span.clone()].to_string(), d.suggestions.first().cloned()))
            .collect()
    }

    /// Asserts the rule leaves every line of `text` alone.
    pub(crate) fn assert_clean(rule: &dyn Rule, text: &str) {
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let f = flags(rule, line);
            assert!(f.is_empty(), "flagged {f:?} in clean text: {line}");
        }
    }
}
