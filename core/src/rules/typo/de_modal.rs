//! `typo/de-modal`: 不的 where the modal 不得 is meant (个人不的侵占 → 个人不得侵占,
//! 舍不的 → 舍不得).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use crate::text::is_han;
use crate::worddict::WordDict;
use std::sync::Arc;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "typo/de-modal",
    category: Category::Typo,
    severity: Severity::Warning,
    summary: "“不得”误写为“不的”",
    what: "查找“不的”：后面紧接汉字（“不的侵占”“不的不”），或与前一字组成“舍不得”“怪不得”“恨不得”等词时，建议把“的”改为“得”。“要不的话”不报告。“不”后直接跟结构助词“的”在规范书面语中几乎不出现，拼音输入“bude”时误选“不的”是常见错误。",
    why: "“不得”表示禁止或不能（“不得擅自”“不得以任何理由”），是法规、通知中最常用的词之一；写成“不的”改变了条文的意思，也是的、地、得混用中最容易被检查点名的一类。《现代汉语词典》（第7版）“不得”条。",
    source: "《现代汉语词典》（第7版）“不得”“得”条",
    wrong: "任何单位和个人不的侵占、挪用补助资金",
    right: "任何单位和个人不得侵占、挪用补助资金",
};

pub(crate) struct DeModal {
    dict: Arc<WordDict>,
}

impl DeModal {
    pub(crate) fn new(dict: Arc<WordDict>) -> DeModal {
        DeModal { dict }
    }
}

impl Rule for DeModal {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (at, _) in text.match_indices("不的") {
            let de = at + "不".len();
            let next = text[de + "的".len()..].chars().next();
            let prev = text[..at].chars().next_back();
            if next == Some('话') {
                continue;
            }
            // 舍不得, 怪不得: the word the character before makes with 不得.
            let word = prev.is_some_and(|p| self.dict.contains(&format!("{p}不得")));
            let modal = next.is_some_and(is_han);
            if word || modal {
                let shown = prev.filter(|_| word).map_or(String::new(), String::from);
                out.push(DOC.diag(de..de + "的".len(), format!("“{shown}不的”应为“{shown}不得”"), vec!["得".to_string()]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};
    use std::sync::OnceLock;

    fn rule() -> &'static DeModal {
        static RULE: OnceLock<DeModal> = OnceLock::new();
        RULE.get_or_init(|| DeModal::new(Arc::new(WordDict::builtin())))
    }

    #[test]
    fn flags_bu_de_for_the_modal() {
        assert_eq!(flags(rule(), "任何单位和个人不的侵占、挪用补助资金"), vec![("的".into(), Some("得".into()))]);
        assert_eq!(flags(rule(), "很多学生不的不休学"), vec![("的".into(), Some("得".into()))]);
        assert_eq!(flags(rule(), "😀大家都舍不的。\r\n"), vec![("的".into(), Some("得".into()))]);
    }

    #[test]
    fn leaves_correct_text_alone() {
        assert_clean(
            rule(),
            "任何单位和个人不得侵占、挪用补助资金，不得不说这是好事。\n\
             大家都舍不得，怪不得他不高兴。\n\
             要不的话，就改天再去。\n\
             来不来的问题由你决定，行不行的都请回个话。\n\
             这是不可能的。结果是好不好的，都要公开。",
        );
    }
}
