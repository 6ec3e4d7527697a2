//! `punctuation/range-mark`: a hyphen, minus or ASCII tilde used as the mark of a range (5~10℃, 2023-2024年).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::numerals::number_ranges;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "punctuation/range-mark",
    category: Category::Punctuation,
    severity: Severity::Warning,
    summary: "起止范围用了短横线、减号或半角波浪线",
    what: "两个阿拉伯数字之间用“-”“－”“–”或半角“~”表示起止，且后面带有单位（年、月、日、%、℃、元、个、人……）；半角“~”不带单位也报。时间起止（2023—2024年、6月1日—30日）建议一字线“—”，数值范围（5～10℃）建议浪纹线“～”。电话号码、编号、型号、ISO 日期（2024-06-03）、时刻（8:30-9:00）中的短横线不报。",
    why: "GB/T 15834—2011 4.13：标示时间、地域的起止一般用一字线“—”，标示数值范围用浪纹线“～”；短横线“-”用于连接号码、编号、型号和复合名词。GB/T 15835—2011 5.1.2 数值范围用浪纹线或一字线。",
    source: "GB/T 15834—2011 4.13；GB/T 15835—2011 5.1.2",
    wrong: "2023-2024年；5~10℃",
    right: "2023—2024年；5～10℃",
};

pub(crate) struct RangeMark;

impl Rule for RangeMark {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for r in number_ranges(text) {
            let wrong = matches!(r.sep_char, '-' | '－' | '–' | '~' | '〜');
            let has_unit = !r.unit_a.is_empty() || !r.unit_b.is_empty();
            if !wrong || !(has_unit || r.sep_char == '~') {
                continue;
            }
            let unit = if r.unit_b.is_empty() { &text[r.unit_a.clone()] } else { &text[r.unit_b.clone()] };
            let is_year = r.a.len() == 4 && r.b.len() == 4 && unit.starts_with('年');
            let time = is_year || matches!(unit, "月" | "日" | "时");
            let (best, other) = if time { ("—", "～") } else { ("～", "—") };
            let message = if time {
                format!("时间起止应使用一字线“—”，不用“{}”", r.sep_char)
            } else {
                format!("数值范围应使用浪纹线“～”，不用“{}”", r.sep_char)
            };
            out.push(DOC.diag(r.sep.clone(), message, vec![best.to_string(), other.to_string()]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_wrong_range_marks() {
        assert_eq!(flags(&RangeMark, "2023-2024年"), vec![("-".into(), Some("—".into()))]);
        assert_eq!(flags(&RangeMark, "气温5~10℃"), vec![("~".into(), Some("～".into()))]);
        assert_eq!(flags(&RangeMark, "增长5%-10%"), vec![("-".into(), Some("～".into()))]);
        assert_eq!(flags(&RangeMark, "6月1日-30日"), vec![("-".into(), Some("—".into()))]);
        assert_eq!(flags(&RangeMark, "每人补贴200 - 500元"), vec![(" - ".into(), Some("～".into()))]);
        assert_eq!(flags(&RangeMark, "第3~5条"), vec![("~".into(), Some("～".into()))]);
    }

    #[test]
    fn leaves_codes_phones_and_correct_ranges_alone() {
        assert_clean(
            &RangeMark,
            "2023—2024年\n\
             5%～10%\n\
             电话：010-12345678\n\
             日期：2024-06-03\n\
             时间：8:30-12:00\n\
             GB/T 15834-2011\n\
             型号CR400AF-2\n\
             3-1号楼\n\
             比例为3:1\n\
             第1.2条\n\
             版本1.2.3-beta",
        );
    }
}
