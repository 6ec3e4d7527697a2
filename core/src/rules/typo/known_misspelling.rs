//! `typo/known-misspelling`: curated misspellings (《咬文嚼字》 lists, validated confusion pairs).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use crate::worddict::WordDict;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::Arc;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "typo/known-misspelling",
    category: Category::Typo,
    severity: Severity::Warning,
    summary: "常见别字（《咬文嚼字》等收录）",
    what: "查找《咬文嚼字》“当代汉语出版物中最常见的100个别字”、年度十大语文差错中的用字错误，以及经词典校验的常见错词（错误一侧不成词、正确一侧是词），如“按装”“天燃气”“已亥”。只在整词位置报告：“携带口罩”不会被当成“带口罩”。",
    why: "这些别字在出版物和政府网站中反复出现，已由《咬文嚼字》编辑部等公开点名；出版物差错率计算和政府网站检查都把别字计为差错。",
    source: "《咬文嚼字》最常见100个别字、年度十大语文差错；macro-correct 混淆词表（经词典校验）",
    wrong: "按装天燃气管道",
    right: "安装天然气管道",
};

const PAIRS: &str = include_str!("../../../data/typos/pairs.tsv");

pub(crate) struct KnownMisspelling {
    rights: Vec<(&'static str, &'static str)>,
    matcher: AhoCorasick,
    dict: Arc<WordDict>,
}

impl KnownMisspelling {
    pub(crate) fn new(dict: Arc<WordDict>) -> KnownMisspelling {
        let mut wrongs = Vec::new();
        let mut rights = Vec::new();
        for line in PAIRS.lines().filter(|l| !l.starts_with('#')) {
            let mut c = line.split('\t');
            let (Some(w), Some(r)) = (c.next(), c.next()) else { continue };
            let src = c.next().unwrap_or("");
            wrongs.push(w);
            rights.push((r, src));
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&wrongs)
            .expect("built-in pair table compiles");
        KnownMisspelling { rights, matcher, dict }
    }
}

impl Rule for KnownMisspelling {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let words = doc.words(&self.dict);
        let boundary = |b: usize| b == doc.text.len() || words.binary_search_by_key(&b, |w| w.start).is_ok();
        for m in self.matcher.find_iter(doc.text) {
            if !boundary(m.start()) || !boundary(m.end()) {
                continue;
            }
            let (right, src) = self.rights[m.pattern().as_usize()];
            let wrong = &doc.text[m.range()];
            let from = match src {
                "咬文嚼字100" => "，《咬文嚼字》列为最常见别字之一",
                "咬文嚼字年度十大" => "，《咬文嚼字》年度十大语文差错",
                _ => "",
            };
            out.push(DOC.diag(m.range(), format!("“{wrong}”是别字写法，应为“{right}”{from}"), vec![right.to_string()]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};
    use std::sync::OnceLock;

    fn rule() -> &'static KnownMisspelling {
        static RULE: OnceLock<KnownMisspelling> = OnceLock::new();
        RULE.get_or_init(|| KnownMisspelling::new(Arc::new(WordDict::builtin())))
    }

    #[test]
    fn flags_listed_misspellings() {
        assert_eq!(
            flags(rule(), "按装天燃气管道"),
            vec![("按装".into(), Some("安装".into())), ("天燃气".into(), Some("天然气".into()))]
        );
        assert_eq!(flags(rule(), "😀已亥年\r\n"), vec![("已亥".into(), Some("己亥".into()))]);
    }

    #[test]
    fn leaves_correct_and_straddling_text_alone() {
        assert_clean(
            rule(),
            "请携带口罩和身份证件。\n\
             按装修标准验收。\n\
             安装天然气管道，己亥年春节。\n\
             政府信息公开工作年度报告。",
        );
    }
}
