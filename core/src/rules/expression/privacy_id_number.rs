//! `expression/privacy-id-number`: a resident ID number (身份证号) in text meant for publication.

use super::digits::{mask, numbers};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "expression/privacy-id-number",
    category: Category::Expression,
    severity: Severity::Error,
    summary: "公开内容中出现完整的居民身份证号码",
    what: "查找18位居民身份证号码：前17位为数字，末位为数字或X，出生日期真实存在，且校验码符合 GB 11643—1999（ISO 7064 MOD 11-2）。校验不通过的18位数字（订单号、编码等）不报告。建议改为隐去出生日期的形式，如 110105********0018。",
    why: "《中华人民共和国个人信息保护法》将身份证号列为敏感个人信息；国务院办公厅《政府网站与政务新媒体检查指标》把泄露公民身份证号码等个人信息列为单项否决的严重问题。公示中确需出现的，应作去标识化处理。",
    source: "《中华人民共和国个人信息保护法》；GB 11643—1999",
    wrong: "张某，身份证号440304198510101232，现予公示",
    right: "张某，身份证号440304********1232，现予公示",
};

/// True if `id` (17 digits and a check char) has a real birth date and a valid GB 11643 check char.
pub(crate) fn valid_id(id: &str) -> bool {
    let b = id.as_bytes();
    if b.len() != 18 || !b[..17].iter().all(u8::is_ascii_digit) || !(b[0] >= b'1' && b[0] <= b'8') {
        return false;
    }
    let num = |r: std::ops::Range<usize>| id[r].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (num(6..10), num(10..12), num(12..14));
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    if !(1900..=2100).contains(&year) || day == 0 || day > days {
        return false;
    }
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = b[..17].iter().zip(WEIGHTS).map(|(d, w)| u32::from(d - b'0') * w).sum();
    let check = b"10X98765432"[(sum % 11) as usize];
    b[17].to_ascii_uppercase() == check
}

pub(crate) struct PrivacyIdNumber;

impl Rule for PrivacyIdNumber {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        for n in numbers(doc.text) {
            if n.groups.len() == 1 && valid_id(&n.digits) {
                out.push(DOC.diag(
                    n.span,
                    "完整的居民身份证号码属于敏感个人信息，公开发布前应隐去出生日期等部分".to_string(),
                    vec![mask(&n.digits, 6, 4)],
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
    fn flags_valid_id_numbers_with_a_masked_form() {
        assert_eq!(
            flags(&PrivacyIdNumber, "张某，身份证号440304198510101232，现予公示"),
            vec![("440304198510101232".into(), Some("440304********1232".into()))]
        );
        assert_eq!(flags(&PrivacyIdNumber, "身份证：110105194912310029。").len(), 0, "wrong check char");
        assert!(valid_id("11010519491231002X"));
        assert!(!valid_id("110105194913310021"), "month 13");
        assert_eq!(flags(&PrivacyIdNumber, "号码11010519491231002x")[0].1.as_deref(), Some("110105********002X"));
    }

    #[test]
    fn leaves_other_long_numbers_alone() {
        assert_clean(
            &PrivacyIdNumber,
            "订单号110105194912310028\n身份证号440304********1232\n统一社会信用代码91110000100000000X\n金额123456789012345678元\n编号110105194913310021\n证号4403041985101012321",
        );
    }
}
