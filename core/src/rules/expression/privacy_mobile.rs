//! `expression/privacy-mobile`: an 11-digit mobile phone number in text meant for publication.

use super::digits::{mask, numbers};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "expression/privacy-mobile",
    category: Category::Expression,
    severity: Severity::Error,
    summary: "公开内容中出现完整的手机号码",
    what: "查找11位手机号码（1开头、第二位为3至9），可连写，也可按3-4-4分组用空格或连字符隔开（138 1234 5678）。后接“元”“万”“亿”“人”等单位的11位数字是数量，不报告；固定电话和服务热线不报告。建议改为 138****5678。",
    why: "手机号码可以直接联系到个人，属于个人信息（《中华人民共和国个人信息保护法》第四条）。公示名单、来信回复等公开内容中出现个人手机号码，是政府网站检查中常见的个人信息泄露问题；公开联系方式应使用办公电话。",
    source: "《中华人民共和国个人信息保护法》",
    wrong: "联系人：王某，电话13812345678",
    right: "联系人：王某，电话138****5678",
};

/// Chars after a number that make it a quantity, not a phone number.
const UNITS: &str = "元万亿千百人次户个件台辆吨米克斤亩平方度条项笔份次名位家所张本篇字美港欧镑日韩卢";

pub(crate) struct PrivacyMobile;

impl Rule for PrivacyMobile {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for n in numbers(text) {
            let d = n.digits.as_bytes();
            let grouped_ok = n.groups.len() == 1 || n.groups == [3, 4, 4];
            if d.len() != 11 || d[0] != b'1' || !(b'3'..=b'9').contains(&d[1]) || !grouped_ok {
                continue;
            }
            let after = text[n.span.end..].trim_start().chars().next();
            let before = text[..n.span.start].chars().next_back();
            if after.is_some_and(|c| UNITS.contains(c)) || before.is_some_and(|c| "¥￥$＄".contains(c)) {
                continue;
            }
            out.push(DOC.diag(
                n.span,
                "完整的手机号码属于个人信息，公开发布前应隐去中间四位或改用办公电话".to_string(),
                vec![mask(&n.digits, 3, 4)],
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_mobile_numbers_with_a_masked_form() {
        assert_eq!(
            flags(&PrivacyMobile, "联系人：王某，电话13812345678。"),
            vec![("13812345678".into(), Some("138****5678".into()))]
        );
        assert_eq!(flags(&PrivacyMobile, "手机：139-1234-5678")[0].1.as_deref(), Some("139****5678"));
        assert_eq!(flags(&PrivacyMobile, "手机 159 8765 4321").len(), 1);
    }

    #[test]
    fn leaves_quantities_hotlines_and_longer_numbers_alone() {
        assert_clean(
            &PrivacyMobile,
            "投资总额15000000000元\n服务热线12345\n办公电话0731-88888888\n编号138123456789\n联系电话：138****5678\n实行7X24小时值班值守",
        );
    }
}
