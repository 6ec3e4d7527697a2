//! `punctuation/repeated-question`: four or more 问号 or 叹号 in a row.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::scan::same_char_runs;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "punctuation/repeated-question",
    category: Category::Punctuation,
    severity: Severity::Error,
    summary: "问号、叹号叠用超过三个",
    what: "问号（？?）或叹号（！!）连续出现四个及以上。",
    why: "GB/T 15834—2011 4.2.3、4.3.3：问号、叹号可以叠用以表示强烈的语气，但最多叠用三个，且一般不宜叠用；政务文本中不应出现。",
    source: "GB/T 15834—2011 4.2.3、4.3.3",
    wrong: "真的吗？？？？",
    right: "真的吗？",
};

pub(crate) struct RepeatedQuestion;

impl Rule for RepeatedQuestion {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (start, end, c, n) in same_char_runs(text, |c| matches!(c, '？' | '?' | '！' | '!')) {
            let fix = if matches!(c, '？' | '?') { '？' } else { '！' };
            if n >= 4 {
                let msg = format!("“{fix}”连用了{n}个，最多叠用三个，政务文本一般只用一个");
                out.push(DOC.diag(start..end, msg, vec![fix.to_string()]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_four_or_more() {
        assert_eq!(flags(&RepeatedQuestion, "真的吗？？？？"), vec![("？？？？".into(), Some("？".into()))]);
        assert_eq!(flags(&RepeatedQuestion, "太好了!!!!!"), vec![("!!!!!".into(), Some("！".into()))]);
    }

    #[test]
    fn leaves_up_to_three_alone() {
        assert_clean(&RepeatedQuestion, "真的吗？\n真的吗？？？\n好！\n怎么办？！");
    }
}
