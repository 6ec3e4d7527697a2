//! `punctuation/nested-colon`: a second 冒号 inside the clause a 冒号 opened (他说：会议决定：下周开工。).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "punctuation/nested-colon",
    category: Category::Punctuation,
    severity: Severity::Info,
    summary: "一个句子内部套用冒号",
    what: "两个全角冒号之间没有逗号、分号、句号、引号或空格，如“他说：会议决定：下周开工。”。只作提示：“时间：……地点：……”之类的并列栏目也会出现两个冒号。",
    why: "GB/T 15834—2011 附录A 冒号补充规则：一个句子内部一般不应套用冒号。",
    source: "GB/T 15834—2011 附录A",
    wrong: "他说：会议决定：下周开工。",
    right: "他说，会议决定：下周开工。",
};

pub(crate) struct NestedColon;

impl Rule for NestedColon {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let mut last: Option<usize> = None;
        for (i, c) in doc.text.char_indices() {
            match c {
                '：' => {
                    if let Some(first) = last {
                        let msg = "一个句子内部一般不套用冒号，前一个冒号可改为逗号".to_string();
                        out.push(DOC.diag(first..first + '：'.len_utf8(), msg, vec!["，".to_string()]));
                    }
                    last = Some(i);
                }
                '，' | '；' | '。' | '？' | '！' | '“' | '”' | '‘' | '’' | '「' | ' ' | '\u{3000}' | '\t' | '\n'
                | ',' | ';' => last = None,
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn hints_at_nested_colons() {
        assert_eq!(flags(&NestedColon, "他说：会议决定：下周开工。"), vec![("：".into(), Some("，".into()))]);
    }

    #[test]
    fn leaves_single_and_quoted_colons_alone() {
        assert_clean(
            &NestedColon,
            "他说：“会议决定：下周开工。”\n时间：2024年6月3日，地点：市政府\n现将有关事项通知如下：",
        );
    }
}
