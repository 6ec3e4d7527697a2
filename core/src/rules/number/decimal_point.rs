//! `number/decimal-point`: a decimal without its leading 0 (.46), or with 。 as the point (0。46).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::scan::{char_before, run_after, run_before};
use crate::rules::{Document, Rule};
use crate::text::is_han;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "number/decimal-point",
    category: Category::Number,
    severity: Severity::Error,
    summary: "小数写法错误",
    what: "汉字后直接出现的“.46”式纯小数（漏写小数点前的“0”），以及用句号作小数点的“0。46”“3。5%”。句号后面是年、月、日等的（“……共10。2024年……”）是两个句子，不报。",
    why: "GB/T 15835—2011 5.1.1.2：纯小数必须写出小数点前定位的“0”；小数点是齐底线的黑圆点“.”。",
    source: "GB/T 15835—2011 5.1.1.2",
    wrong: ".46；0。46",
    right: "0.46",
};

/// Units after which "3。5" is clearly one decimal number.
const DECIMAL_UNITS: [&str; 9] = ["%", "‰", "万", "亿", "元", "倍", "个百分点", "公里", "吨"];

pub(crate) struct DecimalPoint;

impl Rule for DecimalPoint {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (i, c) in text.char_indices() {
            if c != '.' && c != '。' {
                continue;
            }
            let after = i + c.len_utf8();
            let (frac_end, n) = run_after(text, after, |c| c.is_ascii_digit());
            if n == 0 {
                continue;
            }
            let next = text[frac_end..].chars().next();
            if next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.') {
                continue;
            }
            let Some((int_start, m)) = run_before(text, i, 12, |c| c.is_ascii_digit()) else { continue };
            let prev = char_before(text, int_start);
            if c == '.' {
                let starts_number = match prev {
                    None => true,
                    Some(p) => is_han(p) || p.is_whitespace() || "，：；（“".contains(p),
                };
                if m == 0 && starts_number {
                    let frac = &text[after..frac_end];
                    out.push(DOC.diag(i..frac_end, "纯小数应写出小数点前的“0”".to_string(), vec![format!("0.{frac}")]));
                }
                continue;
            }
            if m == 0 || prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.') {
                continue;
            }
            let int = &text[int_start..i];
            let unit_follows = DECIMAL_UNITS.iter().any(|u| text[frac_end..].starts_with(u));
            let date_follows = next.is_some_and(|c| "年月日号时点分".contains(c));
            if (int == "0" && !date_follows) || unit_follows {
                let fix = format!("{int}.{}", &text[after..frac_end]);
                out.push(DOC.diag(int_start..frac_end, "小数点应为“.”，不用句号“。”".to_string(), vec![fix]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_bad_decimals() {
        assert_eq!(flags(&DecimalPoint, "系数为.46"), vec![(".46".into(), Some("0.46".into()))]);
        assert_eq!(flags(&DecimalPoint, ".46"), vec![(".46".into(), Some("0.46".into()))]);
        assert_eq!(flags(&DecimalPoint, "系数为0。46"), vec![("0。46".into(), Some("0.46".into()))]);
        assert_eq!(flags(&DecimalPoint, "增长3。5%"), vec![("3。5".into(), Some("3.5".into()))]);
    }

    #[test]
    fn leaves_sentence_ends_and_real_decimals_alone() {
        assert_clean(
            &DecimalPoint,
            "系数为0.46\n见gov.cn\nv.2\n共计10。2024年以来成效明显\n增长为0。3月份以后回升\n第1.2条\n版本1.2.3\nhttps://www.gov.cn/zhengce/\n比例为3:1",
        );
    }
}
