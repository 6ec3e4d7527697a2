//! `expression/duplicated-level`: 省省委书记 / 市市委书记 — the level written twice.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "expression/duplicated-level",
    category: Category::Expression,
    severity: Severity::Error,
    summary: "“XX省省委书记”“XX市市委书记”：行政级别重复",
    what: "查找“省省委”“市市委”“县县委”“区区委”“州州委”“旗旗委”，建议改为“省委”“市委”等。地名本身只有一个字时（沛县县委、津市市委、城区区委、浦东新区区委）级别字不重复，不报告；“我省省委”“全市市委”等以代词或范围词开头的也不报告。",
    why: "党委的规范称谓是“中共XX省委”“中共XX市委”，不称“中共XX省省委”。新华社《新闻信息报道中的禁用词和慎用词》列明此条，并注明一字地名的例外。",
    source: "新华社《新闻信息报道中的禁用词和慎用词》(2016)",
    wrong: "湖南省省委书记、长沙市市委书记出席",
    right: "湖南省委书记、长沙市委书记出席",
};

/// One-character place names before the level word, where the doubling is correct (沛县县委).
fn one_char_name(level: char, name: char) -> bool {
    match level {
        '县' => "沛丰蠡易涉滑泾歙黟祁代盂沁蒲隰吉单曹莘冠蔚磁献雄容藤萧叶郏睢杞浚淇范温嵩息眉陇礼岷和寿凤勉澧攸荣珙乾索".contains(name),
        '市' => "津".contains(name),
        '区' => "城郊矿新林东西".contains(name),
        _ => false,
    }
}

/// Words before the level that make it a word of its own (我省、全市).
const SELF_STANDING: &str = "我本该全外各此两邻跨分";

pub(crate) struct DuplicatedLevel;

impl Rule for DuplicatedLevel {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        let text = doc.text;
        for (i, level) in text.char_indices() {
            if !"省市县区州旗".contains(level) {
                continue;
            }
            let rest = &text[i + level.len_utf8()..];
            let mut next = rest.chars();
            if next.next() != Some(level) || next.next() != Some('委') {
                continue;
            }
            let before = text[..i].chars().next_back();
            if before.is_some_and(|b| one_char_name(level, b) || SELF_STANDING.contains(b)) {
                continue;
            }
            let end = i + 2 * level.len_utf8() + '委'.len_utf8();
            out.push(DOC.diag(
                i..end,
                format!("“{level}{level}委”中级别字重复，党委应称“{level}委”（如“中共XX{level}委”）"),
                vec![format!("{level}委")],
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_doubled_levels() {
        assert_eq!(
            flags(&DuplicatedLevel, "湖南省省委书记、长沙市市委书记出席"),
            vec![("省省委".into(), Some("省委".into())), ("市市委".into(), Some("市委".into()))]
        );
        assert_eq!(flags(&DuplicatedLevel, "海淀区区委").len(), 1);
    }

    #[test]
    fn one_character_place_names_and_self_standing_levels_are_fine() {
        assert_clean(
            &DuplicatedLevel,
            "江苏省沛县县委书记\n湖南省津市市委\n阳泉市城区区委\n浦东新区区委书记\n我省省委高度重视\n湖南省委书记、长沙市委书记出席",
        );
    }
}
