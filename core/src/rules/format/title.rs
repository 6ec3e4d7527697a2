//! `format/title`: a 公文 title line ending with 。, or naming the mixed 文种 “请示报告”.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::scan::trimmed_paragraphs;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "format/title",
    category: Category::Format,
    severity: Severity::Warning,
    summary: "公文标题不规范",
    what: "单独成段、以“关于”开头、以“的＋文种”结尾的公文标题：末尾加了句号（关于开展安全检查的通知。），或文种写成“请示报告”。",
    why: "标题末尾一般不用句号（问号、叹号可用），这是 GB/T 15834—2011 下的通行用法。《党政机关公文处理工作条例》第八条列出15种文种，请示与报告是两个文种，条例还要求报告中不得夹带请示事项，标题不能写“请示报告”。",
    source: "《党政机关公文处理工作条例》第八条；GB/T 15834—2011 标题用法",
    wrong: "关于开展安全检查的通知。",
    right: "关于开展安全检查的通知",
};

/// The 15 文种 of the 条例 (命令 written both ways).
const KINDS: [&str; 16] = [
    "决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函",
    "纪要",
];

pub(crate) struct Title;

impl Rule for Title {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        for (off, trimmed) in trimmed_paragraphs(doc) {
            if !trimmed.starts_with("关于") || trimmed.contains(['，', '；']) {
                continue;
            }
            let body = trimmed.strip_suffix('。').unwrap_or(trimmed);
            if body.ends_with("的请示报告") {
                let at = off + body.len() - "请示报告".len();
                let fixes = vec!["请示".to_string(), "报告".to_string()];
                out.push(DOC.diag(
                    at..at + "请示报告".len(),
                    "请示和报告是两个文种，不能合写为“请示报告”".to_string(),
                    fixes,
                ));
            }
            if body.len() < trimmed.len() && KINDS.iter().any(|k| body.ends_with(&format!("的{k}"))) {
                let at = off + body.len();
                out.push(DOC.diag(at..at + '。'.len_utf8(), "标题末尾不用句号".to_string(), vec![String::new()]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_bad_titles() {
        assert_eq!(flags(&Title, "关于开展安全检查的通知。"), vec![("。".into(), Some(String::new()))]);
        assert_eq!(flags(&Title, "关于增加编制的请示报告"), vec![("请示报告".into(), Some("请示".into()))]);
    }

    #[test]
    fn leaves_titles_and_sentences_alone() {
        assert_clean(
            &Title,
            "关于开展安全检查的通知\n关于这个问题，我们已经下发了通知。\n关于2024年工作情况的报告\n关于增加编制的请示",
        );
    }
}
