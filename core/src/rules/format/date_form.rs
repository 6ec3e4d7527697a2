//! `format/date-form`: dates with zero-padded months or days (2024年06月03日) or dots (2024.6.3).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::numerals::{dates, days_in_month};
use crate::rules::scan::{char_at, char_before, run_after, trimmed_paragraphs};
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "format/date-form",
    category: Category::Format,
    severity: Severity::Error,
    summary: "日期写法不规范",
    what: "用“年月日”书写的日期里月、日编了虚位（2024年06月03日），报错；用圆点或斜线分隔的日期（2024.6.3、2024/6/3）和不补零的短横线日期（2024-6-3）在中文行文中只作提示（info），建议写作“2024年6月3日”；单独成行、全用汉字数字的日期（像落款中的成文日期“二〇二四年六月三日”）也只作提示，因为一般行文中汉字日期是允许的。ISO 格式 2024-06-03 是标准允许的写法，不报。",
    why: "GB/T 9704—2012 7.3.5.4、7.4.3：成文日期、印发日期用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（即1不编为01）。GB/T 15835—2011 5.1.3 另允许按 GB/T 7408 用“-”分隔、月日补足两位的全数字写法（2024-06-03）。",
    source: "GB/T 9704—2012 7.3.5.4；GB/T 15835—2011 5.1.3",
    wrong: "2024年06月03日；2024.6.3",
    right: "2024年6月3日",
};

fn number(text: &str, at: usize, max: usize) -> Option<(u32, usize)> {
    let (end, n) = run_after(text, at, |c| c.is_ascii_digit());
    if n == 0 || n > max {
        return None;
    }
    Some((text[at..end].parse().ok()?, end))
}

pub(crate) struct DateForm;

impl DateForm {
    fn padded(text: &str, out: &mut Vec<Diagnostic>) {
        for d in dates(text) {
            let parts = [d.year.as_ref(), Some(&d.month), d.day.as_ref()];
            if !parts.iter().flatten().any(|p| p.padded) || parts.iter().flatten().any(|p| p.chinese) {
                continue;
            }
            let fix: String = text[d.span.clone()]
                .split_inclusive(['年', '月', '日', '号'])
                .map(|s| {
                    let digits = s.trim_end_matches(|c: char| !c.is_ascii_digit());
                    let unit = &s[digits.len()..];
                    let d = digits.trim_start_matches('0');
                    format!("{}{unit}", if d.is_empty() { "0" } else { d })
                })
                .collect();
            out.push(DOC.diag(d.span.clone(), format!("月、日不编虚位，应写作“{fix}”"), vec![fix]));
        }
    }

    /// A paragraph that is nothing but a date in Chinese numerals is a 成文日期 line.
    fn chinese_signature(doc: &Document, out: &mut Vec<Diagnostic>) {
        for (off, line) in trimmed_paragraphs(doc) {
            // The longest such date, 二〇二四年十二月三十一日, has 12 chars.
            if line.is_empty() || line.len() > 12 * 3 {
                continue;
            }
            let Some(d) = dates(line).into_iter().next() else { continue };
            let (Some(y), Some(day)) = (d.year.as_ref(), d.day.as_ref()) else { continue };
            if d.span != (0..line.len()) || !(y.chinese && d.month.chinese && day.chinese) {
                continue;
            }
            let fix = format!("{}年{}月{}日", y.value, d.month.value, day.value);
            let msg = format!("单独成行的成文日期，公文中应使用阿拉伯数字“{fix}”（2012年以后的公文）");
            let mut diag = DOC.diag(off..off + line.len(), msg, vec![fix]);
            diag.severity = Severity::Info;
            out.push(diag);
        }
    }

    fn dotted(text: &str, out: &mut Vec<Diagnostic>) {
        for (i, c) in text.char_indices() {
            if !c.is_ascii_digit()
                || char_before(text, i)
                    .is_some_and(|p| p.is_ascii_alphanumeric() || matches!(p, '.' | '/' | '-' | 'v' | 'V'))
            {
                continue;
            }
            let Some((y, ye)) = number(text, i, 4).filter(|&(y, e)| e - i == 4 && (1900..=2099).contains(&y)) else {
                continue;
            };
            let Some(sep) = char_at(text, ye).filter(|c| matches!(c, '.' | '/' | '-')) else { continue };
            let Some((m, me)) = number(text, ye + 1, 2) else { continue };
            if char_at(text, me) != Some(sep) {
                continue;
            }
            let Some((d, de)) = number(text, me + 1, 2) else { continue };
            if char_at(text, de).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '-')) {
                continue;
            }
            if !(1..=12).contains(&m) || d == 0 || d > days_in_month(Some(y), m) {
                continue;
            }
            // 2024-06-03 is the GB/T 7408 form the standard allows; 2024-6-3 is not.
            if sep == '-' && me - ye == 3 && de - me == 3 {
                continue;
            }
            let fix = format!("{y}年{m}月{d}日");
            let mut diag = DOC.diag(i..de, format!("中文行文中日期宜写作“{fix}”"), vec![fix]);
            diag.severity = Severity::Info;
            out.push(diag);
        }
    }
}

impl Rule for DateForm {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        Self::padded(doc.text, out);
        Self::dotted(doc.text, out);
        Self::chinese_signature(doc, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_padded_dates() {
        assert_eq!(flags(&DateForm, "2024年06月03日"), vec![("2024年06月03日".into(), Some("2024年6月3日".into()))]);
        assert_eq!(flags(&DateForm, "于2024年6月03日"), vec![("2024年6月03日".into(), Some("2024年6月3日".into()))]);
    }

    #[test]
    fn dotted_dates_are_hints() {
        let mut out = Vec::new();
        DateForm.check(&Document::new("落款日期：2024.6.3"), &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].severity, Severity::Info);
        assert_eq!(out[0].suggestions, vec!["2024年6月3日".to_string()]);
    }

    #[test]
    fn unpadded_iso_dates_are_hints_and_padded_ones_are_fine() {
        assert_eq!(flags(&DateForm, "2024-6-3"), vec![("2024-6-3".into(), Some("2024年6月3日".into()))]);
        assert!(flags(&DateForm, "2024-06-03").is_empty());
    }

    #[test]
    fn a_chinese_signature_date_line_is_a_hint() {
        let mut out = Vec::new();
        DateForm.check(&Document::new("市人民政府\n  二〇二四年六月三日\r\n"), &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].severity, Severity::Info);
        assert_eq!(out[0].suggestions, vec!["2024年6月3日".to_string()]);
        let mut out = Vec::new();
        DateForm.check(&Document::new("于二〇二四年六月三日召开"), &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn leaves_standard_dates_versions_and_ips_alone() {
        assert_clean(
            &DateForm,
            "2024年6月3日\n2024-06-03\n版本v2024.1.1\n服务器10.1.2.3\n2024年10月1日\n于二〇二四年六月三日印发\n第1.2条",
        );
    }
}
