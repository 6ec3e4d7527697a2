//! `number/quantity-zero`: 〇 used for zero inside a quantity (三千〇五十二).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::numerals::cn_digit;
use crate::rules::scan::char_before;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "number/quantity-zero",
    category: Category::Number,
    severity: Severity::Error,
    summary: "计量数值中的零写成了“〇”",
    what: "“〇”前面是位数词（十、百、千、万、亿），后面是汉字数字，如“三千〇五十二”“一百〇八”。这是计量用的数值，零应写作“零”。年份、编号中逐位书写的“〇”（二〇二四）前面不是位数词，不报。",
    why: "GB/T 15835—2011 5.2.5：“0”用于计量时汉字写作“零”，用于编号时写作“〇”。",
    source: "GB/T 15835—2011 5.2.5",
    wrong: "三千〇五十二",
    right: "三千零五十二",
};

pub(crate) struct QuantityZero;

impl Rule for QuantityZero {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (i, _) in text.match_indices('〇') {
            let end = i + '〇'.len_utf8();
            let before = char_before(text, i);
            let after = text[end..].chars().next();
            if before.is_some_and(|c| "十百千万亿".contains(c))
                && after.is_some_and(|c| cn_digit(c).is_some_and(|v| v > 0) || c == '十')
            {
                out.push(DOC.diag(
                    i..end,
                    "计量数值中的零应写作“零”，“〇”只用于编号和年份".to_string(),
                    vec!["零".to_string()],
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_ling_circle_in_quantities() {
        assert_eq!(flags(&QuantityZero, "三千〇五十二"), vec![("〇".into(), Some("零".into()))]);
        assert_eq!(flags(&QuantityZero, "一百〇八人"), vec![("〇".into(), Some("零".into()))]);
    }

    #[test]
    fn leaves_years_and_correct_quantities_alone() {
        assert_clean(&QuantityZero, "二〇二四年\n三千零五十二\n二〇〇八年\n一九〇五年");
    }
}
