//! `number/mixed-numerals`: Arabic digits combined with 千 or 百 (4千, 5百万).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::numerals::{arabic_number_at, cn_digit};
use crate::rules::scan::char_before;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "number/mixed-numerals",
    category: Category::Number,
    severity: Severity::Error,
    summary: "阿拉伯数字与汉字“千”“百”合用",
    what: "阿拉伯数字后直接跟“千”或“百”（4千、3百多人、5百万）。“千米”“千克”“千瓦”“百分点”等计量单位和“百分比”不报。“万”“亿”可以与阿拉伯数字合用，不报。",
    why: "GB/T 15835—2011 5.3：一个数值一般不能同时使用阿拉伯数字与汉字数字，只有“万”“亿”可以与阿拉伯数字一起使用，如“1.2亿”“30万”；不写作“4千”“3百”。",
    source: "GB/T 15835—2011 5.3",
    wrong: "4千；3百多人",
    right: "4000；300多人",
};

/// Units and words where 千/百 after a digit is not a multiplier.
const NOT_MULTIPLIER: [&str; 17] = [
    "千米", "千克", "千瓦", "千帕", "千赫", "千卡", "千焦", "千伏", "千字节", "千兆", "千分", "千里", "百分", "百帕", "百强县",
    "百货", "百科",
];

/// `digits` × 10^`zeros`, written out, or `None` for decimals that do not come out whole.
fn scale(digits: &str, zeros: usize) -> Option<String> {
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if frac.len() > zeros {
        return None;
    }
    let s = format!("{int}{frac}{}", "0".repeat(zeros - frac.len()));
    let s = s.trim_start_matches('0');
    Some(if s.is_empty() { "0".to_string() } else { s.to_string() })
}

pub(crate) struct MixedNumerals;

impl Rule for MixedNumerals {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        let mut pos = 0;
        while pos < text.len() {
            let Some(c) = text[pos..].chars().next() else { break };
            if !c.is_ascii_digit() {
                pos += c.len_utf8();
                continue;
            }
            let start = pos;
            let end = arabic_number_at(text, pos).unwrap_or(pos + 1);
            pos = end;
            if char_before(text, start).is_some_and(|p| p.is_ascii_alphanumeric() || p == '.') {
                continue;
            }
            let rest = &text[end..];
            let zeros = match rest.chars().next() {
                Some('千') => 3,
                Some('百') => 2,
                _ => continue,
            };
            if NOT_MULTIPLIER.iter().any(|w| rest.starts_with(w)) {
                continue;
            }
            let mark_end = end + '千'.len_utf8();
            let tail = text[mark_end..].chars().next();
            let fix = if tail.is_some_and(|t| t.is_ascii_digit() || t == '零' || cn_digit(t).is_some() || t == '十') {
                vec![]
            } else {
                scale(&text[start..end], zeros).into_iter().collect()
            };
            let msg = format!("阿拉伯数字不与“{}”合用（只有“万”“亿”可以）", &rest[..3]);
            out.push(DOC.diag(start..mark_end, msg, fix));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_digits_with_qian_or_bai() {
        assert_eq!(flags(&MixedNumerals, "共4千人"), vec![("4千".into(), Some("4000".into()))]);
        assert_eq!(flags(&MixedNumerals, "3百多人"), vec![("3百".into(), Some("300".into()))]);
        assert_eq!(flags(&MixedNumerals, "5百万元"), vec![("5百".into(), Some("500".into()))]);
        assert_eq!(flags(&MixedNumerals, "1.5千"), vec![("1.5千".into(), Some("1500".into()))]);
        assert_eq!(flags(&MixedNumerals, "1百零8"), vec![("1百".into(), None)]);
    }

    #[test]
    fn leaves_units_and_wan_alone() {
        assert_clean(&MixedNumerals, "全长3千米\n第1百货商店\n重5千克\n提高2个百分点\n1.2亿元\n30万人\n装机100千瓦\n四千人\nA4百页");
    }
}
