//! `number/two-digit-year`: a year cut to two digits in a date (24年6月).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::scan::{char_before, run_after, run_before};
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "number/two-digit-year",
    category: Category::Number,
    severity: Severity::Warning,
    summary: "年份简写为两位",
    what: "日期中两位数的年份后紧跟月份（24年6月、98年12月3日）。“80年代”“近10年”“30年6个月”等不是日期，不报。建议补全的年份按 00–49 → 20xx、50–99 → 19xx 推断，请核对。",
    why: "GB/T 15835—2011 5.1.3：年份一般不应简写，“2024年”不写作“24年”；GB/T 9704—2012 7.3.5.4 规定成文日期年份标全称。",
    source: "GB/T 15835—2011 5.1.3",
    wrong: "24年6月",
    right: "2024年6月",
};

pub(crate) struct TwoDigitYear;

impl Rule for TwoDigitYear {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (i, _) in text.match_indices('年') {
            let Some((start, 2)) = run_before(text, i, 2, |c| c.is_ascii_digit()) else { continue };
            if char_before(text, start)
                .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '第' | '近' | '满' | '余'))
            {
                continue;
            }
            let after = i + '年'.len_utf8();
            let (m_end, n) = run_after(text, after, |c| c.is_ascii_digit());
            let month: u32 = text[after..m_end].parse().unwrap_or(0);
            if !(1..=2).contains(&n) || !(1..=12).contains(&month) || !text[m_end..].starts_with('月') {
                continue;
            }
            let yy: u32 = text[start..i].parse().unwrap_or(0);
            let full = if yy < 50 { 2000 + yy } else { 1900 + yy };
            let msg = format!("年份不应简写为两位，应写全称（如“{full}年”）");
            out.push(DOC.diag(start..after, msg, vec![format!("{full}年")]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_two_digit_years_in_dates() {
        assert_eq!(flags(&TwoDigitYear, "24年6月"), vec![("24年".into(), Some("2024年".into()))]);
        assert_eq!(flags(&TwoDigitYear, "于98年12月3日"), vec![("98年".into(), Some("1998年".into()))]);
    }

    #[test]
    fn leaves_decades_and_durations_alone() {
        assert_clean(&TwoDigitYear, "20世纪80年代\n近10年\n工作30年6个月\n2024年6月\n第10年\n服务期满15年");
    }
}
