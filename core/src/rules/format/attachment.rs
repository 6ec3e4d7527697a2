//! `format/attachment`: 附件 notes written 「附件:」 or 「附件：1、」.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::scan::run_after;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "format/attachment",
    category: Category::Format,
    severity: Severity::Error,
    summary: "附件说明格式不规范",
    what: "“附件”后用了半角冒号（附件:），或附件顺序号用了顿号（附件：1、）。",
    why: "GB/T 9704—2012 7.3.4：附件说明在正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称；如有多个附件，使用阿拉伯数字标注附件顺序号（如“附件：1.××××”）。",
    source: "GB/T 9704—2012 7.3.4",
    wrong: "附件:1、xx表",
    right: "附件：1.xx表",
};

pub(crate) struct Attachment;

impl Rule for Attachment {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (i, _) in text.match_indices("附件") {
            let colon_at = i + "附件".len();
            let colon = text[colon_at..].chars().next();
            if !matches!(colon, Some(':' | '：')) {
                continue;
            }
            let after = colon_at + colon.map_or(0, char::len_utf8);
            let (ws_end, _) = run_after(text, after, |c| c == ' ' || c == '\u{3000}');
            let (num_end, n) = run_after(text, ws_end, |c| c.is_ascii_digit());
            let dunhao = (1..=2).contains(&n) && text[num_end..].starts_with('、');
            if colon == Some(':') {
                let (span_end, fix) = if dunhao {
                    (num_end + '、'.len_utf8(), format!("附件：{}.", &text[ws_end..num_end]))
                } else {
                    (after, "附件：".to_string())
                };
                out.push(DOC.diag(i..span_end, "“附件”后应使用全角冒号“：”".to_string(), vec![fix]));
            } else if dunhao {
                let fix = format!("{}.", &text[ws_end..num_end]);
                out.push(DOC.diag(
                    ws_end..num_end + '、'.len_utf8(),
                    "附件顺序号应写作“1.”，不用顿号".to_string(),
                    vec![fix],
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
    fn flags_bad_attachment_notes() {
        assert_eq!(flags(&Attachment, "附件:1、xx表"), vec![("附件:1、".into(), Some("附件：1.".into()))]);
        assert_eq!(flags(&Attachment, "附件:xx表"), vec![("附件:".into(), Some("附件：".into()))]);
        assert_eq!(flags(&Attachment, "附件：1、xx表"), vec![("1、".into(), Some("1.".into()))]);
    }

    #[test]
    fn leaves_standard_notes_alone() {
        assert_clean(&Attachment, "附件：1.xx表\n附件：xx表\n详见附件。\n附件2：名单");
    }
}
