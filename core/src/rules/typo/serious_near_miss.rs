//! `typo/serious-near-miss`: a typo inside a country name, an organ name or a fixed political formulation.

use crate::confusion::{Confusion, Kind};
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
    summary: "国名、机构名、地名或规范政治表述中有错字",
    what: "查找与国名、党和国家机关名称、指导思想和固定政治表述（如“中华人民共和国”“全国人民代表大会常务委员会”“社会主义核心价值观”）只差一个音同、音近或形近字（六字以上的名称至多两个），或六字以上的名称中间漏了一个字（“中华人民和国”）的写法，建议改为规范名称；部委的规范简称（“住房城乡建设部”“人力资源社会保障部”“国家发展改革委”）不报告。国名全称“中华人民共和国”错任何一个字（“中共人民共和国”）都报告。省级、地级行政区划全称（“齐齐哈尔市”“黑龙江省”）中一个同音同调字、形近字或五字以上名称中间漏字（“齐齐哈市”）同样报告；改动后的名称本身是词语或地名（“清源市”）时不报告，以免把虚构或其他地名当成错字。",
    why: "国务院办公厅《政府网站与政务新媒体检查指标》把国名、机构名、领导人姓名和重要表述中的错字列为“严重错别字”，一经发现即单项否决；历年通报中的“中华人民共合国”“杜会主义”“扫黑险恶”均属此类。",
    source: "国办《政府网站与政务新媒体检查指标》严重错别字",
    wrong: "根据中华人民共合国宪法，坚持杜会主义道路",
    right: "根据中华人民共和国宪法，坚持社会主义道路",
};

const NAMES: &str = include_str!("../../../data/canonical/names.tsv");
const PLACES: &str = include_str!("../../../data/canonical/places.txt");

/// Which written characters may stand in for a canonical one.
#[derive(Clone, Copy, PartialEq)]
enum Substitutes {
    /// Any Han character (the country's full name).
    Any,
    /// Confusable ones, fuzzy sounds included (organ names, formulations).
    Confusable,
    /// Same-sound (same tone) or similar-shape ones only (place names: short and many, and
    /// easily coined: 县城市 is not 宣城市, 清源市 is not 清远市).
    SameSoundOrShape,
}

/// One list of protected names and how a near-miss of it is found.
struct Protected {
    matcher: NearMissMatcher,
    /// What each name is (国名, 机构名称 …), by matcher index.
    kinds: Vec<&'static str>,
    substitutes: Substitutes,
}

pub(crate) struct SeriousNearMiss {
    lists: Vec<Protected>,
    confusion: Arc<Confusion>,
    /// Segmentation: a hit must start and end on word boundaries (财政|不足 is not 财政部).
    dict: Arc<WordDict>,
}

/// 规范简称 of organs that drop a character of the full name (住房和城乡建设部 → 住房城乡建设部);
/// other organs keep 和 in short (工业和信息化部, 文化和旅游部).
const SHORT_NAMES: &[&str] = &["住房城乡建设部", "人力资源社会保障部", "国家发展改革委"];

fn kind_label(kind: &str) -> &'static str {
    match kind {
        "country" => "国名",
        "organ" => "机构名称",
        "party" => "党的名称",
        "theory" => "指导思想",
        "place" => "地名",
        _ => "规范表述",
    }
}

fn protected(rows: &[(&str, &'static str)], policy: NearMissPolicy, substitutes: Substitutes) -> Protected {
    let matcher = NearMissMatcher::new(rows.iter().map(|r| r.0), policy);
    let kinds = (0..rows.len())
        .map(|i| rows.iter().find(|r| r.0 == matcher.name(i)).map_or("规范表述", |r| r.1))
        .collect();
    Protected { matcher, kinds, substitutes }
}

impl SeriousNearMiss {
    pub(crate) fn new(confusion: Arc<Confusion>, dict: Arc<WordDict>) -> SeriousNearMiss {
        let names: Vec<(&str, &'static str)> = NAMES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut c = l.split('\t');
                Some((c.next()?.trim(), kind_label(c.next().unwrap_or("").trim())))
            })
            .collect();
        // The country's full name (中华人民共和国) is protected against any one wrong character
        // (中共人民共和国, 中华人民大和国), not only confusable ones: no other phrase comes that close.
        let country: Vec<(&str, &'static str)> =
            names.iter().copied().filter(|r| r.1 == "国名" && r.0.chars().count() >= 7).collect();
        let places: Vec<(&str, &'static str)> = PLACES
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(|l| (l, "地名"))
            .collect();
        // Two-character names (中国) differ by one character from too many real words. A left-out
        // character is matched only in names of six or more characters (为民服务 is not 为人民服务
        // less 人), and in place names of five or more (齐齐哈市).
        let lists = vec![
            protected(&names, NearMissPolicy { min_len: 3, missing_from: 6, ..NearMissPolicy::default() }, Substitutes::Confusable),
            protected(&country, NearMissPolicy { min_len: 7, two_diffs_from: usize::MAX, missing_from: 0 }, Substitutes::Any),
            protected(&places, NearMissPolicy { min_len: 3, two_diffs_from: usize::MAX, missing_from: 5 }, Substitutes::SameSoundOrShape),
        ];
        SeriousNearMiss { lists, confusion, dict }
    }

    /// True if `found` names another place: its stem (the name less its last character, the
    /// 市/省/州/盟 that the canonical name ends with) is a word of its own, a real or a coined
    /// name (集安市 is not 吉安市, 清源市 is not 清远市).
    fn is_another_place(&self, found: &str) -> bool {
        let stem = found.char_indices().next_back().map_or("", |(last, _)| &found[..last]);
        stem.chars().nth(1).is_some() && self.dict.contains(stem)
    }
}

impl Rule for SeriousNearMiss {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let conf = &self.confusion;
        let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
        for list in &self.lists {
            let hits = list.matcher.find(doc.text, |a, b| match (list.substitutes, conf.kind(a, b)) {
                (Substitutes::Any, _) => true,
                (Substitutes::SameSoundOrShape, Some(k)) => matches!(k, Kind::SameSound | Kind::Shape),
                (Substitutes::SameSoundOrShape, None) => false,
                (Substitutes::Confusable, Some(_)) => true,
                (Substitutes::Confusable, None) => conf.fuzzy_sound(a, b),
            });
            for hit in hits {
                if !doc.on_word_boundaries(&self.dict, &hit.span) || taken.iter().any(|t| t.start < hit.span.end && hit.span.start < t.end) {
                    continue;
                }
                let name = list.matcher.name(hit.name);
                let found = &doc.text[hit.span.clone()];
                if SHORT_NAMES.iter().any(|n| found.starts_with(n)) {
                    continue;
                }
                if list.substitutes == Substitutes::SameSoundOrShape && self.is_another_place(found) {
                    continue;
                }
                taken.push(hit.span.clone());
                let kind = list.kinds.get(hit.name).copied().unwrap_or("规范表述");
                let mut why: Vec<String> = hit
                    .diffs
                    .iter()
                    .map(|&(_, w, r)| match conf.kind(w, r) {
                        Some(k) => format!("“{w}”应为“{r}”（{}）", k.label()),
                        None if conf.fuzzy_sound(w, r) => format!("“{w}”应为“{r}”（音近）"),
                        None => format!("“{w}”应为“{r}”"),
                    })
                    .collect();
                if let Some((_, c)) = hit.missing {
                    why.push(format!("漏了“{c}”字"));
                }
                let class = if kind == "地名" { "地名" } else { "国名、机构名和规范表述" };
                out.push(DOC.diag(
                    hit.span,
                    format!("“{found}”疑为{kind}“{name}”之误：{}。{class}中的错字属严重差错", why.join("，")),
                    vec![name.to_string()],
                ));
            }
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

    /// `text` has exactly one finding, suggesting `name`, whose message contains `says`.
    fn assert_one(text: &str, name: &str, says: &str) {
        let mut out = Vec::new();
        rule().check(&Document::new(text), &mut out);
        assert_eq!(out.len(), 1, "{out:?}");
        assert_eq!(out[0].suggestions, vec![name.to_string()]);
        assert!(out[0].message.contains(says), "{}", out[0].message);
    }

    #[test]
    fn flags_a_character_left_out_of_a_long_name() {
        assert_one("经全国人民代表大会常委员会审议", "全国人民代表大会常务委员会", "漏了“务”字");
        // The short forms of ministries' names drop 和: they are 规范简称, not typos.
        for short in ["住房城乡建设部印发通知", "人力资源社会保障部发布公告", "国家发展改革委印发通知"] {
            assert_clean(rule(), short);
        }
        assert_one("由工业信息化部牵头", "工业和信息化部", "漏了“和”字");
        // Abbreviations are other words, not a name with a character left out.
        assert_clean(rule(), "经全国人大常委会审议，报中共中央批准，由中央军委印发。");
    }

    #[test]
    fn the_country_name_is_protected_against_any_wrong_character() {
        assert_eq!(flags(rule(), "重庆市中共人民共和国"), vec![("中共人民共和国".into(), Some("中华人民共和国".into()))]);
        assert_eq!(flags(rule(), "中华人民大和国成立"), vec![("中华人民大和国".into(), Some("中华人民共和国".into()))]);
        // Other long names keep the confusable-only rule: 全市 is not a typo for 全国.
        assert_clean(rule(), "全市人民代表大会常务委员会审议通过，全省人民代表大会召开。");
    }

    #[test]
    fn flags_misspelt_province_and_prefecture_names() {
        assert_one("齐齐哈市政府网站", "齐齐哈尔市", "地名“齐齐哈尔市”之误：漏了“尔”字");
        assert_eq!(flags(rule(), "河南省郑洲市"), vec![("郑洲市".into(), Some("郑州市".into()))]);
        assert_clean(
            rule(),
            "福州市、抚州市、泰州市和台州市，吉林省吉林市，徐州市场监管局，美国得州，海宁市、江阴市，\n\
             黔西南布依族苗族自治州、锡林郭勒盟、阿克苏地区、乌鲁木齐市、呼和浩特市。\n\
             县城市投资发展集团有限公司公开招聘工作人员。\n\
             吉林省集安市、汕头市潮阳区和虚构的清源市（名称本身是词，不是吉安、朝阳、清远之误）；郑肘市（肘与州只是音近）。",
        );
        assert_eq!(flags(rule(), "广东省杭洲市"), vec![("杭洲市".into(), Some("杭州市".into()))]);
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
