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
    what: "查找《咬文嚼字》“当代汉语出版物中最常见的100个别字”、年度十大语文差错中的用字错误，以及经词典校验的常见错词（错误一侧不成词、正确一侧是词），如“按装”“天燃气”“已亥”；还有公文固定搭配中用错的词：两个写法都是词，但在这一搭配中只有一种读法，如“安排部属”（应为“部署”）、“截止目前”（“截止”不带宾语，应为“截至”）、“燃气泄露”（应为“泄漏”）、“落实不利”（应为“不力”）、“任前公式”（应为“公示”）、“行驶职权”（应为“行使”）。搭配须整词出现：“监管不利于创新”不报告。能两读的搭配（“群众反应强烈”“倾听民声”）不收。只在整词位置报告：“携带口罩”不会被当成“带口罩”。",
    why: "这些别字在出版物和政府网站中反复出现，已由《咬文嚼字》编辑部等公开点名；出版物差错率计算和政府网站检查都把别字计为差错。",
    source: "《咬文嚼字》最常见100个别字、年度十大语文差错；macro-correct 混淆词表（经词典校验）；《现代汉语词典》（第7版）“部署”“截至”“泄漏”“不力”等条",
    wrong: "按装天燃气管道",
    right: "安装天然气管道",
};

const PAIRS: &str = include_str!("../../../data/typos/pairs.tsv");

/// The source of the pairs written wrong in a fixed official collocation (`context_pairs.tsv`).
const COLLOCATION: &str = "公文搭配";

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
        for m in self.matcher.find_iter(doc.text) {
            let (right, src) = self.rights[m.pattern().as_usize()];
            if !doc.bounds_misspelling(&self.dict, &m.range()) {
                continue;
            }
            // A collocation may not end inside a word that takes its changed character along:
            // 监管不利|于 is 不利于, but 信心|公开指南 is still 信息公开.
            if src == COLLOCATION && changes_run_on(doc, &self.dict, m.range(), right) {
                continue;
            }
            let wrong = &doc.text[m.range()];
            let from = match src {
                "咬文嚼字100" => "，《咬文嚼字》列为最常见别字之一",
                "咬文嚼字年度十大" => "，《咬文嚼字》年度十大语文差错",
                _ => "",
            };
            let message = if src == COLLOCATION {
                format!("“{wrong}”这一搭配中用错了字，应为“{right}”")
            } else {
                format!("“{wrong}”是别字写法，应为“{right}”{from}")
            };
            out.push(DOC.diag(m.range(), message, vec![right.to_string()]));
        }
    }
}

/// True if a word of the segmentation runs on past `span` and holds a character that `right`
/// changes.
fn changes_run_on(doc: &Document, dict: &WordDict, span: std::ops::Range<usize>, right: &str) -> bool {
    let words = doc.words(dict);
    let k = words.partition_point(|w| w.end < span.end);
    let Some(w) = words.get(k).filter(|w| w.start < span.end && w.end > span.end) else { return false };
    doc.text[span.clone()].char_indices().zip(right.chars()).any(|((i, a), b)| a != b && span.start + i >= w.start)
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
    fn flags_real_words_wrong_in_a_fixed_collocation() {
        assert_eq!(flags(rule(), "会议对下一步工作进行了安排部属"), vec![("安排部属".into(), Some("安排部署".into()))]);
        assert_eq!(flags(rule(), "截止目前，全市已完成"), vec![("截止目前".into(), Some("截至目前".into()))]);
        assert_eq!(flags(rule(), "发现燃气泄露要立即关闭阀门"), vec![("燃气泄露".into(), Some("燃气泄漏".into()))]);
        assert_eq!(flags(rule(), "让群众真正的到实惠"), vec![("的到实惠".into(), Some("得到实惠".into()))]);
        assert_eq!(flags(rule(), "对整改不利的单位予以通报"), vec![("整改不利".into(), Some("整改不力".into()))]);
        assert_eq!(flags(rule(), "依法行驶职权"), vec![("行驶职权".into(), Some("行使职权".into()))]);
        assert_eq!(flags(rule(), "请查阅本机关政府信心公开指南"), vec![("信心公开".into(), Some("信息公开".into()))]);
        assert_clean(
            rule(),
            "他和部属一起研究部署工作。报名截止时间为5月31日，截至目前已有300人报名。\n\
             防止个人信息泄露。群众反应强烈，要倾听民声。对落实不力的严肃问责。\n\
             期待您的到来。他取的名字很好听。各项工作取得了明显成效。\n\
             过度监管不利于创新，盲目推进不利于发展。采取的积极措施。",
        );
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
