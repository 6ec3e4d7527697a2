//! `typo/de-attributive`: 得 where an attribute or a sentence adverb needs 的 (一样得事情 →
//! 一样的事情, 真得很难 → 真的很难).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use crate::text::is_han;
use crate::worddict::WordDict;
use std::sync::Arc;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "typo/de-attributive",
    category: Category::Typo,
    severity: Severity::Warning,
    summary: "“得”误用作定语标记“的”",
    what: "只查能可靠判断的搭配：“这样、那样、一样、同样、怎样、什么”后单独成词的“得”再接词语（“一样得事情”“什么得”），以及“真得”后接程度副词（“真得很难”），建议改为“的”。“得到”“得来”“得出”等词和“说得好”“做得很好”中的补语标记“得”不报告。",
    why: "《现代汉语词典》：“的”用在定语后面、或用在句末表示肯定语气；“得”只用在动词、形容词后连接补语。把定语标记写成“得”是的、地、得混用中常见的一类。",
    source: "《现代汉语词典》（第7版）“的”“得”条",
    wrong: "两地面临一样得问题，真得很难解决",
    right: "两地面临一样的问题，真的很难解决",
};

/// Demonstratives after which a lone 得 can only be an attributive 的.
const ATTRIBUTIVE: &[&str] = &["这样", "那样", "一样", "同样", "怎样", "什么"];

/// 真得 before these is 真的 (really).
const DEGREE: &[&str] = &["很", "非常", "十分", "太", "是"];

pub(crate) struct DeAttributive {
    dict: Arc<WordDict>,
}

impl DeAttributive {
    pub(crate) fn new(dict: Arc<WordDict>) -> DeAttributive {
        DeAttributive { dict }
    }
}

impl Rule for DeAttributive {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        let words = doc.words(&self.dict);
        for k in 1..words.len() {
            let w = &text[words[k].clone()];
            let prev = &text[words[k - 1].clone()];
            let next = words.get(k + 1).map_or("", |r| &text[r.clone()]);
            let zhende = prev == "真" && DEGREE.contains(&next);
            let attributive = ATTRIBUTIVE.contains(&prev) && next.chars().all(|c| is_han(c) || !c.is_alphanumeric());
            if w == "得" && (zhende || attributive) {
                out.push(DOC.diag(words[k].clone(), format!("“{prev}得”中应用“的”"), vec!["的".to_string()]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};
    use std::sync::OnceLock;

    fn rule() -> &'static DeAttributive {
        static RULE: OnceLock<DeAttributive> = OnceLock::new();
        RULE.get_or_init(|| DeAttributive::new(Arc::new(WordDict::builtin())))
    }

    #[test]
    fn flags_de_after_demonstratives_and_in_zhende() {
        assert_eq!(flags(rule(), "两地面临一样得问题"), vec![("得".into(), Some("的".into()))]);
        assert_eq!(flags(rule(), "😀这个问题真得很难解决\r\n"), vec![("得".into(), Some("的".into()))]);
    }

    #[test]
    fn leaves_correct_de_alone() {
        assert_clean(
            rule(),
            "两地面临一样的问题，这个问题真的很难解决。\n\
             这样得到的数据更加准确，同样得出了结论。\n\
             各项工作落实得很好，说得好不如做得好。\n\
             他这样做得很对。\n\
             成绩来之不易，真得来不易。",
        );
    }
}
