//! `punctuation/ellipsis-with-etc`: an ellipsis followed by 等 / 等等 / 什么的.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "punctuation/ellipsis-with-etc",
    category: Category::Punctuation,
    severity: Severity::Error,
    summary: "省略号与“等”“等等”“什么的”同时使用",
    what: "省略号（……、...）后紧跟“等”“等等”“什么的”。“等待”“等候”“等级”“等于”等词中的“等”不报。",
    why: "GB/T 15834—2011 附录A 省略号补充规则：标示列举或重复词语的省略时，省略号与“等”“等等”“什么的”等词语作用相同，不能同时使用，二者取其一。",
    source: "GB/T 15834—2011 附录A",
    wrong: "猪肝、大豆、油菜……等",
    right: "猪肝、大豆、油菜等",
};

/// Words starting with 等 that are not the enumeration 等.
const NOT_ETC: [char; 13] = ['待', '候', '到', '级', '于', '同', '价', '额', '量', '次', '效', '高', '距'];

pub(crate) struct EllipsisWithEtc;

impl Rule for EllipsisWithEtc {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        let mut pos = 0;
        while let Some(off) = text[pos..].find(['…', '.', '⋯']) {
            let start = pos + off;
            let dot = text[start..].chars().next().map_or('…', |c| c);
            let run = text[start..].chars().take_while(|&c| c == dot).count();
            let end = start + run * dot.len_utf8();
            pos = end;
            // A wrong ellipsis (… or ...) is its own finding, but 等 after it is still redundant.
            if dot == '.' && run < 3 {
                continue;
            }
            let rest = text[end..].trim_start_matches([' ', '\u{3000}']);
            let gap = text.len() - end - rest.len();
            let word = if rest.starts_with("等等") {
                "等等"
            } else if rest.starts_with("什么的") {
                "什么的"
            } else if rest.starts_with('等') && !rest['等'.len_utf8()..].starts_with(NOT_ETC) {
                "等"
            } else {
                continue;
            };
            let span = start..end + gap + word.len();
            let message = format!("省略号与“{word}”作用相同，不能同时使用，保留其一");
            out.push(DOC.diag(span, message, vec![word.to_string(), "……".to_string()]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_ellipsis_with_deng() {
        assert_eq!(flags(&EllipsisWithEtc, "猪肝、大豆、油菜……等"), vec![("……等".into(), Some("等".into()))]);
        assert_eq!(flags(&EllipsisWithEtc, "开展培训、检查……等等工作"), vec![("……等等".into(), Some("等等".into()))]);
        assert_eq!(flags(&EllipsisWithEtc, "买了书、笔...什么的"), vec![("...什么的".into(), Some("什么的".into()))]);
        assert_eq!(flags(&EllipsisWithEtc, "宣传、培训…等工作"), vec![("…等".into(), Some("等".into()))]);
    }

    #[test]
    fn leaves_other_deng_words_alone() {
        assert_clean(
            &EllipsisWithEtc,
            "猪肝、大豆、油菜等\n\
             他犹豫了很久……等待着消息。\n\
             猪肝、大豆、油菜……\n\
             这些问题……等级评定时再议。\n\
             版本1.2等",
        );
    }
}
