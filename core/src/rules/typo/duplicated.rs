//! `typo/duplicated`: a character or word typed twice (的的, 进行进行), but not legitimate
//! reduplication (常常, 看看, 研究研究, 件件).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use crate::worddict::WordDict;
use std::sync::Arc;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "typo/duplicated",
    category: Category::Typo,
    severity: Severity::Warning,
    summary: "字或词重复录入",
    what: "查找连续重复的虚词（“的的”“了了”“和和”）和连续重复的三字以上词语或常用连接词（“政府网站政府网站”“进行进行”），建议删去一个。叠词（常常、看看、件件）和动词重叠（研究研究、讨论讨论）是正常用法，不报告。",
    why: "重复录入是复制粘贴和输入法联想造成的常见差错，出版物差错率计算中计为差错。",
    source: "《图书编校质量差错认定细则》（重复计为差错）",
    wrong: "加强的的管理，进行进行部署",
    right: "加强的管理，进行部署",
};

/// Function characters that never reduplicate in standard Chinese.
const FUNCTION_CHARS: &str = "的地得了着过是在和与及或对把被将从向为于其并而以按由等之也都又就所则且但若因";

/// Two-character function words that are never repeated on purpose.
const FUNCTION_WORDS: &[&str] = &[
    "进行", "通过", "根据", "按照", "关于", "对于", "以及", "并且", "但是", "因为", "所以", "如果", "虽然", "同时",
    "我们", "他们", "各级", "有关", "相关", "已经", "积极", "切实", "认真", "进一步",
];

pub(crate) struct Duplicated {
    dict: Arc<WordDict>,
}

impl Duplicated {
    pub(crate) fn new(dict: Arc<WordDict>) -> Duplicated {
        Duplicated { dict }
    }
}

impl Rule for Duplicated {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        let words = doc.words(&self.dict);
        let mut i = 0;
        while i + 1 < words.len() {
            let (a, b) = (&text[words[i].clone()], &text[words[i + 1].clone()]);
            let n = a.chars().count();
            let single_fn = n == 1 && a.chars().all(|c| FUNCTION_CHARS.contains(c));
            let long = n >= 3 && a.chars().all(crate::text::is_han);
            if a == b && (single_fn || long || FUNCTION_WORDS.contains(&a)) && !self.dict.contains(&format!("{a}{b}")) {
                let span = words[i].start..words[i + 1].end;
                out.push(DOC.diag(span, format!("“{a}”重复录入，应删去一个"), vec![a.to_string()]));
                i += 2;
                continue;
            }
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};
    use std::sync::OnceLock;

    fn rule() -> &'static Duplicated {
        static RULE: OnceLock<Duplicated> = OnceLock::new();
        RULE.get_or_init(|| Duplicated::new(Arc::new(WordDict::builtin())))
    }

    #[test]
    fn flags_repeated_function_chars_and_words() {
        assert_eq!(
            flags(rule(), "加强的的管理，进行进行部署"),
            vec![("的的".into(), Some("的".into())), ("进行进行".into(), Some("进行".into()))]
        );
        assert_eq!(flags(rule(), "😀政府网站政府网站\r\n"), vec![("政府网站政府网站".into(), Some("政府网站".into()))]);
    }

    #[test]
    fn leaves_reduplication_alone() {
        assert_clean(
            rule(),
            "我们常常去看看，研究研究再定。\n\
             做到件件有回复、事事有落实。\n\
             讨论讨论方案，人人参与，天天坚持。\n\
             目的的确明确，人们常常说起。",
        );
    }
}
