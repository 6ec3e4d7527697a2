//! `expression/privacy-bank-card`: a bank card number in text meant for publication.

use super::digits::{mask, numbers};
use super::privacy_id_number::valid_id;
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "expression/privacy-bank-card",
    category: Category::Expression,
    severity: Severity::Error,
    summary: "公开内容中出现完整的银行卡号",
    what: "查找16至19位、通过 Luhn 校验、以常见发卡行标识开头（62 银联，4、5、35、60 等）的银行卡号，可连写或每4位用空格、连字符隔开。合法的身份证号交给 expression/privacy-id-number。前文有“户名：”“专户”“对公”“捐款”等字样的是单位账户，依规公开，不报告。建议改为只保留前4位和后4位，如 6222********1234。",
    why: "银行卡号属于《中华人民共和国个人信息保护法》规定的敏感个人信息（金融账户），补贴发放公示等公开内容中不得出现完整卡号。",
    source: "《中华人民共和国个人信息保护法》第二十八条；ISO/IEC 7812（Luhn 校验）",
    wrong: "补贴已发放至账户6222021234567890128",
    right: "补贴已发放至账户6222***********0128",
};

pub(crate) fn luhn(digits: &str) -> bool {
    let mut sum = 0;
    for (i, c) in digits.bytes().rev().enumerate() {
        if !c.is_ascii_digit() {
            return false;
        }
        let mut d = u32::from(c - b'0');
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

/// Words before a number that say it is an organisation's account, published on purpose.
const ORGANISATION_ACCOUNT: &[&str] = &["对公", "专户", "财政", "非税", "捐款", "捐赠", "单位名称", "户名：", "户名:", "收款单位", "收款人：", "开户单位"];

pub(crate) struct PrivacyBankCard;

impl Rule for PrivacyBankCard {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        for n in numbers(doc.text) {
            let d = &n.digits;
            let grouped_ok = n.groups.len() == 1 || n.groups[..n.groups.len() - 1].iter().all(|&g| g == 4);
            let issuer = ["62", "4", "5", "35", "60", "9"].iter().any(|p| d.starts_with(p));
            if !(16..=19).contains(&d.len()) || !grouped_ok || !issuer || !luhn(d) || valid_id(d) {
                continue;
            }
            // Accounts of organisations (财政专户, 捐款账户) are published on purpose.
            let before: String = doc.text[..n.span.start].chars().rev().take(40).collect::<Vec<_>>().into_iter().rev().collect();
            if ORGANISATION_ACCOUNT.iter().any(|w| before.contains(w)) {
                continue;
            }
            out.push(DOC.diag(
                n.span,
                "完整的银行卡号属于敏感个人信息，公开发布前应只保留前后各4位".to_string(),
                vec![mask(d, 4, 4)],
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_luhn_valid_card_numbers() {
        assert!(luhn("6222021234567890128"));
        assert_eq!(
            flags(&PrivacyBankCard, "补贴已发放至账户6222021234567890128。"),
            vec![("6222021234567890128".into(), Some("6222***********0128".into()))]
        );
        assert_eq!(flags(&PrivacyBankCard, "卡号 4111 1111 1111 1111").len(), 1);
    }

    #[test]
    fn leaves_other_numbers_alone() {
        assert_clean(
            &PrivacyBankCard,
            "卡号6222021234567890127\n身份证号440304198510101232\n合同编号2024123456789012\n卡号6222***********0128\n\
             捐款账户户名：市慈善总会，开户行：某银行，账号：6222021234567890128",
        );
    }
}
