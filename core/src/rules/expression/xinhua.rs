//! `expression/xinhua-forbidden`: 新华社禁用词 with a fixed replacement (蔑称, 民族简称 …).

use super::pack::TermPack;
use crate::diagnostic::{Category, Severity};
use crate::registry::RuleDoc;

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "expression/xinhua-forbidden",
    category: Category::Expression,
    severity: Severity::Warning,
    summary: "新华社禁用词：蔑称、民族名称随意简称、不规范称谓等",
    what: "查找新华社《新闻信息报道中的禁用词和慎用词》中有确定替换说法的禁用词：残废→残疾，瞎子→盲人，蒙族→蒙古族，维族→维吾尔族，回教→伊斯兰教，摩梭族→摩梭人，村长→村委会主任等，以及俚语脏话。涉台港澳、领土主权和国家机构的表述由 expression/formulation 检查。“村长期”“朝鲜族”等包含这些字的正常词语不报告。",
    why: "新华社的禁用词表是国内新闻和政务信息发布普遍遵循的用语规范；蔑称和民族名称的随意简称可能伤害群众感情、引发舆情。",
    source: "新华社《新闻信息报道中的禁用词和慎用词》(2016)",
    wrong: "为残废人和维族群众办实事",
    right: "为残疾人和维吾尔族群众办实事",
};

const DATA: &str = include_str!("../../../data/expression/xinhua.tsv");

pub(crate) fn build() -> TermPack {
    TermPack::new(&DOC, DATA)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_forbidden_words_with_replacements() {
        assert_eq!(
            flags(&build(), "为残废人和维族群众办实事"),
            vec![("残废人".into(), Some("残疾人".into())), ("维族".into(), Some("维吾尔族".into()))]
        );
        assert_eq!(flags(&build(), "村长张某"), vec![("村长".into(), Some("村委会主任".into()))]);
        assert_eq!(flags(&build(), "信奉回教"), vec![("回教".into(), Some("伊斯兰教".into()))]);
    }

    #[test]
    fn leaves_official_text_alone() {
        assert_clean(
            &build(),
            "为残疾人和维吾尔族、朝鲜族、蒙古族群众办实事。\n\
             农村长期存在的问题得到解决，乡村长效机制不断完善。\n\
             村委会主任、村党支部书记一肩挑。\n\
             信奉伊斯兰教的群众过节。\n\
             学生返回教室，老师回教研室备课。",
        );
    }
}
