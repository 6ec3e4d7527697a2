//! `punctuation/comma-between-titles`: 顿号 between quoted or 书名号-marked items (《甲》、《乙》).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::registry::RuleDoc;
use crate::rules::{Document, Rule};

pub(crate) static DOC: RuleDoc = RuleDoc {
    id: "punctuation/comma-between-titles",
    category: Category::Punctuation,
    severity: Severity::Warning,
    summary: "书名号、引号标示的并列成分之间用了顿号",
    what: "“》、《”和“”、“”：相邻的书名号或引号之间直接用了顿号。其间有括注等其他成分（《甲》（2020年）、《乙》）时不报。",
    why: "GB/T 15834—2011 4.5.3.5：标有引号的并列成分之间、标有书名号的并列成分之间通常不用顿号；若其中有括注等其他成分，宜用顿号。",
    source: "GB/T 15834—2011 4.5.3.5",
    wrong: "《红楼梦》、《三国演义》",
    right: "《红楼梦》《三国演义》",
};

pub(crate) struct CommaBetweenTitles;

impl Rule for CommaBetweenTitles {
    fn check(&self, doc: &Document, out: &mut Vec<Diagnostic>) {
        for pat in ["》、《", "”、“"] {
            for (i, m) in doc.text.match_indices(pat) {
                let fix: String = m.chars().filter(|&c| c != '、').collect();
                let msg = "标有书名号或引号的并列成分之间通常不用顿号".to_string();
                out.push(DOC.diag(i..i + m.len(), msg, vec![fix]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_clean, flags};

    #[test]
    fn flags_enumeration_comma_between_titles() {
        assert_eq!(
            flags(&CommaBetweenTitles, "《红楼梦》、《三国演义》"),
            vec![("》、《".into(), Some("》《".into()))]
        );
        assert_eq!(flags(&CommaBetweenTitles, "“书记信箱”、“区长信箱”"), vec![("”、“".into(), Some("”“".into()))]);
    }

    #[test]
    fn leaves_titles_without_comma_or_with_notes_alone() {
        assert_clean(
            &CommaBetweenTitles,
            "《红楼梦》《三国演义》\n\
             充分发挥“书记信箱”“区长信箱”“在线咨询”等互动平台的作用\n\
             《规划》（2021年）、《方案》（2022年）\n\
             新增“双随机、一公开”栏目",
        );
    }
}
