//! Evasion-proof multi-term matching over a [`View`], shared by the site lexicon and the built-in packs.
//!
//! One Aho–Corasick automaton over every term's fully normalised form finds candidates in the
//! fully normalised view in linear time. Each candidate is then verified against the entry's own
//! options (an entry that switches off traditional folding must match its characters as written),
//! its exceptions and its word-boundary setting, and mapped back to the exact original span.

use crate::lexicon::LexiconEntry;
use crate::normalize::{classify, is_planted_alnum, Class, Folder, Normalize, TermRef, Terms, View};
use crate::text::is_han;
use daachorse::CharwiseDoubleArrayAhoCorasick as Automaton;
use std::collections::HashMap;
use std::ops::Range;

/// A verified match: which entry, and where in the original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub entry: usize,
    pub span: Range<usize>,
}

struct Prepared {
    term: TermRef,
    opts: Normalize,
    boundary: Option<bool>,
    has_exceptions: bool,
    severity: crate::diagnostic::Severity,
}

pub(crate) struct Matcher {
    folder: Folder,
    terms: Terms,
    entries: Vec<Prepared>,
    patterns: Automaton<u32>,
    /// Entries of pattern `p`: `owners[owner_at[p]..owner_at[p + 1]]`.
    owner_at: Vec<u32>,
    owners: Vec<u32>,
    exceptions: Option<Automaton<u32>>,
    /// Terms made only of punctuation or symbols (★, ※), which normalisation would erase: matched as written.
    raw: Option<(aho_corasick::AhoCorasick, Vec<u32>)>,
    /// (exception pattern, entry) pairs, sorted.
    exception_owners: Vec<(u32, u32)>,
}

impl Matcher {
    /// Prepares `entries`; `Err((index, message))` names the entry that cannot be matched.
    pub(crate) fn new(entries: &[LexiconEntry]) -> Result<Matcher, (usize, String)> {
        let folder = Folder::new();
        let mut terms = Terms::default();
        let mut prepared = Vec::with_capacity(entries.len());
        let mut by_pattern: Vec<(String, u32)> = Vec::with_capacity(entries.len());
        let mut ex_ids: HashMap<String, u32> = HashMap::new();
        let mut ex_pairs: Vec<(u32, u32)> = Vec::new();
        let mut raw: Vec<u32> = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let term = match terms.push(&folder, i as u32, &e.term, e.normalize) {
                Some((pattern, term)) => {
                    by_pattern.push((pattern, i as u32));
                    term
                }
                None => {
                    raw.push(i as u32);
                    crate::normalize::TermRef { chars: 0..0, runs: 0..0, has_gaps: false }
                }
            };
            for ex in &e.exceptions {
                let p = Terms::pattern(&folder, ex);
                if !p.is_empty() {
                    let next = ex_ids.len() as u32;
                    ex_pairs.push((*ex_ids.entry(p).or_insert(next), i as u32));
                }
            }
            prepared.push(Prepared {
                term,
                opts: e.normalize,
                boundary: e.word_boundary,
                has_exceptions: !e.exceptions.is_empty(),
                severity: e.severity,
            });
        }
        let build = |patterns: Vec<(&str, u32)>| {
            Automaton::with_values(patterns).map_err(|e| (0, format!("lexicon too large for the matcher: {e}")))
        };
        // Sorted patterns build the automaton faster (the trie is filled in order) and group
        // the entries that share a pattern without hashing.
        by_pattern.sort_unstable();
        let mut patterns: Vec<(&str, u32)> = Vec::new();
        let mut owner_at: Vec<u32> = Vec::new();
        let mut owners: Vec<u32> = Vec::with_capacity(by_pattern.len());
        for (pattern, entry) in &by_pattern {
            if patterns.last().is_none_or(|(p, _)| p != pattern) {
                patterns.push((pattern.as_str(), patterns.len() as u32));
                owner_at.push(owners.len() as u32);
            }
            owners.push(*entry);
        }
        owner_at.push(owners.len() as u32);
        if patterns.is_empty() {
            owner_at.push(0); // the placeholder pattern below owns nothing
        }
        ex_pairs.sort_unstable();
        let raw = if raw.is_empty() {
            None
        } else {
            let ac = aho_corasick::AhoCorasick::new(raw.iter().map(|&i| entries[i as usize].term.as_str()))
                .map_err(|e| (raw[0] as usize, e.to_string()))?;
            Some((ac, raw))
        };
        Ok(Matcher {
            raw,
            patterns: if patterns.is_empty() { build(vec![("\u{0}", 0)])? } else { build(patterns)? },
            exceptions: if ex_ids.is_empty() {
                None
            } else {
                Some(build(ex_ids.iter().map(|(p, &i)| (p.as_str(), i)).collect())?)
            },
            folder,
            terms,
            entries: prepared,
            owner_at,
            owners,
            exception_owners: ex_pairs,
        })
    }

    /// Every match, leftmost-longest and non-overlapping; on a tie the more severe entry, then the earlier one.
    pub(crate) fn find(&self, text: &str) -> Vec<Found> {
        let view = View::new(&self.folder, text);
        let mut candidates: Vec<Found> = Vec::new();
        // Matches come in order of their end, so a cursor finds the run after each match in
        // amortised O(1); the pattern's run count gives its first run.
        let mut cursor = 0;
        for m in self.patterns.find_overlapping_iter(&view.text) {
            let p = m.value() as usize;
            let (from, to) = (self.owner_at[p] as usize, self.owner_at[p + 1] as usize);
            let Some(&first_owner) = self.owners.get(from) else { continue };
            while view.runs.get(cursor).is_some_and(|r| (r.at as usize) < m.end()) {
                cursor += 1;
            }
            let term = &self.entries[first_owner as usize].term;
            let b = cursor;
            let Some(a) = b.checked_sub((term.runs.end - term.runs.start) as usize) else { continue };
            for &e in &self.owners[from..to] {
                let p = &self.entries[e as usize];
                if let Some(span) = self.verify(text, &view, a, b, e, p) {
                    if boundary_ok(text, &span, p) {
                        candidates.push(Found { entry: e as usize, span: balance(text, span) });
                    }
                }
            }
        }
        if let Some((ac, raw)) = &self.raw {
            for m in ac.find_overlapping_iter(text) {
                let e = raw[m.pattern().as_usize()] as usize;
                if boundary_ok(text, &m.range(), &self.entries[e]) {
                    candidates.push(Found { entry: e, span: m.range() });
                }
            }
        }
        if candidates.iter().any(|c| self.entries[c.entry].has_exceptions) {
            let excepted = self.exception_spans(text, &view);
            candidates.retain(|c| {
                !self.entries[c.entry].has_exceptions
                    || !excepted.iter().any(|(p, r)| {
                        r.start < c.span.end
                            && c.span.start < r.end
                            && self.exception_owners.binary_search(&(*p, c.entry as u32)).is_ok()
                    })
            });
        }
        candidates.sort_by_key(|x| {
            (x.span.start, std::cmp::Reverse(x.span.end), std::cmp::Reverse(self.entries[x.entry].severity), x.entry)
        });
        let mut out: Vec<Found> = Vec::new();
        for c in candidates {
            if out.last().is_none_or(|l| c.span.start >= l.span.end) {
                out.push(c);
            }
        }
        out
    }

    fn exception_spans(&self, text: &str, view: &View) -> Vec<(u32, Range<usize>)> {
        let Some(ac) = &self.exceptions else { return Vec::new() };
        let mut cursor = 0;
        ac.find_overlapping_iter(&view.text)
            .filter_map(|m| {
                while view.runs.get(cursor).is_some_and(|r| (r.at as usize) < m.end()) {
                    cursor += 1;
                }
                let a = view.run_at(m.start());
                let span = view.span(text, a, cursor)?;
                Some((m.value(), span))
            })
            .collect()
    }

    /// Checks a candidate on view runs `a..b` against the entry's own options; its original span if it holds.
    fn verify(&self, text: &str, view: &View, a: usize, b: usize, id: u32, p: &Prepared) -> Option<Range<usize>> {
        let k = b.checked_sub(a)?;
        let runs = self.terms.runs.get(p.term.runs.start as usize..p.term.runs.end as usize)?;
        let chars = self.terms.chars.get(p.term.chars.start as usize..p.term.chars.end as usize)?;
        if k == 0 || runs.len() != k {
            return None;
        }
        let opts = p.opts;
        let mut t = 0;
        let mut start = None;
        let mut prev_end = None;
        let (mut clause, mut boundaries, mut separated) = (false, 0, 0);
        // Repeats at the outer ends belong to the match only when the term is evidently written
        // with repeats (法法轮轮功功); otherwise they are neighbouring words (人民民主 for 民主).
        let repeated = |i: usize| view.runs.get(a + i).is_some_and(|r| r.len as usize > runs[i] as usize);
        let extend = opts.repeats && ((1..k.saturating_sub(1)).any(repeated) || (k >= 2 && (0..k).all(repeated)));
        for (i, &need) in runs.iter().enumerate() {
            let run = *view.runs.get(a + i)?;
            let (need, first, len) = (need as usize, run.first as usize, run.len as usize);
            if len < need {
                return None;
            }
            let (from, count) = if extend {
                (first, len)
            } else if i == k - 1 {
                (first, need)
            } else if i == 0 {
                (first + len - need, need)
            } else if len == need || opts.repeats {
                (first, len)
            } else {
                return None;
            };
            for j in 0..count {
                let (m_start, c, m_end) = view.member(text, from + j)?;
                let new_char = j < need;
                let ti = t + j.min(need - 1);
                if self.folder.fold(c, opts) != *chars.get(ti)? {
                    return None;
                }
                if let Some(pe) = prev_end {
                    boundaries += usize::from(new_char);
                    let gap = text.get(pe..m_start)?;
                    if !gap.is_empty() {
                        let term_gap = if new_char && p.term.has_gaps {
                            self.terms.gaps.get(&(id, ti as u32)).map_or("", String::as_str)
                        } else {
                            ""
                        };
                        if gap == term_gap {
                            separated += usize::from(new_char);
                        } else {
                            let mut any = false;
                            // A planted letter or digit is a separator only where the term has no
                            // characters of its own (维生素C片 must not match 维生素D片).
                            let planted = term_gap.is_empty()
                                && gap.chars().count() == 1
                                && is_planted_alnum(text[..pe].chars().next_back(), gap.chars().next()?, Some(c));
                            for g in gap.chars() {
                                let class = if planted { Class::Separator } else { classify(g) };
                                match class {
                                    Class::ZeroWidth if opts.zero_width => {}
                                    Class::Separator if opts.separators => any = true,
                                    Class::Clause if opts.separators => {
                                        any = true;
                                        clause = true;
                                    }
                                    _ => return None,
                                }
                            }
                            separated += usize::from(new_char && any);
                        }
                    }
                } else {
                    start = Some(m_start);
                }
                prev_end = Some(m_end);
            }
            t += need;
        }
        // Clause punctuation between characters is only evasion when it spaces out the whole term.
        if clause && (chars.len() < 3 || separated < boundaries) {
            return None;
        }
        let (mut start, mut end) = (start?, prev_end?);
        if p.term.has_gaps {
            // Punctuation the term starts or ends with (机密★, “台独”) is part of it, not noise.
            if let Some(lead) = self.terms.gaps.get(&(id, 0)) {
                start = start.checked_sub(lead.len()).filter(|&s| text.get(s..start) == Some(lead.as_str()))?;
            }
            if let Some(trail) = self.terms.gaps.get(&(id, chars.len() as u32)) {
                end = Some(end + trail.len()).filter(|&e| text.get(end..e) == Some(trail.as_str()))?;
            }
        }
        Some(start..end)
    }
}

const PAIRS: &[(char, char)] =
    &[('“', '”'), ('‘', '’'), ('「', '」'), ('『', '』'), ('《', '》'), ('（', '）'), ('(', ')'), ('【', '】'), ('〔', '〕')];

/// Takes in the opening (closing) mark just outside a span that holds only the closing (opening)
/// one, so that `“一带一路”战略` is reported whole and its replacement keeps the quotes paired.
fn balance(text: &str, span: Range<usize>) -> Range<usize> {
    let inner = &text[span.clone()];
    let (mut start, mut end) = (span.start, span.end);
    for &(open, close) in PAIRS {
        let (opens, closes) = (inner.matches(open).count(), inner.matches(close).count());
        if closes > opens && text[..start].ends_with(open) {
            start -= open.len_utf8();
        } else if opens > closes && text[end..].starts_with(close) {
            end += close.len_utf8();
        }
    }
    // Marks that combine with the last character belong to it (功̶, 👍🏻 variation selectors).
    end += text[end..]
        .chars()
        .take_while(|c| matches!(c, '\u{0300}'..='\u{036F}' | '\u{20D0}'..='\u{20FF}' | '\u{1AB0}'..='\u{1AFF}' | '\u{FE00}'..='\u{FE0F}'))
        .map(char::len_utf8)
        .sum::<usize>();
    for quote in ['"', '\''] {
        if inner.matches(quote).count() % 2 == 1 {
            if text[..start].ends_with(quote) {
                start -= 1;
            } else if text[end..].starts_with(quote) {
                end += 1;
            }
        }
    }
    start..end
}

#[derive(PartialEq)]
enum Script {
    Han,
    Alnum,
    Other,
}

fn script(c: char) -> Script {
    if is_han(c) {
        Script::Han
    } else if c.is_alphanumeric() {
        Script::Alnum
    } else {
        Script::Other
    }
}

/// Word boundaries: explicit per entry, or automatic for Latin letters and digits at the ends.
fn boundary_ok(text: &str, span: &Range<usize>, p: &Prepared) -> bool {
    let (Some(first), Some(last)) = (text[span.clone()].chars().next(), text[span.clone()].chars().next_back()) else {
        return false;
    };
    let check = |edge: char, neighbour: Option<char>| {
        let needed = match p.boundary {
            Some(b) => b,
            None => script(edge) == Script::Alnum,
        };
        !needed || !neighbour.is_some_and(|n| script(n) != Script::Other && script(n) == script(edge))
    };
    check(first, text[..span.start].chars().next_back()) && check(last, text[span.end..].chars().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(entries: &[LexiconEntry], text: &str) -> Vec<String> {
        let m = Matcher::new(entries).unwrap();
        m.find(text).into_iter().map(|f| text[f.span].to_string()).collect()
    }

    fn e(term: &str) -> LexiconEntry {
        LexiconEntry::new(term)
    }

    #[test]
    fn evasion_variants_map_to_exact_spans() {
        let lex = [e("法轮功"), e("台湾独立"), e("SB")];
        assert_eq!(found(&lex, "宣传法 轮 功的材料"), ["法 轮 功"]);
        assert_eq!(found(&lex, "法*轮*功"), ["法*轮*功"]);
        assert_eq!(found(&lex, "法.轮.功"), ["法.轮.功"]);
        assert_eq!(found(&lex, "法\u{200B}轮\u{200D}功"), ["法\u{200B}轮\u{200D}功"]);
        assert_eq!(found(&lex, "鼓吹臺灣獨立"), ["臺灣獨立"]);
        assert_eq!(found(&lex, "法法轮轮功功"), ["法法轮轮功功"]);
        assert_eq!(found(&lex, "法法轮功"), ["法轮功"]);
        assert_eq!(found(&[e("民主")], "人民民主"), ["民主"]);
        assert_eq!(found(&[e("民主")], "民民主主"), ["民民主主"]);
        assert_eq!(found(&lex, "你是ＳＢ吗"), ["ＳＢ"]);
        assert_eq!(found(&lex, "sb"), ["sb"]);
        assert_eq!(found(&lex, "法，轮，功"), ["法，轮，功"]);
        assert_eq!(found(&lex, "法★轮😀功"), ["法★轮😀功"]);
        assert_eq!(found(&lex, "“法轮功”"), ["法轮功"]);
        assert_eq!(found(&lex, "法\u{0336}轮\u{0336}功\u{0336}"), ["法\u{0336}轮\u{0336}功\u{0336}"]);
        assert_eq!(found(&lex, "法\u{3000}轮\t功"), ["法\u{3000}轮\t功"]);
        assert_eq!(found(&lex, "“法轮”功"), ["“法轮”功"]);
        assert_eq!(found(&lex, "\"法轮\"功"), ["\"法轮\"功"]);
        // Single letters or digits planted between the characters.
        assert_eq!(found(&lex, "宣传法1轮1功的材料"), ["法1轮1功"]);
        assert_eq!(found(&lex, "😀法a轮Ｂ功\r\n"), ["法a轮Ｂ功"]);
    }

    #[test]
    fn planted_letters_and_digits_are_not_words_or_term_characters() {
        // Runs of two (法12轮功) and letters next to non-Han text are kept as written.
        assert!(found(&[e("法轮功")], "法12轮功，法 1轮功").is_empty());
        // A term's own letter or digit must be there as written.
        let lex = [e("维生素C片"), e("第2号")];
        assert_eq!(found(&lex, "维生素C片"), ["维生素C片"]);
        assert!(found(&lex, "维生素D片、第3号").is_empty());
        assert_eq!(found(&lex, "见第2号文件"), ["第2号"]);
        let mut no_sep = e("法轮功");
        no_sep.normalize.separators = false;
        assert!(found(&[no_sep], "法1轮功").is_empty());
    }

    #[test]
    fn never_across_sentence_ends_lines_or_into_words() {
        let lex = [e("法轮功"), e("SB"), e("某某")];
        for clean in ["讲法。轮功", "讲法！轮功", "讲法\n轮功", "插入USB接口", "SBA", "甲某，某乙", "某，某"] {
            assert!(found(&lex, clean).is_empty(), "{clean}");
        }
        assert_eq!(found(&lex, "某 某"), ["某 某"]);
    }

    #[test]
    fn per_entry_toggles() {
        let mut exact = e("臺灣");
        exact.normalize = Normalize::EXACT;
        assert!(found(&[exact.clone()], "台湾 臺 灣").is_empty());
        assert_eq!(found(&[exact], "在臺灣"), ["臺灣"]);
        let mut no_rep = e("法轮功");
        no_rep.normalize.repeats = false;
        assert!(found(&[no_rep.clone()], "法轮轮功").is_empty());
        assert_eq!(found(&[no_rep], "法法轮功功"), ["法轮功"]);
        let mut no_sep = e("法轮功");
        no_sep.normalize.separators = false;
        assert!(found(&[no_sep.clone()], "法 轮功").is_empty());
        assert_eq!(found(&[no_sep], "法\u{200B}轮功"), ["法\u{200B}轮功"]);
        let mut no_width = e("SB");
        no_width.normalize.width = false;
        assert!(found(&[no_width], "ＳＢ sb").is_empty());
        let mut no_zw = e("法轮功");
        no_zw.normalize.zero_width = false;
        assert!(found(&[no_zw], "法\u{200B}轮功").is_empty());
    }

    #[test]
    fn exceptions_and_boundaries() {
        let mut lhc = e("六合");
        lhc.exceptions = vec!["六合区".into()];
        assert!(found(&[lhc.clone()], "南京市六合区人民政府").is_empty());
        assert_eq!(found(&[lhc], "购买六合彩"), ["六合"]);
        let mut w = e("王五");
        w.word_boundary = Some(true);
        assert!(found(&[w.clone()], "王五一").is_empty());
        assert_eq!(found(&[w], "会见王五，"), Vec::<String>::new());
        let mut w = e("王五");
        w.word_boundary = Some(true);
        assert_eq!(found(&[w], "王五"), ["王五"]);
    }

    #[test]
    fn longest_then_most_severe_wins_and_spans_are_on_char_boundaries() {
        let mut sev = e("某某");
        sev.severity = crate::diagnostic::Severity::Error;
        let m = Matcher::new(&[e("某某"), sev, e("某某公司")]).unwrap();
        let text = "😀𠀀由某某公司承办，某某参加\r\n";
        let f = m.find(text);
        assert_eq!(f.len(), 2);
        assert_eq!(&text[f[0].span.clone()], "某某公司");
        assert_eq!(f[1].entry, 1);
        for x in &f {
            assert!(text.is_char_boundary(x.span.start) && text.is_char_boundary(x.span.end));
        }
    }

    #[test]
    fn punctuation_at_the_ends_of_a_term_is_required_and_reported() {
        assert_eq!(found(&[e("机密★")], "机密★1年"), ["机密★"]);
        assert!(found(&[e("机密★")], "保守国家机密。").is_empty());
        assert_eq!(found(&[e("“台独”")], "反对“台独”"), ["“台独”"]);
        assert_eq!(found(&[e("机密★")], "机 密★"), ["机 密★"]);
    }

    #[test]
    fn terms_of_only_symbols_match_as_written() {
        assert_eq!(found(&[e("★"), e("。")], "甲★乙。"), ["★", "。"]);
        assert_eq!(found(&[e("★")], "甲★乙\u{0}"), ["★"]);
        assert!(found(&[], "甲★乙\u{0}").is_empty());
    }

    #[test]
    fn terms_with_repeats_need_all_their_characters() {
        let lex = [e("某某")];
        assert!(found(&lex, "张某到场").is_empty());
        assert_eq!(found(&lex, "某某某"), ["某某"]);
        assert_eq!(found(&lex, "由某 某承办"), ["某 某"]);
    }
}

