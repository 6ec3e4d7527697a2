//! `format/closing-notes`: the 抄送 line without its final 。, and a bare 「此件公开发布」 附注.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::scan::trimmed_paragraphs;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "format/closing-notes",
    category: Category::Format,
    severity: Severity::Warning,
    summary: "抄送、附注格式不规范",
    what: "以“抄送：”开头的段落末尾没有句号（半角冒号由 punctuation/half-width 报告）；单独成段的“此件公开发布”“此件主动公开”等附注没有加圆括号。",
    why: "GB/T 9704—2012 7.4.2：抄送机关名称后标全角冒号，最后一个抄送机关名称后标句号；7.3.6：附注居左空二字加圆括号编排。",
    source: "GB/T 9704—2012 7.3.6、7.4.2",
    wrong: "抄送:县委办，县人大办",
    right: "抄送：县委办，县人大办。",
};

const NOTES: [&str; 4] = ["此件公开发布", "此件主动公开", "此件依申请公开", "此件不予公开"];

pub(crate) struct ClosingNotes;

impl Rule for ClosingNotes {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        for (off, trimmed) in trimmed_paragraphs(doc) {
            if let Some(rest) = trimmed.strip_prefix("抄送").filter(|r| r.starts_with([':', '：'])) {
                let Some(last) = trimmed.chars().next_back() else { continue };
                if rest.chars().count() > 1 && last != '。' {
                    let end = off + trimmed.len();
                    let start = end - last.len_utf8();
                    let (fix, msg) = if matches!(last, '，' | '；' | '、' | '.' | ',' | ';') {
                        ("。".to_string(), "最后一个抄送机关名称后应标句号")
                    } else {
                        (format!("{last}。"), "最后一个抄送机关名称后应标句号")
                    };
                    out.push(DOC.diag(start..end, msg.to_string(), vec![fix]));
                }
            } else if NOTES.contains(&trimmed) {
                let fix = format!("（{trimmed}）");
                out.push(DOC.diag(off..off + trimmed.len(), "附注应加圆括号".to_string(), vec![fix]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_cc_without_full_stop() {
        assert_eq!(flags(&ClosingNotes, "抄送：县委办，县人大办"), vec![("办".into(), Some("办。".into()))]);
        assert_eq!(flags(&ClosingNotes, "抄送:县委办，县人大办，"), vec![("，".into(), Some("。".into()))]);
    }

    #[test]
    fn flags_bare_annotation() {
        assert_eq!(
            flags(&ClosingNotes, "  此件公开发布"),
            vec![("此件公开发布".into(), Some("（此件公开发布）".into()))]
        );
    }

    #[test]
    fn leaves_standard_closing_notes_alone() {
        assert_clean(
            &ClosingNotes,
            "抄送：县委办，县人大办。\n（此件公开发布）\n此件公开发布后，各单位要认真执行。\n抄送单位要及时反馈",
        );
    }
}
