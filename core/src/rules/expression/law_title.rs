//! `expression/law-title`: a law title in 《》 that is a near-miss of a real one, or an unknown national law.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use std::collections::{HashMap, HashSet};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "expression/law-title",
    category: Category::Expression,
    severity: Severity::Error,
    summary: "书名号中的法律法规名称有误",
    what: "检查《》中的法律、行政法规、司法解释名称。与真实名称只差一个字（错字、漏字、多字或两字颠倒）的，报 error 并给出正确名称，如《中华人民共和国劳动和同法》→《中华人民共和国劳动合同法》；以“中华人民共和国”开头、以“法”结尾、但不在名称表中的，报 warning，请核对名称。名称表收录全国性法律法规的全称和简称（截至2025年4月）；地方性法规、规范性文件不在表中，不报告。",
    why: "法律名称写错属于严重表述错误：法律名称是国家立法机关确定的正式名称，写错会造成误解并损害政府公信力。《中华人民共和国立法法》规定法律名称由立法机关确定；国家法律法规数据库载有正式名称。",
    source: "国家法律法规数据库（LawRefBook 整理，2025-04）",
    wrong: "依据《中华人民共和国劳动和同法》第十条",
    right: "依据《中华人民共和国劳动合同法》第十条",
};

const TITLES: &str = include_str!("../../../data/laws/titles.txt");
const PREFIX: &str = "中华人民共和国";

pub(crate) struct LawTitle {
    known: HashSet<&'static str>,
    /// Titles by length in chars, for near-miss lookup.
    by_len: HashMap<usize, Vec<Vec<char>>>,
}

impl LawTitle {
    pub(crate) fn new() -> LawTitle {
        let mut known = HashSet::new();
        let mut by_len: HashMap<usize, Vec<Vec<char>>> = HashMap::new();
        for t in TITLES.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            known.insert(t);
            // 《中华人民共和国宪法修正案》 is cited without the （2018年） the table carries.
            if let Some(bare) = t.split(['（', '(']).next().filter(|b| b.len() < t.len()) {
                known.insert(bare);
            }
            let chars: Vec<char> = t.chars().collect();
            by_len.entry(chars.len()).or_default().push(chars);
        }
        LawTitle { known, by_len }
    }

    /// Real titles one edit (or one swap of neighbours) away from `title`.
    fn near(&self, title: &[char]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for len in [title.len().saturating_sub(1), title.len(), title.len() + 1] {
            for t in self.by_len.get(&len).into_iter().flatten() {
                if within_one(title, t) {
                    let s: String = t.iter().collect();
                    if !out.contains(&s) {
                        out.push(s);
                    }
                }
            }
        }
        out
    }
}

/// Levenshtein distance ≤ 1, or one transposition of neighbours, in O(n).
fn within_one(a: &[char], b: &[char]) -> bool {
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[p..], &b[p..]);
    match (ra.len(), rb.len()) {
        (0, 0) => false,
        (x, y) if x == y => ra[1..] == rb[1..] || (x >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..]),
        (x, y) if x == y + 1 => ra[1..] == *rb,
        (x, y) if y == x + 1 => *ra == rb[1..],
        _ => false,
    }
}

fn looks_like_law(title: &str) -> bool {
    ["法", "法典", "条例", "规定", "办法", "细则", "解释", "规则"].iter().any(|s| title.ends_with(s))
}

impl Rule for LawTitle {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (open, _) in text.match_indices('《') {
            let start = open + '《'.len_utf8();
            let Some(len) = text[start..].find(['》', '《', '\n']) else { continue };
            if !text[start + len..].starts_with('》') {
                continue;
            }
            let raw = &text[start..start + len];
            // 《中华人民共和国宪法（2018年修正）》: the version note is not part of the title.
            let title = raw.split(['（', '(']).next().unwrap_or(raw).trim();
            let chars: Vec<char> = title.chars().collect();
            if self.known.contains(title) || chars.len() < 5 || chars.len() > 80 {
                continue;
            }
            // A typo can hit the 法 itself (劳动合同发), so long titles are compared whatever their ending.
            if chars.len() < 6 && !looks_like_law(title) && !title.starts_with(PREFIX) {
                continue;
            }
            let span = start..start + title.len();
            let near = self.near(&chars);
            if let [right] = near.as_slice() {
                out.push(DOC.diag(span, format!("法律名称“{title}”有误，应为“{right}”"), vec![right.clone()]));
            } else if near.len() > 1 {
                let mut d = DOC.diag(span, format!("法律名称“{title}”有误，请核对（可能是“{}”）", near.join("”或“")), near);
                d.severity = Severity::Warning;
                out.push(d);
            } else if title.starts_with(PREFIX) && title.ends_with('法') {
                let mut d = DOC.diag(
                    span,
                    format!("未找到名为“{title}”的法律，请核对法律名称（名称表截至2025年4月）"),
                    Vec::new(),
                );
                d.severity = Severity::Warning;
                out.push(d);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn near_misses_get_the_real_title() {
        let rule = LawTitle::new();
        assert_eq!(
            flags(&rule, "依据《中华人民共和国劳动和同法》第十条"),
            vec![("中华人民共和国劳动和同法".into(), Some("中华人民共和国劳动合同法".into()))]
        );
        assert_eq!(flags(&rule, "《中华人民共合国宪法》")[0].1.as_deref(), Some("中华人民共和国宪法"));
        assert_eq!(flags(&rule, "《中华人民共和国个人信息保户法》")[0].1.as_deref(), Some("中华人民共和国个人信息保护法"));
        assert_eq!(flags(&rule, "《中华人民共和国政府信息公开例条》")[0].1.as_deref(), Some("中华人民共和国政府信息公开条例"));
        assert_eq!(flags(&rule, "《个人信息保护发》")[0].1.as_deref(), Some("个人信息保护法"));
        assert_eq!(flags(&rule, "《劳动合同发》").len(), 0, "too short to guess when the suffix is gone");
    }

    #[test]
    fn unknown_national_law_is_a_warning() {
        let mut out = Vec::new();
        LawTitle::new().check(&Document::new("《中华人民共和国网络直播管理法》"), &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].severity, Severity::Warning);
        assert!(out[0].suggestions.is_empty());
    }

    #[test]
    fn real_titles_and_other_books_are_fine() {
        assert_clean(
            &LawTitle::new(),
            "根据《中华人民共和国政府信息公开条例》和《中华人民共和国个人信息保护法》。\n\
             《中华人民共和国宪法（2018年修正）》\n《民法典》《劳动合同法》《保密法》\n\
             《关于进一步加强政府网站建设管理的通知》\n《人民日报》\n《北京市生活垃圾管理条例》\n\
             《中华人民共和国民营经济促进法》\n《中华人民共和国行政诉讼法》《中华人民共和国刑事诉讼法》\n\
             《中华人民共和国宪法修正案》《中华人民共和国刑法修正案（十一）》",
        );
    }
    use crate::rules::Document;
}
