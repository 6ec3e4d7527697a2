//! `expression/xinhua-caution`: 新华社慎用词, whose fitness depends on context.

use super::pack::TermPack;
use crate::diagnostic::{Category, Severity};
use crate::registry::RuleDoc;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "expression/xinhua-caution",
    category: Category::Expression,
    severity: Severity::Info,
    summary: "新华社慎用词：是否恰当取决于语境",
    what: "提示新华社《新闻信息报道中的禁用词和慎用词》中需要结合语境判断的词语：报道领导同志活动时的“亲自”，一般会议的“隆重召开”，对领导干部称“老板”，宣判前称“罪犯”，“解放前/后”，“村官”，“中华台北”等，并说明在什么语境下不宜使用。只作提示（info），不阻止发布。",
    why: "这些词在多数语境下可以使用，只在特定对象或场合下不当，机器无法可靠判断，交由编辑确认。",
    source: "新华社《新闻信息报道中的禁用词和慎用词》(2016)",
    wrong: "区领导亲自出席并讲话，大会隆重召开",
    right: "区领导出席并讲话，大会召开",
};

const DATA: &str = include_str!("../../../data/expression/xinhua_caution.tsv");

pub(crate) fn build() -> TermPack {
    TermPack::new(&DOC, DATA)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};
    use crate::rules::{Document, Rule};

    #[test]
    fn hints_context_dependent_words_at_info() {
        assert_eq!(
            flags(&build(), "区领导亲自出席，大会隆重召开"),
            vec![("亲自".into(), None), ("隆重召开".into(), Some("召开".into()))]
        );
        let mut out = Vec::new();
        build().check(&Document::new("罪犯王某"), &mut out);
        assert_eq!(out[0].severity, Severity::Info);
        assert!(out[0].message.contains("犯罪嫌疑人"));
    }

    #[test]
    fn leaves_ordinary_wording_alone() {
        assert_clean(&build(), "大学生村官扎根基层。\n会议召开，区领导出席并讲话。\n新中国成立后，当地面貌焕然一新。");
    }
}
