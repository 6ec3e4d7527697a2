//! `typo/variant-word`: 异形词 — a non-recommended form of a word with variant spellings.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use crate::worddict::WordDict;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::Arc;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "typo/variant-word",
    category: Category::Typo,
    severity: Severity::Warning,
    summary: "使用了非推荐的异形词词形",
    what: "查找《第一批异形词整理表》（GF 1001-2001）中的非推荐词形，如“笔划”“成份”“参预”，建议改为推荐词形“笔画”“成分”“参与”。《第二批异形词整理表（草案）》不是正式规范，默认不检查；配置 \"packs\": [\"yixingci-draft\"] 后其中的词形只作提示（info）。“标识”自2013年《通用规范汉字表》起已是规范词，不报告。",
    why: "GF 1001-2001 是国家语言文字规范，要求“社会一般应用”以推荐词形为准，出版物和政府公文尤应遵守。检查中把非推荐词形计为用字不规范。",
    source: "GF 1001-2001《第一批异形词整理表》",
    wrong: "该项目的成份较为复杂，笔划繁多",
    right: "该项目的成分较为复杂，笔画繁多",
};

const FIRST_BATCH: &str = include_str!("../../../data/yixingci/gf1001_2001.tsv");
const DRAFT_BATCH: &str = include_str!("../../../data/yixingci/draft_2003.tsv");

/// Variant forms that are standard words in their own right today.
const EXCLUDED: &[&str] = &["标识"];

struct Variant {
    recommended: &'static str,
    draft: bool,
}

pub(crate) struct VariantWord {
    variants: Vec<Variant>,
    matcher: AhoCorasick,
    /// Segmentation decides whether a match is a whole word (规定|单位 has no 定单 in it).
    dict: Arc<WordDict>,
}

fn parse(tsv: &'static str, draft: bool, patterns: &mut Vec<&'static str>, variants: &mut Vec<Variant>) {
    for line in tsv.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut cols = line.split('\t');
        let (Some(recommended), Some(forms)) = (cols.next(), cols.next()) else { continue };
        for form in forms.split('、').map(str::trim).filter(|f| !f.is_empty()) {
            if EXCLUDED.contains(&form) || patterns.contains(&form) {
                continue;
            }
            patterns.push(form);
            variants.push(Variant { recommended, draft });
        }
    }
}

impl VariantWord {
    /// `with_draft`: also the 2003 draft table (the `yixingci-draft` pack), at info.
    pub(crate) fn new(dict: Arc<WordDict>, with_draft: bool) -> VariantWord {
        let mut patterns = Vec::new();
        let mut variants = Vec::new();
        parse(FIRST_BATCH, false, &mut patterns, &mut variants);
        if with_draft {
            parse(DRAFT_BATCH, true, &mut patterns, &mut variants);
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("built-in 异形词 table compiles");
        VariantWord { variants, matcher, dict }
    }
}

impl Rule for VariantWord {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        for m in self.matcher.find_iter(doc.text) {
            // Whole words only: 应当|做好 has no 当做, 按|纳税人 no 按纳.
            if !doc.on_word_boundaries(&self.dict, &m.range()) {
                continue;
            }
            let v = &self.variants[m.pattern().as_usize()];
            let form = &doc.text[m.range()];
            let mut d = if v.draft {
                DOC.diag(
                    m.range(),
                    format!("“{form}”宜写作“{}”（《第二批异形词整理表（草案）》推荐词形，草案仅供参考）", v.recommended),
                    vec![v.recommended.to_string()],
                )
            } else {
                DOC.diag(
                    m.range(),
                    format!("“{form}”是异形词，GF 1001-2001 推荐写作“{}”", v.recommended),
                    vec![v.recommended.to_string()],
                )
            };
            if v.draft {
                d.severity = Severity::Info;
            }
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};
    use std::sync::OnceLock;

    fn rule() -> &'static VariantWord {
        static RULE: OnceLock<VariantWord> = OnceLock::new();
        RULE.get_or_init(|| VariantWord::new(Arc::new(WordDict::builtin()), true))
    }

    #[test]
    fn flags_first_batch_variants_as_warnings() {
        let rule = rule();
        assert_eq!(
            flags(rule, "该项目的成份较为复杂，笔划繁多"),
            vec![("成份".into(), Some("成分".into())), ("笔划".into(), Some("笔画".into()))]
        );
        let mut out = Vec::new();
        rule.check(&Document::new("各方参预其中"), &mut out);
        assert_eq!(out[0].severity, Severity::Warning);
        assert_eq!(out[0].suggestions, vec!["参与".to_string()]);
    }

    #[test]
    fn draft_table_is_off_by_default_and_a_pack() {
        let default = crate::Checker::from_json("{}").unwrap();
        assert!(default.check("新闻报导").iter().all(|d| d.rule != DOC.id));
        let with = crate::Checker::from_json(r#"{"packs": ["yixingci-draft"]}"#).unwrap();
        assert!(with.check("新闻报导").iter().any(|d| d.rule == DOC.id && d.severity == Severity::Info));
    }

    #[test]
    fn draft_batch_is_info_only() {
        let mut out = Vec::new();
        rule().check(&Document::new("新闻报导"), &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].severity, Severity::Info);
        assert_eq!(out[0].suggestions, vec!["报道".to_string()]);
    }

    #[test]
    fn leaves_official_text_alone() {
        assert_clean(
            rule(),
            "统一使用政府网站标识。\n\
             物业服务企业应当做好垃圾分类的宣传指导工作。\n\
             按照规定单位应当及时公开。\n\
             按纳税人类别分类管理。\n\
             现将自查情况报告如下。\n\
             该项目的成分较为复杂，笔画繁多，各方参与其中。",
        );
    }
}
