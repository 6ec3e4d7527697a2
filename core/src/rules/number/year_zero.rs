//! `number/year-zero`: a year in Chinese numerals written with 0, 零, O or ○ instead of 〇 (二0二四年).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::numerals::cn_digit;
use crate::rules::scan::{char_before, run_before};
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "number/year-zero",
    category: Category::Number,
    severity: Severity::Error,
    summary: "汉字数字年份中的“〇”写错",
    what: "“年”前面四个字的汉字年份里，零写成了阿拉伯数字“0”、汉字“零”、字母“O”或圆圈符号“○”（U+25CB），如“二0二四年”“二零二四年”“二○二四年”。",
    why: "GB/T 15835—2011 5.2.5：阿拉伯数字“0”有“零”和“〇”两种汉字书写形式，用于计量时用“零”，用于编号（含年份）时用“〇”。“○”是几何符号，“O”是字母，都不是汉字数字。",
    source: "GB/T 15835—2011 5.2.5",
    wrong: "二0二四年；二零二四年；二O二四年",
    right: "二〇二四年",
};

fn is_year_like(c: char) -> bool {
    is_wrong_zero(c) || cn_digit(c).is_some()
}

fn is_wrong_zero(c: char) -> bool {
    matches!(c, '0' | '０' | '零' | 'O' | 'Ｏ' | 'o' | '○' | '◯')
}

pub(crate) struct YearZero;

impl Rule for YearZero {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (i, _) in text.match_indices('年') {
            let Some((start, 4)) = run_before(text, i, 4, is_year_like) else { continue };
            let year = &text[start..i];
            let has_numeral = year.chars().any(|c| cn_digit(c).is_some_and(|v| v > 0));
            if !has_numeral || !year.chars().any(is_wrong_zero) {
                continue;
            }
            // 10年 preceded by 20: "2010年" has no Chinese numeral, so it never gets here; but
            // "一百零五年" style counts (百 before the run) are quantities, not years.
            if char_before(text, start).is_some_and(|c| "十百千万亿".contains(c)) {
                continue;
            }
            let fixed: String = year.chars().map(|c| if is_wrong_zero(c) { '〇' } else { c }).collect();
            let msg = format!("年份中的零应写作“〇”，应为“{fixed}年”");
            out.push(DOC.diag(start..i, msg, vec![fixed]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_wrong_zeros_in_years() {
        for wrong in ["二0二四年", "二零二四年", "二O二四年", "二○二四年", "一九九0年"] {
            let f = flags(&YearZero, wrong);
            assert_eq!(f.len(), 1, "{wrong}");
            assert!(f[0].1.as_deref().is_some_and(|s| s.contains('〇')), "{wrong}: {f:?}");
        }
        assert_eq!(flags(&YearZero, "二0二四年"), vec![("二0二四".into(), Some("二〇二四".into()))]);
    }

    #[test]
    fn leaves_correct_years_and_counts_alone() {
        assert_clean(&YearZero, "二〇二四年\n2024年\n一百零五年\n经过十年努力\n20世纪80年代\n2020年");
    }
}
