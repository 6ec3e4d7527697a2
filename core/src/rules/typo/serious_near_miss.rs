//! `typo/serious-near-miss`: a typo inside a country name, an organ name or a fixed political formulation.

use crate::confusion::Confusion;
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::nearmiss::{NearMissMatcher, NearMissPolicy};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};
use crate::worddict::WordDict;
use std::sync::Arc;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "typo/serious-near-miss",
    category: Category::Typo,
    severity: Severity::Error,
    summary: "国名、机构名或规范政治表述中有错字",
    what: "查找与国名、党和国家机关名称、指导思想和固定政治表述（如“中华人民共和国”“全国人民代表大会常务委员会”“社会主义核心价值观”）只差一个音同、音近或形近字（六字以上的名称至多两个），或六字以上的名称中间漏了一个字（“中华人民和国”）的写法，建议改为规范名称。",
    why: "国务院办公厅《政府网站与政务新媒体检查指标》把国名、机构名、领导人姓名和重要表述中的错字列为“严重错别字”，一经发现即单项否决；历年通报中的“中华人民共合国”“杜会主义”“扫黑险恶”均属此类。",
    source: "国办《政府网站与政务新媒体检查指标》严重错别字",
    wrong: "根据中华人民共合国宪法，坚持杜会主义道路",
    right: "根据中华人民共和国宪法，坚持社会主义道路",
};

const NAMES: &str = include_str!("../../../data/canonical/names.tsv");

pub(crate) struct SeriousNearMiss {
    matcher: NearMissMatcher,
    kinds: Vec<&'static str>,
    confusion: Arc<Confusion>,
    /// Segmentation: a hit must start and end on word boundaries (财政|不足 is not 财政部).
    dict: Arc<WordDict>,
}

fn kind_label(kind: &str) -> &'static str {
    match kind {
        "country" => "国名",
        "organ" => "机构名称",
        "party" => "党的名称",
        "theory" => "指导思想",
        _ => "规范表述",
    }
}

impl SeriousNearMiss {
    pub(crate) fn new(confusion: Arc<Confusion>, dict: Arc<WordDict>) -> SeriousNearMiss {
        let rows: Vec<(&str, &'static str)> = NAMES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut c = l.split('\t');
                Some((c.next()?.trim(), kind_label(c.next().unwrap_or("").trim())))
            })
            .collect();
        // Two-character names (中国) differ by one character from too many real words.
        // A left-out character is matched only in names of six or more characters: in shorter
        // ones the rest too often reads as another phrase.
        let policy = NearMissPolicy { min_len: 3, missing_from: 6, ..NearMissPolicy::default() };
        let matcher = NearMissMatcher::new(rows.iter().map(|r| r.0), policy);
        let kinds = (0..rows.len())
            .map(|i| rows.iter().find(|r| r.0 == matcher.name(i)).map_or("规范表述", |r| r.1))
            .collect();
        SeriousNearMiss { matcher, kinds, confusion, dict }
    }
}

impl Rule for SeriousNearMiss {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let conf = &self.confusion;
        for hit in self.matcher.find(doc.text, |a, b| conf.kind(a, b).is_some() || conf.fuzzy_sound(a, b)) {
            if !doc.on_word_boundaries(&self.dict, &hit.span) {
                continue;
            }
            let name = self.matcher.name(hit.name);
            let mut why: Vec<String> = hit
                .diffs
                .iter()
                .map(|&(_, w, r)| {
                    let k = conf.kind(w, r).map_or("音近", |k| k.label());
                    format!("“{w}”应为“{r}”（{k}）")
                })
                .collect();
            if let Some((_, c)) = hit.missing {
                why.push(format!("漏了“{c}”字"));
            }
            let found = &doc.text[hit.span.clone()];
            out.push(DOC.diag(
                hit.span,
                format!(
                    "“{found}”疑为{}“{name}”之误：{}。{}中的错字属严重差错",
                    self.kinds.get(hit.name).copied().unwrap_or("规范表述"),
                    why.join("，"),
                    "国名、机构名和规范表述"
                ),
                vec![name.to_string()],
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    fn rule() -> &'static SeriousNearMiss {
        static RULE: std::sync::OnceLock<SeriousNearMiss> = std::sync::OnceLock::new();
        RULE.get_or_init(|| SeriousNearMiss::new(Arc::new(Confusion::builtin()), Arc::new(WordDict::builtin())))
    }

    #[test]
    fn flags_misspelt_names_as_errors() {
        let r = rule();
        assert_eq!(
            flags(r, "根据中华人民共合国宪法，坚持杜会主义道路"),
            vec![
                ("中华人民共合国宪法".into(), Some("中华人民共和国宪法".into())),
                ("杜会主义".into(), Some("社会主义".into()))
            ]
        );
        assert_eq!(flags(r, "报国务员批准"), vec![("国务员".into(), Some("国务院".into()))]);
        assert_eq!(flags(r, "中华人名共和国"), vec![("中华人名共和国".into(), Some("中华人民共和国".into()))]);
        assert_eq!(flags(r, "扎实推动共同富余"), vec![("共同富余".into(), Some("共同富裕".into()))]);
        let mut out = Vec::new();
        r.check(&Document::new("中国共产常"), &mut out);
        assert_eq!(out[0].severity, Severity::Error);
        assert!(out[0].message.contains("严重"), "{}", out[0].message);
        assert!(out[0].message.contains("“常”应为“党”"), "{}", out[0].message);
    }

    #[test]
    fn flags_a_character_left_out_of_a_long_name() {
        let mut out = Vec::new();
        rule().check(&Document::new("经全国人民代表大会常委员会审议"), &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].suggestions, vec!["全国人民代表大会常务委员会".to_string()]);
        assert!(out[0].message.contains("漏了“务”字"), "{}", out[0].message);
        // Abbreviations are other words, not a name with a character left out.
        assert_clean(rule(), "经全国人大常委会审议，报中共中央批准，由中央军委印发。");
    }

    #[test]
    fn spans_survive_emoji_and_extension_b() {
        assert_eq!(flags(rule(), "😀𠀀国务员\r\n"), vec![("国务员".into(), Some("国务院".into()))]);
    }

    #[test]
    fn leaves_official_text_alone() {
        assert_clean(
            rule(),
            "根据《中华人民共和国宪法》，全国人民代表大会常务委员会审议通过。\n\
             坚持以习近平新时代中国特色社会主义思想为指导，践行社会主义核心价值观。\n\
             国务院办公厅印发通知，推动高质量发展和共同富裕。\n\
             深入开展扫黑除恶专项斗争，加强党风廉政建设。\n\
             成立政务公开工作领导小组，负责统筹协调。\n\
             中国人民银行、国家税务总局、海关总署联合发文。\n\
             地方财政不足，教育不能只看分数，要防止司法不公，国防不可松懈。",
        );
    }
}
