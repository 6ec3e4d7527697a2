//! `typo/de-particle`: 的 where a degree complement needs 得 (落实的很好 → 落实得很好).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use crate::worddict::WordDict;
use std::sync::Arc;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "typo/de-particle",
    category: Category::Typo,
    severity: Severity::Warning,
    summary: "“的”误用作补语标记“得”",
    what: "查找动词或形容词后、程度副词（很、非常、十分、更加、越来越、特别）前单独成词的“的”，如“落实的很好”“推进的非常顺利”，建议改为“得”。“目的很明确”“他的很多”等“的”属于词内或后接名词，不报告。只检查这一种可以可靠判断的搭配。",
    why: "《现代汉语词典》和 GB/T 15834 相关说明：“得”用在动词、形容词后连接表示程度或结果的补语。的、地、得混用是出版物和公文中最常见的用字差错之一。",
    source: "《现代汉语词典》（第7版）“得”“的”条",
    wrong: "各项工作落实的很好",
    right: "各项工作落实得很好",
};

const DEGREE: &[&str] = &["很", "非常", "十分", "更加", "越来越", "特别"];

pub(crate) struct DeParticle {
    dict: Arc<WordDict>,
}

impl DeParticle {
    pub(crate) fn new(dict: Arc<WordDict>) -> DeParticle {
        DeParticle { dict }
    }
}

impl Rule for DeParticle {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        let words = doc.words(&self.dict);
        for k in 1..words.len().saturating_sub(1) {
            if &text[words[k].clone()] != "的" || !DEGREE.contains(&&text[words[k + 1].clone()]) {
                continue;
            }
            // The word before must be a Han word of two or more chars (a verb or adjective such as
            // 落实, 推进); pronouns and single chars (他的很) are too ambiguous.
            let prev = &text[words[k - 1].clone()];
            if prev.chars().count() < 2 || !prev.chars().all(crate::text::is_han) || PRONOUNS.contains(&prev) {
                continue;
            }
            out.push(DOC.diag(
                words[k].clone(),
                format!("“{prev}的{}”中连接程度补语应用“得”", &text[words[k + 1].clone()]),
                vec!["得".to_string()],
            ));
        }
    }
}

const PRONOUNS: &[&str] = &["我们", "你们", "他们", "她们", "它们", "大家", "自己", "人们", "咱们"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};
    use std::sync::OnceLock;

    fn rule() -> &'static DeParticle {
        static RULE: OnceLock<DeParticle> = OnceLock::new();
        RULE.get_or_init(|| DeParticle::new(Arc::new(WordDict::builtin())))
    }

    #[test]
    fn flags_de_before_degree_complements() {
        assert_eq!(flags(rule(), "各项工作落实的很好"), vec![("的".into(), Some("得".into()))]);
        assert_eq!(flags(rule(), "😀项目推进的非常顺利\r\n"), vec![("的".into(), Some("得".into()))]);
    }

    #[test]
    fn leaves_correct_de_alone() {
        assert_clean(
            rule(),
            "这次活动的目的很明确。\n\
             我们的很多工作还有差距。\n\
             各项工作落实得很好。\n\
             这是一个十分重要的问题，的确非常重要。",
        );
    }
}
