//! `number/range-unit`: a range that drops the first unit where that is ambiguous (15～30%, 13～17万元).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::numerals::{measure_after_wan, number_ranges};
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "number/range-unit",
    category: Category::Number,
    severity: Severity::Error,
    summary: "数值范围省略了前一个数值的“%”“万”“亿”",
    what: "数值范围中只有后一个数值带“%”“‰”“万”“亿”（15～30%、9～16亿、13～17万元）。建议把单位补到前一个数值上，同时把不规范的连接号改为“～”。",
    why: "GB/T 15835—2011 5.1.2：数值范围中前后两个数值的附加符号或计量单位相同时，可省略前一数值的附加符号或计量单位；但省略后会引起歧义的（如“%”“万”“亿”），则不应省略。15～30%会被读作“15到百分之三十”。",
    source: "GB/T 15835—2011 5.1.2",
    wrong: "15～30%；9～16亿；13～17万元",
    right: "15%～30%；9亿～16亿；13万元～17万元",
};

pub(crate) struct RangeUnit;

impl Rule for RangeUnit {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for r in number_ranges(text) {
            if !r.unit_a.is_empty() {
                continue;
            }
            let unit_b = &text[r.unit_b.clone()];
            let mut unit = match unit_b.chars().next() {
                Some(c @ ('%' | '‰')) => c.to_string(),
                Some(c @ ('万' | '亿')) => {
                    format!("{c}{}", measure_after_wan(&text[r.unit_b.start + c.len_utf8()..]))
                }
                _ => continue,
            };
            if unit.chars().count() > 1 && !text[r.unit_b.start..].starts_with(&unit) {
                unit.truncate('万'.len_utf8());
            }
            let end = r.unit_b.start + unit.len();
            let sep = match r.sep_char {
                '-' | '－' | '–' | '~' | '〜' => "～".to_string(),
                _ => text[r.sep.clone()].trim().to_string(),
            };
            let (a, b) = (&text[r.a.clone()], &text[r.b.clone()]);
            let fix = format!("{a}{unit}{sep}{b}{unit}");
            let message = format!("数值范围中的“{unit}”不能省略，前一个数值也要带上，写作“{fix}”");
            out.push(DOC.diag(r.a.start..end, message, vec![fix]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_dropped_units() {
        assert_eq!(flags(&RangeUnit, "增长15～30%"), vec![("15～30%".into(), Some("15%～30%".into()))]);
        assert_eq!(flags(&RangeUnit, "9～16亿"), vec![("9～16亿".into(), Some("9亿～16亿".into()))]);
        assert_eq!(flags(&RangeUnit, "13～17万元"), vec![("13～17万元".into(), Some("13万元～17万元".into()))]);
        assert_eq!(flags(&RangeUnit, "提高15-30%"), vec![("15-30%".into(), Some("15%～30%".into()))]);
        assert_eq!(flags(&RangeUnit, "约1.5至2.5万人"), vec![("1.5至2.5万人".into(), Some("1.5万人至2.5万人".into()))]);
    }

    #[test]
    fn leaves_complete_ranges_alone() {
        assert_clean(
            &RangeUnit,
            "5%～10%\n\
             9亿～16亿\n\
             13万元～17万元\n\
             5～10℃\n\
             2023—2024年\n\
             电话：010-12345678\n\
             增长5.2%，CPI上涨0.2%。",
        );
    }
}
