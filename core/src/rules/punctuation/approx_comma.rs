//! `punctuation/approx-comma`: a 顿号 inside an approximate number (三、五天, 十六、七岁).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::numerals::cn_digit;
use crate::rules::scan::char_before;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "punctuation/approx-comma",
    category: Category::Punctuation,
    severity: Severity::Warning,
    summary: "相邻数字连用表示概数时用了顿号",
    what: "两个相邻的汉字数字（或习惯连用的“三五”）之间有顿号，后面紧跟量词（天、个、人、岁、次……），如“三、五天”“十六、七岁”。前面有“第”的（第三、四章）和后面是“年级”“季度”“线”等的并列缩略（一、二年级）是并列，不报。",
    why: "GB/T 15834—2011 4.5：相邻或相近两数字连用表示概数时，中间不用顿号；GB/T 15835—2011 5.2.1 概数用汉字数字连用。若为缩略形式的并列（一、二年级），则用顿号。",
    source: "GB/T 15834—2011 4.5；GB/T 15835—2011 5.2.1",
    wrong: "三、五天；十六、七岁",
    right: "三五天；十六七岁",
};

/// Measure words after which two numerals read as an approximate count.
const MEASURES: [char; 14] = ['天', '个', '人', '岁', '次', '名', '倍', '只', '家', '遍', '趟', '本', '户', '里'];

pub(crate) struct ApproxComma;

impl Rule for ApproxComma {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (i, _) in text.match_indices('、') {
            let Some(a) = char_before(text, i) else { continue };
            let a_start = i - a.len_utf8();
            let b_start = i + '、'.len_utf8();
            let mut rest = text[b_start..].chars();
            let (Some(b), Some(m)) = (rest.next(), rest.next()) else { continue };
            let (Some(x), Some(y)) = (cn_digit(a), cn_digit(b)) else { continue };
            let adjacent = x > 0 && (y == x + 1 || (x, y) == (3, 5));
            if !adjacent || !MEASURES.contains(&m) || char_before(text, a_start) == Some('第') {
                continue;
            }
            let end = b_start + b.len_utf8();
            let msg = format!("“{a}{b}”表示概数，中间不用顿号");
            out.push(DOC.diag(a_start..end, msg, vec![format!("{a}{b}")]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_comma_in_approximate_numbers() {
        assert_eq!(flags(&ApproxComma, "三、五天"), vec![("三、五".into(), Some("三五".into()))]);
        assert_eq!(flags(&ApproxComma, "十六、七岁"), vec![("六、七".into(), Some("六七".into()))]);
        assert_eq!(flags(&ApproxComma, "七、八个人"), vec![("七、八".into(), Some("七八".into()))]);
    }

    #[test]
    fn leaves_coordination_alone() {
        assert_clean(&ApproxComma, "一、二年级\n第三、四章\n一、二线城市\n七八个人\n一、加强领导\n一、二季度");
    }
}
