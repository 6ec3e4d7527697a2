//! `format/classification-star`: a 密级 joined to its period by something other than ★ (秘密*一年).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "format/classification-star",
    category: Category::Format,
    severity: Severity::Warning,
    summary: "密级与保密期限之间的符号不规范",
    what: "“绝密”“机密”“秘密”后用“*”“＊”“☆”“✱”连接保密期限，应为实心五角星“★”。是否应当公开由其他规则判断，这里只检查符号。",
    why: "GB/T 9704—2012 7.2.2：密级和保密期限之间用“★”隔开，保密期限中的数字用阿拉伯数字标注。",
    source: "GB/T 9704—2012 7.2.2",
    wrong: "秘密*1年",
    right: "秘密★1年",
};

pub(crate) struct ClassificationStar;

impl Rule for ClassificationStar {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for level in ["绝密", "机密", "秘密"] {
            for (i, _) in text.match_indices(level) {
                let at = i + level.len();
                let Some(c) = text[at..].chars().next().filter(|c| matches!(c, '*' | '＊' | '☆' | '✱' | '✩'))
                else {
                    continue;
                };
                let msg = format!("密级与保密期限之间应使用“★”，不用“{c}”");
                out.push(DOC.diag(at..at + c.len_utf8(), msg, vec!["★".to_string()]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_wrong_stars() {
        assert_eq!(flags(&ClassificationStar, "秘密*1年"), vec![("*".into(), Some("★".into()))]);
        assert_eq!(flags(&ClassificationStar, "机密☆10年"), vec![("☆".into(), Some("★".into()))]);
    }

    #[test]
    fn leaves_other_text_alone() {
        assert_clean(&ClassificationStar, "秘密★1年\n保守国家秘密是每个公民的义务。");
    }
}
