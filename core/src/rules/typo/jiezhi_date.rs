//! `typo/jiezhi-date`: 截止 opening a clause before a date, where 截至 is meant
//! (截止9月底，全市… → 截至9月底，全市…).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use crate::text::is_digit;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "typo/jiezhi-date",
    category: Category::Typo,
    severity: Severity::Warning,
    summary: "句首“截止”后接日期，应为“截至”",
    what: "查找位于句子或分句开头、后面直接跟阿拉伯数字（日期）的“截止”（“截止9月底，全市……”“（二）截止2024年6月30日，全县……”），建议改为“截至”。“截止”表示到期停止（“报名于6月30日截止”“截止日期”），引出统计时点要用“截至”。不在分句开头的“截止”（“报名截止2024年6月30日”，可能是“截止于”的省略）和“截止到”有歧义或可接受，不报告。",
    why: "《现代汉语词典》（第7版）：“截止”指（到一定期限）停止，“截至”指截止到（某个时候）。统计数据、政府信息公开年报常以“截至某日”引出时点，写成“截止”是政府网站检查中常见的用词差错。",
    source: "《现代汉语词典》（第7版）“截止”“截至”条",
    wrong: "截止9月底，全市累计发放创业担保贷款12.6亿元",
    right: "截至9月底，全市累计发放创业担保贷款12.6亿元",
};

/// What may stand right before a clause-opening 截止.
const CLAUSE_OPENERS: &[char] = &[
    '，', '。', '；', '：', '！', '？', '、', '（', '）', '“', '【', '】', '〔', '〕', '\n', ',', ';', ':', '(', ')', '"', ' ', '\u{3000}', '\t',
];

pub(crate) struct JiezhiDate;

impl Rule for JiezhiDate {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (at, _) in text.match_indices("截止") {
            let opens = text[..at].chars().next_back().is_none_or(|c| CLAUSE_OPENERS.contains(&c));
            let next = text[at + "截止".len()..].chars().next();
            let date = next.is_some_and(is_digit);
            if opens && date {
                let zhi = at + "截".len();
                out.push(DOC.diag(zhi..zhi + "止".len(), "引出时点的“截止”应为“截至”：“截止”不带时间宾语".to_string(), vec!["至".to_string()]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_jiezhi_opening_a_clause_before_a_date() {
        assert_eq!(flags(&JiezhiDate, "截止9月底，全市累计发放贷款12.6亿元"), vec![("止".into(), Some("至".into()))]);
        assert_eq!(flags(&JiezhiDate, "😀据统计，截止２０２４年6月30日，全县共有企业3000户。\r\n"), vec![("止".into(), Some("至".into()))]);
        assert_eq!(flags(&JiezhiDate, "（二）截止9月底，累计完成投资"), vec![("止".into(), Some("至".into()))]);
    }

    #[test]
    fn leaves_correct_and_ambiguous_text_alone() {
        // 报名截止2024年6月30日 may be 截止于 with 于 left out: not reported.
        assert_clean(
            &JiezhiDate,
            "截至9月底，全市累计发放贷款12.6亿元。\n\
             报名截止时间为2024年6月30日，报名截止2024年6月30日。\n\
             截止到9月底，全市累计完成投资。报名于6月30日截止，截止日期不再延长。",
        );
    }
}
